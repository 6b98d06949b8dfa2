// `executeServerCommand('forced-colors', 'active' | 'none')` in a test: Windows' high-contrast
// mode, where the browser paints every colour in a few system colours and drops backgrounds.
// (@web/test-runner-commands' emulateMedia leaves `forcedColors` out when it drives Chromium
// through Puppeteer, as these tests do.)
export const forcedColorsCommand = {
  name: 'forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateMediaFeatures([{name: 'forced-colors', value: payload === 'active' ? 'active' : 'none'}]);
    return true;
  },
};
