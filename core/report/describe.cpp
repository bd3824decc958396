#include "describe.h"

#include "../model/format.h"
#include "../model/scenario_fields.h"

namespace wb {

std::string flip_sentence(const FlipPoint& f) {
  const FlipInput& in = *find_flip_input(f.input);
  return "If " + in.noun + (f.direction == Direction::kAbove ? " rises past " : " drops below ") +
         format_measure(in.measure, f.value) + ", the answer becomes " +
         std::string(info(f.becomes).name) + ".";
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
      case FieldKind::kNumber:
        value =
            f.zero_is_none && s.*f.number == 0 ? "none" : format_measure(f.measure, s.*f.number);
        break;
    }
    out.emplace_back(std::string(f.label), value);
  }
  return out;
}

}  // namespace wb
