#include "evaluate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace wb {
namespace {

// log2 through log1p, which the cost model links already (each libm
// function adds kilobytes of tables to the embed).
constexpr double kLn2 = 0.6931471805599453;

bool api_only(Product p) { return p == Product::kApi || p == Product::kGptAction; }

void add(Assessment& x, RuleId rule, Effect effect, double points, double value = 0,
         double limit = 0, Part part = Part::kNone) {
  if (x.reason_count == kMaxReasons) return;
  x.reasons[x.reason_count++] = {rule, effect, points, value, limit, part, Candidate{}};
  if (effect == Effect::kRulesOut) x.verdict = Verdict::kRuledOut;
  x.score += points;
}
void favour(Assessment& x, RuleId r, double points, double value = 0, double limit = 0) {
  add(x, r, Effect::kFavours, points, value, limit);
}
void penalise(Assessment& x, RuleId r, double points, double value = 0, double limit = 0) {
  add(x, r, Effect::kPenalises, -points, value, limit);
}
void rule_out(Assessment& x, RuleId r, double value, double limit, Part part) {
  add(x, r, Effect::kRulesOut, 0, value, limit, part);
}

// Hard limits: every part of a design is checked against the limit that
// applies to it; one part that cannot hold the job rules the design out.
void apply_hard_rules(Assessment& x, const Scenario& s, const Assumptions& a) {
  const Parts& parts = info(x.candidate).parts;
  const Platform& p = a.platforms[s.platform];
  const double longest = s.job_seconds_longest;
  // A Next.js function holds the request for the whole job when nothing
  // durable takes it: alone, or as the hybrid's gateway waiting on FastAPI.
  if (parts.nextjs && !parts.durable()) {
    const double hard_max = std::max(p.function_max_s, p.function_beta_max_s);
    if (p.function_max_s > 0 && longest > hard_max)
      rule_out(x, RuleId::kPlatformFunctionLimit, longest, hard_max,
               parts.fastapi ? Part::kNextjsGateway : Part::kNextjsFunction);
    // Running the jobs itself, a request's or a cron run's, it spends their
    // CPU share, which a platform that meters CPU per invocation (Workers)
    // stops at its limit, however long the invocation may wait.
    const double cpu_s = longest_job(s) * job_cpu_share(s, a);
    if (!parts.fastapi && p.cpu_max_s > 0 && cpu_s > p.cpu_max_s)
      rule_out(x, RuleId::kPlatformCpuLimit, cpu_s, p.cpu_max_s, Part::kNextjsFunction);
    // Without FastAPI or a queue, the platform's cron runs scheduled jobs.
    if (!parts.fastapi && past_cron_limit(s, p))
      rule_out(x, RuleId::kPlatformCronLimit, s.scheduled_job_seconds, p.cron_max_s,
               Part::kScheduler);
  }
  if (!parts.python() && s.python_libraries == PythonLibraries::kRequired)
    rule_out(x, RuleId::kPythonOnlyLibraries, 0, 0, Part::kDesign);
  if (!parts.durable() && longest_job(s) > a.queue_required_s)
    rule_out(x, RuleId::kDurableQueueRequired, longest_job(s), a.queue_required_s, Part::kDesign);
  if (parts.managed_queue && !queue_tasks_fit_platform(s, a) && a.queue_service_max_run_s > 0 &&
      longest_job(s) > a.queue_service_max_run_s)
    rule_out(x, RuleId::kQueueServiceRunLimit, longest_job(s), a.queue_service_max_run_s,
             Part::kQueueService);
}

// What depends on the scenario alone, worked out once for every candidate.
struct Workload {
  RequestJobs jobs;                  // request_jobs
  double ai_containers = 0;          // ai_work_containers
  double minute_jobs_in_flight = 0;  // minute_jobs_in_flight
};
Workload workload(const Scenario& s, const Assumptions& a) {
  Workload w;
  w.jobs = request_jobs(s, a);
  w.ai_containers = ai_work_containers(s, a, w.jobs);
  w.minute_jobs_in_flight = minute_jobs_in_flight(s, a, w.jobs);
  return w;
}

// ln 64: held_jobs_at_volume's points are in full from 64 jobs in flight.
constexpr double kLn64 = 6 * kLn2;

// Soft rules: each moves the score by a few points. Points are sized so that
// what the article calls decisive (jobs of minutes, Python needs, an API
// product) outweighs the usual gaps in weighted fit, and the rest tips close
// calls.
void apply_soft_rules(Assessment& x, const Scenario& s, const Assumptions& a, const Workload& w) {
  const Candidate c = x.candidate;
  const Parts& parts = info(c).parts;
  const Platform& p = a.platforms[s.platform];
  const double longest = s.job_seconds_longest;
  const double typical = s.job_seconds_typical;
  const bool nextjs_only = parts.nextjs && !parts.fastapi && !parts.durable();
  const bool ui = has_ui(s.product);
  // The queue's routing, read by several rules below (cost_model.h).
  const bool typical_queued = x.cost.routing.typical_queued;
  const bool requests_queued = x.cost.routing.requests_queued;
  const bool schedule_queued = x.cost.routing.schedule_queued;
  const bool runs_queued_jobs = x.cost.routing.runs_jobs;

  // Job length: how long the reader waits, and where the job can live.
  if (parts.nextjs && !parts.durable() && p.function_beta_max_s > p.function_max_s &&
      longest > p.function_max_s && longest <= p.function_beta_max_s)
    penalise(x, RuleId::kPlatformBetaDuration, 10, longest, p.function_max_s);
  if (longest > a.queue_recommended_s) {
    // Typical jobs of minutes make the case twice as strong as one long outlier.
    const bool typical_too = typical > a.queue_recommended_s;
    const double job = typical_too ? typical : longest;
    if (parts.durable()) {
      favour(x, RuleId::kLongJobsOffRequestPath, typical_too ? 15 : 10, job, a.queue_recommended_s);
    } else {
      penalise(x, RuleId::kLongJobsOffRequestPath, typical_too ? 30 : 20, job,
               a.queue_recommended_s);
      // The more jobs of minutes a request path holds at once, the more of
      // them each failure a queue would retry loses: past one in flight on
      // average, up to 10 points more, a sixth of that for each doubling (5
      // at 8, in full at 64). Continuous, and monotone in every scenario
      // number, as the flip search's bounds need.
      const double n = w.minute_jobs_in_flight;
      const double share = n > 1 ? std::min(1.0, std::log1p(n - 1) / kLn64) : 0;
      if (share > 0) penalise(x, RuleId::kHeldJobsAtVolume, 10 * share, n);
    }
  } else {
    // A longest job past the platform function its Next.js would hold, or
    // one ChatGPT may give up on: the reason names the limit.
    if (parts.durable() && past_request_limits(parts, longest, s, a))
      favour(x, RuleId::kLongJobsOffRequestPath, 6, longest,
             gpt_action_may_give_up(longest, s, a) ? a.gpt_action_timeout_s : p.function_max_s);
    // A reader whose interactions all end within 30 s waits on the longest
    // in every design that holds it on the request path.
    if (ui && typical <= a.interactive_limit_s && longest > a.interactive_limit_s &&
        !requests_queued)
      penalise(x, RuleId::kBeyondInteractive, 4, longest, a.interactive_limit_s);
  }
  // The reader waits on the typical interaction past 30 s in every design
  // that holds it on the request path (a queue's that streams it too,
  // FastAPI behind its own front end too), whatever the tail does; a
  // typical job of minutes is the long-job rule's.
  if (ui && typical > a.interactive_limit_s && typical <= a.queue_recommended_s && !typical_queued)
    penalise(x, RuleId::kBeyondInteractive, 8, typical, a.interactive_limit_s);
  // ChatGPT waits 45 s on an Action: a design that would answer a call it
  // may give up on (a slow model response eats the last fifth) must answer
  // at once and finish it in the background itself. The call it holds: the
  // longest, or the typical one when the long-job rule counts the longest
  // (past 2 min); none when it counts both.
  const double held_call = longest <= a.queue_recommended_s   ? longest
                           : typical <= a.queue_recommended_s ? typical
                                                              : 0;
  if (!parts.durable() && gpt_action_may_give_up(held_call, s, a))
    penalise(x, RuleId::kBeyondInteractive, 4, held_call, a.gpt_action_timeout_s);
  // An interaction the design sends through its queue by choice, for its
  // bill (may_queue_interactions): the reader gets the answer once a worker
  // has run it, by polling or a subscription, not streamed from the request.
  if (typical_queued && may_queue_interactions(parts, s, a))
    penalise(x, RuleId::kQueuedInteractions, 8, typical, a.interactive_limit_s);
  // A queue no job needs is complexity without payoff: the longest job (so
  // every job) fits in a request and the scheduled job needs none.
  // Interactions past 30 s that it runs all the same, for the reader to
  // follow, solve no limit.
  if (parts.durable() && !outgrows_request(parts, longest, s, a) && !schedule_queued)
    penalise(x, RuleId::kQueueWithoutLongJobs, 10, longest_job(s), a.queue_recommended_s);
  // Heavy processing where the platform runs no native code: a Next.js-only
  // design runs it in the platform's isolates, where local models and media
  // tools cannot run (parsing documents in JavaScript can: a penalty, not a
  // limit); the queue design sends every job to its service's machines.
  if (heavy_work_without_native_code(parts, s, a)) {
    if (parts.durable())
      favour(x, RuleId::kHeavyProcessingHost, 6);
    else
      penalise(x, RuleId::kHeavyProcessingHost, 25);
  }
  // Long periodic jobs, or one past the cron a Next.js-only design would
  // otherwise run it on, run in the queue's schedules.
  if (parts.durable() && schedule_queued)
    favour(x, RuleId::kScheduledJobsOnQueue, 4, s.scheduled_job_seconds);

  // Product shape.
  if (ui && parts.nextjs && parts.fastapi && s.python_libraries == PythonLibraries::kRequired)
    favour(x, RuleId::kPythonOnlyLibraries, 3);
  if (ui && !parts.nextjs)
    penalise(x, RuleId::kNeedsFrontend, s.product == Product::kWebApp ? 25 : 10);
  if (api_only(s.product)) {
    if (!parts.fastapi)
      penalise(x, RuleId::kApiFirstProduct, 15);
    else if (!parts.nextjs)
      favour(x, RuleId::kApiFirstProduct, 10);
    else if (!s.billing_and_rate_limits)
      penalise(x, RuleId::kApiFirstProduct, 8);
  }
  if (ui && nextjs_only && longest <= a.interactive_limit_s)
    favour(x, RuleId::kShortInteractionsFitServerActions, 8, longest, a.interactive_limit_s);
  // For a Python team the Python service is the natural home, not an extra:
  // what it costs them is the second codebase, which weighted fit counts.
  if (s.ai_logic == AiLogic::kSimple && s.python_libraries != PythonLibraries::kRequired &&
      s.team != Team::kPython && parts.fastapi && (ui || parts.nextjs))
    penalise(x, RuleId::kOverEngineering, 12);

  // Language and logic.
  if (s.python_libraries == PythonLibraries::kNiceToHave && parts.fastapi)
    favour(x, RuleId::kPythonNiceToHave, 5);
  // Complex logic warrants a dedicated service (article): FastAPI is one.
  // Durable TypeScript tasks that run every request's job run it apart from
  // the UI, in their own runtime, which goes half the way; inside UI actions
  // (where the typical job stays) it grows awkward.
  if (s.ai_logic != AiLogic::kSimple) {
    const double weight = s.ai_logic == AiLogic::kComplex ? 12 : 4;
    if (parts.fastapi)
      favour(x, RuleId::kAiLogicComplexity, weight);
    else if (typical_queued)
      penalise(x, RuleId::kAiLogicComplexity, (weight - 2) / 2);
    else
      penalise(x, RuleId::kAiLogicComplexity, weight - 2);
  }
  // Team strength weighs by how much code lands in the weaker language: all
  // of the server (a full swap) counts about twice a second service beside it.
  switch (s.team) {
    case Team::kTypescript:
      // Beside Next.js, Celery with jobs to run puts the job pipeline in
      // Python as well as the service: the mirror of a Python team's
      // TypeScript queue below (14 to 20). FastAPI alone is all Python
      // already.
      if (!parts.fastapi)
        favour(x, RuleId::kTeamStrength, 8);
      else if (!parts.nextjs)
        penalise(x, RuleId::kTeamStrength, 8);
      else
        penalise(x, RuleId::kTeamStrength, parts.celery && runs_queued_jobs ? 10 : 4);
      break;
    case Team::kPython:
      // A product with a UI needs a front end whatever the team; Python
      // strength then argues for keeping the server and AI work in Python.
      // With no Python at all, a queue with jobs to run puts the job
      // pipeline (workflows, retries, schedules) in TypeScript too.
      if (ui ? parts.fastapi : !parts.nextjs)
        favour(x, RuleId::kTeamStrength, 8);
      else
        penalise(x, RuleId::kTeamStrength, parts.fastapi ? 4 : runs_queued_jobs ? 20 : 14);
      break;
    case Team::kBoth:
      if (parts.nextjs && parts.fastapi) favour(x, RuleId::kTeamStrength, 4);
      break;
  }

  // Integration. An API product weighs its outside callers in
  // api_first_product already.
  if (ui && (s.public_api || s.product == Product::kWebAppAndApi)) {
    if (!parts.fastapi)
      penalise(x, RuleId::kPublicApiCoupling, 12);
    else
      favour(x, RuleId::kPublicApiCoupling, 5);
  }
  // The gateway meters requests before the Python service spends money on
  // them (article): in full where that service has a purpose of its own. A
  // TypeScript team's web app with no Python need could meter in Next.js
  // alone; the gateway then only keeps metering apart from the AI work.
  if (s.billing_and_rate_limits && parts.nextjs && parts.fastapi)
    favour(x, RuleId::kBillingGateway, python_service_has_a_purpose(s) ? 10 : 3);
  // Latency kills engagement in an interaction; on a job of minutes a few
  // hundred milliseconds are noise.
  if (s.latency_sensitive && typical <= a.interactive_limit_s) {
    if (x.cost.network_hops > 0)
      penalise(x, RuleId::kLatencyHops, 5.0 * x.cost.network_hops, x.cost.added_latency_ms);
    else if (ui && parts.nextjs)
      favour(x, RuleId::kLatencyHops, 4);
  }

  // Stage.
  // Only what ships the whole product counts as simple: FastAPI alone leaves a UI to build.
  if (s.stage == Stage::kValidating && x.cost.services_to_monitor == 1 && !(ui && !parts.nextjs))
    favour(x, RuleId::kStartSimple, 4);
  // Scaling the AI work apart pays once one container no longer holds it
  // (the stage's weights already favour flexibility): the FastAPI service
  // runs it apart from whatever serves the UI, whether Next.js or a
  // separate front end, and Celery's workers apart from the API too; the
  // durable queue's runs apart from the app. A queue that runs no request's
  // job (a nightly job at most) scales none of that work.
  // The points grow with each doubling of the load past one container, in
  // full from eight: a second small container is no reason to split a
  // service out, a fleet is, and no single request tips it.
  if (s.stage == Stage::kScaling && !p.serverless) {
    const double doublings = w.ai_containers > 1 ? std::log1p(w.ai_containers - 1) / kLn2 : 0;
    const double share = std::min(1.0, doublings / 3);
    if (share > 0) {
      if (parts.fastapi)
        favour(x, RuleId::kIndependentScaling, share * (parts.celery && requests_queued ? 8 : 6),
               w.ai_containers);
      else if (parts.managed_queue && requests_queued)
        favour(x, RuleId::kIndependentScaling, share * 4, w.ai_containers);
    }
  }
}

// Points per bill_scale_usd_month (an engineer-week's pay at the default
// rate) that a design's bill moves the rules that weigh bills
// (cheaper_for_same_work, costs_far_more) and its routing. At 15, a team's
// language and a service it does not need (30 points together) outweigh a
// bill gap of up to two engineer-weeks a month; at 10 they outweighed
// $13,600, and audits 15 and 16 found founders told to pay $9,600 a month
// more for a TypeScript queue than for Celery's workers.
constexpr double kPointsPerScale = 15;
// The most either bill rule moves a score: more than any preference (a
// team's language and an unneeded service, 30; a missing front end, 25).
// At 40 a $436,000 queue bill beat a $23,000 Celery one (audit 17).
constexpr double kMostBillPoints = 60;

// The points a Celery design earns for costing `saving` a month less in
// all, upkeep included, than the queue design: 15 per bill scale ($4,000,
// an engineer-week's pay at the default rate), up to 60 ($16,000), and none
// when it saves nothing. Continuous, so no saving ties a design's penalties
// exactly or swings the answer at a step; monotone in the saving.
double same_work_points(double saving, const Assumptions& a) {
  const double scale = a.bill_scale_usd_month;  // above 0 (data validation)
  return std::clamp(kPointsPerScale * saving / scale, 0.0, kMostBillPoints);
}

// An alternative a design's bill is held against: viable, and holding no
// job of minutes on a request (a design that holds 5-minute jobs on a
// request is cheaper for a reason).
bool sound_alternative(const Assessment& x) {
  if (x.ruled_out()) return false;
  for (std::size_t r = 0; r < x.reason_count; ++r)
    if (x.reasons[r].rule == RuleId::kLongJobsOffRequestPath &&
        x.reasons[r].effect == Effect::kPenalises)
      return false;
  return true;
}

// The points against a design costing `excess` a month more in all,
// upkeep included, than its cheapest sound alternative: none up to the bill
// scale ($4,000, an engineer-week's pay at the default rate), then 15 for
// every doubling, up to 60 at 16 times the scale. The fit weighs
// costs as ratios within one criterion's share, so on its own it let a bill
// of $100,000 a month beside one of $4,000 lose to a better team fit; past a
// few weeks' pay a month no preference is worth the money. Continuous and
// monotone in the excess, like same_work_points.
double far_more_points(double excess, const Assumptions& a) {
  const double scales = excess / a.bill_scale_usd_month;
  if (!(scales > 1)) return 0;
  const double doublings = std::log1p(scales - 1) / kLn2;
  return std::min(kPointsPerScale * doublings, kMostBillPoints);
}

// Whether cheaper_for_same_work weighs design `c` at all: for a web app,
// only a design that serves the UI from Next.js. FastAPI behind a separate
// front end is another product for the reader: as the reference, it left a
// hybrid + Celery at a fifth of the queue's bill with nothing for being
// dearer than FastAPI alone (audit 17, W1: Netlify, 1 and 2 min jobs); as a
// credited design, FastAPI + Celery earned 60 points against the queue
// design and won a web app (audit 18).
bool weighed_for_same_work(Candidate c, Product product) {
  return product != Product::kWebApp || info(c).parts.nextjs;
}

// A design cheaper_for_same_work may weigh a Celery design's bill against:
// a weighed one without Celery (the queue design is, whenever it compares).
bool same_work_reference(Candidate c, Product product) {
  return !info(c).parts.celery && weighed_for_same_work(c, product);
}

// A design cheaper_for_same_work may credit: a weighed one with Celery.
bool same_work_credited(Candidate c, Product product) {
  return info(c).parts.celery && weighed_for_same_work(c, product);
}

// Once a job outgrows a request, each durable design that must queue it
// needs its queue for the same jobs, and Celery's workers (waiting on many
// jobs at once) can cost far less than the managed queue, whose service
// bills every second a task runs, waiting on the model included, and whose
// workflow steps pay the platform's rates (every second, one job an
// instance, on Lambda or Netlify). What the whole design
// then saves a month, infrastructure and upkeep (its API containers too),
// pays for Celery's extra parts: a second language, a broker, workers to
// run. What the design itself costs beyond the cheapest sound design not
// credited (costs_far_more's measure) comes off the credit first: a hybrid + Celery
// whose Next.js gateway Netlify billed $150,000 a month for waiting earned
// 60 points for undercutting a queue design billed $174,000, which cancelled
// its own 60 against FastAPI alone at $5,400 (audit 18, W1).
// A queue that only shows interactions' progress is needed by no job,
// nor is Celery's where FastAPI holds the job on its own request (past
// Netlify's 60 s, under 2 min): a saving against the queue design is then
// no reason to add Celery. Credited to the Celery designs rather than
// charged to the queue design, so no design that holds long jobs on a
// request wins by it. The evaluation records which designs it compared,
// for costs_far_more and the flip search.
void apply_cheaper_for_same_work(Evaluation& e, const std::array<bool, kCandidateCount>& sound,
                                 const Scenario& s, const Assumptions& a) {
  // Both flags describe this comparison alone (a trial compares again).
  e.same_work_compared = {};
  e.same_work_reference = {};
  const Assessment& queue = e.assessments[index_of(Candidate::kNextjsQueue)];
  const auto needs_queue = [&](const Assessment& x) {
    return !x.ruled_out() && outgrows_request(info(x.candidate).parts, s.job_seconds_longest, s, a);
  };
  if (!needs_queue(queue)) return;
  // The saving counts against the cheapest sound way without Celery: the
  // queue design, or a design that may hold the jobs on a request for less
  // (a gateway billed while it waits makes every Celery design behind it
  // dear, whatever it saves against the queue service).
  const Assessment* reference = &queue;
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    const Assessment& y = e.assessments[i];
    e.same_work_reference[i] = same_work_reference(y.candidate, s.product) && sound[i];
    if (e.same_work_reference[i] && y.cost.total_usd_month < reference->cost.total_usd_month)
      reference = &y;
  }
  const double reference_total = reference->cost.total_usd_month;
  for (std::size_t i = 0; i < kCandidateCount; ++i)
    e.same_work_compared[i] =
        same_work_credited(kCandidates[i].candidate, s.product) && needs_queue(e.assessments[i]);
  // The cheapest sound design not credited here: a Celery design dearer
  // than another credited one runs the same work, and costs_far_more weighs
  // that gap once (audit 19: a hybrid + Celery paid 1.7 % over FastAPI +
  // Celery twice in a web app and API).
  double cheapest = std::numeric_limits<double>::infinity();
  for (std::size_t j = 0; j < kCandidateCount; ++j)
    if (sound[j] && !e.same_work_compared[j])
      cheapest = std::min(cheapest, e.assessments[j].cost.total_usd_month);
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    if (!e.same_work_compared[i]) continue;
    Assessment& x = e.assessments[i];
    const double points =
        std::max(0.0, same_work_points(reference_total - x.cost.total_usd_month, a) -
                          far_more_points(x.cost.total_usd_month - cheapest, a));
    if (points == 0) continue;
    favour(x, RuleId::kCheaperForSameWork, points, x.cost.total_usd_month, reference_total);
    x.reasons[x.reason_count - 1].other = reference->candidate;
  }
}

