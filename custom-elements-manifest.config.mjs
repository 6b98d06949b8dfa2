// `npm run analyze`: the manifest that Storybook's docs and editors read.
import {posix} from 'node:path';

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

/**
 * Tags are registered through one helper, `define(tag, element)` (src/define.ts), which the
 * analyzer reads as a definition of a tag named `tag`, and the calls to it as none. This plugin
 * drops that one and writes a definition for each call with a literal tag and class
 * (`define('news-article', NewsArticle)`) in the module that makes it, which is the one a page
 * imports to define the tag; its declaration is where the class is declared.
 */
const definitions = []; // {path, tag, className} for each define('…', Class) call

const defineCalls = () => ({
  name: 'passerelle-define-calls',
  // Each analysis starts afresh (`analyze --watch` runs several in one process).
  initialize() {
    definitions.length = 0;
  },
  analyzePhase({ts, node, moduleDoc}) {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
    const [tag, element] = node.arguments;
    if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
      definitions.push({path: moduleDoc.path, tag: tag.text, className: element.text});
    }
  },
  packageLinkPhase({customElementsManifest}) {
    const modules = customElementsManifest.modules;
    for (const module of modules) {
      module.exports = module.exports?.filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
    }
    for (const {path, tag, className} of definitions) {
      const declaredIn = modules.find((m) => m.declarations?.some((d) => d.name === className && d.customElement));
      const module = modules.find((m) => m.path === path);
      if (!declaredIn || !module) throw new Error(`define('${tag}', ${className}) in ${path}: no custom element class of that name`);
      (module.exports ??= []).push({kind: 'custom-element-definition', name: tag, declaration: {name: className, module: declaredIn.path}});
    }
  },
});

/**
 * The analyzer reads src/ and names each module by its source (`src/news-article.ts`), and a
 * re-export by its specifier as written (`./story/pick-text.js`, relative to its own module). The
 * package ships the built modules: this plugin names each as a tool finds it in the package,
 * `dist/news-article.js`, so that it can import it or read its types (`.d.ts` beside it).
 */
const packagePaths = () => ({
  name: 'passerelle-package-paths',
  packageLinkPhase({customElementsManifest}) {
    const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
    const rewrite = (value, from) => {
      if (Array.isArray(value)) return value.forEach((item) => rewrite(item, from));
      if (!value || typeof value !== 'object') return;
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'module' && typeof inner === 'string') {
          value.module = shipped(inner.startsWith('.') ? posix.join(posix.dirname(from), inner) : inner);
        } else rewrite(inner, from);
      }
    };
    for (const module of customElementsManifest.modules) {
      rewrite(module.declarations, module.path);
      rewrite(module.exports, module.path);
      module.path = shipped(module.path);
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  // Not modules of the package: generated catalogues, the entries of the drop-in build alone
  // (dist/cdn/), which the package ships bundled, and the JSX types, which are types alone.
  exclude: ['src/generated/**', 'src/drop-in.ts', 'src/drop-in-all.ts', 'src/autoload.ts', 'src/other-elements.ts', 'src/request-ahead.ts', 'src/jsx.ts', 'src/vue.ts'],
  litelement: true,
  plugins: [hiddenFields(), defineCalls(), packagePaths()],
};
