// `npm test` runs in real Chromium, and part of it in Firefox: stop at once, in one line, when
// either is missing.
import {findChromium} from './chromium.mjs';
import {findFirefox} from './firefox.mjs';

if (!findChromium()) {
  console.error('npm test needs Chromium: install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
if (process.argv[2] !== '--chromium-only' && !findFirefox()) {
  console.error('npm test needs Firefox for its second engine: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary.');
  process.exit(1);
}
