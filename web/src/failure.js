// What a reader and the page's author are told when the core cannot start.
// The reader gets one plain sentence; the author gets the cause and the fix
// in the console. Emscripten's own wording ("Aborted(CompileError: …). Build
// with -s ASSERTIONS=1 …") is never shown to a reader.

export function startFailure(err) {
  const text = String((err && err.message) || err || '');
  if (/wasm-unsafe-eval|unsafe-eval|Content Security Policy|CompileError/i.test(text))
    return {
      reader:
        "This page's security policy blocks the calculator: it needs 'wasm-unsafe-eval' in the policy's script-src.",
      author:
        "<which-backend>: the page's Content-Security-Policy refused to compile WebAssembly. Add 'wasm-unsafe-eval' to script-src (README, Embedding). Browser message: " +
        text,
    };
  if (/fetch|NetworkError|wasm/i.test(text))
    return {
      reader: 'The calculator could not load its engine. Reloading the page may help.',
      author:
        '<which-backend>: which-backend-core.wasm could not be loaded next to the script. Serve it from the same folder, with Access-Control-Allow-Origin when the page is on another origin. Browser message: ' +
        text,
    };
  return {
    reader: `The calculator could not start: ${text.replace(/\.$/, '') || 'unknown error'}.`,
    author: `<which-backend>: the calculator could not start: ${text}`,
  };
}
