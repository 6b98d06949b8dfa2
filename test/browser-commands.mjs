// Commands the tests run in the browser through the test runner, which @web/test-runner-commands
// does not offer when Puppeteer drives Chromium.

// `executeServerCommand('media', {type, colorScheme, forcedColors, contrast})` in a test: emulates a media
// type and media features together, in one DevTools call; `{}` ends the emulation.
// @web/test-runner-commands' emulateMedia cannot do these under Puppeteer, which drives Chromium
// here: it leaves `forcedColors` out, and it sets the type and the features in two calls, the
// second of which clears what the first set (so `print` and a dark scheme never hold at once).
export const mediaCommand = {
  name: 'media',
  async executeCommand({command, payload, session}) {
    if (command !== 'media') return undefined;
    const {type = '', colorScheme, forcedColors, contrast} = payload ?? {};
    const features = Object.entries({'prefers-color-scheme': colorScheme, 'forced-colors': forcedColors, 'prefers-contrast': contrast})
      .filter(([, value]) => value)
      .map(([name, value]) => ({name, value}));
    const page = session.browser.getPage(session.id);
    await page._client().send('Emulation.setEmulatedMedia', {media: type, features});
    return true;
  },
};

// `executeServerCommand('accessibility-names')` in a test: every name and text in the page's
// accessibility tree as a screen reader gets it (through shadow roots, CSS-generated content
// included), in tree order, as [role, name, description] triples.
export const accessibilityNamesCommand = {
  name: 'accessibility-names',
  async executeCommand({command, session}) {
    if (command !== 'accessibility-names') return undefined;
    const page = session.browser.getPage(session.id);
    const names = [];
    const walk = (node) => {
      if (node.name) names.push([node.role, node.name, node.description ?? '']);
      for (const child of node.children ?? []) walk(child);
    };
    walk(await page.accessibility.snapshot({interestingOnly: false}));
    return names;
  },
};

// `executeServerCommand('pixels', {x, y, width, height})` in a test: the page's pixels in that
// rectangle of the viewport (CSS pixels, at a device pixel ratio of 1), as a PNG in base64, for
// what only the eye sees: a mark drawn by CSS, which no DOM API can locate.
export const pixelsCommand = {
  name: 'pixels',
  async executeCommand({command, payload, session}) {
    if (command !== 'pixels') return undefined;
    const page = session.browser.getPage(session.id);
    return page.screenshot({clip: payload, encoding: 'base64'});
  },
};
