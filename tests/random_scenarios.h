// Scenarios drawn with a fixed-seed generator, the same ones on every run
// and platform: every field over its range, the thresholds that matter hit
// exactly now and then, weights and assumption overrides sometimes.
//   for (const json& s : wb::testing::scenarios(3000, 1)) ...
#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "codec/assumptions_codec.h"

namespace wb::testing {

using nlohmann::json;

// splitmix64: tiny, and the same sequence on every platform and compiler.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return (next() >> 11) * (1.0 / 9007199254740992.0); }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool coin(double p = 0.5) { return uniform() < p; }
  double log_uniform(double lo, double hi) { return lo * std::pow(hi / lo, uniform()); }
  template <std::size_t N>
  const char* pick(const char* const (&xs)[N]) {
    return xs[below(N)];
  }
};

inline const char* const kProducts[] = {"web_app", "api", "web_app_and_api", "gpt_action"};
inline const char* const kPython[] = {"none", "nice_to_have", "required"};
inline const char* const kLogic[] = {"simple", "moderate", "complex"};
inline const char* const kTeams[] = {"typescript", "python", "both"};
inline const char* const kStages[] = {"validating", "growing", "scaling"};
inline const char* const kWeights[] = {"time_to_market", "operations", "cost", "latency",
                                       "flexibility"};

// Values spread over every field's range, with the thresholds that matter
// (platform limits, 30 s, 120 s, 600 s) hit exactly now and then.
inline double random_seconds(Rng& r, double lo) {
  static const double kMarks[] = {10, 30, 60, 120, 300, 600, 800, 900, 1800, 3600, 86400};
  if (r.coin(0.15)) return kMarks[r.below(11)];
  return std::round(r.log_uniform(lo, 86400) * 1000) / 1000;
}

inline json random_scenario(Rng& r) {
  json s = json::object();
  const auto& platforms = wb::builtin_assumptions().platforms;
  if (r.coin(0.9)) s["product"] = r.pick(kProducts);
  double typical = random_seconds(r, 0.05), longest = random_seconds(r, 0.05);
  if (typical > longest) std::swap(typical, longest);
  if (r.coin(0.95)) {
    s["job_seconds_typical"] = typical;
    s["job_seconds_longest"] = longest;
  }
  if (r.coin(0.4)) s["scheduled_job_seconds"] = r.coin(0.3) ? 0.0 : random_seconds(r, 1);
  if (r.coin(0.9)) s["python_libraries"] = r.pick(kPython);
  if (r.coin(0.9)) s["ai_logic"] = r.pick(kLogic);
  if (r.coin(0.9)) s["team"] = r.pick(kTeams);
  if (r.coin(0.9)) s["stage"] = r.pick(kStages);
  if (r.coin(0.7)) s["public_api"] = r.coin();
  if (r.coin(0.7)) s["billing_and_rate_limits"] = r.coin();
  if (r.coin(0.7)) s["latency_sensitive"] = r.coin();
  if (r.coin(0.9)) s["monthly_requests"] = r.coin(0.05) ? 0.0 : std::floor(r.log_uniform(1, 1e10));
  if (r.coin(0.9)) s["platform"] = platforms[r.below(static_cast<int>(platforms.size()))].id;
  if (r.coin(0.3)) {
    json w = json::object();
    for (const char* k : kWeights)
      if (r.coin(0.8))
        w[k] = r.coin(0.2) ? static_cast<double>(r.below(6)) : std::round(r.uniform() * 500) / 100;
    s["weights"] = w;
  }
  if (r.coin(0.15)) {
    json a = json::object();
    if (r.coin()) a["engineer_usd_hour"] = std::round(r.log_uniform(10, 300));
    if (r.coin()) a["broker_usd_month"] = std::round(r.log_uniform(1, 200));
    if (r.coin()) a["queue_required_s"] = std::round(r.log_uniform(60, 7200));
    if (r.coin()) a["worker_io_pool_size"] = 1 + r.below(100);
    if (r.coin(0.3)) {
      const std::string p = platforms[r.below(static_cast<int>(platforms.size()))].id;
      a["platforms"][p]["function_max_s"] = std::round(r.log_uniform(10, 7200));
    }
    s["assumptions"] = a;
  }
  return s;
}

inline std::vector<json> scenarios(int n, std::uint64_t seed) {
  Rng r{seed};
  std::vector<json> out;
  for (int i = 0; i < n; ++i) out.push_back(random_scenario(r));
  return out;
}

}  // namespace wb::testing
