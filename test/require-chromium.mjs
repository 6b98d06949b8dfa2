// `npm test` runs in real Chromium: stop at once, in one line, when there is none.
import {findChromium} from './chromium.mjs';

if (!findChromium()) {
  console.error('npm test needs Chromium: install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
