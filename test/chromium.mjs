// Where the tests find Chromium: CHROME_PATH, else Debian's /usr/bin/chromium, else a chromium
// or Chrome on the PATH. No test tool downloads a browser.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
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

/** Flags for a closed network, and for running as root in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // window.gc(), so that memory tests measure the heap after a collection.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];
