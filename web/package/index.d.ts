// which-backend: importing it registers <which-backend> (see ./element.d.ts).

export * from './element.js';