// Whether `design`'s bill is held against `alternative`'s: not itself, and
// not the pair cheaper_for_same_work already weighed (the queue design
// against a Celery design), which would count one saving twice.
bool weighs_against(const std::array<bool, kCandidateCount>& same_work_compared, Candidate design,
                    Candidate alternative) {
  if (design == alternative) return false;
  return !(design == Candidate::kNextjsQueue && same_work_compared[index_of(alternative)]);
}

void apply_costs_far_more(Evaluation& e, const std::array<bool, kCandidateCount>& sound,
                          const Assumptions& a) {
  for (Assessment& x : e.assessments) {
    if (x.ruled_out()) continue;
    const Assessment* cheapest = nullptr;
    for (const Assessment& y : e.assessments)
      if (weighs_against(e.same_work_compared, x.candidate, y.candidate) &&
          sound[index_of(y.candidate)] &&
          (!cheapest || y.cost.total_usd_month < cheapest->cost.total_usd_month))
        cheapest = &y;
    if (!cheapest) continue;
    const double points =
        far_more_points(x.cost.total_usd_month - cheapest->cost.total_usd_month, a);
    if (points == 0) continue;
    penalise(x, RuleId::kCostsFarMore, points, x.cost.total_usd_month,
             cheapest->cost.total_usd_month);
    x.reasons[x.reason_count - 1].other = cheapest->candidate;
  }
}

