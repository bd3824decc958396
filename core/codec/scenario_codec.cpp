#include "scenario_codec.h"

#include <cmath>

#include "assumptions_codec.h"
#include "bounded_json.h"

namespace wb {
namespace {

std::string one_of(EnumNames names) {
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + std::string(n.id);
  return "must be one of: " + list + ".";
}

std::string platform_ids(const Assumptions& a) {
  std::string list;
  for (const auto& p : a.platforms) list += (list.empty() ? "" : ", ") + p.id;
  return "must be one of: " + list + ".";
}

// Reads one field's JSON value into the scenario, or records why it cannot.
void decode_field(const ScenarioField& f, const nlohmann::json& v, Decoded& d) {
  const std::string name(f.name);
  switch (f.kind) {
    case FieldKind::kEnum: {
      const int value = v.is_string() ? find_enum(f.names, v.get<std::string>()) : -1;
      if (value < 0) return d.errors.push_back({name, one_of(f.names)});
      return f.set_enum(d.scenario, value);
    }
    case FieldKind::kPlatform: {
      const int value = v.is_string() ? find_platform(d.assumptions, v.get<std::string>()) : -1;
      if (value < 0) return d.errors.push_back({name, platform_ids(d.assumptions)});
      return f.set_enum(d.scenario, value);
    }
    case FieldKind::kBool:
      if (!v.is_boolean()) return d.errors.push_back({name, "must be true or false."});
      d.scenario.*f.flag = v.get<bool>();
      return;
    case FieldKind::kNumber:
    case FieldKind::kInteger:
      if (!v.is_number()) return d.errors.push_back({name, "must be a number."});
      d.scenario.*f.number = v.get<double>();
      return;
  }
}

void decode_weights(const nlohmann::json& v, Decoded& d) {
  if (!v.is_object()) return d.errors.push_back({"weights", "must be an object."});
  Weights w = weights_for_stage(d.scenario.stage);  // missing weights keep the stage's
  for (const auto& [key, value] : v.items()) {
    const WeightField* field = nullptr;
    for (const auto& f : kWeightFields)
      if (f.name == key) field = &f;
    if (!field) {
      d.warnings.push_back("Unknown field '" + weight_input(key) + "' was ignored.");
      continue;
    }
    if (!value.is_number()) {
      d.errors.push_back({weight_input(key), "must be a number from 0 to 5."});
      continue;
    }
    w.*field->member = value.get<double>();
  }
  d.scenario.weights = w;
  d.scenario.has_weights = true;
}

}  // namespace

Scenario default_scenario() {
  Scenario s = kDefaultScenario;
  s.platform = builtin_assumptions().default_platform;
  return s;
}

Decoded decode_scenario(const nlohmann::json& input) {
  Decoded d;
  d.scenario = default_scenario();
  d.assumptions = builtin_assumptions();
  if (!input.is_object()) {
    d.errors.push_back({"scenario", "must be a JSON object."});
    return d;
  }
  // Overrides first: they may change what is valid for the platform.
  if (auto it = input.find("assumptions"); it != input.end()) {
    apply_overrides(*it, d.assumptions, d.errors, d.warnings);
    d.assumption_overrides = *it;
  }
  for (const auto& [key, value] : input.items()) {
    if (key == "assumptions" || key == "weights") continue;
    if (const ScenarioField* f = find_scenario_field(key))
      decode_field(*f, value, d);
    else
      d.warnings.push_back("Unknown field '" + key + "' was ignored.");
  }
  // After the loop, so weights absent from the object come from the given stage.
  if (auto it = input.find("weights"); it != input.end()) decode_weights(*it, d);
  if (d.errors.empty())
    d.errors = check_scenario(d.scenario, static_cast<int>(d.assumptions.platforms.size()));
  return d;
}

Decoded decode_scenario_text(std::string_view text) { return decode_parsed(parse_bounded(text)); }

Decoded decode_parsed(const ParsedJson& parsed) {
  if (parsed.ok()) return decode_scenario(parsed.value);
  Decoded d;
  d.scenario = default_scenario();
  d.assumptions = builtin_assumptions();
  d.errors.push_back({parsed.field.empty() ? "scenario" : parsed.field, parsed.error});
  return d;
}

nlohmann::json encode_weights(const Weights& w) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& f : kWeightFields) out[std::string(f.name)] = w.*f.member;
  return out;
}

nlohmann::json encode_scenario(const Scenario& s, const Assumptions& a,
                               const nlohmann::json& assumption_overrides) {
  nlohmann::json out = nlohmann::json::object();
  for (const ScenarioField& f : scenario_fields()) {
    const std::string name(f.name);
    switch (f.kind) {
      case FieldKind::kEnum:
        out[name] = f.names.id(f.get_enum(s));
        break;
      case FieldKind::kPlatform:
        out[name] = a.platforms[f.get_enum(s)].id;
        break;
      case FieldKind::kBool:
        out[name] = s.*f.flag;
        break;
      case FieldKind::kInteger:
        out[name] = static_cast<std::int64_t>(s.*f.number);
        break;
      case FieldKind::kNumber:
        out[name] = s.*f.number;
        break;
    }
  }
  if (s.has_weights) out["weights"] = encode_weights(s.weights);
  if (!assumption_overrides.is_null()) out["assumptions"] = assumption_overrides;
  return out;
}

}  // namespace wb
