// The flip-point search over 3,000 seeded scenarios (tests/random_scenarios.h),
// side by side with the 1 % scan it replaced (tests/exhaustive_flip_points.h):
// evaluations per result and wall time per result, as a Markdown table.
//   build/bench/wb_flip_search_stats
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <vector>

#include "../tests/exhaustive_flip_points.h"
#include "../tests/random_scenarios.h"
#include "codec/scenario_codec.h"
#include "model/flip_points.h"

namespace {

struct Spread {
  std::vector<std::size_t> counts;
  double seconds = 0;
  std::size_t at(double q) const {
    return counts[static_cast<std::size_t>(q * (counts.size() - 1))];
  }
  double mean() const {
    double sum = 0;
    for (std::size_t n : counts) sum += static_cast<double>(n);
    return sum / static_cast<double>(counts.size());
  }
};

template <typename Search>
Spread measure(const std::vector<wb::Decoded>& ds, Search search) {
  Spread out;
  const auto start = std::chrono::steady_clock::now();
  for (const wb::Decoded& d : ds) out.counts.push_back(search(d));
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::sort(out.counts.begin(), out.counts.end());
  return out;
}

}  // namespace

int main() {
  std::vector<wb::Decoded> ds;
  for (const nlohmann::json& s : wb::testing::scenarios(3000, 2027)) {
    wb::Decoded d = wb::decode_scenario(s);
    if (d.ok()) ds.push_back(std::move(d));
  }
  const Spread fast = measure(ds, [](const wb::Decoded& d) {
    std::size_t n = 0;
    wb::flip_points(d.scenario, d.assumptions, &n);
    return n;
  });
  const Spread scan = measure(ds, [](const wb::Decoded& d) {
    const std::size_t before = wb::reference::evaluations;
    wb::reference::numeric_flip_points(d.scenario, d.assumptions);
    return wb::reference::evaluations - before;
  });
  const double n = static_cast<double>(ds.size());
  std::printf("| search | median | p90 | p99 | max | mean | wall per result |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|\n");
  std::printf("| bracketed (core) | %zu | %zu | %zu | %zu | %.0f | %.1f µs |\n", fast.at(0.5),
              fast.at(0.9), fast.at(0.99), fast.counts.back(), fast.mean(), fast.seconds / n * 1e6);
  std::printf("| 1 %% scan (before; numbers only) | %zu | %zu | %zu | %zu | %.0f | %.1f µs |\n",
              scan.at(0.5), scan.at(0.9), scan.at(0.99), scan.counts.back(), scan.mean(),
              scan.seconds / n * 1e6);
  std::printf("\n%zu scenarios; the bracketed search's counts include the choice flips.\n",
              ds.size());
}
