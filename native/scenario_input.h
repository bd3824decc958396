// Reading the CLI's scenario: a file, stdin ("-") or nothing (defaults),
// then `--set field=value` overrides applied by dotted path.
//   apply_set(j, "weights.cost=4", error)  // j["weights"]["cost"] == 4
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace wb {

// The raw text of the scenario, or nullopt with `error` set.
std::optional<std::string> read_scenario_text(const std::string& path, std::string& error);

// Sets one value. The value is read as JSON when it parses (numbers,
// booleans, quoted strings), else taken as a plain string.
bool apply_set(nlohmann::json& scenario, const std::string& assignment, std::string& error);

}  // namespace wb
