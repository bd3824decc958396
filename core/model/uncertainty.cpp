#include "uncertainty.h"

#include <vector>

#include "cost_model.h"
#include "evaluate.h"

namespace wb {
namespace {

// A platform's estimate matters only on the platform in use.
bool applies(const ValueRange& r, const Scenario& s) {
  return r.platform < 0 || r.platform == s.platform;
}

}  // namespace

Uncertainty uncertainty(const Scenario& s, const Assumptions& a, Candidate current) {
  Uncertainty u;
  Assumptions probe = a;  // one copy; every change below is undone before the next
  for (const ValueRange& r : a.ranges) {
    if (!applies(r, s)) continue;
    for (bool high : {false, true}) {
      const double v = high ? r.high : r.low;
      set_range_value(probe, r, v);
      const Candidate becomes = evaluate(s, probe).recommended;
      if (becomes != current) u.flips.push_back({r.key, high, v, becomes});
    }
    set_range_value(probe, r, range_value(a, r));
  }
  u.robust = u.flips.empty();

  for (const CandidateInfo& ci : kCandidates) {
    const std::vector<bool> ends = cheaper_ends(ci.candidate, s, a);
    CostRange& c = u.costs[index_of(ci.candidate)];
    c.low_usd_month =
        estimate_cost(ci.candidate, s, with_estimates_at(a, s, ends, true)).infra_usd_month;
    c.high_usd_month =
        estimate_cost(ci.candidate, s, with_estimates_at(a, s, ends, false)).infra_usd_month;
  }
  return u;
}

std::vector<bool> cheaper_ends(Candidate c, const Scenario& s, const Assumptions& a) {
  Assumptions probe = a;
  std::vector<bool> low_is_cheaper(a.ranges.size(), true);
  for (std::size_t i = 0; i < a.ranges.size(); ++i) {
    const ValueRange& r = a.ranges[i];
    if (!applies(r, s)) continue;
    set_range_value(probe, r, r.low);
    const double at_low = estimate_cost(c, s, probe).infra_usd_month;
    set_range_value(probe, r, r.high);
    low_is_cheaper[i] = at_low <= estimate_cost(c, s, probe).infra_usd_month;
    set_range_value(probe, r, range_value(a, r));
  }
  return low_is_cheaper;
}

Assumptions with_estimates_at(const Assumptions& a, const Scenario& s,
                              const std::vector<bool>& low_is_cheaper, bool cheap) {
  Assumptions out = a;
  for (std::size_t i = 0; i < a.ranges.size(); ++i) {
    const ValueRange& r = a.ranges[i];
    if (applies(r, s)) set_range_value(out, r, low_is_cheaper[i] == cheap ? r.low : r.high);
  }
  return out;
}

}  // namespace wb