// Criterion `i`'s fit points at `value` (0..1): its share of the weights,
// `sum` being weight_sum(w). All weights at 0 means no preference: every
// criterion counts the same.
double criterion_points(const Weights& w, double sum, std::size_t i, double value) {
  if (sum <= 0) return 100.0 * value / static_cast<double>(kWeightFields.size());
  return 100.0 * (w.*kWeightFields[i].member) * value / sum;
}

// What a design costs a month in all, infrastructure and upkeep, as the
// rules that weigh bills count it: the founder pays both. Dollar gaps are
// weighed against a fifth of the bill scale besides (a day's pay at the
// default rate), so designs a few hundred dollars apart barely differ.
double cost_value(double cheapest_usd, double total_usd, const Assumptions& a) {
  const double day = a.bill_scale_usd_month / 5;
  return std::min(1.0, (cheapest_usd + day) / (total_usd + day));
}

constexpr std::size_t kCostCriterion = 2;
static_assert(kWeightFields[kCostCriterion].member == &Weights::cost);

constexpr std::size_t kLatencyCriterion = 3;
static_assert(kWeightFields[kLatencyCriterion].member == &Weights::latency);

// How little a design's hops and queue delay the reader, 0..1. A delay
// counts against the wait the reader already has: a tenth of the typical
// job, at least 100 ms, about the least change in a wait people notice
// (300 ms on a 1 s answer hurts; on a 40 s report it is noise, and 25 ms on
// a 10 s answer is nothing).
double latency_value(const Cost& k, const Scenario& s) {
  const double noticeable_ms = std::max(100.0, 100.0 * s.job_seconds_typical);
  return 1.0 / (1.0 + k.added_latency_ms / noticeable_ms);
}

