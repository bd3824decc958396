// Registers <which-backend>. Guarded, so including the script twice (or two
// copies from different URLs) is harmless: the first definition wins.

import { WhichBackendElement } from './element.js';

export function defineWhichBackend(tag = 'which-backend') {
  if (!customElements.get(tag)) customElements.define(tag, WhichBackendElement);
  return customElements.get(tag);
}
