// which-backend: importing it registers <which-backend> in the page's
// registry. In Node (server rendering) it registers nothing and has no side
// effect; the class and define() are exported as in which-backend/element.

import { define } from './element.js';

export { WhichBackendElement, define } from './element.js';

define();
