// The cost model: dollars grow with volume, Celery adds a broker and
// workers, and the moving parts per candidate are the ones core/model/candidate.h lists.
#include "model/cost_model.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "codec/scenario_codec.h"
#include "cost_helpers.h"
#include "model/result.h"

namespace {

using cost_test::A;
using cost_test::infra;
using cost_test::kAll;
using cost_test::on;
using cost_test::to_cents;

}  // namespace

TEST_CASE("moving parts per candidate (an API product: no separate front end)") {
  wb::Scenario s = wb::default_scenario();
  s.product = wb::Product::kApi;
  // Hops: of a typical request whose job stays on the request path (the
  // defaults), and of one whose job is queued (typical jobs past 30 s, an
  // API's too: its caller polls).
  struct Row {
    wb::Candidate c;
    int codebases, deps, targets, pipelines, services, hops, queued_hops;
  };
  const Row rows[] = {
      {wb::Candidate::kNextjsServerActions, 1, 1, 1, 1, 1, 0, 0},
      {wb::Candidate::kFastapi, 1, 1, 1, 1, 1, 0, 0},
      {wb::Candidate::kFastapiCelery, 1, 1, 2, 1, 3, 0, 1},
      {wb::Candidate::kHybrid, 2, 2, 2, 2, 2, 1, 1},
      {wb::Candidate::kHybridCelery, 2, 2, 3, 2, 4, 1, 2},
      {wb::Candidate::kNextjsQueue, 1, 1, 2, 1, 2, 0, 1},
  };
  wb::Scenario queued = s;
  queued.job_seconds_typical = queued.job_seconds_longest = 30.001;
  for (const Row& r : rows) {
    CAPTURE(wb::info(r.c).id);
    const wb::Cost c = wb::estimate_cost(r.c, s, A());
    CHECK(c.codebases == r.codebases);
    CHECK(c.dependency_sets == r.deps);
    CHECK(c.deploy_targets == r.targets);
    CHECK(c.pipelines == r.pipelines);
    CHECK(c.services_to_monitor == r.services);
    CHECK(c.network_hops == r.hops);
    CHECK(wb::estimate_cost(r.c, queued, A()).network_hops == r.queued_hops);
  }
}

TEST_CASE("added latency: one hop for the hybrid, a queue once typical requests go through it") {
  wb::Scenario s = wb::default_scenario();
  // The default longest job, 30 s, is the interactive limit: it stays on the
  // request path, so the queue adds nothing to a request.
  REQUIRE(s.job_seconds_longest == A().interactive_limit_s);
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, A()).added_latency_ms == 0);
  CHECK(wb::estimate_cost(wb::Candidate::kFastapi, s, A()).added_latency_ms == 0);
  CHECK(wb::estimate_cost(wb::Candidate::kHybrid, s, A()).added_latency_ms == A().hop_latency_ms);
  CHECK(wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A()).added_latency_ms == 0);
  CHECK(wb::estimate_cost(wb::Candidate::kHybridCelery, s, A()).added_latency_ms ==
        A().hop_latency_ms);
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsQueue, s, A()).added_latency_ms == 0);
  // A longest job past the limit queues the long jobs only: a typical
  // request still skips the queue.
  s.job_seconds_longest = 30.001;
  CHECK(wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A()).added_latency_ms == 0);
  CHECK(wb::estimate_cost(wb::Candidate::kHybridCelery, s, A()).added_latency_ms ==
        A().hop_latency_ms);
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsQueue, s, A()).added_latency_ms == 0);
  // A typical job past it: every request goes through the queue.
  s.job_seconds_typical = 30.001;
  CHECK(wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A()).added_latency_ms ==
        A().queue_latency_ms);
  CHECK(wb::estimate_cost(wb::Candidate::kHybridCelery, s, A()).added_latency_ms ==
        A().hop_latency_ms + A().queue_latency_ms);
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsQueue, s, A()).added_latency_ms ==
        A().queue_latency_ms);
}

