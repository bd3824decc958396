// Registers <which-backend>. Guarded, so including the script twice (or two
// copies from different URLs) is harmless: the first definition wins.

import { WhichBackendElement } from './element.js';

// define(registry?): the page's registry by default (the embed bundle calls
// it so), or a scoped one (the npm package exports it). Without any (Node,
// server rendering) it does nothing.
export function define(registry = globalThis.customElements) {
  if (!registry) return undefined;
  if (!registry.get('which-backend')) registry.define('which-backend', WhichBackendElement);
  return registry.get('which-backend');
}