// How well each candidate meets the weighted criteria, 0..100, compared with
// the viable candidates only (a ruled-out design sets no benchmark).
void apply_fit(std::array<Assessment, kCandidateCount>& xs, const Weights& w, const Scenario& s,
               const Assumptions& a) {
  double cheapest = 1e300, lightest = 1e300;
  for (const auto& x : xs)
    if (!x.ruled_out()) {
      cheapest = std::min(cheapest, x.cost.total_usd_month);
      lightest = std::min(lightest, x.cost.maintenance_hours_month);
    }
  const double sum = weight_sum(w);
  for (auto& x : xs) {
    const Cost& k = x.cost;
    // Each extra codebase costs about a third of the first one's speed (a
    // second language, types kept in step); an extra deploy target or
    // service a tenth to a seventh (configuration, secrets, dashboards).
    const double time_to_market =
        1.0 / (1.0 + 0.35 * (k.codebases - 1) + 0.15 * (k.deploy_targets - 1) +
               0.1 * (k.services_to_monitor - 1));
    const double operations =
        k.maintenance_hours_month > 0 ? std::min(1.0, lightest / k.maintenance_hours_month) : 1;
    const double cost = cost_value(cheapest, k.total_usd_month, a);
    const double latency = latency_value(k, s);
    const double flexibility = info(x.candidate).flexibility;
    x.fit_values = {time_to_market, operations, cost, latency, flexibility};
    double fit = 0;
    for (std::size_t i = 0; i < kWeightFields.size(); ++i) {
      x.fit_points[i] = criterion_points(w, sum, i, x.fit_values[i]);
      fit += x.fit_points[i];
    }
    x.fit = fit;
    add(x, RuleId::kWeightedFit, Effect::kFavours, fit);
  }
}

