// Every candidate's monthly infrastructure bill on every platform in
// core/data/assumptions.json, at 1,000, 1,000,000 and 100,000,000 requests a
// month, two workloads per platform, worked out by hand and pinned to the
// cent. The billing rules are those of core/model/cost_model.cpp (summed up in
// README.md, "How each part is billed"); the prices are the data file's.
//
// How the comments below apply them:
// - The job load: n requests of T seconds, plus a scheduled job of S seconds
//   run 30 times a month (scheduled_runs_month): n + 30 calls, n x T + 30 x S
//   seconds. Without a durable queue, FastAPI runs every job, else the
//   platform. A durable design (Celery workers or the managed queue) queues
//   every request's job when the typical one outgrows an interaction, over
//   30 s (interactive_limit_s), or a request (over 2 min, or past the
//   platform function its Next.js would hold). The workloads here have T
//   equal to the longest job, so past 30 s the queue runs every job,
//   scheduled runs included (a longest job alone past 2 min would queue a
//   share of the requests, long_job_share, pinned in cost_model_test).
//   Jobs of at most 30 s stay on the request path, where the design
//   without the queue runs them: FastAPI+Celery's FastAPI as FastAPI alone,
//   Hybrid+Celery's FastAPI behind its gateway as the hybrid, Next.js+Queue's
//   Next.js as Server Actions (n calls, n x T seconds); the queue then takes
//   only the scheduled runs (30 calls, 30 x S seconds, none without a
//   scheduled job). Celery workers are sized for what they run, one $7
//   container at least even with nothing to run.
// - With queued requests, the request path only enqueues and fetches: 2n
//   calls of 0.2 s (gateway_seconds), 0.4n seconds. The hybrid's gateway (and
//   Hybrid+Celery's, with jobs of at most 30 s) holds each request for its
//   whole job: n calls, n x T seconds, no scheduled runs.
// - CPU share of the wall time, by the work a part does: the part that runs
//   the job spends 5 % (ai_job_cpu_share) where the job waits on a model, 80 %
//   (heavy_job_cpu_share) for heavy processing; a part that only waits (the
//   hybrid's gateway, FastAPI or Next.js enqueueing for a queue) spends the
//   waiting share, 5 % (ai_job_cpu_share), whatever the logic.
// - Serverless: an instance holds C = min(instance concurrency x target,
//   target / CPU share) requests at once, at least one, the target being the
//   share its autoscaler fills before it starts another (autoscale_target:
//   60 % on Cloud Run, 1 elsewhere). It is billed while it holds one:
//   with L = busy seconds / 2,628,000 s in flight on average, instance-seconds
//   = 2,628,000 x max(L / C, 1 - e^-L), the share of the month with a request
//   in flight at low load, full instances at high load (busy seconds with one
//   request an instance). CPU-seconds = busy seconds x share (Active CPU), or
//   the instance-seconds where the vCPU is billed while waiting; GB-seconds =
//   instance-seconds x the platform's size (function_memory_gb): 2 GB on
//   Vercel, 0.5 on Cloud Run, 1 on Netlify and Lambda. Each over its free
//   allowance at its price; the bill is the plan fee plus the usage over the
//   plan's credit.
// - Always-on containers autoscale: requests in flight on average = busy
//   seconds / 2,628,000 s (730 hours); a container holds slots x 70 %; the
//   bill is max(1, in flight / (slots x 0.7)) containers, fractional, x the
//   price. The breakdown's count at peak, 3 x the average in flight over
//   slots x 0.7 rounded up, does not set the bill.
//   FastAPI (and Next.js on the containers platform): $7, 0.5 vCPU, slots
//   min(40, 0.5 / share) = 10 (7 at 70 %). A Celery worker is the same $7,
//   0.5 vCPU container, whose threads pool takes min(50, 0.5 / share) = 10
//   tasks (7). A part that runs heavy processing itself runs on the heavy
//   size instead, $25 with 1 vCPU (heavy_container_*): FastAPI and Next.js
//   hold min(40, 1 / 80 %) = 1.25 jobs (0.875), and prefork runs 1 / 80 % =
//   1.25 processes, as many (0.875). A part that only waits on heavy work (a
//   gateway, an enqueue call) keeps its own size. The Redis broker: $10.
// - The managed queue runs its tasks where they cost less. As a durable
//   workflow on the platform's own functions: 2 steps a job
//   (queue_workflow_steps_per_job), each an invocation beside the requests,
//   with the job's seconds at its CPU share, and $0.000025 a step; where
//   heavy processing fits one function (wall time and CPU). On the queue
//   service's machines: $10 plan + max(0, runs x $0.000025 + task seconds x
//   $0.0000338 - $10 included), or x $0.0000675 for heavy processing (the
//   1-vCPU machine). Each comment gives the other's bill too.
// - FastAPI alone with a UI pays for its separate front end: the platform's
//   plan fee, or one $7 container on the containers platform.
//
// A comment line reads "busy s, requests in flight / what one container holds
// = containers x price" ("under the ... of one container" where it bills one),
// or for a serverless part the calls, CPU-seconds and GB-seconds, each less
// its free allowance, priced. Dollar figures are rounded to the cent; a total
// is the sum of the unrounded parts. The checks compare each candidate's bill
// rounded to the cent, so a change of one cent fails. Candidates in the order
// of core/model/candidate.h: Next.js Server Actions, FastAPI, FastAPI +
// Celery, Hybrid, Hybrid + Celery, Next.js + managed queue.
#include <doctest/doctest.h>

#include <array>
#include <cstddef>

#include "cost_helpers.h"
#include "model/evaluate.h"
#include "model/uncertainty.h"

namespace {

using cost_test::A;
using cost_test::infra;
using cost_test::kAll;
using cost_test::on;
using cost_test::to_cents;

// What the job does where it runs: waits on a hosted model, whatever the
// logic around it, or keeps a CPU busy (heavy_processing).
enum class Work { kWaits, kHeavy };

wb::Scenario scenario(const char* platform, wb::Product product, Work work, double job_seconds,
                      double scheduled_job_seconds) {
  wb::Scenario s = on(platform, 0);
  s.product = product;
  s.heavy_processing = work == Work::kHeavy;
  s.job_seconds_typical = s.job_seconds_longest = job_seconds;
  s.scheduled_job_seconds = scheduled_job_seconds;
  return s;
}

// Each candidate's infrastructure dollars at this volume, in candidate order.
void check_infra(wb::Scenario s, double requests, const std::array<double, 6>& usd) {
  s.monthly_requests = requests;
  CAPTURE(requests);
  for (std::size_t i = 0; i < usd.size(); ++i) {
    CAPTURE(wb::info(kAll[i]).id);
    CHECK(infra(kAll[i], s) == usd[i]);
  }
}

struct Range {
  double low, high;
};

// Each candidate's cost with every estimate at its cheap end, and at its dear end.
void check_range(wb::Scenario s, double requests, const std::array<Range, 6>& usd) {
  s.monthly_requests = requests;
  const wb::Uncertainty u = wb::uncertainty(s, A(), wb::evaluate(s, A()).recommended);
  for (std::size_t i = 0; i < usd.size(); ++i) {
    CAPTURE(wb::info(kAll[i]).id);
    const wb::CostRange& r = u.costs[wb::index_of(kAll[i])];
    CHECK(to_cents(r.low_usd_month) == usd[i].low);
    CHECK(to_cents(r.high_usd_month) == usd[i].high);
  }
}

}  // namespace

// Vercel Hobby: no plan fee; 1M calls, 14,400 Active CPU-seconds and 1,296,000
// GB-seconds included, and no more for sale: past any of them the project
// needs Pro and is billed as Pro, a $20 plan with $20 of usage and nothing
// else included, $0.60 per million calls, $0.0000355556 per CPU-s and
// $0.0000029444 per GB-s. A Fluid instance holds min(20, 1 / share)
// requests and is billed for 2 GB, the Standard size.
//
// A web app of 4-second chat replies, simple logic (5 % CPU), no scheduled job.
// A Fluid instance holds min(20, 1 / 5 %) = 20.
TEST_CASE("Vercel Hobby: a web app of 4-second chat replies") {
  const wb::Scenario s = scenario("vercel_hobby", wb::Product::kWebApp, Work::kWaits, 4, 0);
  // 1,000 requests: jobs 1,000 calls, 4,000 s.
  //   Next.js: 4,000 s, 0.001522 in flight: 1 - e^-0.001522 = 0.001521 of the month (over 0.001522
  //     / 20) = 3,997 instance-s; 1,000 calls free; 4,000 s x 5 % = 200 CPU-s free; 3,997 x 2 =
  //     7,994 GB-s free: $0
  //   FastAPI: front end $0; API 4,000 s, 0.001522 in flight, under the 7 of one container: $7;
  //     total $7
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $0; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $24
  //   Hybrid: gateway as Next.js $0; API as FastAPI $7; total $7
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $0; API $7, workers $7 and broker $10 as FastAPI+Celery; total $24
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $0; an idle workflow
  //     costs nothing; total $0
  check_infra(s, 1e3, {0, 7, 24, 7, 24, 0});
  // 1M requests: jobs 1M calls, 4M s.
  //   Next.js: past Hobby's included usage, billed as Pro: 4M s, 1.522 in flight: 1 - e^-1.522 =
  //     0.7817 of the month (over 1.522 / 20) = 2,054,414 instance-s; 1M calls = $0.60; 4M s x 5 %
  //     = 200,000 CPU-s = $7.11; 2,054,414 x 2 = 4,108,827 GB-s = $12.10 (usage $19.81), inside the
  //     $20 credit, + $20 plan: $20
  //   FastAPI: front end $0; API 4M s, 1.522 in flight, under the 7 of one container: $7; total $7
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $0; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $24
  //   Hybrid: gateway as Next.js $20; API as FastAPI $7; total $27
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $20; API $7, workers $7 and broker $10 as FastAPI+Celery; total $44
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $20; an idle workflow
  //     costs nothing; total $20
  check_infra(s, 1e6, {20, 7, 24, 27, 44, 20});
  // 100M requests: jobs 100M calls, 400M s.
  //   Next.js: past Hobby's included usage, billed as Pro: 400M s, 152.2 in flight / 20 = 7.61
  //     instances (over 1 - e^-152.2) = 20M instance-s; 100M calls = $60; 400M s x 5 % = 20M CPU-s
  //     = $711.11; 20M x 2 = 40M GB-s = $117.78 (usage $888.89), - $20 credit, + $20 plan: $888.89
  //   FastAPI: front end $0; API 400M s, 152.2 in flight / 7 = 21.7439 containers x $7 = $152.21;
  //     total $152.21
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $0; API as FastAPI $152.21;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $169.21
  //   Hybrid: gateway as Next.js $888.89; API as FastAPI $152.21; total $1,041.10
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $888.89; API $152.21, workers $7 and broker $10 as FastAPI+Celery; total
  //     $1,058.10
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $888.89; an idle
  //     workflow costs nothing; total $888.89
  check_infra(s, 1e8, {888.89, 152.21, 169.21, 1041.1, 1058.1, 888.89});
}