TEST_CASE("jobs that fit an interaction stay on a durable design's request path") {
  // 1M jobs of 25 s on Vercel Pro: each durable design runs them where the
  // same design without its queue would, and the queue has nothing to run.
  wb::Scenario s = on("vercel_pro", 1e6);
  s.job_seconds_typical = s.job_seconds_longest = 25;
  const auto cost = [&](wb::Candidate c) { return wb::estimate_cost(c, s, A()).breakdown; };
  CHECK(cost(wb::Candidate::kNextjsQueue).platform_usd_month ==
        cost(wb::Candidate::kNextjsServerActions).platform_usd_month);
  // An idle workflow costs nothing; the queue service would charge its plan.
  CHECK(cost(wb::Candidate::kNextjsQueue).queue_usd_month == 0);
  CHECK(cost(wb::Candidate::kNextjsQueue).queue_tasks == wb::QueueTasks::kPlatform);
  CHECK(cost(wb::Candidate::kFastapiCelery).api_usd_month ==
        cost(wb::Candidate::kFastapi).api_usd_month);
  CHECK(cost(wb::Candidate::kHybridCelery).platform_usd_month ==
        cost(wb::Candidate::kHybrid).platform_usd_month);
  CHECK(cost(wb::Candidate::kHybridCelery).api_usd_month ==
        cost(wb::Candidate::kHybrid).api_usd_month);
  // An idle pool is still one worker: $7, and the $10 broker.
  CHECK(cost(wb::Candidate::kFastapiCelery).worker_containers == 1);
  CHECK(cost(wb::Candidate::kFastapiCelery).workers_usd_month == 7);
  // The whole bill: the Server Actions one (hand-computed for such loads in
  // cost_by_volume_test).
  CHECK(infra(wb::Candidate::kNextjsQueue, s) ==
        to_cents(cost(wb::Candidate::kNextjsServerActions).platform_usd_month));
  // A daily 10-minute job is the queue's: 30 runs of 2 steps x $0.000025 =
  // $0.0015, its 18,000 s on the functions.
  s.scheduled_job_seconds = 600;
  REQUIRE(A().queue_workflow_steps_per_job == 2);
  CHECK(cost(wb::Candidate::kNextjsQueue).queue_usd_month == doctest::Approx(0.0015));
  // A longest job of 2 min still fits a request: the queue takes none.
  s.job_seconds_longest = 120;
  CHECK(cost(wb::Candidate::kNextjsQueue).queue_usd_month == doctest::Approx(0.0015));
  // One step past the 2-minute line it sends the tail, 10 % of the requests
  // (long_job_share), through the queue. The tail's lengths spread evenly
  // in log from 25 s to 120.001 s: (120.001 - 25) / ln(120.001 / 25) =
  // 60.5633 s on average. Its 100,000 runs take 200,000 steps: $5, and the
  // schedule's $0.0015.
  s.job_seconds_longest = 120.001;
  REQUIRE(A().long_job_share == 0.1);
  CHECK(cost(wb::Candidate::kNextjsQueue).queue_usd_month == doctest::Approx(5.0015));
  // The functions run 900,000 requests of 25 s, 200,000 enqueue and result
  // calls of 0.2 s and the steps, 200,060 of them, for 6,056,326 + 18,000 s:
  // 1,300,060 calls ($0.78), 28,614,326 s at 5 %, 1,430,716 Active CPU-s
  // ($50.87), and 10.89 in flight on average on Fluid instances of 20:
  // 2,627,951 instance-s at 2 GB, 5,255,902 GB-s ($15.48). $67.13, less the
  // $20 credit, plus the $20 plan.
  CHECK(cost(wb::Candidate::kNextjsQueue).platform_usd_month == doctest::Approx(67.125490));
  // On the queue service's machines: 100,000 runs x $0.000025 = $2.50 +
  // 6,056,326 s x $0.0000338 = $204.70 + the scheduled 30 runs and 18,000 s,
  // $0.61, less $10 included, plus the $10 plan: $207.81.
  const auto service = [&] {
    return wb::estimate_cost(wb::Candidate::kNextjsQueue, s, cost_test::on_queue_service())
        .breakdown;
  };
  CHECK(service().queue_tasks == wb::QueueTasks::kQueueService);
  CHECK(service().queue_usd_month == doctest::Approx(2.5 + 6056326.104 * 0.0000338 + 0.60915));
  CHECK(service().queue_usd_month == doctest::Approx(207.81297));
  // A typical job past an interaction (30 s) sends every job: 900,000 of
  // 30.001 s and the tail's 100,000 of (90 / ln 4) = 64.9224 s, 33,493,145 s
  // x $0.0000338 = $1,132.07; 1M runs x $0.000025 = $25; + $0.61, less $10,
  // plus $10: $1,157.68. As a workflow, 2,000,060 steps: $50.0015.
  s.job_seconds_typical = 30.001;
  CHECK(service().queue_usd_month == doctest::Approx(1157.67744));
  CHECK(cost(wb::Candidate::kNextjsQueue).queue_usd_month == doctest::Approx(50.0015));
}

TEST_CASE("a scheduled job is billed once, on the queue, when the requests stay on their path") {
  // Next.js on always-on containers shows every busy second it is billed
  // for: on the queue service, the queue design's must be the requests'
  // alone; as a workflow, the same as Next.js running the schedule itself.
  wb::Scenario s = on("containers", 1e6);
  s.job_seconds_typical = s.job_seconds_longest = 25;
  const double requests_only =
      wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, A()).breakdown.platform_usd_month;
  s.scheduled_job_seconds = 3600;
  const wb::CostBreakdown service =
      wb::estimate_cost(wb::Candidate::kNextjsQueue, s, cost_test::on_queue_service()).breakdown;
  CHECK(service.platform_usd_month == requests_only);
  // 30 runs x $0.000025 + 108,000 s x $0.0000338 = $3.65, inside the $10 included.
  CHECK(service.queue_usd_month == 10);
  const double with_schedule =
      wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, A()).breakdown.platform_usd_month;
  CHECK(with_schedule > requests_only);
  const wb::CostBreakdown workflow =
      wb::estimate_cost(wb::Candidate::kNextjsQueue, s, A()).breakdown;
  CHECK(workflow.queue_tasks == wb::QueueTasks::kPlatform);
  CHECK(workflow.platform_usd_month == with_schedule);
  CHECK(workflow.queue_usd_month == doctest::Approx(0.0015));  // 60 steps
}

TEST_CASE("a job longer than the platform's functions goes through the queue however short") {
  // Functions cut at 20 s (an override) cannot hold a 25 s job on the
  // request path of a design whose Next.js side would hold it.
  wb::Assumptions a = A();
  wb::Scenario s = on("vercel_pro", 1e6);
  a.platforms[s.platform].function_max_s = 20;
  s.job_seconds_typical = s.job_seconds_longest = 25;
  const auto parts = [](wb::Candidate c) { return wb::info(c).parts; };
  CHECK(wb::routing(parts(wb::Candidate::kNextjsQueue), s, a, false).requests_queued);
  CHECK(wb::routing(parts(wb::Candidate::kHybridCelery), s, a, false).requests_queued);
  CHECK_FALSE(wb::routing(parts(wb::Candidate::kFastapiCelery), s, a, false)
                  .requests_queued);  // containers
  CHECK_FALSE(wb::routing(parts(wb::Candidate::kHybrid), s, a, false).requests_queued);  // no queue
  // 1M runs x $0.000025 + 25M s x $0.0000338 = $870 on the queue service
  // (less $10 included, plus the $10 plan); 2M workflow steps, $50.
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsQueue, s, a).breakdown.queue_usd_month ==
        doctest::Approx(50));
  a.queue_workflow_usd_per_step = 1;
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsQueue, s, a).breakdown.queue_usd_month ==
        doctest::Approx(870));
  // At the limit itself the function holds it.
  s.job_seconds_typical = s.job_seconds_longest = 20;
  CHECK_FALSE(wb::routing(parts(wb::Candidate::kNextjsQueue), s, a, false).requests_queued);
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
  // 1e7 busy s: 3.805 in flight, 11.42 at peak; a 0.5 vCPU container holds
  // min(40, 0.5 / 5 %) = 10 at 70 % = 7: 1.631 containers at peak (2), but
  // the fleet autoscales and bills the average, 3.805 / 7 = 0.544, never
  // less than one: 1 x $7.
  CHECK(c.breakdown.js_containers == 2);
  CHECK(c.breakdown.platform_always_on);
  CHECK(c.breakdown.platform_usd_month == 7);
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
      R"({"assumptions": {"broker_usd_month": 99, "engineer_usd_hour": 50}})"));
  REQUIRE(d.ok());
  const wb::Cost c = wb::estimate_cost(wb::Candidate::kFastapiCelery, d.scenario, d.assumptions);
  CHECK(c.breakdown.broker_usd_month == 99);
  CHECK(c.engineering_usd_month == doctest::Approx(50 * c.maintenance_hours_month));
  CHECK(c.total_usd_month == doctest::Approx(c.infra_usd_month + c.engineering_usd_month));
}

