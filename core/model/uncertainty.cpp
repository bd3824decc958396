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

  // Each estimate pushed to whichever end costs this candidate less (or more).
  std::vector<bool> low_is_cheaper(a.ranges.size());
  const auto cost_at = [&](Candidate c, const ValueRange& r, double v) {
    set_range_value(probe, r, v);
    return estimate_cost(c, s, probe).infra_usd_month;
  };
  const auto set_ends = [&](bool cheap) {
    for (std::size_t i = 0; i < a.ranges.size(); ++i) {
      const ValueRange& r = a.ranges[i];
      if (applies(r, s)) set_range_value(probe, r, low_is_cheaper[i] == cheap ? r.low : r.high);
    }
  };
  for (const CandidateInfo& ci : kCandidates) {
    for (std::size_t i = 0; i < a.ranges.size(); ++i) {
      const ValueRange& r = a.ranges[i];
      if (!applies(r, s)) continue;
      low_is_cheaper[i] = cost_at(ci.candidate, r, r.low) <= cost_at(ci.candidate, r, r.high);
      set_range_value(probe, r, range_value(a, r));
    }
    CostRange& c = u.costs[index_of(ci.candidate)];
    set_ends(true);
    c.low_usd_month = estimate_cost(ci.candidate, s, probe).infra_usd_month;
    set_ends(false);
    c.high_usd_month = estimate_cost(ci.candidate, s, probe).infra_usd_month;
    for (const ValueRange& r : a.ranges) set_range_value(probe, r, range_value(a, r));
  }
  return u;
}

}  // namespace wb
