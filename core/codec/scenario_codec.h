// Scenario JSON <-> Scenario. Every field is checked: wrong types, unknown
// enum values, out-of-range numbers and typical > longest are errors naming
// the field; unknown fields are warnings.
//   Decoded d = decode_scenario(nlohmann::json{{"product", "api"}});
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../model/assumptions.h"
#include "../model/scenario.h"
#include "../model/scenario_fields.h"
#include "bounded_json.h"

namespace wb {

struct Decoded {
  Scenario scenario;
  Assumptions assumptions;              // built-in values with the scenario's overrides
  nlohmann::json assumption_overrides;  // as given, echoed back in the result
  std::vector<FieldError> errors;
  std::vector<std::string> warnings;  // about the input (unknown fields)
  bool ok() const { return errors.empty(); }
};

// The scenario with every default filled in.
Scenario default_scenario();

Decoded decode_scenario(const nlohmann::json& input);

// Decodes what parse_bounded returned: a parse error becomes an error on its
// field (or "scenario"), a value is decoded as above.
Decoded decode_parsed(const ParsedJson& parsed);

// parse_bounded, then decode_parsed.
Decoded decode_scenario_text(std::string_view text);

// Every field written out, defaults included; weights only when given.
nlohmann::json encode_scenario(const Scenario& s, const Assumptions& a,
                               const nlohmann::json& assumption_overrides);

nlohmann::json encode_weights(const Weights& w);

}  // namespace wb
