// ajv, the JSON Schema validator that test/story-schema.test.ts runs in the browser, is CommonJS,
// with circular require()s and require()d .json meta-schemas, which the browser cannot load as
// they are. This test-server plugin answers the request for its entry module with one ES module
// that esbuild bundles from it, so `import Ajv from 'ajv'` works in the browser as in Node.
import {createRequire} from 'node:module';
import {build} from 'esbuild';

// Where the test server's node resolution sends `import … from 'ajv'`.
const AJV_BROWSER_PATH = '/node_modules/ajv/dist/ajv.js';
let bundle;

export const ajvPlugin = {
  name: 'ajv-as-es-module',
  async serve(context) {
    if (context.path !== AJV_BROWSER_PATH) return undefined;
    bundle ??= build({
      entryPoints: [createRequire(import.meta.url).resolve('ajv')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2021',
      write: false,
      logLevel: 'silent',
    }).then(
      (result) => result.outputFiles[0].text,
      (error) => {
        bundle = undefined;
        throw error;
      }
    );
    return {body: await bundle, type: 'js'};
  },
};
