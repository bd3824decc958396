// The string-in, string-out calls that the CLI and the WebAssembly binding
// share, so the two can never parse or render differently.
//   evaluate_json("{\"product\":\"api\"}")  // the result JSON, newline-terminated
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "scenario_codec.h"

namespace wb {

// The result JSON for a decoded scenario, or {"errors": [...]} when it has errors.
std::string render_json(const Decoded& d);
std::string evaluate_json(std::string_view scenario_text);

// The Architecture Decision Record; empty when the scenario has errors.
std::string render_adr(const Decoded& d);
std::string adr_markdown(std::string_view scenario_text);

std::string defaults_json();   // the default scenario
std::string platforms_json();  // the data set with sources and dates
std::string schema_json();     // fields, enum values, bounds, labels, candidates

// Batch calls for the pictures; `spec_text` holds {"x": axis, "y": axis} or
// one axis: {"field", "min", "max", "steps", "scale": "log"|"linear"}.
// Empty on any invalid input.
std::vector<std::uint8_t> decision_grid_from_json(std::string_view scenario_text,
                                                  std::string_view spec_text);
std::vector<double> cost_curve_from_json(std::string_view scenario_text,
                                         std::string_view axis_text);

}  // namespace wb
