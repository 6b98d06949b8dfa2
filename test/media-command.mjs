// `executeServerCommand('media', {type, colorScheme, forcedColors})` in a test: emulates a media
// type and media features together, in one DevTools call; `{}` ends the emulation.
// @web/test-runner-commands' emulateMedia cannot do these under Puppeteer, which drives Chromium
// here: it leaves `forcedColors` out, and it sets the type and the features in two calls, the
// second of which clears what the first set (so `print` and a dark scheme never hold at once).
export const mediaCommand = {
  name: 'media',
  async executeCommand({command, payload, session}) {
    if (command !== 'media') return undefined;
    const {type = '', colorScheme, forcedColors} = payload ?? {};
    const features = Object.entries({'prefers-color-scheme': colorScheme, 'forced-colors': forcedColors})
      .filter(([, value]) => value)
      .map(([name, value]) => ({name, value}));
    const page = session.browser.getPage(session.id);
    await page._client().send('Emulation.setEmulatedMedia', {media: type, features});
    return true;
  },
};
