// Result -> JSON in the contract's shape, and errors -> {"errors": [...]}.
// Numbers are rounded to what a reader needs (cents, tenths), which also
// keeps native and WebAssembly output byte-identical.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../model/result.h"
#include "../model/scenario_fields.h"
#include "scenario_codec.h"

namespace wb {

nlohmann::json encode_result(const Result& r, const Decoded& input);
nlohmann::json encode_errors(const std::vector<FieldError>& errors);

// Compact-indented JSON text ending in a newline; invalid UTF-8 in strings
// is replaced, never thrown.
std::string to_text(const nlohmann::json& j);

}  // namespace wb
