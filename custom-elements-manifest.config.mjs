// `npm run analyze`: the manifest that Storybook's docs and editors read.
//
// Lit's `static properties` lists internal state (`expanded: {state: true}`) beside the public
// properties, and the analyzer lists it as a public field although the class field is declared
// `private`. This plugin notes the class fields declared private or protected and keeps them
// out of the manifest, so the docs show the API and nothing else.
const hidden = new Map(); // class name → names of its private and protected fields

const hiddenFields = () => ({
  name: 'passerelle-hide-internal-state',
  analyzePhase({ts, node}) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const names = new Set();
    for (const member of node.members) {
      const modifiers = ts.getModifiers?.(member) ?? [];
      const internal = modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
      if (internal && ts.isPropertyDeclaration(member) && member.name && ts.isIdentifier(member.name)) names.add(member.name.text);
    }
    hidden.set(node.name.text, names);
  },
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const names = hidden.get(declaration.name);
        if (!names || !declaration.members) continue;
        declaration.members = declaration.members.filter((member) => !(member.kind === 'field' && names.has(member.name)));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [hiddenFields()],
};
