// Registers <which-backend>. Guarded, so including the script twice (or two
// copies from different URLs) is harmless: the first definition wins.

import { WhichBackendElement } from './element.js';

export function defineWhichBackend(tag = 'which-backend') {
  if (!customElements.get(tag)) customElements.define(tag, WhichBackendElement);
  return customElements.get(tag);
}

// The npm package's define(registry?): the page's registry by default, or a
// scoped one. Without any (Node, server rendering) it does nothing.
export function define(registry = globalThis.customElements) {
  if (!registry) return undefined;
  if (!registry.get('which-backend')) registry.define('which-backend', WhichBackendElement);
  return registry.get('which-backend');
}