// One design's own assessment, into a default-constructed `x`: its cost in
// one routing and the rules that read that design alone (the bill rules and
// the fit compare designs).
void assess_alone(Assessment& x, Candidate c, const Scenario& s, const Assumptions& a,
                  const Workload& w, bool move_typical) {
  x.candidate = c;
  estimate_cost(c, s, a, w.jobs, move_typical, x.cost);
  apply_hard_rules(x, s, a);
  apply_soft_rules(x, s, a, w);
}

// What a routing is worth to the design, as an engineer deploying it would
// weigh it: its own rules' points and its latency in the weighted fit (the
// one criterion a routing moves that reads the design alone), less its
// monthly total in the bill rules' points (15 per bill scale).
double routing_value(const Assessment& x, const Scenario& s, const Assumptions& a,
                     const Weights& w) {
  const double latency =
      criterion_points(w, weight_sum(w), kLatencyCriterion, latency_value(x.cost, s));
  return x.score + latency - kPointsPerScale * x.cost.total_usd_month / a.bill_scale_usd_month;
}

// Assesses design `c`, into a default-constructed `x`, in the routing an
// engineer would deploy it in: its typical job where it runs by default, or
// on the other side where the design may move it (may_move_typical_job) and
// that is worth more (routing_value; ties keep the default), and the
// routing it passed over into `other`, also default-constructed, where it
// had a choice. Returns whether it had one.
bool assess_routed(Assessment& x, Candidate c, const Scenario& s, const Assumptions& a,
                   const Workload& w, const Weights& weights, Assessment& other) {
  assess_alone(x, c, s, a, w, false);
  if (!may_move_typical_job(info(c).parts, s, a)) return false;
  assess_alone(other, c, s, a, w, true);
  if (routing_value(other, s, a, weights) > routing_value(x, s, a, weights)) std::swap(x, other);
  return true;
}

// The rules that compare designs, the two bill rules and the weighted fit,
// applied to assessments that carry their own rules only.
void compare_designs(Evaluation& e, const Scenario& s, const Assumptions& a) {
  // Which designs a bill may be held against, read once from the reasons
  // (the two bill rules consult it for every pair of designs), into a local
  // the rules' writes to e cannot alias.
  std::array<bool, kCandidateCount> sound{};
  for (std::size_t i = 0; i < kCandidateCount; ++i) sound[i] = sound_alternative(e.assessments[i]);
  apply_cheaper_for_same_work(e, sound, s, a);
  apply_costs_far_more(e, sound, a);
  e.sound_alternative = sound;
  apply_fit(e.assessments, e.weights, s, a);
}