TEST_CASE("FastAPI alone for a UI product counts its separate front end") {
  const wb::Scenario s = wb::default_scenario();  // a web app on Vercel Pro
  const wb::Cost c = wb::estimate_cost(wb::Candidate::kFastapi, s, A());
  CHECK(c.codebases == 2);
  CHECK(c.dependency_sets == 2);
  CHECK(c.pipelines == 2);
  CHECK(c.deploy_targets == 2);
  // Hosting: the platform's plan fee ($20) beside one $7 FastAPI container.
  CHECK(c.breakdown.frontend_usd_month == 20);
  CHECK(infra(wb::Candidate::kFastapi, s) == 27);
  // Upkeep: 2 codebases x 4 h + 2 deploys x 2 h + 1 service x 1.5 h + 2 pipelines x 1 h.
  CHECK(c.maintenance_hours_month == doctest::Approx(15.5));
  CHECK(c.engineering_usd_month == doctest::Approx(1550));
  CHECK(c.total_usd_month == doctest::Approx(1577));
}

// Each platform billed its own way, at 1k, 1M and 100M requests of 10 s
// (simple logic: 5 % of a job's wall time on CPU).
TEST_CASE("AWS Lambda: per-request GB-seconds, one request per instance") {
  // 1k x 10 s = 10,000 GB-s, inside the free 400,000 GB-s and 1M requests.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("aws_lambda", 1e3)) == 0);
  // 1M: (1e7 - 4e5) GB-s x $0.0000166667 = $160.00; requests inside the free 1M.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("aws_lambda", 1e6)) == 160);
  // 100M: 99 x $0.20 = $19.80 + (1e9 - 4e5) x $0.0000166667 = $16,660.03.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("aws_lambda", 1e8)) == 16679.83);
}

TEST_CASE("Cloudflare Workers: CPU time only") {
  // 1k: 500 CPU-s inside the 30,000 included: the $5 plan.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("cloudflare_workers", 1e3)) == 5);
  // 1M: 1e7 s x 5 % = 500,000 CPU-s; (500,000 - 30,000) x $0.00002 = $9.40; + $5.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("cloudflare_workers", 1e6)) == 14.4);
  // 100M: (5e7 - 3e4) x $0.00002 = $999.40; (1e8 - 1e7) / 1e6 x $0.30 = $27; + $5.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("cloudflare_workers", 1e8)) == 1031.4);
}

TEST_CASE("Google Cloud Run: instance time shared by concurrent requests") {
  // 10M x 10 s = 1e8 request-seconds. The autoscaler starts an instance at
  // 60 % of its 80 requests (48) or of its vCPU (60 % / 5 % = 12 requests):
  // 12 per instance = 8,333,333 instance-seconds, billed for vCPU and 0.5
  // GB (4,166,667 GB-s): (1e7 - 2e6) / 1e6 x $0.40 = $3.20; (8,333,333 -
  // 180,000) x $0.000024 = $195.68; (4,166,667 - 360,000) x $0.0000025 =
  // $9.52. Total $208.40 (filled to 20 an instance it would be $124.23;
  // one request an instance, $2,523).
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("cloud_run", 1e7)) == 208.40);
  // With 10 requests an instance, concurrency binds first: 60 % of 10 = 6,
  // 1e8 / 6 = 16,666,667 instance-s, 8,333,333 GB-s: $3.20 + $395.68 vCPU +
  // $19.93 memory = $418.81.
  wb::Assumptions ten = A();
  ten.platforms[on("cloud_run", 0).platform].instance_concurrency = 10;
  CHECK(cost_test::to_cents(
            wb::estimate_cost(wb::Candidate::kNextjsServerActions, on("cloud_run", 1e7), ten)
                .infra_usd_month) == 418.81);
  // Filled to the limit (autoscale_target 1), 20 an instance: 5M
  // instance-s, $115.68 vCPU + (2.5M - 360,000) GB-s, $5.35 + $3.20 =
  // $124.23.
  wb::Assumptions filled = A();
  filled.platforms[on("cloud_run", 0).platform].autoscale_target = 1;
  CHECK(cost_test::to_cents(
            wb::estimate_cost(wb::Candidate::kNextjsServerActions, on("cloud_run", 1e7), filled)
                .infra_usd_month) == 124.23);
  // 1k: all inside the free tier.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("cloud_run", 1e3)) == 0);
}

TEST_CASE("Netlify: credits") {
  // 1M: 1e7 GB-s x $0.0000555556 = $555.56 + 1M x $6/M = $6; minus the
  // $100 of credits the $20 plan includes: $461.56 + $20.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("netlify", 1e6)) == 481.56);
  // 1k: $5.56 + $0.01, inside the credits: the plan fee.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("netlify", 1e3)) == 20);
}