// An API (no UI, so FastAPI needs no front end) of 60-second jobs with
// heavy processing (80 % CPU: Celery runs prefork) and a daily 5-minute job.
// A Fluid instance running the jobs holds min(20, 1 / 80 %) = 1.25; one
// that only waits (a gateway, an enqueue call; 5 %) holds 20.
TEST_CASE("Vercel Hobby: an API of 60-second heavy jobs and a daily 5-minute job") {
  const wb::Scenario s = scenario("vercel_hobby", wb::Product::kApi, Work::kHeavy, 60, 300);
  // 1,000 requests: jobs 1,030 calls, 69,000 s (with 30 x 300 s scheduled); enqueue 2,000 calls,
  //   400 s.
  //   Next.js: past Hobby's included usage, billed as Pro: 69,000 s, 0.02626 in flight: 1 -
  //     e^-0.02626 = 0.02591 of the month (over 0.02626 / 1.25) = 68,102 instance-s; 1,030 calls =
  //     $0.00062; 69,000 s x 80 % = 55,200 CPU-s = $1.96; 68,102 x 2 = 136,204 GB-s = $0.40 (usage
  //     $2.36), inside the $20 credit, + $20 plan: $20
  //   FastAPI: API 69,000 s, 0.02626 in flight, under the 0.875 of one container: $25
  //   FastAPI+Celery: API 400 s, 0.0001522 in flight, under the 7 of one container: $7; workers
  //     69,000 s, 0.02626 in flight, under the 0.875 of one container: $25; broker $10; total $42
  //   Hybrid: gateway 60,000 s, 0.02283 in flight: 1 - e^-0.02283 = 0.02257 of the month (over
  //     0.02283 / 20) = 59,320 instance-s; 1,000 calls free; 60,000 s x 5 % = 3,000 CPU-s free;
  //     59,320 x 2 = 118,641 GB-s free: $0; API as FastAPI $25; total $25
  //   Hybrid+Celery: gateway 400 s, 0.00015 in flight: 1 - e^-0.00015 = 0.00015 of the month (over
  //     0.00015 / 20) = 400 instance-s; 2,000 calls free; 400 s x 5 % = 20 CPU-s free; 400 x 2 =
  //     800 GB-s free: $0; API $7, workers $25 and broker $10 as FastAPI+Celery; total $42
  //   Next.js+Queue: every job and the scheduled runs on the queue service, cheaper than the
  //     workflow ($20.05): Next.js 2,000 calls, 400 s at 5 %, 0.0001522 in flight on instances of
  //     20: 400 instance-s; calls $0, 20 CPU-s $0, 800 GB-s $0, less what is free (usage $0): $0;
  //     queue 1,030 runs $0.03 + 69,000 s $4.66 on the 1-vCPU machine, inside the $10 included, +
  //     $10 plan = $10; total $10
  check_infra(s, 1e3, {20, 25, 42, 25, 42, 10});
  // 1M requests: jobs 1,000,030 calls, 60,009,000 s (with 30 x 300 s scheduled); enqueue 2M calls,
  //   400,000 s.
  //   Next.js: past Hobby's included usage, billed as Pro: 60,009,000 s, 22.83 in flight / 1.25 =
  //     18.27 instances (over 1 - e^-22.83) = 48,007,200 instance-s; 1,000,030 calls = $0.60;
  //     60,009,000 s x 80 % = 48,007,200 CPU-s = $1,706.92; 48,007,200 x 2 = 96,014,400 GB-s =
  //     $282.70 (usage $1,990.2296), - $20 credit, + $20 plan: $1,990.23
  //   FastAPI: API 60,009,000 s, 22.83 in flight / 0.875 = 26.0965 containers x $25 = $652.41
  //   FastAPI+Celery: API 400,000 s, 0.1522 in flight, under the 7 of one container: $7; workers
  //     60,009,000 s, 22.83 in flight / 0.875 = 26.0965 containers x $25 = $652.41; broker $10;
  //     total $669.41
  //   Hybrid: gateway past Hobby's included usage, billed as Pro: 60M s, 22.83 in flight / 20 =
  //     1.142 instances (over 1 - e^-22.83) = 3M instance-s; 1M calls = $0.60; 60M s x 5 % = 3M
  //     CPU-s = $106.67; 3M x 2 = 6M GB-s = $17.67 (usage $124.9332), - $20 credit, + $20 plan:
  //     $124.93; API as FastAPI $652.41; total $777.35 (unrounded $124.9332 + $652.4136)
  //   Hybrid+Celery: gateway past Hobby's included usage, billed as Pro: 400,000 s, 0.1522 in
  //     flight: 1 - e^-0.1522 = 0.1412 of the month (over 0.1522 / 20) = 371,046 instance-s; 2M
  //     calls = $1.20; 400,000 s x 5 % = 20,000 CPU-s = $0.71; 371,046 x 2 = 742,092 GB-s = $2.19
  //     (usage $4.10), inside the $20 credit, + $20 plan: $20; API $7, workers $652.41 and broker
  //     $10 as FastAPI+Celery; total $689.41
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 2,000,000 calls, 400,000 s, and 2,000,060 steps, 60,009,000 s: 4,000,060
  //     calls, 60,409,000 s at 79.5 %, 22.99 in flight on instances of 1.258: 48,027,200
  //     instance-s; past Hobby's included usage, billed as Pro: calls $2.40, 48,027,200 CPU-s
  //     $1,707.64, 96,054,400 GB-s $282.82 (usage $1,992.86), less the $20 credit, + $20 plan:
  //     $1,992.86; steps 2,000,060 x $0.000025 = $50; total $2,042.86 (on the queue service:
  //     1,000,030 runs $25 + 60,009,000 s $4,050.61 on the 1-vCPU machine - $10 included + $10 plan
  //     = $4,075.61, with Next.js $20)
  check_infra(s, 1e6, {1990.23, 652.41, 669.41, 777.35, 689.41, 2042.86});
  // 100M requests: jobs 100,000,030 calls, 6,000,009,000 s (with 30 x 300 s scheduled); enqueue
  //   200M calls, 40M s.
  //   Next.js: past Hobby's included usage, billed as Pro: 6,000,009,000 s, 2,283.1 in flight /
  //     1.25 = 1,826.5 instances (over 1 - e^-2,283.1) = 4,800,007,200 instance-s; 100,000,030
  //     calls = $60.00; 6,000,009,000 s x 80 % = 4,800,007,200 CPU-s = $170,667.14; 4,800,007,200
  //     x 2 = 9,600,014,400 GB-s = $28,266.28 (usage $198,993.42), - $20 credit, + $20 plan:
  //     $198,993.42
  //   FastAPI: API 6,000,009,000 s, 2,283.1 in flight / 0.875 = 2,609.2668 containers x $25 =
  //     $65,231.67
  //   FastAPI+Celery: API 40M s, 15.22 in flight / 7 = 2.1744 containers x $7 = $15.22; workers
  //     6,000,009,000 s, 2,283.1 in flight / 0.875 = 2,609.2668 containers x $25 = $65,231.67;
  //     broker $10; total $65,256.89
  //   Hybrid: gateway past Hobby's included usage, billed as Pro: 6,000M s, 2,283.1 in flight / 20
  //     = 114.2 instances (over 1 - e^-2,283.1) = 300M instance-s; 100M calls = $60; 6,000M s x 5 %
  //     = 300M CPU-s = $10,666.68; 300M x 2 = 600M GB-s = $1,766.64 (usage $12,493.32), - $20
  //     credit, + $20 plan: $12,493.32; API as FastAPI $65,231.67; total $77,724.99
  //   Hybrid+Celery: gateway past Hobby's included usage, billed as Pro: 40M s, 15.22 in flight: 1
  //     - e^-15.22 = 0.9999998 of the month (over 15.22 / 20) = 2,627,999 instance-s; 200M calls =
  //     $120; 40M s x 5 % = 2M CPU-s = $71.11; 2,627,999 x 2 = 5,255,999 GB-s = $15.48 (usage
  //     $206.59), - $20 credit, + $20 plan: $206.59; API $15.22, workers $65,231.67 and broker $10
  //     as FastAPI+Celery; total $65,463.48
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 200,000,000 calls, 40,000,000 s, and 200,000,060 steps, 6,000,009,000 s:
  //     400,000,060 calls, 6,040,009,000 s at 79.5 %, 2,298.3 in flight on instances of 1.258:
  //     4,802,007,200 instance-s; past Hobby's included usage, billed as Pro: calls $240,
  //     4,802,007,200 CPU-s $170,738.25, 9,604,014,400 GB-s $28,278.06 (usage $199,256.31), less
  //     the $20 credit, + $20 plan: $199,256.31; steps 200,000,060 x $0.000025 = $5,000; total
  //     $204,256.31 (on the queue service: 100,000,030 runs $2,500 + 6,000,009,000 s $405,000.61
  //     on the 1-vCPU machine - $10 included + $10 plan = $407,500.61, with Next.js $206.59)
  check_infra(s, 1e8, {198993.42, 65231.67, 65256.89, 77724.99, 65463.48, 204256.31});
}

// Vercel Pro: a $20 plan that includes $20 of usage; nothing else free;
// $0.60 per million calls, $0.0000355556 per Active CPU-s, $0.0000029444 per
// GB-s. A Fluid instance holds min(20, 1 / share) requests and is billed for
// 2 GB, the Standard size.
//
// A web app and a public API of 12-second calls; moderate logic is billed
// as an AI call (5 % CPU, a threads pool). A Fluid instance holds 20.
TEST_CASE("Vercel Pro: a web app and API of 12-second multi-step calls") {
  const wb::Scenario s = scenario("vercel_pro", wb::Product::kWebAppAndApi, Work::kWaits, 12, 0);
  // 1,000 requests: jobs 1,000 calls, 12,000 s.
  //   Next.js: 12,000 s, 0.004566 in flight: 1 - e^-0.004566 = 0.004556 of the month (over 0.004566
  //     / 20) = 11,973 instance-s; 1,000 calls = $0.00060; 12,000 s x 5 % = 600 CPU-s = $0.02;
  //     11,973 x 2 = 23,945 GB-s = $0.07 (usage $0.09), inside the $20 credit, + $20 plan: $20
  //   FastAPI: front end $20; API 12,000 s, 0.004566 in flight, under the 7 of one container: $7;
  //     total $27
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $20; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $44
  //   Hybrid: gateway as Next.js $20; API as FastAPI $7; total $27
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $20; API $7, workers $7 and broker $10 as FastAPI+Celery; total $44
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $20; an idle workflow
  //     costs nothing; total $20
  check_infra(s, 1e3, {20, 27, 44, 27, 44, 20});
  // 1M requests: jobs 1M calls, 12M s.
  //   Next.js: 12M s, 4.566 in flight: 1 - e^-4.566 = 0.9896 of the month (over 4.566 / 20) =
  //     2,600,676 instance-s; 1M calls = $0.60; 12M s x 5 % = 600,000 CPU-s = $21.33; 2,600,676 x
  //     2 = 5,201,352 GB-s = $15.31 (usage $37.2482), - $20 credit, + $20 plan: $37.25
  //   FastAPI: front end $20; API 12M s, 4.566 in flight, under the 7 of one container: $7; total
  //     $27
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $20; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $44
  //   Hybrid: gateway as Next.js $37.25; API as FastAPI $7; total $44.25
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $37.25; API $7, workers $7 and broker $10 as FastAPI+Celery; total $61.25
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $37.25; an idle
  //     workflow costs nothing; total $37.25
  check_infra(s, 1e6, {37.25, 27, 44, 44.25, 61.25, 37.25});
  // 100M requests: jobs 100M calls, 1,200M s.
  //   Next.js: 1,200M s, 456.6 in flight / 20 = 22.83 instances (over 1 - e^-456.6) = 60M
  //     instance-s; 100M calls = $60; 1,200M s x 5 % = 60M CPU-s = $2,133.34; 60M x 2 = 120M GB-s
  //     = $353.33 (usage $2,546.6640), - $20 credit, + $20 plan: $2,546.66
  //   FastAPI: front end $20; API 1,200M s, 456.6 in flight / 7 = 65.2316 containers x $7 =
  //     $456.62; total $476.62
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $20; API as FastAPI $456.62;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $493.62
  //   Hybrid: gateway as Next.js $2,546.66; API as FastAPI $456.62; total $3,003.29 (unrounded
  //     $2,546.6640 + $456.6210)
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $2,546.66; API $456.62, workers $7 and broker $10 as FastAPI+Celery;
  //     total $3,020.29 (unrounded $2,546.6640 + $456.6210 + $7 + $10)
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $2,546.66; an idle
  //     workflow costs nothing; total $2,546.66
  check_infra(s, 1e8, {2546.66, 476.62, 493.62, 3003.29, 3020.29, 2546.66});
}

