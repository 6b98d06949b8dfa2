// Where the tests find Chromium: CHROME_PATH, else Debian's /usr/bin/chromium, else a chromium
// or Chrome on the PATH.
import {findBrowser} from './find-browser.mjs';

export const findChromium = () =>
  findBrowser(process.env.CHROME_PATH, '/usr/bin/chromium', ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);

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
