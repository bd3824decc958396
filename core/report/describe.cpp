#include "describe.h"

#include <tuple>

#include "../model/format.h"
#include "../model/scenario_fields.h"

namespace wb {

std::string range_flip_sentence(const RangeFlip& f) {
  return "If " + f.key + " were at the " + (f.high_end ? "high" : "low") + " end of its range (" +
         format_number(f.value, 6) + "), the answer would be " + std::string(info(f.becomes).name) +
         ".";
}

namespace {

// Whether a reason of the chosen design answers a hard rule: its part that
// holds what the ruled-out design could not.
bool answers(RuleId hard, RuleId reason) {
  switch (hard) {
    case RuleId::kPythonOnlyLibraries:
      return reason == RuleId::kPythonOnlyLibraries;
    case RuleId::kPlatformCronLimit:
      return reason == RuleId::kScheduledJobsOnQueue;
    default:  // a job too long for a function, a request or the queue service
      return reason == RuleId::kLongJobsOffRequestPath || reason == RuleId::kScheduledJobsOnQueue;
  }
}

// Whether a reason answers a hard rule that set a design aside: that comes
// first, before preferences (the Python-only libraries, Netlify's 1 min).
bool answers_ruled_out(const Evaluation& e, RuleId reason) {
  for (const Assessment& y : e.assessments) {
    if (!y.ruled_out()) continue;
    for (std::size_t i = 0; i < y.reason_count; ++i)
      if (y.reasons[i].effect == Effect::kRulesOut && answers(y.reasons[i].rule, reason))
        return true;
  }
  return false;
}

}  // namespace

std::string because_sentence(const Result& r, const Assumptions& a) {
  const Evaluation& e = r.evaluation;
  const Candidate c = e.recommended;
  const Assessment& x = r.of(c);
  // What a reason adds over the runner-up: its points less the runner-up's
  // for the same rule ("your team is strongest in TypeScript" says nothing
  // when the runner-up is TypeScript too).
  const auto lead = [&](const Reason& reason) {
    if (e.runner_up == c) return reason.points;
    return reason.points - r.of(e.runner_up).points_of(reason.rule);
  };
  // First the reason that answers a hard rule, else the weightiest rule
  // reason in its favour that puts it a point or more ahead of the
  // runner-up (a credit both share explains nothing), else the fit when it
  // does; then the rule reason that sets it furthest ahead of the runner-up
  // (by points on a tie).
  const auto pick = [&](std::size_t skip, bool by_lead) {
    std::size_t best = kMaxReasons;
    std::tuple<bool, bool, double, double> best_key{};
    for (std::size_t i = 0; i < x.reason_count; ++i) {
      const Reason& reason = x.reasons[i];
      const bool fit = reason.rule == RuleId::kWeightedFit;
      if (i == skip || reason.effect != Effect::kFavours || (fit && by_lead)) continue;
      const double ahead = lead(reason);
      // The fit speaks first only when no rule's reason sets the answer apart.
      const auto key = by_lead ? std::tuple{false, false, ahead, reason.points}
                               : std::tuple{!fit && answers_ruled_out(e, reason.rule), ahead >= 1,
                                            fit ? -1.0 : reason.points, 0.0};
      if (best == kMaxReasons || key > best_key) {
        best = i;
        best_key = key;
      }
    }
    return best;
  };
  const auto& texts = r.reason_texts[index_of(c)];
  // When a dearer design would rank first but for its bill, the bill
  // decided: that comes first, then the reason that sets the answer
  // furthest apart (audit 17, T1: the fit's points hid a $30,000 gap).
  // A Celery design credited for its saving says so in its own reason.
  const bool credited = x.points_of(RuleId::kCheaperForSameWork) > 0;
  if (const Assessment* dear = priced_out(e, a); dear && !credited) {
    const double theirs = dear->cost.total_usd_month;
    std::string out = std::string(info(dear->candidate).name) +
                      " would rank first, but it costs about " + format_usd(theirs) +
                      "/month, upkeep included, " + format_usd(theirs - x.cost.total_usd_month) +
                      " more than this design: more than any preference here is worth.";
    if (const std::size_t next = pick(kMaxReasons, true); next != kMaxReasons)
      out += " " + texts[next];
    return out;
  }
  const std::size_t first = pick(kMaxReasons, false);
  const std::size_t best[2] = {first, pick(first, true)};
  if (best[0] == kMaxReasons) return {};  // none in its favour, not even the fit
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
