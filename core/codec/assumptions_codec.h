// The built-in data set (core/data/assumptions.json, compiled in) and the
// overrides a scenario may bring under `assumptions`.
//   const Assumptions& a = builtin_assumptions();  a.platforms.size() == 7
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../model/assumptions.h"
#include "../model/scenario_fields.h"

namespace wb {

const Assumptions& builtin_assumptions();

// The data set as shipped, with every value's source and date.
const nlohmann::json& assumptions_data();

// Applies `overrides` (same keys as the data set: constants at the top level,
// platform values under "platforms": {"<id>": {...}}) onto `a`.
void apply_overrides(const nlohmann::json& overrides, Assumptions& a,
                     std::vector<FieldError>& errors, std::vector<std::string>& warnings);

}  // namespace wb
