// Parses untrusted JSON text without exceptions and within bounds: at most
// 1 MiB and 64 levels of nesting. Past that, or when malformed, an error
// naming the input, never a crash.
//   ParsedJson p = parse_bounded("{\"product\": \"api\"}");  // p.ok()
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace wb {

inline constexpr std::size_t kMaxInputBytes = 1 << 20;
inline constexpr int kMaxNestingDepth = 64;

struct ParsedJson {
  nlohmann::json value;
  std::string error;  // empty when the text parsed
  std::string field;  // dotted key of the value at fault (a number overflow), else empty
  bool ok() const { return error.empty(); }
};

ParsedJson parse_bounded(std::string_view text);

}  // namespace wb