TEST_CASE("Vercel Pro: active CPU plus memory of the instance time, past the $20 credit") {
  // 1M: $0.60 invocations + 500,000 CPU-s x $0.0000355556 = $17.78. Memory:
  // 1e7 s / 2,628,000 s = 3.805 requests in flight on average; 20 could share
  // an instance (3.805 / 20 = 0.19 instances full), but an instance is
  // alive whenever one is in flight: 1 - e^-3.805 = 97.77 % of the month,
  // 2,569,513 instance-s at 2 GB, 5,139,026 GB-s x $0.0000029444 = $15.13.
  // $33.51 of usage, less the $20 credit, plus the $20 plan. (Packed full,
  // 1e7 / 20 = 500,000 instance-s, 1,000,000 GB-s, it was $2.94, and the
  // whole bill $21.32.)
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("vercel_pro", 1e6)) == 33.51);
  // 100M: 380.5 in flight fill 19.03 instances: 5e7 instance-s, 1e8 GB-s,
  // $294.44; $60 + $1,777.78 + $294.44 = $2,132.22, minus $20 credit, plus
  // $20.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("vercel_pro", 1e8)) == 2132.22);
}

TEST_CASE("Celery workers: an I/O pool for AI calls, prefork for heavy work") {
  wb::Scenario s = on("vercel_pro", 1e6);
  // Every job of 35 s: past an interaction, so each goes through the queue.
  s.job_seconds_typical = s.job_seconds_longest = 35;
  // 3.5e7 busy seconds / 2,628,000 s a month = 13.318 in flight; x3 at peak
  // = 39.954. Threads: min(50 tasks, 0.5 vCPU / 5 %) = 10 at 70 % = 7 per
  // worker: 5.7078 workers at peak (6), billed for the average, 13.318 / 7
  // = 1.9026 workers x $7 = $13.32.
  const wb::Cost io = wb::estimate_cost(wb::Candidate::kHybridCelery, s, A());
  CHECK(io.breakdown.worker_pool == wb::WorkerPool::kThreads);
  CHECK(io.breakdown.workers_usd_month == doctest::Approx(13.318113).epsilon(1e-6));
  CHECK(io.breakdown.worker_containers == 6);
  // Gateway $20 (inside the credit) + one $7 API container + $10 broker + workers.
  CHECK(to_cents(io.infra_usd_month) == 50.32);
  // Prefork, on the heavy size (1 vCPU, $25): 1 / 80 % = 1.25 processes,
  // 70 % of them 0.875: 39.954 / 0.875 = 45.662 at peak (46), billed
  // 13.318 / 0.875 = 15.221 x $25 = $380.52.
  s.heavy_processing = true;
  const wb::Cost cpu = wb::estimate_cost(wb::Candidate::kHybridCelery, s, A());
  CHECK(cpu.breakdown.worker_pool == wb::WorkerPool::kPrefork);
  CHECK(cpu.breakdown.workers_usd_month == doctest::Approx(380.517504).epsilon(1e-6));
  CHECK(cpu.breakdown.worker_containers == 46);
  // The heavy size's price and vCPUs are the data file's: at $50 and 2 vCPU
  // a worker runs 2.5 processes, 1.75 at 70 %: 22.831 at peak (23), billed
  // 7.6104 x $50 = $380.52.
  wb::Assumptions bigger = A();
  bigger.heavy_container_usd_month = 50;
  bigger.heavy_container_vcpu = 2;
  const wb::Cost big = wb::estimate_cost(wb::Candidate::kHybridCelery, s, bigger);
  CHECK(big.breakdown.workers_usd_month == doctest::Approx(380.517504).epsilon(1e-6));
  CHECK(big.breakdown.worker_containers == 23);
  bigger.heavy_container_usd_month = 40;  // 7.6104 x $40 = $304.41
  CHECK(wb::estimate_cost(wb::Candidate::kHybridCelery, s, bigger).breakdown.workers_usd_month ==
        doctest::Approx(304.414003).epsilon(1e-6));
  // Complex logic alone (an agent's steps are more model calls) waits like
  // any AI call: the I/O pool, $13.32 (audit 22: agents were billed as
  // CPU-bound, 16 times over).
  s.heavy_processing = false;
  s.ai_logic = wb::AiLogic::kComplex;
  const wb::Cost agent = wb::estimate_cost(wb::Candidate::kHybridCelery, s, A());
  CHECK(agent.breakdown.worker_pool == wb::WorkerPool::kThreads);
  CHECK(agent.breakdown.workers_usd_month == doctest::Approx(13.318113).epsilon(1e-6));
}

TEST_CASE("the managed queue service: per run and per second a task runs; scheduled jobs too") {
  wb::Scenario s = on("vercel_pro", 1e6);
  // Every job of 35 s: past an interaction, so each goes through the queue.
  s.job_seconds_typical = s.job_seconds_longest = 35;
  // 1M runs x $0.000025 = $25 + 3.5e7 s x $0.0000338 = $1,183; $10 included,
  // $10 plan.
  const auto queue = [&] {
    return wb::estimate_cost(wb::Candidate::kNextjsQueue, s, cost_test::on_queue_service())
        .breakdown.queue_usd_month;
  };
  CHECK(queue() == doctest::Approx(1208));
  // A daily 10-minute job: 30 runs x $0.000025 + 18,000 s x $0.0000338 = $0.61 more.
  s.scheduled_job_seconds = 600;
  CHECK(queue() == doctest::Approx(1208.60915));
}

TEST_CASE("the managed queue service runs heavy processing on its 1-vCPU machine") {
  wb::Scenario s = on("vercel_pro", 1e6);
  s.job_seconds_typical = s.job_seconds_longest = 35;
  const auto queue = [&](wb::AiLogic logic, bool heavy) {
    s.ai_logic = logic;
    s.heavy_processing = heavy;
    return wb::estimate_cost(wb::Candidate::kNextjsQueue, s, cost_test::on_queue_service())
        .breakdown.queue_usd_month;
  };
  // 1M runs x $0.000025 = $25 + 3.5e7 s x $0.0000675 = $2,362.50; $10
  // included, $10 plan.
  CHECK(queue(wb::AiLogic::kSimple, true) == doctest::Approx(2387.5));
  // Multi-step calls and agents mostly wait on the model: the default
  // machine, $1,183.
  CHECK(queue(wb::AiLogic::kModerate, false) == doctest::Approx(1208));
  CHECK(queue(wb::AiLogic::kComplex, false) == doctest::Approx(1208));
}

