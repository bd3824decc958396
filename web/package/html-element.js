// Injected by web/build-package.mjs in place of the global HTMLElement in the
// element's bundle: in Node (server rendering) there is none, and the class
// then extends an empty one, so importing the package there does not throw.
const Base = globalThis.HTMLElement ?? class {};

export { Base as HTMLElement };