// Viable before ruled out, then by score; ties keep the contract's order.
void rank(Evaluation& e) {
  // An insertion sort: stable, and unlike std::stable_sort it allocates
  // nothing (this runs thousands of times per input change).
  const auto before = [&](Candidate l, Candidate r) {
    const Assessment& x = e.assessments[index_of(l)];
    const Assessment& y = e.assessments[index_of(r)];
    if (x.ruled_out() != y.ruled_out()) return !x.ruled_out();
    return x.score > y.score;
  };
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    const Candidate c = kCandidates[i].candidate;
    std::size_t j = i;
    for (; j > 0 && before(c, e.ranking[j - 1]); --j) e.ranking[j] = e.ranking[j - 1];
    e.ranking[j] = c;
  }
  // FastAPI + Celery has no hard rule against it, so the first is never ruled out.
  e.recommended = e.ranking[0];
}

// Whether design `i`, moved to the routing `other` assesses (its own rules
// only), cannot rank above the leader of `e` whatever the comparisons then
// give. Only `i`'s bill moves in a trial, so each side is bounded from what
// `e` holds. `i` at best: its own rules and latency there, its cost against
// the cheapest bill then, its bill held against the cheapest design it is
// weighed against, and the whole saving against the queue design's
// reference as credit, if it can earn one. The leader at worst: its own
// rules, no credit, its cost against the cheapest bill then, and its bill
// held against the cheaper of the sound designs and `other`. Skips the
// trials that cannot matter (the decision map runs one evaluation per
// cell).
bool cannot_overtake(const Evaluation& e, std::size_t i, const Assessment& other, const Scenario& s,
                     const Assumptions& a) {
  const Assessment& x = e.assessments[i];
  if (x.ruled_out()) return false;  // which designs compare may change with it
  const Assessment& leader = e.assessments[index_of(e.recommended)];
  const double sum = weight_sum(e.weights);
  const auto points = [&](std::size_t criterion, double value) {
    return criterion_points(e.weights, sum, criterion, value);
  };
  const double mine = other.cost.total_usd_month;
  double cheapest = mine, cheapest_sound = mine, weighed = 1e300;
  double reference = e.assessments[index_of(Candidate::kNextjsQueue)].cost.total_usd_month;
  for (std::size_t j = 0; j < kCandidateCount; ++j) {
    const Assessment& y = e.assessments[j];
    if (j == i || y.ruled_out()) continue;
    const double total = y.cost.total_usd_month;
    cheapest = std::min(cheapest, total);
    if (!e.sound_alternative[j]) continue;
    if (y.candidate != leader.candidate) cheapest_sound = std::min(cheapest_sound, total);
    if (weighs_against(e.same_work_compared, x.candidate, y.candidate))
      weighed = std::min(weighed, total);
    if (e.same_work_reference[j]) reference = std::min(reference, total);
  }
  const double credit = e.same_work_compared[i] ? same_work_points(reference - mine, a) : 0;
  const double best = other.score + credit - far_more_points(mine - weighed, a) + x.fit -
                      x.fit_points[kCostCriterion] - x.fit_points[kLatencyCriterion] +
                      points(kCostCriterion, cost_value(cheapest, mine, a)) +
                      points(kLatencyCriterion, latency_value(other.cost, s));
  const double total = leader.cost.total_usd_month;
  const double worst = leader.score - leader.points_of(RuleId::kCheaperForSameWork) -
                       leader.points_of(RuleId::kCostsFarMore) - leader.fit_points[kCostCriterion] +
                       points(kCostCriterion, cost_value(cheapest, total, a)) -
                       far_more_points(total - cheapest_sound, a);
  return best < worst;
}

// Every design assessed in the routing an engineer would deploy it in
// (assess_routed), compared and ranked: a queue service billing each second
// of a 60 s interaction can cost thousands a month more than streaming it,
// which costs the reader's wait (8 points); a host billing each second a
// function waits can charge far more for holding a 10 s interaction than a
// queue charges for running it, which costs the reader's stream (8). Then a
// design the ranking passed over that would rank first in its other routing
// is the answer in that routing, in Candidate order: a dollar saved is worth
// nothing to a credit already capped, so the routing worth more by the
// dollar can rank a design lower than the other (audit 20: a hybrid +
// Celery queued its interactions and lost an answer it won holding them).
// Other designs keep the routing an engineer would choose, and so their
// bills.
void assess_compare_rank(Evaluation& e, const Scenario& s, const Assumptions& a) {
  const Workload w = workload(s, a);
  // Not std::optional: GCC zeroes an optional's whole storage, 6 kB an
  // evaluation here.
  std::array<Assessment, kCandidateCount> passed_over;
  std::array<bool, kCandidateCount> had_choice{};
  for (std::size_t i = 0; i < kCandidateCount; ++i)
    had_choice[i] = assess_routed(e.assessments[i], kCandidates[i].candidate, s, a, w, e.weights,
                                  passed_over[i]);
  // The comparisons only add reasons and points: a trial starts from e with
  // them taken off again.
  std::array<std::size_t, kCandidateCount> own_reasons{};
  std::array<double, kCandidateCount> own_score{};
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    own_reasons[i] = e.assessments[i].reason_count;
    own_score[i] = e.assessments[i].score;
  }
  compare_designs(e, s, a);
  rank(e);
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    if (!had_choice[i] || kCandidates[i].candidate == e.recommended) continue;
    const Assessment& other = passed_over[i];
    if (other.ruled_out() || cannot_overtake(e, i, other, s, a)) continue;
    Evaluation trial = e;
    for (std::size_t j = 0; j < kCandidateCount; ++j) {
      trial.assessments[j].reason_count = own_reasons[j];
      trial.assessments[j].score = own_score[j];
    }
    trial.assessments[i] = other;
    compare_designs(trial, s, a);
    rank(trial);
    if (trial.recommended != kCandidates[i].candidate) continue;
    own_reasons[i] = other.reason_count;
    own_score[i] = other.score;
    e = trial;
  }
}

}  // namespace

