#include "uncertainty.h"

#include "cost_model.h"
#include "evaluate.h"

namespace wb {
namespace {

// A platform's estimate matters only on the platform in use.
bool applies(const ValueRange& r, const Scenario& s) {
  return r.platform < 0 || r.platform == s.platform;
}

}  // namespace

Uncertainty uncertainty(const Scenario& s, const Assumptions& a) {
  Uncertainty u;
  Assumptions probe = a;
  const Candidate current = evaluate(s, a).recommended;
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
  for (const CandidateInfo& ci : kCandidates) {
    Assumptions cheap = a, dear = a;
    for (const ValueRange& r : a.ranges) {
      if (!applies(r, s)) continue;
      set_range_value(probe, r, r.low);
      const double at_low = estimate_cost(ci.candidate, s, probe).infra_usd_month;
      set_range_value(probe, r, r.high);
      const double at_high = estimate_cost(ci.candidate, s, probe).infra_usd_month;
      set_range_value(probe, r, range_value(a, r));
      set_range_value(cheap, r, at_low <= at_high ? r.low : r.high);
      set_range_value(dear, r, at_low <= at_high ? r.high : r.low);
    }
    CostRange& c = u.costs[index_of(ci.candidate)];
    c.low_usd_month = estimate_cost(ci.candidate, s, cheap).infra_usd_month;
    c.high_usd_month = estimate_cost(ci.candidate, s, dear).infra_usd_month;
  }
  return u;
}

}  // namespace wb
