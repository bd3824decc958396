#include "describe.h"

#include "../model/format.h"
#include "../model/scenario_fields.h"

namespace wb {

std::string range_flip_sentence(const RangeFlip& f) {
  return "If " + f.key + " were at the " + (f.high_end ? "high" : "low") + " end of its range (" +
         format_number(f.value, 6) + "), the answer would be " + std::string(info(f.becomes).name) +
         ".";
}

std::string because_sentence(const Result& r) {
  const Candidate c = r.evaluation.recommended;
  const Assessment& x = r.of(c);
  // The two rule reasons in its favour that weigh most; fit when there is none.
  std::size_t best[2] = {kMaxReasons, kMaxReasons};
  for (std::size_t i = 0; i < x.reason_count; ++i) {
    const Reason& reason = x.reasons[i];
    if (reason.effect != Effect::kFavours || reason.rule == RuleId::kWeightedFit) continue;
    if (best[0] == kMaxReasons || reason.points > x.reasons[best[0]].points) {
      best[1] = best[0];
      best[0] = i;
    } else if (best[1] == kMaxReasons || reason.points > x.reasons[best[1]].points) {
      best[1] = i;
    }
  }
  const auto& texts = r.reason_texts[index_of(c)];
  if (best[0] == kMaxReasons) {
    for (std::size_t i = 0; i < x.reason_count; ++i)
      if (x.reasons[i].rule == RuleId::kWeightedFit) return texts[i];
    return {};
  }
  std::string out = texts[best[0]];
  if (best[1] != kMaxReasons) out += " " + texts[best[1]];
  return out;
}

std::string flip_sentence(const FlipPoint& f, const Assumptions& a) {
  const std::string becomes(info(f.becomes).name);
  if (f.direction == Direction::kTo) {
    const ScenarioField& field = *find_scenario_field(f.input);
    return "If you answered \u201c" + choice_label(field, static_cast<int>(f.value), a) +
           "\u201d to \u201c" + std::string(field.label) + "\u201d, the answer becomes " + becomes +
           ".";
  }
  const FlipInput& in = *find_flip_input(f.input);
  return "If " + in.noun + (f.direction == Direction::kAbove ? " rises past " : " drops below ") +
         format_measure(in.measure, f.value) + ", the answer becomes " + becomes + ".";
}

std::vector<std::pair<std::string, std::string>> describe_scenario(const Scenario& s,
                                                                   const Assumptions& a) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ScenarioField& f : scenario_fields()) {
    const std::string value = !f.number ? choice_label(f, choice_of(f, s), a)
                              : f.zero_is_none && s.*f.number == 0
                                  ? "none"
                                  : format_measure(f.measure, s.*f.number);
    out.emplace_back(std::string(f.label), value);
  }
  return out;
}

}  // namespace wb