// A web app of 5-minute jobs with heavy processing (80 % CPU, prefork) and a
// daily 10-minute job. A Fluid instance holds 1.25 jobs, or 20 calls that
// only wait.
TEST_CASE("Vercel Pro: a web app of 5-minute heavy jobs and a daily 10-minute job") {
  const wb::Scenario s = scenario("vercel_pro", wb::Product::kWebApp, Work::kHeavy, 300, 600);
  // 1,000 requests: jobs 1,030 calls, 318,000 s (with 30 x 600 s scheduled); enqueue 2,000 calls,
  //   400 s.
  //   Next.js: 318,000 s, 0.121 in flight: 1 - e^-0.121 = 0.114 of the month (over 0.121 / 1.25) =
  //     299,513 instance-s; 1,030 calls = $0.00062; 318,000 s x 80 % = 254,400 CPU-s = $9.05;
  //     299,513 x 2 = 599,027 GB-s = $1.76 (usage $10.81), inside the $20 credit, + $20 plan: $20
  //   FastAPI: front end $20; API 318,000 s, 0.121 in flight, under the 0.875 of one container:
  //     $25; total $45
  //   FastAPI+Celery: front end $20; API 400 s, 0.0001522 in flight, under the 7 of one container:
  //     $7; workers 318,000 s, 0.121 in flight, under the 0.875 of one container: $25; broker $10;
  //     total $62
  //   Hybrid: gateway 300,000 s, 0.1142 in flight: 1 - e^-0.1142 = 0.1079 of the month (over 0.1142
  //     / 20) = 283,510 instance-s; 1,000 calls = $0.00060; 300,000 s x 5 % = 15,000 CPU-s = $0.53;
  //     283,510 x 2 = 567,020 GB-s = $1.67 (usage $2.2035), inside the $20 credit, + $20 plan: $20;
  //     API as FastAPI $25; total $45
  //   Hybrid+Celery: gateway 400 s, 0.00015 in flight: 1 - e^-0.00015 = 0.00015 of the month (over
  //     0.00015 / 20) = 400 instance-s; 2,000 calls = $0.0012; 400 s x 5 % = 20 CPU-s = $0.00071;
  //     400 x 2 = 800 GB-s = $0.0024 (usage $0.0043), inside the $20 credit, + $20 plan: $20; API
  //     $7, workers $25 and broker $10 as FastAPI+Celery; total $62
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 2,000 calls, 400 s, and 2,060 steps, 318,000 s: 4,060 calls, 318,400 s
  //     at 79.91 %, 0.1212 in flight on instances of 1.251: 299,868 instance-s; calls $0.0024,
  //     254,420 CPU-s $9.05, 599,736 GB-s $1.77 (usage $10.8144, inside the $20 credit, + $20
  //     plan): $20; steps 2,060 x $0.000025 = $0.05; total $20.05 (on the queue service: 1,030 runs
  //     $0.03 + 318,000 s $21.46 on the 1-vCPU machine - $10 included + $10 plan = $21.49, with
  //     Next.js $20)
  check_infra(s, 1e3, {20, 45, 62, 45, 62, 20.05});
  // 1M requests: jobs 1,000,030 calls, 300,018,000 s (with 30 x 600 s scheduled); enqueue 2M calls,
  //   400,000 s.
  //   Next.js: 300,018,000 s, 114.2 in flight / 1.25 = 91.33 instances (over 1 - e^-114.2) =
  //     240,014,400 instance-s; 1,000,030 calls = $0.60; 300,018,000 s x 80 % = 240,014,400 CPU-s =
  //     $8,533.86; 240,014,400 x 2 = 480,028,800 GB-s = $1,413.40 (usage $9,947.8528), - $20
  //     credit, + $20 plan: $9,947.85
  //   FastAPI: front end $20; API 300,018,000 s, 114.2 in flight / 0.875 = 130.4710 containers x
  //     $25 = $3,261.77; total $3,281.77
  //   FastAPI+Celery: front end $20; API 400,000 s, 0.1522 in flight, under the 7 of one container:
  //     $7; workers 300,018,000 s, 114.2 in flight / 0.875 = 130.4710 containers x $25 = $3,261.77;
  //     broker $10; total $3,298.77
  //   Hybrid: gateway 300M s, 114.2 in flight / 20 = 5.708 instances (over 1 - e^-114.2) = 15M
  //     instance-s; 1M calls = $0.60; 300M s x 5 % = 15M CPU-s = $533.33; 15M x 2 = 30M GB-s =
  //     $88.33 (usage $622.2660), - $20 credit, + $20 plan: $622.27; API as FastAPI $3,261.77;
  //     total $3,884.04
  //   Hybrid+Celery: gateway 400,000 s, 0.1522 in flight: 1 - e^-0.1522 = 0.1412 of the month (over
  //     0.1522 / 20) = 371,046 instance-s; 2M calls = $1.20; 400,000 s x 5 % = 20,000 CPU-s =
  //     $0.71; 371,046 x 2 = 742,092 GB-s = $2.19 (usage $4.10), inside the $20 credit, + $20 plan:
  //     $20; API $7, workers $3,261.77 and broker $10 as FastAPI+Celery; total $3,298.77
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 2,000,000 calls, 400,000 s, and 2,000,060 steps, 300,018,000 s:
  //     4,000,060 calls, 300,418,000 s at 79.9 %, 114.3 in flight on instances of 1.252:
  //     240,034,400 instance-s; calls $2.40, 240,034,400 CPU-s $8,534.57, 480,068,800 GB-s
  //     $1,413.51 (usage $9,950.48, less the $20 credit, + $20 plan): $9,950.48; steps 2,000,060 x
  //     $0.000025 = $50; total $10,000.48 (on the queue service: 1,000,030 runs $25 + 300,018,000 s
  //     $20,251.22 on the 1-vCPU machine - $10 included + $10 plan = $20,276.22, with Next.js $20)
  check_infra(s, 1e6, {9947.85, 3281.77, 3298.77, 3884.04, 3298.77, 10000.48});
  // 100M requests: jobs 100,000,030 calls, 30,000,018,000 s (with 30 x 600 s scheduled); enqueue
  //   200M calls, 40M s.
  //   Next.js: 30,000,018,000 s, 11,416 in flight / 1.25 = 9,132.4 instances (over 1 - e^-11,416) =
  //     24,000,014,400 instance-s; 100,000,030 calls = $60.00; 30,000,018,000 s x 80 % =
  //     24,000,014,400 CPU-s = $853,334.91; 24,000,014,400 x 2 = 48,000,028,800 GB-s = $141,331.28
  //     (usage $994,726.1968), - $20 credit, + $20 plan: $994,726.20
  //   FastAPI: front end $20; API 30,000,018,000 s, 11,416 in flight / 0.875 = 13,046.3222
  //     containers x $25 = $326,158.06; total $326,178.06
  //   FastAPI+Celery: front end $20; API 40M s, 15.22 in flight / 7 = 2.1744 containers x $7 =
  //     $15.22; workers 30,000,018,000 s, 11,416 in flight / 0.875 = 13,046.3222 containers x $25 =
  //     $326,158.06; broker $10; total $326,203.28
  //   Hybrid: gateway 30,000M s, 11,416 in flight / 20 = 570.8 instances (over 1 - e^-11,416) =
  //     1,500M instance-s; 100M calls = $60; 30,000M s x 5 % = 1,500M CPU-s = $53,333.40; 1,500M x
  //     2 = 3,000M GB-s = $8,833.20 (usage $62,226.60), - $20 credit, + $20 plan: $62,226.60; API
  //     as FastAPI $326,158.06; total $388,384.66
  //   Hybrid+Celery: gateway 40M s, 15.22 in flight: 1 - e^-15.22 = 0.9999998 of the month (over
  //     15.22 / 20) = 2,627,999 instance-s; 200M calls = $120; 40M s x 5 % = 2M CPU-s = $71.11;
  //     2,627,999 x 2 = 5,255,999 GB-s = $15.48 (usage $206.59), - $20 credit, + $20 plan: $206.59;
  //     API $15.22, workers $326,158.06 and broker $10 as FastAPI+Celery; total $326,389.86
  //     (unrounded $206.5870 + $15.2207 + $326,158.0561 + $10)
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 200,000,000 calls, 40,000,000 s, and 200,000,060 steps, 30,000,018,000
  //     s: 400,000,060 calls, 30,040,018,000 s at 79.9 %, 11,430.8 in flight on instances of 1.252:
  //     24,002,014,400 instance-s; calls $240, 24,002,014,400 CPU-s $853,406.02, 48,004,028,800
  //     GB-s $141,343.06 (usage $994,989.0856, less the $20 credit, + $20 plan): $994,989.09; steps
  //     200,000,060 x $0.000025 = $5,000; total $999,989.09 (on the queue service: 100,000,030 runs
  //     $2,500 + 30,000,018,000 s $2,025,001.22 on the 1-vCPU machine - $10 included + $10 plan =
  //     $2,027,501.22, with Next.js $206.59)
  check_infra(s, 1e8, {994726.2, 326178.06, 326203.28, 388384.66, 326389.86, 999989.09});
}

// Netlify Pro: a $20 plan whose credits cover $100 of usage; $6 per million
// calls, $0.0000555556 per GB-s, no CPU charge; one request an instance, of
// 1 GB.
//
// A web app of 3-second chat replies, simple logic (5 % CPU), no scheduled job.
TEST_CASE("Netlify: a web app of 3-second chat replies") {
  const wb::Scenario s = scenario("netlify", wb::Product::kWebApp, Work::kWaits, 3, 0);
  // 1,000 requests: jobs 1,000 calls, 3,000 s.
  //   Next.js: 3,000 s; 1,000 calls = $0.01; 3,000 GB-s = $0.17 (usage $0.1727), inside the $100
  //     credit, + $20 plan: $20
  //   FastAPI: front end $20; API 3,000 s, 0.001142 in flight, under the 7 of one container: $7;
  //     total $27
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $20; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $44
  //   Hybrid: gateway as Next.js $20; API as FastAPI $7; total $27
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $20; API $7, workers $7 and broker $10 as FastAPI+Celery; total $44
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $20; an idle workflow
  //     costs nothing; total $20
  check_infra(s, 1e3, {20, 27, 44, 27, 44, 20});
  // 1M requests: jobs 1M calls, 3M s.
  //   Next.js: 3M s; 1M calls = $6; 3M GB-s = $166.67 (usage $172.67), - $100 credit, + $20 plan:
  //     $92.67
  //   FastAPI: front end $20; API 3M s, 1.142 in flight, under the 7 of one container: $7; total
  //     $27
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $20; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $44
  //   Hybrid: gateway as Next.js $92.67; API as FastAPI $7; total $99.67
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $92.67; API $7, workers $7 and broker $10 as FastAPI+Celery; total
  //     $116.67
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $92.67; an idle
  //     workflow costs nothing; total $92.67
  check_infra(s, 1e6, {92.67, 27, 44, 99.67, 116.67, 92.67});
  // 100M requests: jobs 100M calls, 300M s.
  //   Next.js: 300M s; 100M calls = $600; 300M GB-s = $16,666.68 (usage $17,266.68), - $100 credit,
  //     + $20 plan: $17,186.68
  //   FastAPI: front end $20; API 300M s, 114.2 in flight / 7 = 16.3079 containers x $7 = $114.16;
  //     total $134.16
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $20; API as FastAPI $114.16;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $151.16
  //   Hybrid: gateway as Next.js $17,186.68; API as FastAPI $114.16; total $17,300.84
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $17,186.68; API $114.16, workers $7 and broker $10 as FastAPI+Celery;
  //     total $17,317.84
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $17,186.68; an idle
  //     workflow costs nothing; total $17,186.68
  check_infra(s, 1e8, {17186.68, 134.16, 151.16, 17300.84, 17317.84, 17186.68});
}

