// One core per page. The bundle hands the Emscripten factory over with
// provideCore(), with the core's schema as JSON text: the build reads it from
// the same core (web/build-site.mjs), because asking a freshly started core
// for it costs the first verdict ~20 ms of cold code. Every widget then
// awaits the same promise, so ten widgets cost one WebAssembly
// instantiation and one parse of schema and platforms.
// The platform data is only needed for "How this works", which is drawn after
// the first verdict, so it is parsed on first use (and then kept).

import { markOnce } from './timing.js';

let factory = null;
let factoryOptions = null;
let schemaText = '';
let promise = null;

// `options` is a function returning the factory's options (or a promise of
// them), called once at load time, so a bundle included twice does no work
// for the copy that is unused; `schema` is the core's schema as JSON text.
export function provideCore(coreFactory, options, schema) {
  markOnce('script');
  if (typeof options !== 'function' || typeof schema !== 'string')
    throw new TypeError('provideCore needs the factory options (a function) and the schema text');
  if (!factory) {
    factory = coreFactory;
    factoryOptions = options;
    schemaText = schema;
  }
}

export function loadCore() {
  if (!promise) {
    promise = Promise.resolve()
      .then(() => {
        if (typeof factory !== 'function')
          throw new Error('the calculator core is missing from the script');
        if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
        return Promise.resolve(factoryOptions()).then((options) => factory(options));
      })
      .then((module) => {
        markOnce('instantiated');
        let platforms = null;
        const schema = JSON.parse(schemaText);
        markOnce('schema');
        return {
          module,
          schema,
          get platforms() {
            if (!platforms) platforms = JSON.parse(module.platforms());
            return platforms;
          },
        };
      });
  }
  return promise;
}
