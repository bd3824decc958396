// libFuzzer target on the string API that the CLI and the wasm module share.
// Any abort (JSON_NOEXCEPTION turns a would-be throw into one), sanitizer
// report, or timeout is a finding.
//
// It covers every call of codec/api.h that reads text (the others take no
// input): the binding's evaluate, adr, decisionGrid and costCurve.
//
// Input: the first byte, modulo 4, picks the call; the rest is the payload.
//   0, 3 : evaluate_json and adr_markdown. '{' (123, 3 mod 4) starts a
//          scenario file, so it stays part of the payload: plain JSON seeds
//          need no prefix.
//   1    : decision_grid_from_json(scenario, spec), the payload split at its
//          first '\n' (scenario before, grid spec after); prefix 'A' (65).
//   2    : cost_curve_from_json(scenario, axis), split the same way; prefix 'B' (66).
// Seeds: tests/fuzz/corpus/ (scenario JSON, and 'A'/'B' lines for the batches).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "codec/api.h"

namespace {

// Keeps the batch calls cheap enough for the fuzzer: the grid spec is taken as
// given (the API caps it at 2^20 cells), but that takes seconds per input
// under ASan, so the libFuzzer -timeout catches only real hangs.
void split(std::string_view in, std::string_view& a, std::string_view& b) {
  const std::size_t nl = in.find('\n');
  a = in.substr(0, nl);
  b = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::string_view payload = all.substr(1);
  std::string_view a, b;
  switch (static_cast<unsigned char>(all[0]) % 4) {
    case 0:
    case 3: {  // '{' is 123 = 3 mod 4: a plain scenario file fuzzes evaluate
      const std::string out = wb::evaluate_json(all[0] == '{' ? all : payload);
      if (out.empty() || out.back() != '\n') __builtin_trap();  // always newline-terminated JSON
      (void)wb::adr_markdown(all[0] == '{' ? all : payload);
      break;
    }
    case 1:
      split(payload, a, b);
      (void)wb::decision_grid_from_json(a, b);
      break;
    case 2:
      split(payload, a, b);
      (void)wb::cost_curve_from_json(a, b);
      break;
  }
  return 0;
}