// A GPT Action (no UI) of 30-second jobs with heavy processing (80 % CPU,
// prefork) and a daily 30-second job.
TEST_CASE("Netlify: a GPT Action of 30-second heavy jobs and a daily 30-second job") {
  const wb::Scenario s = scenario("netlify", wb::Product::kGptAction, Work::kHeavy, 30, 30);
  // 1,000 requests: jobs 1,030 calls, 30,900 s (with 30 x 30 s scheduled); the requests' jobs 1,000
  //   calls, 30,000 s, the scheduled runs 30 calls, 900 s.
  //   Next.js: 30,900 s; 1,030 calls = $0.01; 30,900 GB-s = $1.72 (usage $1.7228), inside the $100
  //     credit, + $20 plan: $20
  //   FastAPI: API 30,900 s, 0.01176 in flight, under the 0.875 of one container: $25
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: API as FastAPI $25; workers: scheduled
  //     runs only, 900 s, 0.0003425 in flight, under the 0.875 of one container: $25; broker $10;
  //     total $60
  //   Hybrid: gateway 30,000 s; 1,000 calls = $0.01; 30,000 GB-s = $1.67 (usage $1.6727), inside
  //     the $100 credit, + $20 plan: $20; API as FastAPI $25; total $45
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $20; API $25, workers $25 and broker $10 as FastAPI+Celery; total $80
  //   Next.js+Queue: the scheduled runs as a workflow's 2 steps each on the functions: the
  //     requests' 1,000 calls, 30,000 s, and 60 steps, 900 s: 1,060 calls, 30,900 s at 80 %,
  //     0.01176 in flight on instances of 1: 30,900 instance-s; calls $0.01, 30,900 GB-s $1.72
  //     (usage $1.72, inside the $100 credit, + $20 plan): $20; steps 60 x $0.000025 = $0.0015;
  //     total $20 (on the queue service: 30 runs $0.0008 + 900 s $0.06 on the 1-vCPU machine,
  //     inside the $10 included, + $10 plan = $10, with Next.js $20)
  check_infra(s, 1e3, {20, 25, 60, 45, 80, 20});
  // 1M requests: jobs 1,000,030 calls, 30,000,900 s (with 30 x 30 s scheduled); the requests' jobs
  //   1M calls, 30M s, the scheduled runs 30 calls, 900 s.
  //   Next.js: 30,000,900 s; 1,000,030 calls = $6.00; 30,000,900 GB-s = $1,666.72 (usage
  //     $1,672.72), - $100 credit, + $20 plan: $1,592.72
  //   FastAPI: API 30,000,900 s, 11.42 in flight / 0.875 = 13.0467 containers x $25 = $326.17
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: API 30M s, 11.42 in flight / 0.875 =
  //     13.0463 containers x $25 = $326.16 (the requests' jobs alone); workers: scheduled runs
  //     only, 900 s, 0.0003425 in flight, under the 0.875 of one container: $25; broker $10; total
  //     $361.16
  //   Hybrid: gateway 30M s; 1M calls = $6; 30M GB-s = $1,666.67 (usage $1,672.67), - $100 credit,
  //     + $20 plan: $1,592.67; API as FastAPI $326.17; total $1,918.84
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $1,592.67; API $326.16, workers $25 and broker $10 as FastAPI+Celery;
  //     total $1,953.83
  //   Next.js+Queue: the scheduled runs as a workflow's 2 steps each on the functions: the
  //     requests' 1,000,000 calls, 30,000,000 s, and 60 steps, 900 s: 1,000,060 calls, 30,000,900 s
  //     at 80 %, 11.42 in flight on instances of 1: 30,000,900 instance-s; calls $6, 30,000,900
  //     GB-s $1,666.72 (usage $1,672.72, less the $100 credit, + $20 plan): $1,592.72; steps 60 x
  //     $0.000025 = $0.0015; total $1,592.72 (on the queue service: 30 runs $0.0008 + 900 s $0.06
  //     on the 1-vCPU machine, inside the $10 included, + $10 plan = $10, with Next.js $1,592.67)
  check_infra(s, 1e6, {1592.72, 326.17, 361.16, 1918.84, 1953.83, 1592.72});
  // 100M requests: jobs 100,000,030 calls, 3,000,000,900 s (with 30 x 30 s scheduled); the
  //   requests' jobs 100M calls, 3,000M s, the scheduled runs 30 calls, 900 s.
  //   Next.js: 3,000,000,900 s; 100,000,030 calls = $600.00; 3,000,000,900 GB-s = $166,666.85
  //     (usage $167,266.85), - $100 credit, + $20 plan: $167,186.85
  //   FastAPI: API 3,000,000,900 s, 1,141.6 in flight / 0.875 = 1,304.6318 containers x $25 =
  //     $32,615.80
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: API 3,000M s, 1,141.6 in flight / 0.875
  //     = 1,304.6314 containers x $25 = $32,615.79 (the requests' jobs alone); workers: scheduled
  //     runs only, 900 s, 0.0003425 in flight, under the 0.875 of one container: $25; broker $10;
  //     total $32,650.79
  //   Hybrid: gateway 3,000M s; 100M calls = $600; 3,000M GB-s = $166,666.80 (usage $167,266.80), -
  //     $100 credit, + $20 plan: $167,186.80; API as FastAPI $32,615.80; total $199,802.60
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $167,186.80; API $32,615.79, workers $25 and broker $10 as
  //     FastAPI+Celery; total $199,837.59
  //   Next.js+Queue: the scheduled runs as a workflow's 2 steps each on the functions: the
  //     requests' 100,000,000 calls, 3,000,000,000 s, and 60 steps, 900 s: 100,000,060 calls,
  //     3,000,000,900 s at 80 %, 1,141.6 in flight on instances of 1: 3,000,000,900 instance-s;
  //     calls $600, 3,000,000,900 GB-s $166,666.85 (usage $167,266.85, less the $100 credit, + $20
  //     plan): $167,186.85; steps 60 x $0.000025 = $0.0015; total $167,186.85 (on the queue
  //     service: 30 runs $0.0008 + 900 s $0.06 on the 1-vCPU machine, inside the $10 included, +
  //     $10 plan = $10, with Next.js $167,186.80)
  check_infra(s, 1e8, {167186.85, 32615.8, 32650.79, 199802.6, 199837.59, 167186.85});
}

// AWS Lambda: no plan fee; 1M calls and 400,000 GB-s free, then $0.20 per
// million calls and $0.0000166667 per GB-s of wall time; one request an
// instance, of 1 GB; no separate CPU charge.
//
// An API (no UI) of 2-second calls, simple logic (5 % CPU), no scheduled job.
TEST_CASE("AWS Lambda: an API of 2-second calls") {
  const wb::Scenario s = scenario("aws_lambda", wb::Product::kApi, Work::kWaits, 2, 0);
  // 1,000 requests: jobs 1,000 calls, 2,000 s.
  //   Next.js: 2,000 s; 1,000 calls free; 2,000 GB-s free: $0
  //   FastAPI: API 2,000 s, 0.000761 in flight, under the 7 of one container: $7
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: API as FastAPI $7; workers: scheduled
  //     runs only, none: one idle container $7; broker $10; total $24
  //   Hybrid: gateway as Next.js $0; API as FastAPI $7; total $7
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $0; API $7, workers $7 and broker $10 as FastAPI+Celery; total $24
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $0; an idle workflow
  //     costs nothing; total $0
  check_infra(s, 1e3, {0, 7, 24, 7, 24, 0});
  // 1M requests: jobs 1M calls, 2M s.
  //   Next.js: 2M s; 1M calls free; 2M GB-s - 400,000 free = $26.67: $26.67
  //   FastAPI: API 2M s, 0.761 in flight, under the 7 of one container: $7
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: API as FastAPI $7; workers: scheduled
  //     runs only, none: one idle container $7; broker $10; total $24
  //   Hybrid: gateway as Next.js $26.67; API as FastAPI $7; total $33.67
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $26.67; API $7, workers $7 and broker $10 as FastAPI+Celery; total $50.67
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $26.67; an idle
  //     workflow costs nothing; total $26.67
  check_infra(s, 1e6, {26.67, 7, 24, 33.67, 50.67, 26.67});
  // 100M requests: jobs 100M calls, 200M s.
  //   Next.js: 200M s; 100M calls - 1M free = $19.80; 200M GB-s - 400,000 free = $3,326.67 (usage
  //     $3,346.47): $3,346.47
  //   FastAPI: API 200M s, 76.1 in flight / 7 = 10.8719 containers x $7 = $76.10
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: API as FastAPI $76.10; workers:
  //     scheduled runs only, none: one idle container $7; broker $10; total $93.10
  //   Hybrid: gateway as Next.js $3,346.47; API as FastAPI $76.10; total $3,422.58 (unrounded
  //     $3,346.4733 + $76.1035)
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $3,346.47; API $76.10, workers $7 and broker $10 as FastAPI+Celery; total
  //     $3,439.58 (unrounded $3,346.4733 + $76.1035 + $7 + $10)
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $3,346.47; an idle
  //     workflow costs nothing; total $3,346.47
  check_infra(s, 1e8, {3346.47, 76.1, 93.1, 3422.58, 3439.58, 3346.47});
}

// A web app of 10-minute jobs with heavy processing (80 % CPU, prefork) and a
// daily 15-minute job.
TEST_CASE("AWS Lambda: a web app of 10-minute heavy jobs and a daily 15-minute job") {
  const wb::Scenario s = scenario("aws_lambda", wb::Product::kWebApp, Work::kHeavy, 600, 900);
  // 1,000 requests: jobs 1,030 calls, 627,000 s (with 30 x 900 s scheduled); enqueue 2,000 calls,
  //   400 s.
  //   Next.js: 627,000 s; 1,030 calls free; 627,000 GB-s - 400,000 free = $3.78: $3.78
  //   FastAPI: front end $0; API 627,000 s, 0.2386 in flight, under the 0.875 of one container:
  //     $25; total $25
  //   FastAPI+Celery: front end $0; API 400 s, 0.0001522 in flight, under the 7 of one container:
  //     $7; workers 627,000 s, 0.2386 in flight, under the 0.875 of one container: $25; broker $10;
  //     total $42
  //   Hybrid: gateway 600,000 s; 1,000 calls free; 600,000 GB-s - 400,000 free = $3.33: $3.33; API
  //     as FastAPI $25; total $28.33
  //   Hybrid+Celery: gateway 400 s; 2,000 calls free; 400 GB-s free: $0; API $7, workers $25 and
  //     broker $10 as FastAPI+Celery; total $42
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 2,000 calls, 400 s, and 2,060 steps, 627,000 s: 4,060 calls, 627,400 s
  //     at 79.95 %, 0.2387 in flight on instances of 1: 627,400 instance-s; calls $0, 627,400 GB-s
  //     $3.79, less what is free (usage $3.79): $3.79; steps 2,060 x $0.000025 = $0.05; total $3.84
  //     (on the queue service: 1,030 runs $0.03 + 627,000 s $42.32 on the 1-vCPU machine - $10
  //     included + $10 plan = $42.35, with Next.js $0)
  check_infra(s, 1e3, {3.78, 25, 42, 28.33, 42, 3.84});
  // 1M requests: jobs 1,000,030 calls, 600,027,000 s (with 30 x 900 s scheduled); enqueue 2M calls,
  //   400,000 s.
  //   Next.js: 600,027,000 s; 1,000,030 calls - 1M free = $0.0000060; 600,027,000 GB-s - 400,000
  //     free = $9,993.80 (usage $9,993.80): $9,993.80
  //   FastAPI: front end $0; API 600,027,000 s, 228.3 in flight / 0.875 = 260.9380 containers x $25
  //     = $6,523.45; total $6,523.45
  //   FastAPI+Celery: front end $0; API 400,000 s, 0.1522 in flight, under the 7 of one container:
  //     $7; workers 600,027,000 s, 228.3 in flight / 0.875 = 260.9380 containers x $25 = $6,523.45;
  //     broker $10; total $6,540.45
  //   Hybrid: gateway 600M s; 1M calls free; 600M GB-s - 400,000 free = $9,993.35: $9,993.35; API
  //     as FastAPI $6,523.45; total $16,516.80
  //   Hybrid+Celery: gateway 400,000 s; 2M calls - 1M free = $0.20; 400,000 GB-s free: $0.20; API
  //     $7, workers $6,523.45 and broker $10 as FastAPI+Celery; total $6,540.65
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 2,000,000 calls, 400,000 s, and 2,000,060 steps, 600,027,000 s:
  //     4,000,060 calls, 600,427,000 s at 79.95 %, 228.5 in flight on instances of 1: 600,427,000
  //     instance-s; calls $0.60, 600,427,000 GB-s $10,000.47, less what is free (usage $10,001.07):
  //     $10,001.07; steps 2,000,060 x $0.000025 = $50; total $10,051.07 (on the queue service:
  //     1,000,030 runs $25 + 600,027,000 s $40,501.82 on the 1-vCPU machine - $10 included + $10
  //     plan = $40,526.82, with Next.js $0.20)
  check_infra(s, 1e6, {9993.8, 6523.45, 6540.45, 16516.8, 6540.65, 10051.07});
  // 100M requests: jobs 100,000,030 calls, 60,000,027,000 s (with 30 x 900 s scheduled); enqueue
  //   200M calls, 40M s.
  //   Next.js: 60,000,027,000 s; 100,000,030 calls - 1M free = $19.80; 60,000,027,000 GB-s -
  //     400,000 free = $999,995.78 (usage $1,000,015.58): $1,000,015.58
  //   FastAPI: front end $0; API 60,000,027,000 s, 22,831 in flight / 0.875 = 26,092.6406
  //     containers x $25 = $652,316.01; total $652,316.01
  //   FastAPI+Celery: front end $0; API 40M s, 15.22 in flight / 7 = 2.1744 containers x $7 =
  //     $15.22; workers 60,000,027,000 s, 22,831 in flight / 0.875 = 26,092.6406 containers x $25 =
  //     $652,316.01; broker $10; total $652,341.24 (unrounded $15.2207 + $652,316.0144 + $10)
  //   Hybrid: gateway 60,000M s; 100M calls - 1M free = $19.80; 60,000M GB-s - 400,000 free =
  //     $999,995.33 (usage $1,000,015.13): $1,000,015.13; API as FastAPI $652,316.01; total
  //     $1,652,331.15 (unrounded $1,000,015.1333 + $652,316.0144)
  //   Hybrid+Celery: gateway 40M s; 200M calls - 1M free = $39.80; 40M GB-s - 400,000 free =
  //     $660.00 (usage $699.80): $699.80; API $15.22, workers $652,316.01 and broker $10 as
  //     FastAPI+Celery; total $653,041.04 (unrounded $699.8013 + $15.2207 + $652,316.0144 + $10)
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 200,000,000 calls, 40,000,000 s, and 200,000,060 steps, 60,000,027,000
  //     s: 400,000,060 calls, 60,040,027,000 s at 79.95 %, 22,846.3 in flight on instances of 1:
  //     60,040,027,000 instance-s; calls $79.80, 60,040,027,000 GB-s $1,000,662.45, less what is
  //     free (usage $1,000,742.25): $1,000,742.25; steps 200,000,060 x $0.000025 = $5,000; total
  //     $1,005,742.25 (on the queue service: 100,000,030 runs $2,500 + 60,000,027,000 s
  //     $4,050,001.82 on the 1-vCPU machine - $10 included + $10 plan = $4,052,501.82, with Next.js
  //     $699.80)
  check_infra(s, 1e8, {1000015.58, 652316.01, 652341.24, 1652331.15, 653041.04, 1005742.25});
}

