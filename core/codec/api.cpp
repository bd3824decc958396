#include "api.h"

#include "../model/batch.h"
#include "../model/result.h"
#include "../report/adr.h"
#include "assumptions_codec.h"
#include "bounded_json.h"
#include "result_codec.h"
#include "schema.h"

namespace wb {
namespace {

bool decode_axis(const nlohmann::json& j, Axis& axis) {
  if (!j.is_object()) return false;
  const auto field = j.find("field"), min = j.find("min"), max = j.find("max"),
             steps = j.find("steps"), scale = j.find("scale");
  if (field == j.end() || !field->is_string() || min == j.end() || !min->is_number() ||
      max == j.end() || !max->is_number() || steps == j.end() || !steps->is_number_integer())
    return false;
  const std::string& name = field->get_ref<const std::string&>();
  // Axis keeps a view: point it at the static name of the matching input.
  const FlipInput* in = find_flip_input(name);
  if (!in) return false;
  axis.field = in->name;
  axis.min = min->get<double>();
  axis.max = max->get<double>();
  axis.steps = static_cast<int>(std::clamp<std::int64_t>(steps->get<std::int64_t>(), 0, 100000));
  axis.log_scale = scale != j.end() && scale->is_string() && scale->get<std::string>() == "log";
  return valid_axis(axis);
}

}  // namespace

std::string render_json(const Decoded& d) {
  if (!d.ok()) return to_text(encode_errors(d.errors));
  return to_text(encode_result(build_result(d.scenario, d.assumptions), d));
}

std::string evaluate_json(std::string_view scenario_text) {
  return render_json(decode_scenario_text(scenario_text));
}

std::string render_adr(const Decoded& d) {
  if (!d.ok()) return {};
  return adr(build_result(d.scenario, d.assumptions), d.assumptions);
}

std::string adr_markdown(std::string_view scenario_text) {
  return render_adr(decode_scenario_text(scenario_text));
}

std::string defaults_json() {
  return to_text(encode_scenario(default_scenario(), builtin_assumptions(), nullptr));
}

std::string platforms_json() { return to_text(assumptions_data()); }

std::string schema_json() { return to_text(schema()); }

std::vector<std::uint8_t> decision_grid_from_json(std::string_view scenario_text,
                                                  std::string_view spec_text) {
  const Decoded d = decode_scenario_text(scenario_text);
  const ParsedJson spec = parse_bounded(spec_text);
  Axis x{}, y{};
  if (!d.ok() || !spec.ok() || !spec.value.is_object() || !spec.value.contains("x") ||
      !spec.value.contains("y") || !decode_axis(spec.value["x"], x) ||
      !decode_axis(spec.value["y"], y) || static_cast<long long>(x.steps) * y.steps > 1 << 20)
    return {};
  return decision_grid(d.scenario, d.assumptions, x, y);
}

std::vector<double> cost_curve_from_json(std::string_view scenario_text,
                                         std::string_view axis_text) {
  const Decoded d = decode_scenario_text(scenario_text);
  const ParsedJson spec = parse_bounded(axis_text);
  Axis axis{};
  if (!d.ok() || !spec.ok() || !decode_axis(spec.value, axis)) return {};
  return cost_curve(d.scenario, d.assumptions, axis);
}

}  // namespace wb
