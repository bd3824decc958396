#include "describe.h"

#include <cctype>

#include "../model/format.h"
#include "../model/scenario_fields.h"

namespace wb {

std::string flip_sentence(const FlipPoint& f) {
  const bool up = f.direction == Direction::kAbove;
  const std::string becomes = std::string(info(f.becomes).name);
  const std::string input(f.input);
  std::string what, value;
  if (input == "monthly_requests") {
    what = "your monthly volume";
    value = format_count(f.value);
  } else if (input.rfind("weights.", 0) == 0) {
    for (const auto& w : kWeightFields)
      if (input.substr(8) == w.name) what = "the weight on " + std::string(w.label);
    for (std::size_t i = 14; i < what.size(); ++i)
      what[i] = static_cast<char>(std::tolower(what[i]));
    value = format_number(f.value, 2);
  } else {
    what = input == "job_seconds_typical"   ? "your typical job"
           : input == "job_seconds_longest" ? "your longest job"
                                            : "your scheduled job";
    value = format_duration(f.value);
  }
  return "If " + what + (up ? " rises past " : " drops below ") + value + ", the answer becomes " +
         becomes + ".";
}

std::vector<std::pair<std::string, std::string>> describe_scenario(const Scenario& s,
                                                                   const Assumptions& a) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ScenarioField& f : scenario_fields()) {
    std::string value;
    switch (f.kind) {
      case FieldKind::kEnum:
        value = std::string(f.names.items[f.get_enum(s)].label);
        break;
      case FieldKind::kPlatform:
        value = a.platforms[f.get_enum(s)].name;
        break;
      case FieldKind::kBool:
        value = s.*f.flag ? "yes" : "no";
        break;
      case FieldKind::kInteger:
        value = format_count(s.*f.number);
        break;
      case FieldKind::kNumber:
        value = f.name == "scheduled_job_seconds" && s.*f.number == 0
                    ? "none"
                    : format_duration(s.*f.number);
        break;
    }
    out.emplace_back(std::string(f.label), value);
  }
  return out;
}

}  // namespace wb