// Cloudflare Workers Paid: a $5 plan; 10M calls and 30,000 CPU-s included,
// then $0.30 per million calls and $0.00002 per CPU-s; memory is not billed.
//
// A web app of 6-second chat replies, simple logic (5 % CPU), no scheduled job.
TEST_CASE("Cloudflare Workers: a web app of 6-second chat replies") {
  const wb::Scenario s = scenario("cloudflare_workers", wb::Product::kWebApp, Work::kWaits, 6, 0);
  // 1,000 requests: jobs 1,000 calls, 6,000 s.
  //   Next.js: 1,000 calls free; 6,000 s x 5 % = 300 CPU-s free, + $5 plan: $5
  //   FastAPI: front end $5; API 6,000 s, 0.002283 in flight, under the 7 of one container: $7;
  //     total $12
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $5; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $29
  //   Hybrid: gateway as Next.js $5; API as FastAPI $7; total $12
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $5; API $7, workers $7 and broker $10 as FastAPI+Celery; total $29
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $5; an idle workflow
  //     costs nothing; total $5
  check_infra(s, 1e3, {5, 12, 29, 12, 29, 5});
  // 1M requests: jobs 1M calls, 6M s.
  //   Next.js: 1M calls free; 6M s x 5 % = 300,000 CPU-s - 30,000 free = $5.40, + $5 plan: $10.40
  //   FastAPI: front end $5; API 6M s, 2.283 in flight, under the 7 of one container: $7; total $12
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $5; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $29
  //   Hybrid: gateway as Next.js $10.40; API as FastAPI $7; total $17.40
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $10.40; API $7, workers $7 and broker $10 as FastAPI+Celery; total $34.40
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $10.40; an idle
  //     workflow costs nothing; total $10.40
  check_infra(s, 1e6, {10.4, 12, 29, 17.4, 34.4, 10.4});
  // 100M requests: jobs 100M calls, 600M s.
  //   Next.js: 100M calls - 10M free = $27; 600M s x 5 % = 30M CPU-s - 30,000 free = $599.40 (usage
  //     $626.40), + $5 plan: $631.40
  //   FastAPI: front end $5; API 600M s, 228.3 in flight / 7 = 32.6158 containers x $7 = $228.31;
  //     total $233.31
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $5; API as FastAPI $228.31;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $250.31
  //   Hybrid: gateway as Next.js $631.40; API as FastAPI $228.31; total $859.71
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $631.40; API $228.31, workers $7 and broker $10 as FastAPI+Celery; total
  //     $876.71
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $631.40; an idle
  //     workflow costs nothing; total $631.40
  check_infra(s, 1e8, {631.4, 233.31, 250.31, 859.71, 876.71, 631.4});
}

// An API (no UI) of 90-second jobs with heavy processing (80 % CPU, prefork) and
// a daily 2-minute job.
TEST_CASE("Cloudflare Workers: an API of 90-second heavy jobs and a daily 2-minute job") {
  const wb::Scenario s = scenario("cloudflare_workers", wb::Product::kApi, Work::kHeavy, 90, 120);
  // 1,000 requests: jobs 1,030 calls, 93,600 s (with 30 x 120 s scheduled); enqueue 2,000 calls,
  //   400 s.
  //   Next.js: 1,030 calls free; 93,600 s x 80 % = 74,880 CPU-s - 30,000 free = $0.90, + $5 plan:
  //     $5.90
  //   FastAPI: API 93,600 s, 0.03562 in flight, under the 0.875 of one container: $25
  //   FastAPI+Celery: API 400 s, 0.0001522 in flight, under the 7 of one container: $7; workers
  //     93,600 s, 0.03562 in flight, under the 0.875 of one container: $25; broker $10; total $42
  //   Hybrid: gateway 1,000 calls free; 90,000 s x 5 % = 4,500 CPU-s free, + $5 plan: $5; API as
  //     FastAPI $25; total $30
  //   Hybrid+Celery: gateway 2,000 calls free; 400 s x 5 % = 20 CPU-s free, + $5 plan: $5; API $7,
  //     workers $25 and broker $10 as FastAPI+Celery; total $47
  //   Next.js+Queue: Workers run no native code, so every job and the scheduled runs go to the
  //     queue service's machines: 1,030 runs $0.03 + 93,600 s $6.32 on the 1-vCPU machine, inside
  //     the $10 included, + $10 plan = $10; enqueue 2,000 calls free, 400 s x 5 % = 20 CPU-s free,
  //     + $5 plan: $5; total $15
  check_infra(s, 1e3, {5.9, 25, 42, 30, 47, 15});
  // 1M requests: jobs 1,000,030 calls, 90,003,600 s (with 30 x 120 s scheduled); enqueue 2M calls,
  //   400,000 s.
  //   Next.js: 1,000,030 calls free; 90,003,600 s x 80 % = 72,002,880 CPU-s - 30,000 free =
  //     $1,439.46, + $5 plan: $1,444.46
  //   FastAPI: API 90,003,600 s, 34.25 in flight / 0.875 = 39.1405 containers x $25 = $978.51
  //   FastAPI+Celery: API 400,000 s, 0.1522 in flight, under the 7 of one container: $7; workers
  //     90,003,600 s, 34.25 in flight / 0.875 = 39.1405 containers x $25 = $978.51; broker $10;
  //     total $995.51
  //   Hybrid: gateway 1M calls free; 90M s x 5 % = 4,500,000 CPU-s - 30,000 free = $89.40, + $5
  //     plan: $94.40; API as FastAPI $978.51; total $1,072.91
  //   Hybrid+Celery: gateway 2M calls free; 400,000 s x 5 % = 20,000 CPU-s free, + $5 plan: $5; API
  //     $7, workers $978.51 and broker $10 as FastAPI+Celery; total $1,000.51
  //   Next.js+Queue: Workers run no native code, so every job and the scheduled runs go to the
  //     queue service's machines: 1,000,030 runs $25 + 90,003,600 s $6,075.24 on the 1-vCPU machine
  //     - $10 included + $10 plan = $6,100.24; enqueue as Hybrid+Celery's gateway $5; total
  //     $6,105.24
  check_infra(s, 1e6, {1444.46, 978.51, 995.51, 1072.91, 1000.51, 6105.24});
  // 100M requests: jobs 100,000,030 calls, 9,000,003,600 s (with 30 x 120 s scheduled); enqueue
  //   200M calls, 40M s.
  //   Next.js: 100,000,030 calls - 10M free = $27.00; 9,000,003,600 s x 80 % = 7,200,002,880 CPU-s
  //     - 30,000 free = $143,999.46 (usage $144,026.46), + $5 plan: $144,031.46
  //   FastAPI: API 9,000,003,600 s, 3,424.7 in flight / 0.875 = 3,913.8959 containers x $25 =
  //     $97,847.40
  //   FastAPI+Celery: API 40M s, 15.22 in flight / 7 = 2.1744 containers x $7 = $15.22; workers
  //     9,000,003,600 s, 3,424.7 in flight / 0.875 = 3,913.8959 containers x $25 = $97,847.40;
  //     broker $10; total $97,872.62
  //   Hybrid: gateway 100M calls - 10M free = $27; 9,000M s x 5 % = 450M CPU-s - 30,000 free =
  //     $8,999.40 (usage $9,026.40), + $5 plan: $9,031.40; API as FastAPI $97,847.40; total
  //     $106,878.80
  //   Hybrid+Celery: gateway 200M calls - 10M free = $57; 40M s x 5 % = 2M CPU-s - 30,000 free =
  //     $39.40 (usage $96.40), + $5 plan: $101.40; API $15.22, workers $97,847.40 and broker $10 as
  //     FastAPI+Celery; total $97,974.02
  //   Next.js+Queue: Workers run no native code, so every job and the scheduled runs go to the
  //     queue service's machines: 100,000,030 runs $2,500 + 9,000,003,600 s $607,500.24 on the
  //     1-vCPU machine - $10 included + $10 plan = $610,000.24; enqueue as Hybrid+Celery's gateway
  //     $101.40; total $610,101.64
  check_infra(s, 1e8, {144031.46, 97847.4, 97872.62, 106878.8, 97974.02, 610101.64});
}

// Google Cloud Run: no plan fee; 2M calls, 180,000 vCPU-s and 360,000 GB-s
// free, then $0.40 per million calls, $0.000024 per vCPU-s and $0.0000025
// per GB-s (GiB-s), an instance having 0.5 GB (512 MiB). The vCPU is billed
// for all the time an instance holds a request, and up to min(80 x 60 %,
// 60 % / share) requests in flight share it: the autoscaler starts another at
// 60 % of either.
//
// A web app of 5-second chat replies, simple logic (5 % CPU), no scheduled
// job. An instance holds min(48, 60 % / 5 %) = 12.
TEST_CASE("Google Cloud Run: a web app of 5-second chat replies") {
  const wb::Scenario s = scenario("cloud_run", wb::Product::kWebApp, Work::kWaits, 5, 0);
  // 1,000 requests: jobs 1,000 calls, 5,000 s.
  //   Next.js: 5,000 s, 0.001903 in flight: 1 - e^-0.001903 = 0.001901 of the month (over 0.001903
  //     / 12) = 4,995 instance-s; 1,000 calls free; 4,995 vCPU-s free; 4,995 x 0.5 = 2,498 GB-s
  //     free: $0
  //   FastAPI: front end $0; API 5,000 s, 0.001903 in flight, under the 7 of one container: $7;
  //     total $7
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $0; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $24
  //   Hybrid: gateway as Next.js $0; API as FastAPI $7; total $7
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $0; API $7, workers $7 and broker $10 as FastAPI+Celery; total $24
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $0; an idle workflow
  //     costs nothing; total $0
  check_infra(s, 1e3, {0, 7, 24, 7, 24, 0});
  // 1M requests: jobs 1M calls, 5M s.
  //   Next.js: 5M s, 1.903 in flight: 1 - e^-1.903 = 0.8508 of the month (over 1.903 / 12) =
  //     2,235,949 instance-s; 1M calls free; 2,235,949 vCPU-s - 180,000 free = $49.34; 2,235,949 x
  //     0.5 = 1,117,975 GB-s - 360,000 free = $1.89 (usage $51.2377): $51.24
  //   FastAPI: front end $0; API 5M s, 1.903 in flight, under the 7 of one container: $7; total $7
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $0; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $24
  //   Hybrid: gateway as Next.js $51.24; API as FastAPI $7; total $58.24
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $51.24; API $7, workers $7 and broker $10 as FastAPI+Celery; total $75.24
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $51.24; an idle
  //     workflow costs nothing; total $51.24
  check_infra(s, 1e6, {51.24, 7, 24, 58.24, 75.24, 51.24});
  // 100M requests: jobs 100M calls, 500M s.
  //   Next.js: 500M s, 190.3 in flight / 12 = 15.85 instances (over 1 - e^-190.3) = 41,666,667
  //     instance-s; 100M calls - 2M free = $39.20; 41,666,667 vCPU-s - 180,000 free = $995.68;
  //     41,666,667 x 0.5 = 20,833,333 GB-s - 360,000 free = $51.18 (usage $1,086.06): $1,086.06
  //   FastAPI: front end $0; API 500M s, 190.3 in flight / 7 = 27.1798 containers x $7 = $190.26;
  //     total $190.26
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $0; API as FastAPI $190.26;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $207.26
  //   Hybrid: gateway as Next.js $1,086.06; API as FastAPI $190.26; total $1,276.32
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $1,086.06; API $190.26, workers $7 and broker $10 as FastAPI+Celery;
  //     total $1,293.32
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $1,086.06; an idle
  //     workflow costs nothing; total $1,086.06
  check_infra(s, 1e8, {1086.06, 190.26, 207.26, 1276.32, 1293.32, 1086.06});
}

