// Google Benchmark for the core: what one evaluation, one full result (with
// flip points), one 128x128 decision grid and one 48-point cost curve cost
// natively. scripts/bench runs it with repetitions and writes BENCHMARKS.md;
// bench/wasm_bench.mjs runs the *_Json cases side by side with the same calls
// through the WebAssembly module to get the wasm/native ratio.
//   build/bench/wb_core_bench --benchmark_filter=Grid --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

#include "codec/api.h"
#include "codec/assumptions_codec.h"
#include "codec/scenario_codec.h"
#include "model/batch.h"
#include "model/evaluate.h"
#include "model/result.h"

namespace {

// The two scenarios every case runs on. Kept in sync with bench/wasm_bench.mjs.
constexpr std::string_view kDefaultText = "{}";
constexpr std::string_view kLongJobText =
    R"({"job_seconds_typical":120,"job_seconds_longest":3600,"stage":"growing",)"
    R"("monthly_requests":200000})";
// x = job_seconds_longest 1..86400 log, y = monthly_requests 100..1e9 log.
constexpr std::string_view kGridSpec =
    R"({"x":{"field":"job_seconds_longest","min":1,"max":86400,"steps":128,"scale":"log"},)"
    R"("y":{"field":"monthly_requests","min":100,"max":1000000000,"steps":128,"scale":"log"}})";
constexpr std::string_view kCurveAxis =
    R"({"field":"monthly_requests","min":100,"max":1000000000,"steps":48,"scale":"log"})";

const wb::Decoded& decoded(std::string_view text) {
  static const wb::Decoded def = wb::decode_scenario_text(kDefaultText);
  static const wb::Decoded lng = wb::decode_scenario_text(kLongJobText);
  return text == kDefaultText ? def : lng;
}

const wb::Axis kGridX{"job_seconds_longest", 1, 86400, 128, true};
const wb::Axis kGridY{"monthly_requests", 100, 1e9, 128, true};
const wb::Axis kCurve{"monthly_requests", 100, 1e9, 48, true};

// --- the model alone (no JSON) ---------------------------------------------

void BM_Evaluate(benchmark::State& state, std::string_view text) {
  const wb::Decoded& d = decoded(text);
  if (!d.ok()) return state.SkipWithError("scenario does not decode");
  for (auto _ : state) {
    wb::Evaluation e = wb::evaluate(d.scenario, d.assumptions);
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK_CAPTURE(BM_Evaluate, default, kDefaultText);
BENCHMARK_CAPTURE(BM_Evaluate, long_job, kLongJobText);

void BM_FlipPoints(benchmark::State& state, std::string_view text) {
  const wb::Decoded& d = decoded(text);
  if (!d.ok()) return state.SkipWithError("scenario does not decode");
  std::size_t n = 0, evaluations = 0;
  for (auto _ : state) {
    std::vector<wb::FlipPoint> f = wb::flip_points(d.scenario, d.assumptions, &evaluations);
    n = f.size();
    benchmark::DoNotOptimize(f);
  }
  state.counters["flip_points"] = static_cast<double>(n);
  state.counters["evaluations"] = static_cast<double>(evaluations);
}
BENCHMARK_CAPTURE(BM_FlipPoints, default, kDefaultText);
BENCHMARK_CAPTURE(BM_FlipPoints, long_job, kLongJobText);

void BM_BuildResult(benchmark::State& state, std::string_view text) {
  const wb::Decoded& d = decoded(text);
  if (!d.ok()) return state.SkipWithError("scenario does not decode");
  for (auto _ : state) {
    wb::Result r = wb::build_result(d.scenario, d.assumptions);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK_CAPTURE(BM_BuildResult, default, kDefaultText);
BENCHMARK_CAPTURE(BM_BuildResult, long_job, kLongJobText);

void BM_DecisionGrid(benchmark::State& state, std::string_view text) {
  const wb::Decoded& d = decoded(text);
  if (!d.ok()) return state.SkipWithError("scenario does not decode");
  for (auto _ : state) {
    std::vector<std::uint8_t> g = wb::decision_grid(d.scenario, d.assumptions, kGridX, kGridY);
    if (g.size() != 128u * 128u) return state.SkipWithError("grid has the wrong size");
    benchmark::DoNotOptimize(g);
  }
  state.counters["cells_per_s"] =
      benchmark::Counter(128.0 * 128.0, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK_CAPTURE(BM_DecisionGrid, default, kDefaultText)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DecisionGrid, long_job, kLongJobText)->Unit(benchmark::kMillisecond);

void BM_CostCurve(benchmark::State& state, std::string_view text) {
  const wb::Decoded& d = decoded(text);
  if (!d.ok()) return state.SkipWithError("scenario does not decode");
  for (auto _ : state) {
    std::vector<double> c = wb::cost_curve(d.scenario, d.assumptions, kCurve);
    if (c.size() != 48u * wb::kCandidateCount * wb::kCurveValues)
      return state.SkipWithError("curve has the wrong size");
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK_CAPTURE(BM_CostCurve, default, kDefaultText)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_CostCurve, long_job, kLongJobText)->Unit(benchmark::kMicrosecond);

// --- the string API end to end (what the CLI and the wasm module call) -----

void BM_EvaluateJson(benchmark::State& state, std::string_view text) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string out = wb::evaluate_json(text);
    bytes = out.size();
    benchmark::DoNotOptimize(out);
  }
  if (bytes < 100) state.SkipWithError("evaluate_json returned an error");
  state.counters["out_bytes"] = static_cast<double>(bytes);
}
BENCHMARK_CAPTURE(BM_EvaluateJson, default, kDefaultText);
BENCHMARK_CAPTURE(BM_EvaluateJson, long_job, kLongJobText);

void BM_DecisionGridJson(benchmark::State& state, std::string_view text) {
  for (auto _ : state) {
    std::vector<std::uint8_t> g = wb::decision_grid_from_json(text, kGridSpec);
    if (g.size() != 128u * 128u) return state.SkipWithError("grid has the wrong size");
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK_CAPTURE(BM_DecisionGridJson, default, kDefaultText)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DecisionGridJson, long_job, kLongJobText)->Unit(benchmark::kMillisecond);

void BM_CostCurveJson(benchmark::State& state, std::string_view text) {
  for (auto _ : state) {
    std::vector<double> c = wb::cost_curve_from_json(text, kCurveAxis);
    if (c.size() != 48u * wb::kCandidateCount * wb::kCurveValues)
      return state.SkipWithError("curve has the wrong size");
    benchmark::DoNotOptimize(c);
  }
}
BENCHMARK_CAPTURE(BM_CostCurveJson, default, kDefaultText)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_CostCurveJson, long_job, kLongJobText)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