TEST_CASE("the managed queue runs its tasks where they cost less: the platform or the service") {
  // 1M jobs of 35 s on Vercel Pro, every one through the queue. As a
  // workflow, 2M steps ($50) on functions that wait at Fluid's rates: 2M
  // enqueue and result calls of 0.2 s and 2M steps for 35M s, 4M calls
  // ($2.40), 35.4M s at 5 %, 1.77M Active CPU-s ($62.93), 13.47 in flight
  // on instances of 20, 2,627,996 instance-s at 2 GB, 5,255,993 GB-s
  // ($15.48): $80.81, less the $20 credit, plus the $20 plan. On the queue
  // service, $1,208.
  wb::Scenario s = on("vercel_pro", 1e6);
  s.job_seconds_typical = s.job_seconds_longest = 35;
  const auto cost = [&] { return wb::estimate_cost(wb::Candidate::kNextjsQueue, s, A()); };
  CHECK(cost().breakdown.queue_tasks == wb::QueueTasks::kPlatform);
  CHECK(cost().breakdown.queue_usd_month == doctest::Approx(50));
  CHECK(cost().breakdown.platform_usd_month == doctest::Approx(80.81).epsilon(1e-4));
  // Netlify bills a function's every second at $0.20 a GB-hour, one request
  // an instance: the steps' 35M s and the calls' 400,000 s, $1,966.67, and
  // 4M calls, $24, less the $100 credit, plus the $20 plan: $1,910.67.
  // Enqueueing alone stays inside the credit ($20), and the service's
  // $1,208 makes $1,228.
  s.platform = wb::find_platform(A(), "netlify");
  CHECK(cost().breakdown.queue_tasks == wb::QueueTasks::kQueueService);
  CHECK(cost().breakdown.queue_usd_month == doctest::Approx(1208));
  // Heavy processing is one step: it must fit one function. On Vercel Pro a
  // job of 800 s does (the workflow's 80 % CPU is still cheaper than the
  // service's 1-vCPU machine), one of 800.001 s does not.
  s.platform = wb::find_platform(A(), "vercel_pro");
  s.heavy_processing = true;
  s.job_seconds_typical = s.job_seconds_longest = 800;
  CHECK(wb::queue_tasks_fit_platform(s, A()));
  CHECK(cost().breakdown.queue_tasks == wb::QueueTasks::kPlatform);
  s.job_seconds_longest = 800.001;
  CHECK_FALSE(wb::queue_tasks_fit_platform(s, A()));
  CHECK(cost().breakdown.queue_tasks == wb::QueueTasks::kQueueService);
  // A scheduled job counts as well.
  s.job_seconds_longest = 800;
  s.scheduled_job_seconds = 800.001;
  CHECK_FALSE(wb::queue_tasks_fit_platform(s, A()));
  // Lambda stops a function at 900 s; Workers run no native code, which
  // heavy processing needs, at any length.
  s.scheduled_job_seconds = 0;
  s.platform = wb::find_platform(A(), "aws_lambda");
  s.job_seconds_typical = s.job_seconds_longest = 900;
  CHECK(wb::queue_tasks_fit_platform(s, A()));
  s.job_seconds_longest = 900.001;
  CHECK_FALSE(wb::queue_tasks_fit_platform(s, A()));
  s.platform = wb::find_platform(A(), "cloudflare_workers");
  s.job_seconds_typical = s.job_seconds_longest = 1;
  CHECK_FALSE(wb::queue_tasks_fit_platform(s, A()));
  // Were they to run it, Workers stop a job at 300 CPU-s: 375 s at 80 %
  // fits, 375.001 s does not.
  wb::Assumptions native = A();
  native.platforms[s.platform].native_binaries = true;
  s.job_seconds_typical = s.job_seconds_longest = 375;
  CHECK(wb::queue_tasks_fit_platform(s, native));
  s.job_seconds_longest = 375.001;
  CHECK_FALSE(wb::queue_tasks_fit_platform(s, native));
  // A job that waits on hosted models splits into a step per call: any
  // length fits.
  s.heavy_processing = false;
  s.job_seconds_longest = 86400;
  CHECK(wb::queue_tasks_fit_platform(s, A()));
}

TEST_CASE("always-on capacity is sized by CPU as well as concurrency") {
  wb::Scenario s = on("vercel_pro", 1e7);
  // FastAPI alone runs 1e8 busy seconds: 38.05 in flight, 114.2 at peak; a
  // 0.5 vCPU container holds min(40, 0.5 / 5 %) = 10 at 70 % = 7: 16.31 at
  // peak (17), billed for the average, 5.436 x $7.
  const wb::Cost c = wb::estimate_cost(wb::Candidate::kFastapi, s, A());
  CHECK(c.breakdown.api_usd_month == doctest::Approx(38.0518 / 7 * 7).epsilon(0.001));
  CHECK(c.breakdown.api_containers == 17);
  // A sharper peak (5x: 190.26 in flight) runs more at peak, 27.18 (28),
  // and bills the same; a lower target (50 %: 5 a container) bills more,
  // 7.61 x $7 = $53.27, and runs 22.83 at peak (23).
  wb::Assumptions sharp = A();
  sharp.peak_to_average = 5;
  const wb::Cost peaky = wb::estimate_cost(wb::Candidate::kFastapi, s, sharp);
  CHECK(peaky.breakdown.api_containers == 28);
  CHECK(peaky.breakdown.api_usd_month == c.breakdown.api_usd_month);
  wb::Assumptions slack = A();
  slack.target_utilisation = 0.5;
  const wb::Cost low = wb::estimate_cost(wb::Candidate::kFastapi, s, slack);
  CHECK(low.breakdown.api_containers == 23);
  CHECK(low.breakdown.api_usd_month == doctest::Approx(53.272451).epsilon(1e-6));
}

