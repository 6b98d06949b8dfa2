// Where the tests find Firefox: FIREFOX_PATH, else Debian's /usr/bin/firefox-esr, else a firefox
// on the PATH. Driven by Puppeteer over WebDriver BiDi, which stock Firefox speaks: no driver
// is downloaded either.
import {findBrowser} from './find-browser.mjs';

export const findFirefox = () => findBrowser(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', ['firefox-esr', 'firefox']);
