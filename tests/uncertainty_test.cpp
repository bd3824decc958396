// Cost ranges and robustness against the estimates in the data file.
#include "model/uncertainty.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "codec/scenario_codec.h"
#include "model/evaluate.h"

namespace {

wb::Uncertainty of(const char* text) {
  const wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(text));
  REQUIRE(d.ok());
  return wb::uncertainty(d.scenario, d.assumptions,
                         wb::evaluate(d.scenario, d.assumptions).recommended);
}

}  // namespace

TEST_CASE("an API with 1M jobs of 25 s: FastAPI + Celery from $44.98 to $374.73") {
  const wb::Uncertainty u =
      of(R"({"product": "api", "monthly_requests": 1000000, "job_seconds_typical": 25,
             "job_seconds_longest": 25})");
  const wb::CostRange& r = u.costs[wb::index_of(wb::Candidate::kFastapiCelery)];
  // Dear end: 25e6 s / 2,628,000 s = 9.513 jobs in flight, x5 at peak =
  // 47.56; a worker holds min(20 tasks, 1 vCPU / 15 % CPU) = 6.67 at 50 % =
  // 3.33: 14.27 workers x $25 = $356.74. The API enqueues 2M x 0.5 s: 1.90 in
  // flight at peak over min(10, 0.5 / 15 %) x 50 % = 1.67 a container:
  // 1.14 x $7 = $7.99. Broker $10.
  CHECK(r.high_usd_month == doctest::Approx(374.73).epsilon(1e-4));
  // Cheap end, each estimate judged on its own: the pool size ties at 20 and
  // 200 (CPU caps it at 20 either way), so it stays at 20; with 2 % CPU, a
  // peak of 2x and 85 %: 19.03 / 17 = 1.12 workers x $25 = $27.98, one $7
  // API container, the $10 broker.
  CHECK(r.low_usd_month == doctest::Approx(44.98).epsilon(1e-4));
  CHECK(u.robust);
  CHECK(u.flips.empty());
}

TEST_CASE("every candidate's expected cost lies inside its range") {
  for (const char* text :
       {"{}", R"({"platform": "cloud_run", "monthly_requests": 100000000})",
        R"({"platform": "netlify", "ai_logic": "complex", "monthly_requests": 5000000,
            "job_seconds_longest": 3600, "scheduled_job_seconds": 1800})",
        R"({"platform": "containers", "monthly_requests": 20000000})"}) {
    CAPTURE(text);
    const wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(text));
    const wb::Uncertainty u = of(text);
    for (const wb::CandidateInfo& ci : wb::kCandidates) {
      CAPTURE(ci.id);
      const double cost =
          wb::estimate_cost(ci.candidate, d.scenario, d.assumptions).infra_usd_month;
      CHECK(u.costs[wb::index_of(ci.candidate)].low_usd_month <= cost + 1e-9);
      CHECK(u.costs[wb::index_of(ci.candidate)].high_usd_month >= cost - 1e-9);
    }
  }
}

TEST_CASE("a close call on people's time is not robust, and says which estimate flips it") {
  const wb::Uncertainty u = of(R"({"job_seconds_longest": 7200, "team": "python"})");
  CHECK_FALSE(u.robust);
  REQUIRE(u.flips.size() == 4);
  CHECK(u.flips[0].key == "engineer_usd_hour");
  CHECK(u.flips[0].high_end);
  CHECK(u.flips[0].value == 150);
  CHECK(u.flips[0].becomes == wb::Candidate::kHybridCelery);
}

TEST_CASE("a reader's own value has no range") {
  const wb::Uncertainty u = of(R"({"job_seconds_longest": 7200, "team": "python",
                                   "assumptions": {"engineer_usd_hour": 100}})");
  for (const wb::RangeFlip& f : u.flips) CHECK(f.key != "engineer_usd_hour");
}