TEST_CASE("the heavy size only for a part that runs heavy jobs: none at no requests") {
  // Heavy processing on always-on containers with no requests and no
  // scheduled job: no part runs a job, so each is one small $7 container,
  // not the $25 heavy size.
  wb::Scenario s = on("containers", 0);
  s.heavy_processing = true;
  s.product = wb::Product::kApi;
  for (const wb::Candidate c : cost_test::kAll) {
    CAPTURE(wb::info(c).id);
    const wb::CostBreakdown b = wb::estimate_cost(c, s, A()).breakdown;
    CHECK(b.api_usd_month == (wb::info(c).parts.fastapi ? 7 : 0));
    CHECK(b.workers_usd_month == (wb::info(c).parts.celery ? 7 : 0));
    CHECK(b.platform_usd_month == (wb::info(c).parts.nextjs ? 7 : 0));
  }
  // One request makes FastAPI run a job: the heavy size.
  s.monthly_requests = 1;
  CHECK(wb::estimate_cost(wb::Candidate::kFastapi, s, A()).breakdown.api_usd_month == 25);
}

TEST_CASE("a part that only waits spends the waiting CPU share, however heavy the job") {
  // A web app on Vercel Pro, 1M heavy 5-minute jobs a month (heavy
  // processing: 80 % of a job's wall time on CPU where the job runs).
  wb::Scenario s = on("vercel_pro", 1e6);
  s.heavy_processing = true;
  s.job_seconds_typical = s.job_seconds_longest = 300;
  // The hybrid's gateway holds each request open while FastAPI runs it:
  // 300M s at the waiting share, 5 %: 15M Active CPU-s x $0.0000355556 =
  // $533.33; a Fluid instance holds min(20, 1 / 5 %) = 20 such requests, so
  // 15M instance-s at 2 GB, 30M GB-s x $0.0000029444 = $88.33; 1M calls x
  // $0.60 / M = $0.60. Usage $622.27, less the $20 credit, plus the $20
  // plan: $622.27. (At 80 %, the share of the FastAPI side that runs the
  // job, it was 240M CPU-s, 480M GB-s and $9,947.25.)
  const wb::Cost hybrid = wb::estimate_cost(wb::Candidate::kHybrid, s, A());
  CHECK(cost_test::to_cents(hybrid.breakdown.platform_usd_month) == 622.27);
  // FastAPI runs the job at 80 %, on the heavy size: 300M s / 2,628,000 s =
  // 114.16 in flight, 342.47 at peak, over 1 vCPU / 80 % x 70 % = 0.875 a
  // container: 391.39 at peak (392), billed 130.46 x $25.
  CHECK(cost_test::to_cents(hybrid.breakdown.api_usd_month) == 3261.58);
  CHECK(hybrid.breakdown.api_containers == 392);
  // The gateway's bill does not depend on the work it waits on.
  wb::Scenario simple = s;
  simple.heavy_processing = false;
  CHECK(wb::estimate_cost(wb::Candidate::kHybrid, simple, A()).breakdown.platform_usd_month ==
        hybrid.breakdown.platform_usd_month);
  // With Celery, FastAPI only enqueues and answers status calls: 2M x 0.2 s
  // = 400,000 s, 0.4566 in flight at peak, under the 10 x 70 % = 7 one
  // container holds at 5 %: one $7 container of the small size, as it runs
  // no job. The workers run the job at 80 %, prefork, on the heavy size.
  const wb::Cost celery = wb::estimate_cost(wb::Candidate::kFastapiCelery, s, A());
  CHECK(celery.breakdown.api_usd_month == 7);
  CHECK(celery.breakdown.api_containers == 1);
  CHECK(celery.breakdown.worker_pool == wb::WorkerPool::kPrefork);
  CHECK(celery.breakdown.workers_usd_month == hybrid.breakdown.api_usd_month);
  // Next.js that enqueues for the managed queue service: 2M calls ($1.20),
  // 20,000 CPU-s ($0.71), 0.152 in flight, 1 - e^-0.152 of the month =
  // 371,046 instance-s at 2 GB, 742,092 GB-s ($2.19): inside the $20 credit.
  CHECK(wb::estimate_cost(wb::Candidate::kNextjsQueue, s, cost_test::on_queue_service())
            .breakdown.platform_usd_month == 20);
  // As a workflow its functions run the jobs too, at 80 %: 4M calls
  // ($2.40), 240.02M Active CPU-s ($8,534.06), and instances of 1 / 79.95 %
  // = 1.25 requests, 240.02M instance-s at 2 GB, 480.04M GB-s ($1,413.43):
  // $9,949.88.
  CHECK(to_cents(
            wb::estimate_cost(wb::Candidate::kNextjsQueue, s, A()).breakdown.platform_usd_month) ==
        9949.88);
}

TEST_CASE("on always-on containers, the hybrid's Next.js gateway is sized at the waiting share") {
  wb::Scenario s = on("containers", 1e6);
  s.heavy_processing = true;
  s.job_seconds_typical = s.job_seconds_longest = 60;
  // 60M s / 2,628,000 s = 22.83 in flight, 68.49 at peak; a 0.5 vCPU
  // Next.js container holds min(40, 0.5 / 5 %) = 10 waiting requests, 7 at
  // 70 %: 9.78 containers at peak (10), billed 3.262 x $7 = $22.83, on the
  // small size, as it runs no job.
  const wb::Cost c = wb::estimate_cost(wb::Candidate::kHybrid, s, A());
  CHECK(cost_test::to_cents(c.breakdown.platform_usd_month) == 22.83);
  CHECK(c.breakdown.js_containers == 10);
  // Server Actions run the job in Next.js itself, on the heavy size: 1 vCPU /
  // 80 % x 70 % = 0.875 a container, 68.49 / 0.875 = 78.28 at peak (79),
  // billed 22.83 / 0.875 = 26.09 x $25.
  const wb::Cost actions = wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, A());
  CHECK(cost_test::to_cents(actions.breakdown.platform_usd_month) == 652.32);
  CHECK(actions.breakdown.js_containers == 79);
}

