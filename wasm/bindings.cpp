// The WebAssembly face of the core. It only binds: every call goes straight
// to the codec's string API, shared with the CLI. The split core, which the
// embed and the npm package carry, has no schema call: they take the schema
// as text read at build time from the single-file core (web/build-site.mjs),
// which saves its code (2.4 KB of deflated wasm).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include "codec/api.h"

namespace {

// Typed arrays are copied out of the module's memory, so they stay valid
// after the next call grows or reuses it.
template <typename T>
emscripten::val copy_to_js(const std::vector<T>& v, const char* array_type) {
  return emscripten::val::global(array_type)
      .new_(emscripten::typed_memory_view(v.size(), v.data()))
      .template call<emscripten::val>("slice");
}

emscripten::val decision_grid(const std::string& scenario, const std::string& spec) {
  return copy_to_js(wb::decision_grid_from_json(scenario, spec), "Uint8Array");
}
emscripten::val cost_curve(const std::string& scenario, const std::string& axis) {
  return copy_to_js(wb::cost_curve_from_json(scenario, axis), "Float64Array");
}
std::string evaluate(const std::string& s) { return wb::evaluate_json(s); }
std::string adr(const std::string& s) { return wb::adr_markdown(s); }

}  // namespace

EMSCRIPTEN_BINDINGS(which_backend) {
  emscripten::function("evaluate", &evaluate);
  emscripten::function("adr", &adr);
  emscripten::function("defaults", &wb::defaults_json);
  emscripten::function("platforms", &wb::platforms_json);
#ifndef WB_NO_SCHEMA_CALL
  emscripten::function("schema", &wb::schema_json);
#endif
  emscripten::function("decisionGrid", &decision_grid);
  emscripten::function("costCurve", &cost_curve);
}
