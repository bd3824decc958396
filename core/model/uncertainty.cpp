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
    const RangeCorners ends = cost_corners(ci.candidate, s, a);
    CostRange& c = u.costs[index_of(ci.candidate)];
    c.low_usd_month =
        design_cost(ci.candidate, s, with_estimates_at(a, s, ends.cheap_at_high)).infra_usd_month;
    c.high_usd_month =
        design_cost(ci.candidate, s, with_estimates_at(a, s, ends.dear_at_high)).infra_usd_month;
  }
  return u;
}

RangeCorners cost_corners(Candidate c, const Scenario& s, const Assumptions& a) {
  const std::size_t k = a.ranges.size();
  Assumptions probe = a;
  const auto cost = [&] { return design_cost(c, s, probe).infra_usd_month; };
  const auto set_end = [&](std::size_t i, bool high) {
    set_range_value(probe, a.ranges[i], high ? a.ranges[i].high : a.ranges[i].low);
  };
  std::vector<std::size_t> live;  // the estimates that apply to s
  for (std::size_t i = 0; i < k; ++i)
    if (applies(a.ranges[i], s)) live.push_back(i);

  // Each estimate on its own, the others as they are: which end costs less.
  std::vector<int> alone(k, 0);  // -1: the low end is cheaper, +1: the high end, 0: a tie
  for (std::size_t i : live) {
    set_end(i, false);
    const double at_low = cost();
    set_end(i, true);
    const double at_high = cost();
    set_range_value(probe, a.ranges[i], range_value(a, a.ranges[i]));
    alone[i] = at_low < at_high ? -1 : at_high < at_low ? 1 : 0;
  }

  RangeCorners out;
  for (bool cheap : {true, false}) {
    // From the ends each estimate takes on its own (a tie at low for the
    // cheap corner, at high for the dear one), flip any estimate, or pair of
    // estimates that each alone change nothing, while that moves the cost
    // the right way. An estimate that made no difference alone can make one
    // beside the others: a few jobs in flight at peak fit one worker under
    // the dear peak, CPU share or utilisation alone, not under all three.
    std::vector<bool> high(k, false);
    for (std::size_t i : live) {
      high[i] = alone[i] == 0 ? !cheap : (alone[i] > 0) == cheap;
      set_end(i, high[i]);
    }
    double best = cost();
    const auto better = [&](double x) { return cheap ? x < best : x > best; };
    const auto flip = [&](std::size_t i) {
      high[i] = !high[i];
      set_end(i, high[i]);
    };
    for (int pass = 0; pass < kMaxCornerPasses; ++pass) {
      bool moved = false;
      std::vector<std::size_t> idle;  // flipping it alone changes nothing here
      for (std::size_t i : live) {
        flip(i);
        const double x = cost();
        if (better(x)) {
          best = x;
          moved = true;
          continue;
        }
        if (x == best) idle.push_back(i);
        flip(i);
      }
      for (std::size_t m = 0; !moved && m < idle.size(); ++m)
        for (std::size_t n = m + 1; !moved && n < idle.size(); ++n) {
          flip(idle[m]);
          flip(idle[n]);
          const double x = cost();
          if (better(x)) {
            best = x;
            moved = true;
          } else {
            flip(idle[m]);
            flip(idle[n]);
          }
        }
      if (!moved) break;
    }
    for (std::size_t i : live) set_range_value(probe, a.ranges[i], range_value(a, a.ranges[i]));
    (cheap ? out.cheap_at_high : out.dear_at_high) = high;
  }
  return out;
}

Assumptions with_estimates_at(const Assumptions& a, const Scenario& s,
                              const std::vector<bool>& at_high) {
  Assumptions out = a;
  for (std::size_t i = 0; i < a.ranges.size(); ++i) {
    const ValueRange& r = a.ranges[i];
    if (applies(r, s)) set_range_value(out, r, at_high[i] ? r.high : r.low);
  }
  return out;
}

}  // namespace wb