// A web app and a public API of 20-minute jobs with heavy processing (80 % CPU,
// prefork) and a daily hour-long job. An instance holds min(48, 60 % / 80 %),
// at least 1, = 1 job, or min(48, 60 % / 5 %) = 12 calls that only wait.
TEST_CASE("Google Cloud Run: a web app and API of 20-minute heavy jobs and a daily hour-long job") {
  const wb::Scenario s =
      scenario("cloud_run", wb::Product::kWebAppAndApi, Work::kHeavy, 1200, 3600);
  // 1,000 requests: jobs 1,030 calls, 1,308,000 s (with 30 x 3,600 s scheduled); enqueue 2,000
  //   calls, 400 s.
  //   Next.js: 1,308,000 s, 0.4977 in flight / 1 = 0.4977 instances (over 1 - e^-0.4977) =
  //     1,308,000 instance-s; 1,030 calls free; 1,308,000 vCPU-s - 180,000 free = $27.07; 1,308,000
  //     x 0.5 = 654,000 GB-s - 360,000 free = $0.74 (usage $27.81): $27.81
  //   FastAPI: front end $0; API 1,308,000 s, 0.4977 in flight, under the 0.875 of one container:
  //     $25; total $25
  //   FastAPI+Celery: front end $0; API 400 s, 0.0001522 in flight, under the 7 of one container:
  //     $7; workers 1,308,000 s, 0.4977 in flight, under the 0.875 of one container: $25; broker
  //     $10; total $42
  //   Hybrid: gateway 1,200,000 s, 0.4566 in flight: 1 - e^-0.4566 = 0.3666 of the month (over
  //     0.4566 / 12) = 963,371 instance-s; 1,000 calls free; 963,371 vCPU-s - 180,000 free =
  //     $18.80; 963,371 x 0.5 = 481,686 GB-s - 360,000 free = $0.30 (usage $19.1051): $19.11; API
  //     as FastAPI $25; total $44.11
  //   Hybrid+Celery: gateway 400 s, 0.00015 in flight: 1 - e^-0.00015 = 0.00015 of the month (over
  //     0.00015 / 12) = 400 instance-s; 2,000 calls free; 400 vCPU-s free; 400 x 0.5 = 200 GB-s
  //     free: $0; API $7, workers $25 and broker $10 as FastAPI+Celery; total $42
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 2,000 calls, 400 s, and 2,060 steps, 1,308,000 s: 4,060 calls, 1,308,400
  //     s at 79.98 %, 0.4979 in flight on instances of 1: 1,308,400 instance-s; calls $0, 1,308,400
  //     vCPU-s $27.08, 654,200 GB-s $0.74, less what is free (usage $27.82): $27.82; steps 2,060 x
  //     $0.000025 = $0.05; total $27.87 (on the queue service: 1,030 runs $0.03 + 1,308,000 s
  //     $88.29 on the 1-vCPU machine - $10 included + $10 plan = $88.32, with Next.js $0)
  check_infra(s, 1e3, {27.81, 25, 42, 44.11, 42, 27.87});
  // 1M requests: jobs 1,000,030 calls, 1,200,108,000 s (with 30 x 3,600 s scheduled); enqueue 2M
  //   calls, 400,000 s.
  //   Next.js: 1,200,108,000 s, 456.7 in flight / 1 = 456.7 instances (over 1 - e^-456.7) =
  //     1,200,108,000 instance-s; 1,000,030 calls free; 1,200,108,000 vCPU-s - 180,000 free =
  //     $28,798.27; 1,200,108,000 x 0.5 = 600,054,000 GB-s - 360,000 free = $1,499.24 (usage
  //     $30,297.51): $30,297.51
  //   FastAPI: front end $0; API 1,200,108,000 s, 456.7 in flight / 0.875 = 521.8995 containers x
  //     $25 = $13,047.49; total $13,047.49
  //   FastAPI+Celery: front end $0; API 400,000 s, 0.1522 in flight, under the 7 of one container:
  //     $7; workers 1,200,108,000 s, 456.7 in flight / 0.875 = 521.8995 containers x $25 =
  //     $13,047.49; broker $10; total $13,064.49
  //   Hybrid: gateway 1,200M s, 456.6 in flight / 12 = 38.05 instances (over 1 - e^-456.6) = 100M
  //     instance-s; 1M calls free; 100M vCPU-s - 180,000 free = $2,395.68; 100M x 0.5 = 50M GB-s -
  //     360,000 free = $124.10 (usage $2,519.78): $2,519.78; API as FastAPI $13,047.49; total
  //     $15,567.27
  //   Hybrid+Celery: gateway 400,000 s, 0.1522 in flight: 1 - e^-0.1522 = 0.1412 of the month (over
  //     0.1522 / 12) = 371,046 instance-s; 2M calls free; 371,046 vCPU-s - 180,000 free = $4.59;
  //     371,046 x 0.5 = 185,523 GB-s free: $4.59; API $7, workers $13,047.49 and broker $10 as
  //     FastAPI+Celery; total $13,069.07 (unrounded $4.5851 + $7 + $13,047.4886 + $10)
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 2,000,000 calls, 400,000 s, and 2,000,060 steps, 1,200,108,000 s:
  //     4,000,060 calls, 1,200,508,000 s at 79.98 %, 456.8 in flight on instances of 1:
  //     1,200,508,000 instance-s; calls $0.80, 1,200,508,000 vCPU-s $28,807.87, 600,254,000 GB-s
  //     $1,499.74, less what is free (usage $30,308.41): $30,308.41; steps 2,000,060 x $0.000025 =
  //     $50; total $30,358.41 (on the queue service: 1,000,030 runs $25 + 1,200,108,000 s
  //     $81,007.29 on the 1-vCPU machine - $10 included + $10 plan = $81,032.29, with Next.js
  //     $4.59)
  check_infra(s, 1e6, {30297.51, 13047.49, 13064.49, 15567.27, 13069.07, 30358.41});
  // 100M requests: jobs 100,000,030 calls, 120,000,108,000 s (with 30 x 3,600 s scheduled); enqueue
  //   200M calls, 40M s.
  //   Next.js: 120,000,108,000 s, 45,662 in flight / 1 = 45,662 instances (over 1 - e^-45,662) =
  //     120,000,108,000 instance-s; 100,000,030 calls - 2M free = $39.20; 120,000,108,000 vCPU-s -
  //     180,000 free = $2,879,998.27; 120,000,108,000 x 0.5 = 60,000,054,000 GB-s - 360,000 free =
  //     $149,999.24 (usage $3,030,036.71): $3,030,036.71
  //   FastAPI: front end $0; API 120,000,108,000 s, 45,662 in flight / 0.875 = 52,185.3046
  //     containers x $25 = $1,304,632.62; total $1,304,632.62
  //   FastAPI+Celery: front end $0; API 40M s, 15.22 in flight / 7 = 2.1744 containers x $7 =
  //     $15.22; workers 120,000,108,000 s, 45,662 in flight / 0.875 = 52,185.3046 containers x $25
  //     = $1,304,632.62; broker $10; total $1,304,657.84
  //   Hybrid: gateway 120,000M s, 45,662 in flight / 12 = 3,805.2 instances (over 1 - e^-45,662) =
  //     10,000M instance-s; 100M calls - 2M free = $39.20; 10,000M vCPU-s - 180,000 free =
  //     $239,995.68; 10,000M x 0.5 = 5,000M GB-s - 360,000 free = $12,499.10 (usage $252,533.98):
  //     $252,533.98; API as FastAPI $1,304,632.62; total $1,557,166.60
  //   Hybrid+Celery: gateway 40M s, 15.22 in flight / 12 = 1.268 instances (over 1 - e^-15.22) =
  //     3,333,333 instance-s; 200M calls - 2M free = $79.20; 3,333,333 vCPU-s - 180,000 free =
  //     $75.68; 3,333,333 x 0.5 = 1,666,667 GB-s - 360,000 free = $3.27 (usage $158.15): $158.15;
  //     API $15.22, workers $1,304,632.62 and broker $10 as FastAPI+Celery; total $1,304,815.98
  //     (unrounded $158.1467 + $15.2207 + $1,304,632.6158 + $10)
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions: enqueue 200,000,000 calls, 40,000,000 s, and 200,000,060 steps, 120,000,108,000
  //     s: 400,000,060 calls, 120,040,108,000 s at 79.98 %, 45,677.4 in flight on instances of 1:
  //     120,040,108,000 instance-s; calls $159.20, 120,040,108,000 vCPU-s $2,880,958.27,
  //     60,020,054,000 GB-s $150,049.24, less what is free (usage $3,031,166.71): $3,031,166.71;
  //     steps 200,000,060 x $0.000025 = $5,000; total $3,036,166.71 (on the queue service:
  //     100,000,030 runs $2,500 + 120,000,108,000 s $8,100,007.29 on the 1-vCPU machine - $10
  //     included + $10 plan = $8,102,507.29, with Next.js $158.15)
  check_infra(s, 1e8, {3030036.71, 1304632.62, 1304657.84, 1557166.6, 1304815.98, 3036166.71});
}

// Always-on containers: Next.js runs on $7 containers of 0.5 vCPU, sized like
// FastAPI's: min(40, 0.5 / share) = 10 requests (7 at 70 %), or 1.25 (0.875)
// on the heavy size where it runs heavy processing. FastAPI alone's front end
// is one $7 container.
//
// A web app of 10-second chat replies, simple logic (5 % CPU), no scheduled job.
TEST_CASE("always-on containers: a web app of 10-second chat replies") {
  const wb::Scenario s = scenario("containers", wb::Product::kWebApp, Work::kWaits, 10, 0);
  // 1,000 requests: jobs 1,000 calls, 10,000 s.
  //   Next.js: 10,000 s, 0.003805 in flight, under the 7 of one container: $7
  //   FastAPI: front end $7; API 10,000 s, 0.003805 in flight, under the 7 of one container: $7;
  //     total $14
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $7; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $31
  //   Hybrid: gateway as Next.js $7; API as FastAPI $7; total $14
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $7; API $7, workers $7 and broker $10 as FastAPI+Celery; total $31
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $7; an idle workflow
  //     costs nothing; total $7
  check_infra(s, 1e3, {7, 14, 31, 14, 31, 7});
  // 1M requests: jobs 1M calls, 10M s.
  //   Next.js: 10M s, 3.805 in flight, under the 7 of one container: $7
  //   FastAPI: front end $7; API 10M s, 3.805 in flight, under the 7 of one container: $7; total
  //     $14
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $7; API as FastAPI $7;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $31
  //   Hybrid: gateway as Next.js $7; API as FastAPI $7; total $14
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $7; API $7, workers $7 and broker $10 as FastAPI+Celery; total $31
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $7; an idle workflow
  //     costs nothing; total $7
  check_infra(s, 1e6, {7, 14, 31, 14, 31, 7});
  // 100M requests: jobs 100M calls, 1,000M s.
  //   Next.js: 1,000M s, 380.5 in flight / 7 = 54.3596 containers x $7 = $380.52
  //   FastAPI: front end $7; API 1,000M s, 380.5 in flight / 7 = 54.3596 containers x $7 = $380.52;
  //     total $387.52
  //   FastAPI+Celery: jobs of at most 30 s stay in FastAPI: front end $7; API as FastAPI $380.52;
  //     workers: scheduled runs only, none: one idle container $7; broker $10; total $404.52
  //   Hybrid: gateway as Next.js $380.52; API as FastAPI $380.52; total $761.04
  //   Hybrid+Celery: jobs of at most 30 s stay in its FastAPI, the gateway holding each request:
  //     gateway as Hybrid $380.52; API $380.52, workers $7 and broker $10 as FastAPI+Celery; total
  //     $778.04
  //   Next.js+Queue: jobs of at most 30 s stay in Next.js: Next.js as Next.js $380.52; an idle
  //     workflow costs nothing; total $380.52
  check_infra(s, 1e8, {380.52, 387.52, 404.52, 761.04, 778.04, 380.52});
}

