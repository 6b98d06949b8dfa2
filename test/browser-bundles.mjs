// Packages the tests use that browsers cannot load as published — CommonJS (ajv, React) or
// written for a bundler's build-time flags (Vue) — are served as ES modules that esbuild
// bundles on first request. Each is intercepted at the path the test server's node resolution
// gives its bare import, so tests import them as usual (`import Ajv from 'ajv'`).
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = '/__bundles/react-all.js';

/** Request path → what to answer: an esbuild entry (`contents`) or a plain re-export. */
const bundles = {
  '/node_modules/ajv/dist/ajv.js': {contents: "export {default} from 'ajv';"},
  // React and its DOM client in one bundle, so both bare imports share one React.
  [shared]: {
    contents: `import React from 'react';
      export default React;
      export const {createElement, Fragment, StrictMode, useEffect, useRef, useState} = React;
      export {createRoot} from 'react-dom/client';`,
  },
  '/node_modules/react/index.js': {reexport: `export {default, createElement, Fragment, StrictMode, useEffect, useRef, useState} from '${shared}';`},
  '/node_modules/react-dom/client.js': {reexport: `export {createRoot} from '${shared}';`},
  '/node_modules/vue/dist/vue.runtime.esm-bundler.js': {
    contents: "export * from 'vue';",
    define: {'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false'},
  },
};

const built = new Map();

function bundle(path, {contents, define}) {
  let promise = built.get(path);
  if (!promise) {
    promise = build({
      stdin: {contents, resolveDir: root, loader: 'js'},
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2021',
      write: false,
      logLevel: 'silent',
      define,
    }).then((result) => result.outputFiles[0].text);
    promise.catch(() => built.delete(path));
    built.set(path, promise);
  }
  return promise;
}

export const browserBundles = {
  name: 'browser-bundles',
  async serve(context) {
    const entry = bundles[context.path];
    if (!entry) return undefined;
    return {body: entry.reexport ?? (await bundle(context.path, entry)), type: 'js'};
  },
};