// Cloud Run bills an instance while it handles at least one request, and
// requests share one only when they overlap: with L requests in flight on
// average, month x max(L / C, 1 - e^-L) instance-seconds, C = min(80 x 60 %,
// 60 % / 5 %) = 12 requests an instance, the autoscaler's 60 % target of its
// concurrency or of its vCPU (core/model/cost_model.cpp).
TEST_CASE(
    "Google Cloud Run: an instance is billed while it holds a request, shared only when full") {
  wb::Scenario s = on("cloud_run", 1e6);
  s.job_seconds_typical = s.job_seconds_longest = 5;
  // 1M x 5 s = 5M s: 1.9026 in flight on average. 1.9026 / 20 = 0.095 full
  // instances, but one is up whenever a request is in flight: 1 - e^-1.9026
  // = 85.08 % of 2,628,000 s = 2,235,949 instance-s. vCPU: (2,235,949 -
  // 180,000 free) x $0.000024 = $49.34; memory at 0.5 GB, 1,117,975 GB-s:
  // (1,117,975 - 360,000) x $0.0000025 = $1.89; 1M calls inside the free 2M.
  // $51.24 (packed 12 to an instance it would be 416,667 instance-s, $5.68,
  // its 208,333 GB-s free).
  CHECK(infra(wb::Candidate::kNextjsServerActions, s) == 51.24);
  // Billed for Active CPU only, it would be 5M s x 5 % = 250,000 CPU-s:
  // (250,000 - 180,000) x $0.000024 = $1.68, + memory $1.89 = $3.57. At this
  // volume the flag matters: the vCPU idles through most of the instance time.
  wb::Assumptions active = A();
  active.platforms[s.platform].cpu_billed_while_waiting = false;
  CHECK(cost_test::to_cents(
            wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, active).infra_usd_month) ==
        3.57);
  // 100M x 5 s: 190.26 in flight fill 15.85 instances: 5e8 / 12 = 41,666,667
  // instance-s: (41,666,667 - 180,000) x $0.000024 = $995.68 + (20,833,333 -
  // 360,000) GB-s x $0.0000025 = $51.18 + 98M calls x $0.40 / M = $39.20:
  // $1,086.06. Active CPU alone would be 5e8 s x 5 % = 25M CPU-s, $595.68:
  // the 40 % headroom the autoscaler keeps is billed, so the flag still
  // matters ($686.06).
  s.monthly_requests = 1e8;
  CHECK(infra(wb::Candidate::kNextjsServerActions, s) == 1086.06);
  CHECK(cost_test::to_cents(
            wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, active).infra_usd_month) ==
        686.06);
  // 1k x 5 s with no free tier: 0.0019 in flight, 1 - e^-0.0019 of the month
  // = 4,995.25 instance-s, nearly each request's own 5 s: $0.1199 vCPU +
  // $0.0062 memory + $0.0004 calls = $0.13 (packed, 250 s: $0.01).
  wb::Assumptions unfree = A();
  wb::Platform& p = unfree.platforms[s.platform];
  p.included_invocations = p.included_cpu_s = p.included_memory_gb_s = 0;
  s.monthly_requests = 1e3;
  CHECK(cost_test::to_cents(
            wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, unfree).infra_usd_month) ==
        0.13);
}

// Vercel Hobby includes 1M calls, 14,400 Active CPU-s and 1,296,000 GB-s a
// month and sells nothing past them: a project that needs more needs Pro.
TEST_CASE("Vercel Hobby: free within its included usage, billed as Pro past it, with a warning") {
  // 28,000 chats of 10 s: 280,000 s x 5 % = 14,000 CPU-s, under 14,400;
  // 0.1065 in flight, 1 - e^-0.1065 of the month = 265,600 instance-s at 2
  // GB, 531,199 GB-s; 28,000 calls. All included: $0.
  const wb::Cost within =
      wb::estimate_cost(wb::Candidate::kNextjsServerActions, on("vercel_hobby", 28000), A());
  CHECK(within.infra_usd_month == 0);
  CHECK_FALSE(within.breakdown.platform_upgrade);
  // 30,000: 15,000 CPU-s, past the 14,400. Billed as Pro, nothing included:
  // 30,000 calls x $0.60 / M = $0.018 + 15,000 CPU-s x $0.0000355556 =
  // $0.53 + 283,510 instance-s at 2 GB, 567,020 GB-s x $0.0000029444 =
  // $1.67; $2.22 of usage inside Pro's $20 credit: the $20 fee. (Priced as
  // Hobby with overage it was 600 CPU-s past the allowance, $0.02.)
  const wb::Cost past =
      wb::estimate_cost(wb::Candidate::kNextjsServerActions, on("vercel_hobby", 30000), A());
  CHECK(past.infra_usd_month == 20);
  CHECK(past.breakdown.platform_upgrade);
  // At 1M the bill is Pro's to the cent: $0.60 + $17.78 + $15.13 = $33.51.
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("vercel_hobby", 1e6)) == 33.51);
  CHECK(infra(wb::Candidate::kNextjsServerActions, on("vercel_hobby", 1e6)) ==
        infra(wb::Candidate::kNextjsServerActions, on("vercel_pro", 1e6)));
  // Only the part on the platform: FastAPI alone's container is the same $7.
  CHECK(wb::estimate_cost(wb::Candidate::kFastapi, on("vercel_hobby", 1e6), A())
            .breakdown.platform_upgrade == false);

  const auto warns = [](double requests) {
    const wb::Result r = wb::build_result(on("vercel_hobby", requests), A());
    REQUIRE(r.evaluation.recommended == wb::Candidate::kNextjsServerActions);
    for (const std::string& w : r.warnings)
      if (w.find("stops at its included usage") != std::string::npos) return w;
    return std::string();
  };
  CHECK(warns(28000).empty());
  CHECK(warns(1e6) ==
        "Vercel Hobby stops at its included usage and sells no more: at this volume Next.js "
        "Server Actions needs the paid plan, whose $20/month fee includes $20 of usage, the rest "
        "billed at its rates (about $33.51/month in all here). Choose the paid plan as your host "
        "to judge the design by its limits too.");
}