// An API (no UI) of 3-minute jobs with heavy processing (80 % CPU, prefork) and a
// daily 10-minute job.
TEST_CASE("always-on containers: an API of 3-minute heavy jobs and a daily 10-minute job") {
  const wb::Scenario s = scenario("containers", wb::Product::kApi, Work::kHeavy, 180, 600);
  // 1,000 requests: jobs 1,030 calls, 198,000 s (with 30 x 600 s scheduled); enqueue 2,000 calls,
  //   400 s.
  //   Next.js: 198,000 s, 0.07534 in flight, under the 0.875 of one container: $25
  //   FastAPI: API 198,000 s, 0.07534 in flight, under the 0.875 of one container: $25
  //   FastAPI+Celery: API 400 s, 0.0001522 in flight, under the 7 of one container: $7; workers
  //     198,000 s, 0.07534 in flight, under the 0.875 of one container: $25; broker $10; total $42
  //   Hybrid: gateway 180,000 s, 0.06849 in flight, under the 7 of one container: $7; API as
  //     FastAPI $25; total $32
  //   Hybrid+Celery: gateway 400 s, 0.0001522 in flight, under the 7 of one container: $7; API $7,
  //     workers $25 and broker $10 as FastAPI+Celery; total $49
  //   Next.js+Queue: every job and the scheduled runs on the queue service, cheaper than the
  //     workflow ($25.05): Next.js 2,000 calls, 400 s, 0.0001522 in flight, under the 7 of one
  //     container: $7; queue 1,030 runs $0.03 + 198,000 s $13.37 on the 1-vCPU machine - $10
  //     included + $10 plan = $13.39; total $20.39 (as a workflow's 2 steps each on the functions,
  //     which run the heavy jobs on the heavy size: 198,400 s at 79.85 %, 0.07549 in flight, under
  //     the 0.8767 of one container: $25; steps 2,060 x $0.000025 = $0.05)
  check_infra(s, 1e3, {25, 25, 42, 32, 49, 20.39});
  // 1M requests: jobs 1,000,030 calls, 180,018,000 s (with 30 x 600 s scheduled); enqueue 2M calls,
  //   400,000 s.
  //   Next.js: 180,018,000 s, 68.5 in flight / 0.875 = 78.2857 containers x $25 = $1,957.14
  //   FastAPI: API 180,018,000 s, 68.5 in flight / 0.875 = 78.2857 containers x $25 = $1,957.14
  //   FastAPI+Celery: API 400,000 s, 0.1522 in flight, under the 7 of one container: $7; workers
  //     180,018,000 s, 68.5 in flight / 0.875 = 78.2857 containers x $25 = $1,957.14; broker $10;
  //     total $1,974.14
  //   Hybrid: gateway 180M s, 68.49 in flight / 7 = 9.7847 containers x $7 = $68.49; API as FastAPI
  //     $1,957.14; total $2,025.64 (unrounded $68.4932 + $1,957.1429)
  //   Hybrid+Celery: gateway 400,000 s, 0.1522 in flight, under the 7 of one container: $7; API $7,
  //     workers $1,957.14 and broker $10 as FastAPI+Celery; total $1,981.14
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions, which run the heavy jobs on the heavy size: enqueue 2,000,000 calls, 400,000 s,
  //     and 2,000,060 steps, 180,018,000 s: 180,418,000 s at 79.83 %, 68.65 in flight / 0.8768 =
  //     78.2966 containers x $25 = $1,957.41; steps 2,000,060 x $0.000025 = $50; total $2,007.42
  //     (unrounded $1,957.4147 + $50.0015; on the queue service: 1,000,030 runs $25 + 180,018,000 s
  //     $12,151.22 on the 1-vCPU machine - $10 included + $10 plan = $12,176.22, with Next.js $7)
  check_infra(s, 1e6, {1957.14, 1957.14, 1974.14, 2025.64, 1981.14, 2007.42});
  // 100M requests: jobs 100,000,030 calls, 18,000,018,000 s (with 30 x 600 s scheduled); enqueue
  //   200M calls, 40M s.
  //   Next.js: 18,000,018,000 s, 6,849.3 in flight / 0.875 = 7,827.7965 containers x $25 =
  //     $195,694.91
  //   FastAPI: API 18,000,018,000 s, 6,849.3 in flight / 0.875 = 7,827.7965 containers x $25 =
  //     $195,694.91
  //   FastAPI+Celery: API 40M s, 15.22 in flight / 7 = 2.1744 containers x $7 = $15.22; workers
  //     18,000,018,000 s, 6,849.3 in flight / 0.875 = 7,827.7965 containers x $25 = $195,694.91;
  //     broker $10; total $195,720.13
  //   Hybrid: gateway 18,000M s, 6,849.3 in flight / 7 = 978.4736 containers x $7 = $6,849.32; API
  //     as FastAPI $195,694.91; total $202,544.23
  //   Hybrid+Celery: gateway 40M s, 15.22 in flight / 7 = 2.1744 containers x $7 = $15.22; API
  //     $15.22, workers $195,694.91 and broker $10 as FastAPI+Celery; total $195,735.35
  //   Next.js+Queue: every job and the scheduled runs as a workflow's 2 steps each on the
  //     functions, which run the heavy jobs on the heavy size: enqueue 200,000,000 calls,
  //     40,000,000 s, and 200,000,060 steps, 18,000,018,000 s: 18,040,018,000 s at 79.83 %, 6,864.5
  //     in flight / 0.8768 = 7,828.8837 containers x $25 = $195,722.09; steps 200,000,060 x
  //     $0.000025 = $5,000; total $200,722.09 (on the queue service: 100,000,030 runs $2,500 +
  //     18,000,018,000 s $1,215,001.22 on the 1-vCPU machine - $10 included + $10 plan =
  //     $1,217,501.22, with Next.js $15.22)
  check_infra(s, 1e8, {195694.91, 195694.91, 195720.13, 202544.23, 195735.35, 200722.09});
}

// The cost ranges (core/model/uncertainty.cpp): for each candidate, the least
// and the most it costs with every estimate in the data file at its low or
// its high value, over all those corners (worked out here by trying every
// one, 2^11). "(either end)" marks an estimate whose other end costs the same
// at that corner. The peak-to-average ratio (2x..5x) is left out: it sets
// only the count of containers at peak, not a bill.
// Ranges: utilisation 85 %..50 %, CPU share 2 %..15 % (heavy 50 %..100 %),
// gateway calls 0.05..0.5 s, 4..720 scheduled runs, 1..10 workflow steps a
// job, FastAPI and Next.js container concurrency 10..100, a threads pool
// 20..200 tasks, a Vercel instance 5..100 requests, a Cloud Run instance
// 20..250, Netlify $4..$6 per million calls, a Lambda function 0.5..2 GB. The
// other platforms' function sizes are fixed: 2 GB on Vercel, 1 on Netlify, 0.5
// on Cloud Run.

// At 1M requests, the Vercel Pro web app and API of 12-second calls.
TEST_CASE("Vercel Pro, 1M multi-step calls of 12 s: the cost ranges") {
  const wb::Scenario s = scenario("vercel_pro", wb::Product::kWebAppAndApi, Work::kWaits, 12, 0);
  // Next.js cheap (CPU share 2 %, per instance 5 (either end)): 12M s, 4.566 in flight: 1 -
  //   e^-4.566 = 0.9896 of the month (over 4.566 / 5) = 2,600,676 instance-s; 1M calls = $0.60;
  //   12M s x 2 % = 240,000 CPU-s = $8.53; 2,600,676 x 2 = 5,201,352 GB-s = $15.31 (usage
  //   $24.4482), - $20 credit, + $20 plan: $24.45
  // Next.js dear (CPU share 15 %, per instance 100 (either end)): 12M s, 4.566 in flight: 1 -
  //   e^-4.566 = 0.9896 of the month (over 4.566 / 6.667) = 2,600,676 instance-s; 1M calls =
  //   $0.60; 12M s x 15 % = 1,800,000 CPU-s = $64.00; 2,600,676 x 2 = 5,201,352 GB-s = $15.31
  //   (usage $79.91), - $20 credit, + $20 plan: $79.91
  // FastAPI cheap (API concurrency 10 (either end), utilisation 50 % (either end), CPU share 2 %):
  //   front end $20; API 12M s, 4.566 in flight, under the 5 of one container: $7; total $27
  // FastAPI dear (API concurrency 100 (either end), utilisation 50 %, CPU share 15 %): front end
  //   $20; API 12M s, 4.566 in flight / 1.667 = 2.7397 containers x $7 = $19.18; total $39.18
  // FastAPI+Celery cheap (the estimates as for FastAPI cheap): jobs of at most 30 s stay in
  //   FastAPI: front end $20; API as FastAPI $7; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $44
  // FastAPI+Celery dear (the estimates as for FastAPI dear): jobs of at most 30 s stay in FastAPI:
  //   front end $20; API as FastAPI $19.18; workers: scheduled runs only, none: one idle container
  //   $7; broker $10; total $56.18
  // Hybrid cheap (API concurrency 10 (either end), utilisation 50 % (either end), CPU share 2 %,
  //   per instance 5 (either end)): gateway as Next.js $24.45; API as FastAPI $7; total $31.45
  // Hybrid dear (API concurrency 100 (either end), utilisation 50 %, CPU share 15 %, per instance
  //   100 (either end)): gateway as Next.js $79.91; API as FastAPI $19.18; total $99.09
  // Hybrid+Celery cheap (the estimates as for Hybrid cheap): jobs of at most 30 s stay in its
  //   FastAPI: gateway $24.45 and API $7 as Hybrid; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $48.45
  // Hybrid+Celery dear (the estimates as for Hybrid dear): jobs of at most 30 s stay in its
  //   FastAPI: gateway $79.91 and API $19.18 as Hybrid; workers: scheduled runs only, none: one
  //   idle container $7; broker $10; total $116.09
  // Next.js+Queue cheap (the estimates as for Next.js cheap): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $24.45; an idle workflow costs nothing; total $24.45
  // Next.js+Queue dear (the estimates as for Next.js dear): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $79.91; an idle workflow costs nothing; total $79.91
  check_range(s, 1e6,
              {{{24.45, 79.91},
                {27, 39.18},
                {44, 56.18},
                {31.45, 99.09},
                {48.45, 116.09},
                {24.45, 79.91}}});
}

// At 1M requests, the Netlify web app of 3-second chat replies.
TEST_CASE("Netlify, 1M chat replies of 3 s: the cost ranges") {
  const wb::Scenario s = scenario("netlify", wb::Product::kWebApp, Work::kWaits, 3, 0);
  // Next.js cheap (CPU share 2 % (either end), $ per million calls $4): 3M s; 1M calls = $4; 3M
  //   GB-s = $166.67 (usage $170.67), - $100 credit, + $20 plan: $90.67
  // Next.js dear (CPU share 15 % (either end), $ per million calls $6): 3M s; 1M calls = $6; 3M
  //   GB-s = $166.67 (usage $172.67), - $100 credit, + $20 plan: $92.67
  // FastAPI cheap (API concurrency 10 (either end), utilisation 50 % (either end), CPU share 2 %
  //   (either end)): front end $20; API 3M s, 1.142 in flight, under the 5 of one container: $7;
  //   total $27
  // FastAPI dear (API concurrency 100 (either end), utilisation 50 % (either end), CPU share 15 %
  //   (either end)): front end $20; API 3M s, 1.142 in flight, under the 1.667 of one container:
  //   $7; total $27
  // FastAPI+Celery cheap (the estimates as for FastAPI cheap): jobs of at most 30 s stay in
  //   FastAPI: front end $20; API as FastAPI $7; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $44
  // FastAPI+Celery dear (the estimates as for FastAPI dear): jobs of at most 30 s stay in FastAPI:
  //   front end $20; API as FastAPI $7; workers: scheduled runs only, none: one idle container $7;
  //   broker $10; total $44
  // Hybrid cheap (API concurrency 10 (either end), utilisation 50 % (either end), CPU share 2 %
  //   (either end), $ per million calls $4): gateway as Next.js $90.67; API as FastAPI $7; total
  //   $97.67
  // Hybrid dear (API concurrency 100 (either end), utilisation 50 % (either end), CPU share 15 %
  //   (either end), $ per million calls $6): gateway as Next.js $92.67; API as FastAPI $7; total
  //   $99.67
  // Hybrid+Celery cheap (the estimates as for Hybrid cheap): jobs of at most 30 s stay in its
  //   FastAPI: gateway $90.67 and API $7 as Hybrid; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $114.67
  // Hybrid+Celery dear (the estimates as for Hybrid dear): jobs of at most 30 s stay in its
  //   FastAPI: gateway $92.67 and API $7 as Hybrid; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $116.67
  // Next.js+Queue cheap (the estimates as for Next.js cheap): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $90.67; an idle workflow costs nothing; total $90.67
  // Next.js+Queue dear (the estimates as for Next.js dear): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $92.67; an idle workflow costs nothing; total $92.67
  check_range(
      s, 1e6,
      {{{90.67, 92.67}, {27, 27}, {44, 44}, {97.67, 99.67}, {114.67, 116.67}, {90.67, 92.67}}});
}

