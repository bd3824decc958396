// The input schema as JSON: every field with its kind, bounds, default,
// label and allowed values, plus weights and candidates. The web page
// builds its controls from it; the CLI prints it with --schema.
#pragma once

#include <nlohmann/json.hpp>

namespace wb {

nlohmann::json schema();

}  // namespace wb
