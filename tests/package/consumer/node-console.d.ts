// core.ts is compiled with lib es2022 alone (no DOM, no @types/node): this is
// the one global it uses.
declare const console: { log(...data: unknown[]): void; error(...data: unknown[]): void };