// At 1M requests, the Cloud Run web app and API of 20-minute heavy jobs.
TEST_CASE("Google Cloud Run, 1M heavy jobs of 20 minutes: the cost ranges") {
  const wb::Scenario s =
      scenario("cloud_run", wb::Product::kWebAppAndApi, Work::kHeavy, 1200, 3600);
  // Next.js cheap (CPU share 50 %, runs 4, per instance 60 % / 50 % = 1.2 (either end)):
  //   1,200,014,400 s, 456.6 in flight / 1.2 = 380.5 instances (over 1 - e^-456.6) = 1,000,012,000
  //   instance-s; 1,000,004 calls free; 1,000,012,000 vCPU-s - 180,000 free = $23,995.97;
  //   1,000,012,000 x 0.5 = 500,006,000 GB-s - 360,000 free = $1,249.12 (usage $25,245.0830):
  //   $25,245.08
  // Next.js dear (CPU share 100 %, runs 720, per instance 1 (either end)): 1,202,592,000 s;
  //   1,000,720 calls free; 1,202,592,000 vCPU-s - 180,000 free = $28,857.89; 1,202,592,000 x 0.5
  //   = 601,296,000 GB-s - 360,000 free = $1,502.34 (usage $30,360.23): $30,360.23
  // FastAPI cheap (API concurrency 10 (either end), utilisation 85 %, CPU share 50 %, runs 4):
  //   front end $0; API on the heavy size, min(10, 1 / 50 %) = 2 slots: 1,200,014,400 s, 456.6 in
  //   flight / 1.7 = 268.6038 containers x $25 = $6,715.10; total $6,715.10
  // FastAPI dear (API concurrency 100 (either end), utilisation 50 %, CPU share 100 %, runs 720):
  //   front end $0; API on the heavy size, min(100, 1 / 100 %) = 1 slot: 1,202,592,000 s, 457.6 in
  //   flight / 0.5 = 915.2146 containers x $25 = $22,880.37; total $22,880.37
  // FastAPI+Celery cheap (API concurrency 10 (either end), utilisation 85 %, CPU share 50 %,
  //   gateway s 0.05 (either end), runs 4): front end $0; API 100,000 s, 0.03805 in flight, under
  //   the 8.5 of one container: $7; workers (prefork on the heavy size, 1 / 50 % = 2 processes)
  //   1,200,014,400 s, 456.6 in flight / 1.7 = 268.6038 containers x $25 = $6,715.10; broker $10;
  //   total $6,732.10
  // FastAPI+Celery dear (API concurrency 100 (either end), utilisation 50 %, CPU share 100 %,
  //   gateway s 0.5 (either end), runs 720): front end $0; API 1M s, 0.3805 in flight, under the
  //   1.667 of one container: $7; workers (prefork on the heavy size, 1 / 100 % = 1 process)
  //   1,202,592,000 s, 457.6 in flight / 0.5 = 915.2146 containers x $25 = $22,880.37; broker $10;
  //   total $22,897.37
  // Hybrid cheap (API concurrency 10 (either end), utilisation 85 %, CPU share 50 %, runs 4, per
  //   instance min(250 x 60 %, 60 % / 2 %) = 30): gateway 1,200M s, 456.6 in flight / 30 = 15.22
  //   instances (over 1 - e^-456.6) = 40M instance-s; 1M calls free; 40M vCPU-s - 180,000 free =
  //   $955.68; 40M x 0.5 = 20M GB-s - 360,000 free = $49.10 (usage $1,004.78): $1,004.78; API as
  //   FastAPI $6,715.10; total $7,719.88
  // Hybrid dear (API concurrency 100 (either end), utilisation 50 %, CPU share 100 %, runs 720, per
  //   instance 60 % / 15 % = 4 (either end)): gateway 1,200M s, 456.6 in flight / 4 = 114.2
  //   instances (over 1 - e^-456.6) = 300M instance-s; 1M calls free; 300M vCPU-s - 180,000 free =
  //   $7,195.68; 300M x 0.5 = 150M GB-s - 360,000 free = $374.10 (usage $7,569.78): $7,569.78; API
  //   as FastAPI $22,880.37; total $30,450.15
  // Hybrid+Celery cheap (API concurrency 10 (either end), utilisation 85 %, CPU share 50 %, gateway
  //   s 0.05, runs 4, per instance 12 (either end)): gateway 100,000 s, 0.03805 in flight: 1 -
  //   e^-0.03805 = 0.03734 of the month (over 0.03805 / 12) = 98,121 instance-s; 2M calls free;
  //   98,121 vCPU-s free; 98,121 x 0.5 = 49,061 GB-s free: $0; API $7, workers $6,715.10 and broker
  //   $10 as FastAPI+Celery; total $6,732.10
  // Hybrid+Celery dear (API concurrency 100 (either end), utilisation 50 %, CPU share 100 %,
  //   gateway s 0.5, runs 720, per instance 4 (either end)): gateway 1M s, 0.3805 in flight: 1 -
  //   e^-0.3805 = 0.3165 of the month (over 0.3805 / 4) = 831,742 instance-s; 2M calls free;
  //   831,742 vCPU-s - 180,000 free = $15.64; 831,742 x 0.5 = 415,871 GB-s - 360,000 free = $0.14
  //   (usage $15.78): $15.78; API $7, workers $22,880.37 and broker $10 as FastAPI+Celery; total
  //   $22,913.15
  // Next.js+Queue cheap (CPU share 2 %, heavy 50 %, gateway s 0.05, runs 4, 1 step a job, per
  //   instance 1.2 (either end)): every job and the scheduled runs as a workflow's 1 step each on
  //   the functions: enqueue 2,000,000 calls, 100,000 s, and 1,000,004 steps, 1,200,014,400 s:
  //   3,000,004 calls, 1,200,114,400 s at 50 %, 456.7 in flight on instances of 1.2: 1,000,015,333
  //   instance-s; calls $0.40, 1,000,015,333 vCPU-s $23,996.05, 500,007,667 GB-s $1,249.12, less
  //   what is free: $25,245.57; steps 1,000,004 x $0.000025 = $25; total $25,270.57 (on the queue
  //   service: $81,025.97)
  // Next.js+Queue dear (CPU share 2 % (either end), heavy 100 %, gateway s 0.5, runs 720, 10 steps
  //   a job, per instance 1 (either end)): every job and the scheduled runs as a workflow's 10
  //   steps each on the functions: enqueue 2,000,000 calls, 1,000,000 s, and 10,007,200 steps,
  //   1,202,592,000 s: 12,007,200 calls, 1,203,592,000 s at 99.92 %, 458.0 in flight on instances
  //   of 1: 1,203,592,000 instance-s; calls $4, 1,203,592,000 vCPU-s $28,881.89, 601,796,000 GB-s
  //   $1,503.59, less what is free: $30,389.48; steps 10,007,200 x $0.000025 = $250.18; total
  //   $30,639.66 (on the queue service: $81,199.98 and Next.js's $15.78)
  check_range(s, 1e6,
              {{{25245.08, 30360.23},
                {6715.1, 22880.37},
                {6732.1, 22897.37},
                {7719.88, 30450.15},
                {6732.1, 22913.15},
                {25270.57, 30639.66}}});
}

// At 1M requests, the Cloud Run web app of 5-second chat replies.
// 1.9 requests are in flight on average: an instance is up 85 % of the month
// whatever the CPU share or the concurrency, and Cloud Run bills its vCPU
// for all that time (Active CPU would be 5M s x 2..15 % = 100,000..750,000
// CPU-s). With its memory fixed at 0.5 GB, Server Actions' bill has no range.
TEST_CASE("Google Cloud Run, 1M chat replies of 5 s: the cost ranges") {
  const wb::Scenario s = scenario("cloud_run", wb::Product::kWebApp, Work::kWaits, 5, 0);
  // Next.js cheap (CPU share 2 % (either end), per instance 12 (either end)): 5M s, 1.903 in
  //   flight: 1 - e^-1.903 = 0.8508 of the month (over 1.903 / 12) = 2,235,949 instance-s; 1M
  //   calls free; 2,235,949 vCPU-s - 180,000 free = $49.34; 2,235,949 x 0.5 = 1,117,975 GB-s -
  //   360,000 free = $1.89 (usage $51.2377): $51.24
  // Next.js dear (CPU share 15 % (either end), per instance 4 (either end)): 5M s, 1.903 in
  //   flight: 1 - e^-1.903 = 0.8508 of the month (over 1.903 / 4) = 2,235,949 instance-s; 1M calls
  //   free; 2,235,949 vCPU-s - 180,000 free = $49.34; 2,235,949 x 0.5 = 1,117,975 GB-s - 360,000
  //   free = $1.89 (usage $51.2377): $51.24
  // FastAPI cheap (API concurrency 10 (either end), utilisation 50 % (either end), CPU share 2 %):
  //   front end $0; API 5M s, 1.903 in flight, under the 5 of one container: $7; total $7
  // FastAPI dear (API concurrency 100 (either end), utilisation 50 %, CPU share 15 %): front end
  //   $0; API 5M s, 1.903 in flight / 1.667 = 1.1416 containers x $7 = $7.99; total $7.99
  // FastAPI+Celery cheap (the estimates as for FastAPI cheap): jobs of at most 30 s stay in
  //   FastAPI: front end $0; API as FastAPI $7; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $24
  // FastAPI+Celery dear (the estimates as for FastAPI dear): jobs of at most 30 s stay in FastAPI:
  //   front end $0; API as FastAPI $7.99; workers: scheduled runs only, none: one idle container
  //   $7; broker $10; total $24.99
  // Hybrid cheap (API concurrency 10 (either end), utilisation 50 % (either end), CPU share 2 %,
  //   per instance 12 (either end)): gateway as Next.js $51.24; API as FastAPI $7; total $58.24
  // Hybrid dear (API concurrency 100 (either end), utilisation 50 %, CPU share 15 %, per instance 4
  //   (either end)): gateway as Next.js $51.24; API as FastAPI $7.99; total $59.23
  // Hybrid+Celery cheap (the estimates as for Hybrid cheap): jobs of at most 30 s stay in its
  //   FastAPI: gateway $51.24 and API $7 as Hybrid; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $75.24
  // Hybrid+Celery dear (the estimates as for Hybrid dear): jobs of at most 30 s stay in its
  //   FastAPI: gateway $51.24 and API $7.99 as Hybrid; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $76.23
  // Next.js+Queue cheap (the estimates as for Next.js cheap): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $51.24; an idle workflow costs nothing; total $51.24
  // Next.js+Queue dear (the estimates as for Next.js dear): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $51.24; an idle workflow costs nothing; total $51.24
  check_range(
      s, 1e6,
      {{{51.24, 51.24}, {7, 7.99}, {24, 24.99}, {58.24, 59.23}, {75.24, 76.23}, {51.24, 51.24}}});
}

// At 1M requests, the web app of 10-second chat replies on always-on containers.
TEST_CASE("always-on containers, 1M chat replies of 10 s: the cost ranges") {
  const wb::Scenario s = scenario("containers", wb::Product::kWebApp, Work::kWaits, 10, 0);
  // Next.js cheap (Next.js concurrency 10 (either end), utilisation 50 % (either end), CPU share 2
  //   %): 10M s, 3.805 in flight, under the 5 of one container: $7
  // Next.js dear (Next.js concurrency 100 (either end), utilisation 50 %, CPU share 15 %): 10M s,
  //   3.805 in flight / 1.667 = 2.2831 containers x $7 = $15.98
  // FastAPI cheap (API concurrency 10 (either end), utilisation 50 % (either end), CPU share 2 %):
  //   front end $7; API 10M s, 3.805 in flight, under the 5 of one container: $7; total $14
  // FastAPI dear (API concurrency 100 (either end), utilisation 50 %, CPU share 15 %): front end
  //   $7; API 10M s, 3.805 in flight / 1.667 = 2.2831 containers x $7 = $15.98; total $22.98
  // FastAPI+Celery cheap (the estimates as for FastAPI cheap): jobs of at most 30 s stay in
  //   FastAPI: front end $7; API as FastAPI $7; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $31
  // FastAPI+Celery dear (the estimates as for FastAPI dear): jobs of at most 30 s stay in FastAPI:
  //   front end $7; API as FastAPI $15.98; workers: scheduled runs only, none: one idle container
  //   $7; broker $10; total $39.98
  // Hybrid cheap (API concurrency 10 (either end), Next.js concurrency 10 (either end), utilisation
  //   50 % (either end), CPU share 2 %): gateway as Next.js $7; API as FastAPI $7; total $14
  // Hybrid dear (API concurrency 100 (either end), Next.js concurrency 100 (either end),
  //   utilisation 50 %, CPU share 15 %): gateway as Next.js $15.98; API as FastAPI $15.98; total
  //   $31.96
  // Hybrid+Celery cheap (the estimates as for Hybrid cheap): jobs of at most 30 s stay in its
  //   FastAPI: gateway $7 and API $7 as Hybrid; workers: scheduled runs only, none: one idle
  //   container $7; broker $10; total $31
  // Hybrid+Celery dear (the estimates as for Hybrid dear): jobs of at most 30 s stay in its
  //   FastAPI: gateway $15.98 and API $15.98 as Hybrid; workers: scheduled runs only, none: one
  //   idle container $7; broker $10; total $48.96
  // Next.js+Queue cheap (the estimates as for Next.js cheap): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $7; an idle workflow costs nothing; total $7
  // Next.js+Queue dear (the estimates as for Next.js dear): jobs of at most 30 s stay in Next.js:
  //   Next.js as Next.js $15.98; an idle workflow costs nothing; total $15.98
  check_range(s, 1e6,
              {{{7, 15.98}, {14, 22.98}, {31, 39.98}, {14, 31.96}, {31, 48.96}, {7, 15.98}}});
}