Cost design_cost(Candidate c, const Scenario& s, const Assumptions& a) {
  // A design with no routing to choose costs what estimate_cost says, with
  // no rules to weigh (the cost curves and estimate ranges call this for
  // every design at every point).
  if (!may_move_typical_job(info(c).parts, s, a)) return estimate_cost(c, s, a);
  Assessment x, passed_over;
  assess_routed(x, c, s, a, workload(s, a), weights_in_use(s), passed_over);
  return x.cost;
}

double score_shift(const Evaluation& e) {
  return std::max(0.0, e.assessments[index_of(e.recommended)].score - 100.0);
}

const Assessment* priced_out(const Evaluation& e, const Assumptions& a) {
  const auto far_more = [](const Assessment& x) { return -x.points_of(RuleId::kCostsFarMore); };
  const Assessment& chosen = e.assessments[index_of(e.recommended)];
  // What the chosen Celery design earned for undercutting `y`'s bill.
  const auto credit_against = [&](const Assessment& y) {
    for (std::size_t r = 0; r < chosen.reason_count; ++r)
      if (chosen.reasons[r].rule == RuleId::kCheaperForSameWork &&
          chosen.reasons[r].other == y.candidate)
        return chosen.reasons[r].points;
    return 0.0;
  };
  // Both scores without the bill rules, then the dearer one's bill against
  // the chosen one's only (a third design may have set both penalties).
  const double mine = chosen.score + far_more(chosen);
  const Assessment* out = nullptr;
  double best = -std::numeric_limits<double>::infinity();
  for (const Assessment& y : e.assessments) {
    const double theirs = y.score + far_more(y);
    if (y.ruled_out() || y.candidate == e.recommended || !(theirs > mine - credit_against(y)) ||
        !(theirs > best) ||
        theirs - far_more_points(y.cost.total_usd_month - chosen.cost.total_usd_month, a) > mine)
      continue;
    best = theirs;
    out = &y;
  }
  return out;
}

double display_score(const Evaluation& e, Candidate c) {
  const Assessment& x = e.assessments[index_of(c)];
  if (x.ruled_out()) return 0.0;
  return std::clamp(x.score - score_shift(e), 0.0, 100.0);
}

Evaluation evaluate(const Scenario& s, const Assumptions& a) {
  Evaluation e;
  e.weights = weights_in_use(s);
  assess_compare_rank(e, s, a);
  e.assessments[index_of(e.recommended)].verdict = Verdict::kRecommended;
  const Assessment& second = e.assessments[index_of(e.ranking[1])];
  e.runner_up = second.ruled_out() ? e.recommended : e.ranking[1];
  if (e.runner_up != e.recommended) {
    e.margin = e.assessments[index_of(e.recommended)].score - second.score;
    e.close_call = is_close_call(e.margin);
  }
  return e;
}

ScoreSketch sketch(const Evaluation& e) {
  ScoreSketch k;
  k.recommended = e.recommended;
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    const Assessment& x = e.assessments[i];
    k.ruled_out[i] = x.ruled_out();
    k.score[i] = x.score;
    for (std::size_t r = 0; r < x.reason_count; ++r) {
      if (x.reasons[r].rule == RuleId::kCheaperForSameWork)
        k.same_work_credit[i] = x.reasons[r].points;
      if (x.reasons[r].rule == RuleId::kCostsFarMore) k.far_more_penalty[i] = -x.reasons[r].points;
      if (x.reasons[r].rule == RuleId::kIndependentScaling)
        k.scaling_points[i] = x.reasons[r].points;
      if (x.reasons[r].rule == RuleId::kHeldJobsAtVolume)
        k.held_jobs_points[i] = x.reasons[r].points;
    }
    k.rule_points[i] = x.score - x.fit - k.same_work_credit[i] + k.far_more_penalty[i] -
                       k.scaling_points[i] - k.held_jobs_points[i];
    k.fit_points[i] = x.fit_points;
    k.total_usd_month[i] = x.cost.total_usd_month;
    const CostBreakdown& b = x.cost.breakdown;
    k.cost_parts[i] = {b.platform_usd_month,        b.frontend_usd_month, b.api_usd_month,
                       b.workers_usd_month,         b.broker_usd_month,   b.queue_usd_month,
                       x.cost.engineering_usd_month};
    k.worker_pool[i] = x.cost.breakdown.worker_pool;
    k.queue_tasks[i] = x.cost.breakdown.queue_tasks;
    k.platform_upgrade[i] = x.cost.breakdown.platform_upgrade;
    k.typical_queued[i] = x.cost.routing.typical_queued;
  }
  k.same_work_compared = e.same_work_compared;
  k.same_work_reference = e.same_work_reference;
  k.sound_alternative = e.sound_alternative;
  k.weights = e.weights;
  return k;
}

