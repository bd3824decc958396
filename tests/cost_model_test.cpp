// The cost model: dollars grow with volume, Celery adds a broker and
// workers, and the moving parts per candidate are the ones the SPEC lists.
#include "model/cost_model.h"

#include <doctest/doctest.h>

#include <cmath>

#include "codec/assumptions_codec.h"
#include "codec/scenario_codec.h"

namespace {

const wb::Assumptions& A() { return wb::builtin_assumptions(); }

wb::Scenario on(const char* platform, double requests) {
  wb::Scenario s = wb::default_scenario();
  s.platform = wb::find_platform(A(), platform);
  REQUIRE(s.platform >= 0);
  s.monthly_requests = requests;
  return s;
}

constexpr wb::Candidate kAll[] = {wb::Candidate::kNextjsServerActions, wb::Candidate::kFastapi,
                                  wb::Candidate::kFastapiCelery, wb::Candidate::kHybrid,
                                  wb::Candidate::kHybridCelery};

}  // namespace

TEST_CASE("moving parts per candidate") {
  const wb::Scenario s = wb::default_scenario();
  struct Row {
    wb::Candidate c;
    int codebases, deps, targets, pipelines, services, hops;
  };
  const Row rows[] = {
      {wb::Candidate::kNextjsServerActions, 1, 1, 1, 1, 1, 0},
      {wb::Candidate::kFastapi, 1, 1, 1, 1, 1, 0},
      {wb::Candidate::kFastapiCelery, 1, 1, 2, 1, 3, 1},
      {wb::Candidate::kHybrid, 2, 2, 2, 2, 2, 1},
      {wb::Candidate::kHybridCelery, 2, 2, 3, 2, 4, 2},
  };
  for (const Row& r : rows) {
    CAPTURE(wb::info(r.c).id);
    const wb::Cost c = wb::estimate_cost(r.c, s, A());
    CHECK(c.codebases == r.codebases);
    CHECK(c.dependency_sets == r.deps);
    CHECK(c.deploy_targets == r.targets);
    CHECK(c.pipelines == r.pipelines);
    CHECK(c.services_to_monitor == r.services);
    CHECK(c.network_hops == r.hops);
  }
}

TEST_CASE("added latency: one hop for the hybrid, a queue for Celery") {
  const wb::Scenario s = wb::default_scenario();
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, A()).added_latency_ms == 0);
  CHECK(wb::estimate_cost(wb::Candidate::kFastapi, s, A()).added_latency_ms == 0);
  CHECK(wb::estimate_cost(wb::Candidate::kHybrid, s, A()).added_latency_ms == A().hop_latency_ms);
  CHECK(wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A()).added_latency_ms ==
        A().queue_latency_ms);
  CHECK(wb::estimate_cost(wb::Candidate::kHybridCelery, s, A()).added_latency_ms ==
        A().hop_latency_ms + A().queue_latency_ms);
}

TEST_CASE("Celery adds a broker and workers") {
  for (const char* p : {"vercel_pro", "aws_lambda", "containers", "cloud_run"}) {
    CAPTURE(p);
    const wb::Scenario s = on(p, 100000);
    const wb::Cost plain = wb::estimate_cost(wb::Candidate::kFastapi, s, A());
    const wb::Cost celery = wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A());
    CHECK(plain.breakdown.broker_usd_month == 0);
    CHECK(plain.breakdown.worker_containers == 0);
    CHECK(celery.breakdown.broker_usd_month == A().broker_usd_month);
    CHECK(celery.breakdown.worker_containers >= 1);
    CHECK(celery.breakdown.workers_usd_month ==
          celery.breakdown.worker_containers * A().worker_container_usd_month);
    CHECK(celery.infra_usd_month > plain.infra_usd_month);
    CHECK(celery.maintenance_hours_month > plain.maintenance_hours_month);
    const wb::Cost hybrid = wb::estimate_cost(wb::Candidate::kHybrid, s, A());
    const wb::Cost hybrid_celery = wb::estimate_cost(wb::Candidate::kHybridCelery, s, A());
    CHECK(hybrid_celery.breakdown.broker_usd_month == A().broker_usd_month);
    CHECK(hybrid_celery.total_usd_month > hybrid.total_usd_month);
  }
}

TEST_CASE("infrastructure cost never falls as volume grows") {
  for (const auto& p : A().platforms) {
    for (wb::Candidate c : kAll) {
      CAPTURE(p.id);
      CAPTURE(wb::info(c).id);
      double previous = -1;
      for (double n = 0; n <= 1e10; n = n == 0 ? 1 : n * 3.7) {
        const wb::Cost cost = wb::estimate_cost(c, on(p.id.c_str(), std::floor(n)), A());
        CHECK(std::isfinite(cost.total_usd_month));
        CHECK(cost.infra_usd_month >= previous);
        CHECK(cost.total_usd_month ==
              doctest::Approx(cost.infra_usd_month +
                              cost.maintenance_hours_month * A().engineer_usd_hour));
        previous = cost.infra_usd_month;
      }
    }
  }
}

TEST_CASE("at large volume every candidate costs more than at small volume") {
  for (wb::Candidate c : kAll) {
    CAPTURE(wb::info(c).id);
    const double small = wb::estimate_cost(c, on("vercel_pro", 1000), A()).infra_usd_month;
    const double large = wb::estimate_cost(c, on("vercel_pro", 1e9), A()).infra_usd_month;
    CHECK(large > small);
  }
}

TEST_CASE("containers platform runs Next.js on always-on containers") {
  const wb::Cost c =
      wb::estimate_cost(wb::Candidate::kNextjsServerActions, on("containers", 1e6), A());
  CHECK(c.breakdown.js_containers >= 1);
  CHECK(c.breakdown.platform_usd_month == c.breakdown.js_containers * A().js_container_usd_month);
  const wb::Cost serverless =
      wb::estimate_cost(wb::Candidate::kNextjsServerActions, on("vercel_pro", 1e6), A());
  CHECK(serverless.breakdown.js_containers == 0);
}

TEST_CASE("longer jobs need more workers") {
  wb::Scenario s = on("vercel_pro", 1e6);
  s.job_seconds_typical = 10;
  const int few =
      wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A()).breakdown.worker_containers;
  s.job_seconds_typical = 300;
  s.job_seconds_longest = 600;
  const int many =
      wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A()).breakdown.worker_containers;
  CHECK(many > few);
}

TEST_CASE("assumption overrides reach the cost model") {
  const wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(
      R"({"assumptions": {"broker_usd_month": 99, "engineer_usd_hour": 0}})"));
  REQUIRE(d.ok());
  const wb::Cost c = wb::estimate_cost(wb::Candidate::kFastapiCelery, d.scenario, d.assumptions);
  CHECK(c.breakdown.broker_usd_month == 99);
  CHECK(c.total_usd_month == c.infra_usd_month);
}
