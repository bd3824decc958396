#include "result.h"

#include <algorithm>

#include "reason_text.h"

namespace wb {

Result build_result(const Scenario& s, const Assumptions& a) {
  Result r;
  r.scenario = s;
  r.evaluation = evaluate(s, a);
  for (const Assessment& x : r.evaluation.assessments) {
    auto& texts = r.reason_texts[index_of(x.candidate)];
    for (std::size_t i = 0; i < x.reason_count; ++i)
      texts.push_back(reason_text(x.reasons[i], x, s, a));
  }
  r.flip_points = flip_points(s, a);
  r.uncertainty = uncertainty(s, a, r.evaluation.recommended);
  // Each range holds the bill shown, as the cost curves' bands hold their
  // line: the answer may run in the routing that ranks it first, not the one
  // its estimates are priced in (design_cost).
  for (const Assessment& x : r.evaluation.assessments) {
    CostRange& range = r.uncertainty.costs[index_of(x.candidate)];
    range.low_usd_month = std::min(range.low_usd_month, x.cost.infra_usd_month);
    range.high_usd_month = std::max(range.high_usd_month, x.cost.infra_usd_month);
  }
  r.warnings = warnings(s, a, r.evaluation);
  return r;
}

std::string_view verdict_id(Verdict v) {
  switch (v) {
    case Verdict::kRecommended:
      return "recommended";
    case Verdict::kViable:
      return "viable";
    case Verdict::kRuledOut:
      return "ruled_out";
  }
  return "";
}

std::string_view effect_id(Effect e) {
  switch (e) {
    case Effect::kRulesOut:
      return "rules_out";
    case Effect::kFavours:
      return "favours";
    case Effect::kPenalises:
      return "penalises";
  }
  return "";
}

std::string_view direction_id(Direction d) {
  switch (d) {
    case Direction::kAbove:
      return "above";
    case Direction::kBelow:
      return "below";
    case Direction::kTo:
      return "to";
  }
  return "";
}

}  // namespace wb