bool stays_recommended(const ScoreSketch& x, const ScoreSketch& y, Moving moving,
                       const Assumptions& a) {
  if (x.recommended != y.recommended || x.typical_queued != y.typical_queued) return false;
  // Rules: the same at both ends (rule points are whole numbers, so a
  // difference below a thousandth is rounding in score - fit), but for
  // independent_scaling and held_jobs_at_volume, which move monotonically
  // with every scenario number (so lie between their ends), and the two that
  // weigh bills, bounded below.
  double cheapest_lo = 1e300, cheapest_hi = 1e300;
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    if (x.ruled_out[i] != y.ruled_out[i] || std::fabs(x.rule_points[i] - y.rule_points[i]) > 1e-3)
      return false;
    if (x.ruled_out[i]) continue;
    cheapest_lo = std::min(cheapest_lo, std::min(x.total_usd_month[i], y.total_usd_month[i]));
    cheapest_hi = std::min(cheapest_hi, std::max(x.total_usd_month[i], y.total_usd_month[i]));
  }
  // The two rules that weigh monthly totals move continuously with the
  // difference between two designs' totals. Bounded part by part: each part
  // moves monotonically while its design's make-up (worker pool, queue
  // host, plan) holds, so pairing its opposite ends bounds it, and a part
  // two designs price alike at both ends is one formula on one load, which
  // cancels (workers the two Celery designs share, upkeep). The designs the
  // credit weighs against follow from sound_alternative, the product being
  // fixed.
  if (x.same_work_compared != y.same_work_compared || x.sound_alternative != y.sound_alternative)
    return false;
  const auto difference = [&](std::size_t i, std::size_t j) {
    double lo = 0, hi = 0;
    for (std::size_t c = 0; c < kCostParts; ++c) {
      const double xi = x.cost_parts[i][c], yi = y.cost_parts[i][c];
      const double xj = x.cost_parts[j][c], yj = y.cost_parts[j][c];
      if (xi == xj && yi == yj) continue;
      lo += std::min(xi, yi) - std::max(xj, yj);
      hi += std::max(xi, yi) - std::min(xj, yj);
    }
    return std::pair{lo, hi};
  };
  const auto same_make_up = [&](std::size_t i) {
    return x.worker_pool[i] == y.worker_pool[i] && x.queue_tasks[i] == y.queue_tasks[i] &&
           x.platform_upgrade[i] == y.platform_upgrade[i];
  };
  // costs_far_more's excess is the largest difference with an alternative.
  std::array<double, kCandidateCount> penalty_lo{}, penalty_hi{};
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    if (x.ruled_out[i]) continue;
    double excess_lo = -1e300, excess_hi = -1e300;
    bool made_alike = same_make_up(i);
    for (std::size_t j = 0; j < kCandidateCount; ++j) {
      if (!x.sound_alternative[j] ||
          !weighs_against(x.same_work_compared, kCandidates[i].candidate, kCandidates[j].candidate))
        continue;
      const auto [lo, hi] = difference(i, j);
      excess_lo = std::max(excess_lo, lo);
      excess_hi = std::max(excess_hi, hi);
      made_alike = made_alike && same_make_up(j);
    }
    penalty_lo[i] = far_more_points(excess_lo, a);
    penalty_hi[i] = far_more_points(excess_hi, a);
    if (penalty_hi[i] > 0 && !made_alike) return false;
  }
  std::array<double, kCandidateCount> credit_lo{}, credit_hi{};
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    if (!x.same_work_compared[i]) continue;
    // The saving against the cheapest reference: the least difference.
    double saving_lo = 1e300, saving_hi = 1e300;
    bool made_alike = same_make_up(i);
    for (std::size_t j = 0; j < kCandidateCount; ++j) {
      if (!x.same_work_reference[j]) continue;
      const auto [lo, hi] = difference(j, i);
      saving_lo = std::min(saving_lo, lo);
      saving_hi = std::min(saving_hi, hi);
      made_alike = made_alike && same_make_up(j);
    }
    // Less what its excess over the cheapest sound design not credited is
    // worth, bounded by opposite ends.
    double excess_lo = -1e300, excess_hi = -1e300;
    for (std::size_t j = 0; j < kCandidateCount; ++j) {
      if (!x.sound_alternative[j] || x.same_work_compared[j]) continue;
      const auto [lo, hi] = difference(i, j);
      excess_lo = std::max(excess_lo, lo);
      excess_hi = std::max(excess_hi, hi);
      made_alike = made_alike && same_make_up(j);
    }
    if (!made_alike) return false;
    credit_lo[i] = std::max(0.0, same_work_points(saving_lo, a) - far_more_points(excess_hi, a));
    credit_hi[i] = std::max(0.0, same_work_points(saving_hi, a) - far_more_points(excess_lo, a));
  }
  // Each candidate's score somewhere between. A weight moves the whole fit
  // monotonically: it lies between its two ends. A scenario number moves
  // every criterion but cost monotonically, each between its ends; the cost
  // value is a ratio of two monotone costs, bounded by pairing their
  // opposite ends.
  // A scenario number leaves the weights as they are: x's serve both ends.
  const double sum = weight_sum(x.weights);
  const auto fit = [](const ScoreSketch& k, std::size_t i) {
    double total = 0;  // summed as evaluate sums it
    for (double points : k.fit_points[i]) total += points;
    return total;
  };
  const auto bounds = [&](std::size_t i) {
    double lo = std::min(x.rule_points[i], y.rule_points[i]) + credit_lo[i] - penalty_hi[i] +
                std::min(x.scaling_points[i], y.scaling_points[i]) +
                std::min(x.held_jobs_points[i], y.held_jobs_points[i]);
    double hi = std::max(x.rule_points[i], y.rule_points[i]) + credit_hi[i] - penalty_lo[i] +
                std::max(x.scaling_points[i], y.scaling_points[i]) +
                std::max(x.held_jobs_points[i], y.held_jobs_points[i]);
    if (moving == Moving::kWeight) {
      const double fit_x = fit(x, i), fit_y = fit(y, i);
      return std::pair{lo + std::min(fit_x, fit_y), hi + std::max(fit_x, fit_y)};
    }
    for (std::size_t k = 0; k < kWeightFields.size(); ++k) {
      if (k == kCostCriterion) continue;
      lo += std::min(x.fit_points[i][k], y.fit_points[i][k]);
      hi += std::max(x.fit_points[i][k], y.fit_points[i][k]);
    }
    const double total_lo = std::min(x.total_usd_month[i], y.total_usd_month[i]);
    const double total_hi = std::max(x.total_usd_month[i], y.total_usd_month[i]);
    lo += criterion_points(x.weights, sum, kCostCriterion, cost_value(cheapest_lo, total_hi, a));
    hi += criterion_points(x.weights, sum, kCostCriterion, cost_value(cheapest_hi, total_lo, a));
    return std::pair{lo, hi};
  };
  const std::size_t at = index_of(x.recommended);
  const double lowest = bounds(at).first;
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    if (i == at || x.ruled_out[i]) continue;
    const double highest = bounds(i).second;
    // Ties keep the candidates' order (evaluate's stable sort).
    if (lowest < highest || (lowest == highest && i < at)) return false;
  }
  return true;
}

}  // namespace wb