TEST_CASE("Vercel Hobby: memory past its included GB-seconds alone moves the bill to Pro") {
  // 28,000 chats of 10 s, as above: 14,000 CPU-s (under 14,400), 28,000
  // calls (under 1M), 265,600 s of instance time (1 - e^-0.106545 of
  // 2,628,000 s): at Vercel's 2 GB, 531,199 GB-s, well inside. At 5 GB a
  // function that is 1,327,998 GB-s, past Hobby's 1,296,000: billed as Pro,
  // $0.02 + $0.50 + $3.91 of usage inside the $20 credit, so the $20 fee.
  // (As Hobby with overage: 31,998 GB-s x $0.0000029444 = $0.09.)
  wb::Assumptions a = A();
  a.platforms[on("vercel_hobby", 0).platform].function_memory_gb = 5;
  const wb::Scenario s = on("vercel_hobby", 28000);
  const wb::Cost past = wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, a);
  CHECK(past.breakdown.platform_upgrade);
  CHECK(past.infra_usd_month == 20);
  // At 4.8 GB, 1,274,878 GB-s: all included, $0.
  a.platforms[on("vercel_hobby", 0).platform].function_memory_gb = 4.8;
  const wb::Cost within = wb::estimate_cost(wb::Candidate::kNextjsServerActions, s, a);
  CHECK_FALSE(within.breakdown.platform_upgrade);
  CHECK(within.infra_usd_month == 0);
}

TEST_CASE("jobs of minutes in flight: every job, the tail past 2 min, or none") {
  wb::Scenario s = wb::default_scenario();
  s.monthly_requests = 2628000;  // one request a second
  const auto in_flight = [&] {
    return wb::minute_jobs_in_flight(s, A(), wb::request_jobs(s, A()));
  };
  s.job_seconds_typical = 60;
  s.job_seconds_longest = 120;  // within the line
  CHECK(in_flight() == 0);
  s.job_seconds_longest = 300;  // a tenth of the requests spread from 1 to 5 min: 180 / ln 5 s each
  CHECK(in_flight() == doctest::Approx(0.1 * 180 / std::log(5.0)).epsilon(1e-12));
  s.job_seconds_typical = s.job_seconds_longest = 300;  // every job: 300 in flight
  CHECK(in_flight() == doctest::Approx(300).epsilon(1e-12));
  // A typical job at the line and a longest a hair past it: no spread to
  // resolve, the tail at about the line, finite.
  s.job_seconds_typical = 120;
  s.job_seconds_longest = 120 * (1 + 1e-12);
  CHECK(in_flight() == doctest::Approx(0.1 * 120).epsilon(1e-9));
}

TEST_CASE("a durable design holds its typical job only where the tail it queues is another kind") {
  // Vercel Pro: the queue design's Next.js functions run 800 s, but a
  // durable design queues a job past 2 min. A 119 s interaction may stay on
  // the request only while the jobs queued past 2 min are at least twice its
  // length (238 s): the app must route them before they start.
  const wb::Parts& queue = wb::info(wb::Candidate::kNextjsQueue).parts;
  const auto may_hold = [&](double typical, double longest, const char* product) {
    const wb::Decoded d = wb::decode_scenario(nlohmann::json{
        {"job_seconds_typical", typical}, {"job_seconds_longest", longest}, {"product", product}});
    REQUIRE(d.ok());
    return wb::may_hold_typical_job(queue, d.scenario, d.assumptions);
  };
  CHECK_FALSE(may_hold(119, 121, "web_app"));
  CHECK_FALSE(may_hold(119, 237.99, "web_app"));
  CHECK(may_hold(119, 238, "web_app"));
  // A longest job that needs no queue holds with the rest, however close.
  CHECK(may_hold(90, 120, "web_app"));
  CHECK_FALSE(may_hold(30, 120, "web_app"));           // an interaction, not past one
  CHECK_FALSE(may_hold(119, 238, "web_app_and_api"));  // an API's caller polls
}

TEST_CASE("a durable design may queue its interactions only with a tail it queues anyway") {
  // Netlify: a Next.js function stops at 60 s, so the hybrid + Celery queues
  // a 61 s job, and may send its 20 s interactions the same way.
  const auto may_queue = [](wb::Candidate c, nlohmann::json scenario) {
    scenario["platform"] = "netlify";
    const wb::Decoded d = wb::decode_scenario(scenario);
    REQUIRE(d.ok());
    return wb::may_queue_interactions(wb::info(c).parts, d.scenario, d.assumptions);
  };
  const auto jobs = [](double typical, double longest) {
    return nlohmann::json{{"job_seconds_typical", typical}, {"job_seconds_longest", longest}};
  };
  const wb::Candidate hc = wb::Candidate::kHybridCelery;
  CHECK(may_queue(hc, jobs(20, 60.01)));
  CHECK_FALSE(may_queue(hc, jobs(20, 60)));  // no tail to queue: every job fits
  CHECK(may_queue(hc, jobs(30, 90)));
  CHECK_FALSE(may_queue(hc, jobs(30.001, 90)));  // past an interaction: queued anyway
  // FastAPI + Celery holds jobs on FastAPI's containers: only past 2 min.
  CHECK_FALSE(may_queue(wb::Candidate::kFastapiCelery, jobs(20, 120)));
  CHECK(may_queue(wb::Candidate::kFastapiCelery, jobs(20, 120.001)));
  CHECK_FALSE(may_queue(wb::Candidate::kHybrid, jobs(20, 90)));  // no queue
  nlohmann::json fast = jobs(20, 90);
  fast["latency_sensitive"] = true;
  CHECK_FALSE(may_queue(hc, fast));
  nlohmann::json action = jobs(20, 90);
  action["product"] = "gpt_action";
  CHECK_FALSE(may_queue(hc, action));
  action["product"] = "api";
  CHECK(may_queue(hc, action));
}
