// Where the tests find Firefox: FIREFOX_PATH, else Debian's /usr/bin/firefox-esr, else a firefox
// on the PATH. Driven by Puppeteer over WebDriver BiDi, which stock Firefox speaks: no test
// tool downloads a browser, nor a driver.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';

const names = ['firefox-esr', 'firefox'];

export function findFirefox() {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    ...(process.env.PATH ?? '').split(delimiter).flatMap((dir) => names.map((name) => join(dir, name))),
  ];
  return candidates.find((path) => {
    if (!path) return false;
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
