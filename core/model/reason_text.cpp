#include "reason_text.h"

#include <algorithm>
#include <limits>

#include "cost_model.h"
#include "format.h"

namespace wb {
namespace {

std::string dur(double s) { return format_duration(s); }

// A value just past a limit, told apart from it ("45.01 s", not "45 s"
// past "45 s").
std::string dur_past(double value, double limit) {
  const std::string text = dur(value);
  return value > limit && text == dur(limit) ? format_number(value, 3) + " s" : text;
}

// "A" or "An" before a figure, as it is read aloud: an 8 min job, an 11 s
// call, an 18 min run; a 1 h job.
std::string a_or_an(const std::string& figure) {
  const std::size_t digits = figure.find_first_not_of("0123456789");
  const std::string lead = figure.substr(0, digits);
  const bool vowel = !lead.empty() && (lead[0] == '8' || lead == "11" || lead == "18");
  return vowel ? "An " : "A ";
}

// Engineer-hours' pay in words: under one it is "less than an hour's".
std::string hours_of_pay(double hours) {
  if (hours < 0.5) return "less than an engineer-hour's pay";
  const std::string n = format_number(hours, 0);
  return n == "1" ? "about an engineer-hour's pay" : "about " + n + " engineer-hours' pay";
}

// A limit in words with its seconds, "5 min (300 s)", or "30 s" alone when
// the words are the seconds.
std::string limit_text(double s) {
  const std::string seconds = format_number(s, 0) + " s";
  return dur(s) == seconds ? seconds : dur(s) + " (" + seconds + ")";
}

std::string team_text(const Assessment& x, const Scenario& s) {
  const CandidateInfo& ci = info(x.candidate);
  const bool ui = has_ui(s.product);
  switch (s.team) {
    case Team::kTypescript:
      if (!ci.parts.fastapi)
        return "Your team is strongest in TypeScript, and this stays in TypeScript.";
      if (!ci.parts.nextjs)
        return "Your TypeScript team would have to build and run everything in Python.";
      return ci.parts.celery && x.cost.routing.runs_jobs
                 ? "Your TypeScript team would also have to run a Python service and its job "
                   "pipeline."
                 : "Your TypeScript team would also have to run a Python service.";
    case Team::kPython:
      if (!ci.parts.nextjs)
        return ui ? "Your team is strongest in Python, and the server stays in Python."
                  : "Your team is strongest in Python, and this stays in Python.";
      if (ci.parts.fastapi && ui)
        return "Your Python team owns the AI service; the front end stays a thin layer.";
      if (ci.parts.fastapi)
        return ui ? "Your Python team would also have to own a Next.js front end."
                  : "Your Python team would also have to own a Next.js gateway.";
      return x.cost.routing.runs_jobs
                 ? "Your Python team would have to build everything in TypeScript, the job "
                   "pipeline too."
                 : "Your Python team would have to build everything in TypeScript.";
    case Team::kBoth:
      return "Your team knows both languages, so each half plays to a strength.";
  }
  return {};
}

// What design `c` would cost on the cheapest always-on host of the data set
// (none: infinity).
double on_always_on_host(Candidate c, const Scenario& s, const Assumptions& a) {
  double best = std::numeric_limits<double>::infinity();
  Scenario moved = s;
  for (std::size_t i = 0; i < a.platforms.size(); ++i) {
    if (a.platforms[i].serverless) continue;
    moved.platform = static_cast<int>(i);
    best = std::min(best, design_cost(c, moved, a).infra_usd_month);
  }
  return best;
}

// How a host bills a design's Next.js functions for every second they
// wait: the hybrid's gateway waiting on FastAPI (memory, or CPU for wall
// time), or each request's function waiting on the model, one request at a
// time, where always-on containers wait on many at once. Whether that is
// much of the bill is each caller's question.
enum class WaitBill { kNone, kGateway, kFunctions };
WaitBill wait_bill(const Assessment& x, const Platform& p) {
  const Parts& parts = info(x.candidate).parts;
  if (!parts.nextjs || !p.serverless || !(p.cpu_billed_while_waiting || p.usd_per_memory_gb_s > 0))
    return WaitBill::kNone;
  // A typical job on the queue service leaves the functions only its
  // enqueue and result calls to wait on; a workflow's steps wait in them.
  if (x.cost.routing.typical_queued && x.cost.breakdown.queue_tasks != QueueTasks::kPlatform)
    return WaitBill::kNone;
  if (parts.fastapi) return WaitBill::kGateway;
  return p.instance_concurrency <= 1 ? WaitBill::kFunctions : WaitBill::kNone;
}

}  // namespace

std::string fit_text(const Assessment& x, const Scenario& s) {
  std::size_t first = 0, second = 1;
  for (std::size_t i = 0; i < x.fit_points.size(); ++i) {
    if (x.fit_points[i] > x.fit_points[first]) {
      second = first;
      first = i;
    } else if (i != first && (second == first || x.fit_points[i] > x.fit_points[second])) {
      second = i;
    }
  }
  const auto part = [&](std::size_t i) {
    return std::string(kWeightFields[i].noun) + " (" + format_number(x.fit_points[i], 0) + ")";
  };
  // A criterion that scores nothing (its weight 0) is not named.
  const bool two = format_number(x.fit_points[second], 0) != "0";
  // Weights all at 0 are no preference: every criterion counted the same.
  return std::string(s.has_weights && weight_sum(s.weights) <= 0
                         ? "With no priorities set, every criterion counts the same: meets them"
                         : "Meets your weighted priorities") +
         " for " + format_number(x.fit, 0) + " of 100 points, most from " + part(first) +
         (two ? " and " + part(second) : "") + ".";
}

std::string reason_text(const Reason& r, const Assessment& x, const Scenario& s,
                        const Assumptions& a) {
  if (r.rule == RuleId::kWeightedFit) return fit_text(x, s);
  const Candidate c = x.candidate;
  const Platform& p = a.platforms[s.platform];
  const CandidateInfo& ci = info(c);
  const bool favours = r.effect == Effect::kFavours;
  switch (r.rule) {
    case RuleId::kPlatformFunctionLimit:
      return std::string(r.part == Part::kNextjsGateway
                             ? "The Next.js gateway would wait on FastAPI for your longest job ("
                             : "A Next.js function would run your longest job (") +
             dur_past(r.value, p.function_max_s) + "), past the " + limit_text(p.function_max_s) +
             " a function may run on " + p.name +
             (p.function_beta_max_s > p.function_max_s
                  ? " (" + dur(p.function_beta_max_s) + " in beta)"
                  : "") +
             ", so the platform would stop it mid-run.";
    case RuleId::kPlatformCronLimit:
      return "Your scheduled job (" + dur_past(r.value, r.limit) + ") is past the " +
             limit_text(r.limit) + " a cron invocation may run on " + p.name +
             ", and this design has nowhere else to run it.";
    case RuleId::kPlatformCpuLimit:
      return "A Next.js function would spend about " + dur_past(r.value, r.limit) +
             " of CPU time on your " + dur(longest_job(s)) +
             (s.scheduled_job_seconds > s.job_seconds_longest ? " scheduled job" : " job") +
             ", past the " + dur(r.limit) + " an invocation may use on " + p.name +
             ", so the platform would stop it mid-run.";
    case RuleId::kPythonOnlyLibraries:
      return favours
                 ? "Next.js keeps the React UI while your Python-only libraries run in FastAPI, "
                   "hidden behind it as an internal service."
                 : "You need Python-only libraries, and this design has no Python runtime.";
    case RuleId::kDurableQueueRequired:
      return std::string(r.value == s.job_seconds_longest ? "Your longest job ("
                                                          : "Your scheduled job (") +
             dur_past(r.value, r.limit) + ") is past " + dur(r.limit) +
             ": without a durable queue, a deploy or restart kills it mid-run, even on always-on "
             "servers.";
    case RuleId::kQueueServiceRunLimit:
      return "Your longest job (" + dur_past(r.value, r.limit) + ") is past the " + dur(r.limit) +
             " a task may run on the managed queue service.";
    case RuleId::kWeightedFit:
      break;  // fit_text() above
    case RuleId::kPlatformBetaDuration:
      return "Your longest job (" + dur_past(r.value, r.limit) +
             ") needs a function duration beyond " + dur(r.limit) + ", which " + p.name +
             " offers only in beta.";
    case RuleId::kLongJobsOffRequestPath:
      return favours
                 ? std::string(ci.parts.celery ? "Celery workers run" : "The durable queue runs") +
                       // Every job goes through it: the longest, when longer, is the one
                       // a reader measures the design by (audit 25, R21).
                       (r.value != s.job_seconds_typical
                            ? " your longest jobs (" + dur_past(r.value, r.limit) + ")"
                        : s.job_seconds_longest > r.value
                            ? " your " + dur_past(r.value, r.limit) + " jobs (" +
                                  dur(s.job_seconds_longest) + " at most)"
                            : " your " + dur_past(r.value, r.limit) + " jobs") +
                       " off the request path" +
                       (r.limit == a.queue_recommended_s ? ", with retries, surviving deploys."
                        : gpt_action_may_give_up(r.value, s, a) && r.limit == a.gpt_action_timeout_s
                            ? ", so the Action answers within the " + dur(r.limit) +
                                  " ChatGPT waits on a call."
                            : ", where " + p.name + "'s " + dur(r.limit) + " limit cannot reach.")
                 : a_or_an(dur_past(r.value, r.limit)) + dur_past(r.value, r.limit) +
                       " job would hold a request or process open the whole "
                       "time; past " +
                       dur(r.limit) + " a durable queue is the safer home.";
    case RuleId::kHeldJobsAtVolume:
      // Past one in flight (evaluate.cpp), so "about 1" at the least.
      // The month's average, and the busiest hour's (audit 16: "at any
      // moment" read as a peak).
      return "At your volume about " + format_number(r.value, 0) +
             (r.value < 1.5 ? " job" : " jobs") + " past " + dur(a.queue_recommended_s) +
             (r.value < 1.5 ? " is" : " are") + " on requests at once on average (about " +
             format_number(r.value * a.peak_to_average, 0) +
             " in the busiest hour), with no retry: each timeout, stopped instance or dropped "
             "connection that a queue would absorb loses the jobs it holds.";
    case RuleId::kBeyondInteractive:
      if (gpt_action_may_give_up(r.value, s, a) && r.limit == a.gpt_action_timeout_s)
        return "ChatGPT stops waiting on an Action after " + dur(r.limit) +
               (r.value <= r.limit
                    ? ", and your " + dur(r.value) +
                          " call leaves no room for a slow model response: this design must "
                          "answer it at once"
                    : ": this design must answer your " + dur_past(r.value, r.limit) +
                          " call at once") +
               " and finish it in the background itself.";
      return (r.value == s.job_seconds_typical
                  ? "Your typical interaction (" + dur_past(r.value, r.limit) +
                        ") keeps the reader waiting on one request"
                  : "At " + dur_past(r.value, r.limit) + " the reader waits on one request") +
             std::string(" past the ") + dur(r.limit) + " an interaction should take.";
    case RuleId::kQueuedInteractions:
      return "Your typical " + dur(r.value) +
             " interactions go through the queue too, not held on the request: " +
             (has_ui(s.product) ? "the reader gets each answer once a worker has run it, by "
                                  "polling or a subscription, not streamed."
                                : "the caller polls for each answer instead of receiving it.");
    case RuleId::kQueueWithoutLongJobs:
      // A scheduled job past the cron limit runs in FastAPI here, not in a queue.
      return "Your jobs finish within " + dur(r.limit) + " and fit in a request here" +
             (ci.parts.fastapi && ci.parts.nextjs && past_cron_limit(s, p)
                  ? ", and FastAPI can run your " +
                        dur_past(s.scheduled_job_seconds, p.cron_max_s) +
                        " scheduled job past the cron limit itself"
                  : std::string()) +
             ", so a queue adds parts without solving a problem.";
    case RuleId::kScheduledJobsOnQueue:
      return std::string(ci.parts.celery ? "Celery beat" : "The durable queue's schedules") +
             " can run your " + dur_past(r.value, p.cron_max_s) + " scheduled job" +
             (r.value > a.queue_recommended_s ? " with no request time limit."
              : past_cron_limit(s, p)
                  ? ", past the " + dur(p.cron_max_s) + " a cron run may take on " + p.name + "."
                  : " on the queue service's machines, which run native code.");
    case RuleId::kHeavyProcessingHost:
      return favours ? "The queue runs your heavy processing on the queue service's own machines, "
                       "which run native code: " +
                           p.name + " runs JavaScript and WebAssembly only."
                     : "Your heavy processing would run in the small isolates of " + p.name +
                           ", which run JavaScript and WebAssembly only: parsing documents fits, "
                           "but local models and media tools (ONNX Runtime, Whisper, ffmpeg) "
                           "cannot run there.";
    case RuleId::kNeedsFrontend:
      return std::string(
                 "FastAPI has no UI: you would build, deploy and wire up a separate "
                 "front end") +
             (x.cost.breakdown.frontend_usd_month > 0 ? " (counted in its cost)." : ".");
    case RuleId::kApiFirstProduct:
      if (favours)
        return s.product == Product::kGptAction
                   ? "A GPT Action calls an HTTP API described by OpenAPI, which FastAPI generates."
                   : "An API product is what FastAPI is built for: typed endpoints and OpenAPI "
                     "docs.";
      return ci.parts.nextjs && ci.parts.fastapi
                 ? "With no UI to serve, a Next.js layer in front of the API is an extra hop."
                 : "Next.js is built around a React UI: its route handlers can serve an API, "
                   "but without the typed endpoints and OpenAPI docs FastAPI generates.";
    case RuleId::kShortInteractionsFitServerActions:
      return "Your interactions end within " + dur(r.limit) +
             ", where Server Actions beside the React UI ship fastest.";
    case RuleId::kOverEngineering:
      return std::string(s.python_libraries == PythonLibraries::kNiceToHave
                             ? "For simple AI logic, Python libraries that are only nice to have "
                               "do not make up for a separate Python service: it adds "
                             : "For simple AI logic without Python-only libraries, a separate "
                               "Python service adds ") +
             "codebases, deploy targets and failure points you do not need yet.";
    case RuleId::kPythonNiceToHave:
      return "You would use Python's AI libraries, and this can.";
    case RuleId::kAiLogicComplexity: {
      const std::string logic =
          "Your AI logic is " +
          std::string(s.ai_logic == AiLogic::kComplex ? "complex" : "more than a thin wrapper");
      if (favours) return logic + ", which a dedicated Python service handles well.";
      if (x.cost.routing.typical_queued)
        return logic +
               ": durable tasks keep it out of UI actions, but in TypeScript, with "
               "fewer agent and data tools than Python.";
      // The typical job stays where the design's requests run.
      return logic + ", which grows awkward inside " +
             (has_ui(s.product) ? "UI actions." : "Next.js route handlers.");
    }
    case RuleId::kTeamStrength:
      return team_text(x, s);
    case RuleId::kPublicApiCoupling:
      return favours ? "Other developers get a real API, separate from your UI."
                     : "Other developers need an API; AI logic inside the Next.js app must be "
                       "refactored out first.";
    case RuleId::kBillingGateway:
      return python_service_has_a_purpose(s)
                 ? "Next.js can meter and rate-limit each request before the Python service "
                   "spends money on it."
                 : "Next.js meters and rate-limits each request before the AI work runs, "
                   "though with no Python need Next.js alone could do the same.";
    case RuleId::kLatencyHops:
      return favours ? "No internal hops: the answer streams from the server that renders the UI."
                     : "Adds about " + format_number(r.value, 0) +
                           " ms of internal hops to every request in a latency-sensitive " +
                           (has_ui(s.product) ? "UI." : "product.");
    case RuleId::kStartSimple:
      return "While validating, one service to build and run is the fastest way to learn.";
    case RuleId::kIndependentScaling:
      // The load in containers of the size that would run it: "more than
      // one" until it rounds to 2.
      return "At its busiest hour your AI work needs " +
             (r.value < 1.5 ? std::string("more than one container's")
                            : "about " + format_number(r.value, 0) + " containers'") +
             " worth of capacity; " +
             (!ci.parts.fastapi
                  ? std::string("the durable queue scales your jobs apart from the app.")
              : ci.parts.celery && x.cost.routing.requests_queued
                  ? std::string("Celery's workers scale it apart from the API") +
                        (has_ui(s.product) ? " and the front end." : ".")
              : ci.parts.nextjs ? std::string("FastAPI can scale it apart from the Next.js ") +
                                      (has_ui(s.product) ? "front end." : "gateway.")
              : has_ui(s.product)
                  ? "FastAPI can scale it apart from the separate front end."
                  : "the FastAPI service scales it on its own, with nothing else to carry.");
    case RuleId::kCheaperForSameWork:
      return "With Celery's workers this design costs about " + format_usd(r.value) +
             "/month, upkeep included; " +
             (r.other == Candidate::kNextjsQueue
                  ? std::string("the queue design, running the same jobs,")
                  : std::string(info(r.other).name) + ", which holds your jobs as well,") +
             " about " + format_usd(r.limit) + ": " +
             hours_of_pay((r.limit - r.value) / a.engineer_usd_hour) + " a month saved.";
    case RuleId::kCostsFarMore: {
      // The excess in weeks of 40 hours at the reader's rate.
      const double weeks = (r.value - r.limit) / (40 * a.engineer_usd_hour);
      const std::string week_text = format_number(weeks, 1);
      // FastAPI alone ships a web app's UI from a separate front end.
      return "This design costs about " + format_usd(r.value) + "/month, upkeep included; " +
             std::string(info(r.other).name) +
             (has_ui(s.product) && !info(r.other).parts.nextjs ? " with a separate front end"
                                                               : "") +
             ", a sound way to run the same jobs, about " + format_usd(r.limit) + ": " +
             format_usd(r.value - r.limit) + " more every month, " + week_text +
             (week_text == "1" ? " week" : " weeks") + " of an engineer's pay.";
    }
  }
  return {};
}

std::vector<std::string> warnings(const Scenario& s, const Assumptions& a, const Evaluation& e) {
  std::vector<std::string> out;
  const Platform& p = a.platforms[s.platform];
  const Parts& rec = info(e.recommended).parts;
  const Assessment& chosen = e.assessments[index_of(e.recommended)];
  const double longest_any = longest_job(s);
  // Only a design with something on the platform (Next.js, or FastAPI's
  // separate front end) is bound by its terms.
  if (!p.commercial_use && (rec.nextjs || has_ui(s.product)))
    out.push_back(p.name +
                  " is for personal, non-commercial projects; a paying product needs a paid plan.");
  if (chosen.cost.breakdown.platform_upgrade)
    out.push_back(p.name + " stops at its included usage and sells no more: at this volume " +
                  std::string(info(e.recommended).name) + " needs the paid plan, whose " +
                  format_usd(p.upgrade_plan_usd_month) + "/month fee includes " +
                  format_usd(p.upgrade_usage_credit_usd_month) +
                  " of usage, the rest billed at its rates (about " +
                  format_usd(chosen.cost.breakdown.platform_usd_month) +
                  "/month in all here). Choose the paid plan as your host to judge the design "
                  "by its limits too.");
  const Routing& routed = chosen.cost.routing;
  // A design whose typical job's place is a choice (evaluate.cpp): the
  // other routing's bill, once, for whichever warning explains the choice.
  const double other_routing_dearer_by = [&] {
    if (!may_move_typical_job(rec, s, a)) return 0.0;
    const bool moved = routed.typical_queued != routing(rec, s, a, false).typical_queued;
    Cost other;
    estimate_cost(e.recommended, s, a, request_jobs(s, a), !moved, other);
    return other.infra_usd_month - chosen.cost.infra_usd_month;
  }();
  // Interactions past 30 s held on the request: why, in dollars, and what
  // the reader then needs. The tail the queue takes is the model's:
  // long_job_share of the requests, which the app must tell apart before
  // they start (only a tail at least twice the typical job is offered,
  // may_hold_typical_job).
  if (may_hold_typical_job(rec, s, a) && !routed.typical_queued) {
    const double queueing_costs = other_routing_dearer_by;
    out.push_back(
        "Your typical " + dur(s.job_seconds_typical) +
        " jobs stay on the request, streamed to the reader" +
        (routed.requests_queued
             ? ", and the queue takes the longest " + format_number(100 * a.long_job_share, 0) +
                   " % (route by job type, known before a job starts)"
             : "") +
        // Held where queueing would save, the design ranks first only so.
        (queueing_costs >= 0
             ? ": queueing every job would cost about " + format_usd(queueing_costs) + "/month more"
             : ": queueing every job would save about " + format_usd(-queueing_costs) +
                   "/month, but rank this design below another") +
        ". Stream progress as the job runs, so the reader is not left at a spinner.");
  }
  // A latency-sensitive reader whose interactions go through the queue (past
  // 30 s, or heavy work the platform cannot run) gets no stream from the
  // request (audit 26, S20); jobs of minutes are no interactions.
  if (s.latency_sensitive && has_ui(s.product) && routed.typical_queued &&
      s.job_seconds_typical <= a.queue_recommended_s)
    out.push_back("Your typical " + dur(s.job_seconds_typical) +
                  " interactions go through the queue, so nothing streams from the request: "
                  "send the worker's progress and tokens to the reader over a subscription "
                  "(a pub/sub channel to server-sent events), or the reader waits on a spinner.");
  // Interactions of 30 s or less: sent through the queue, why and what the
  // reader's answer then needs (queued TypeScript tasks also ease complex
  // logic, which may choose them at no saving); streamed, what queueing
  // would save, where it is much (the answer may hold them because only so
  // does it rank first, audit 21).
  if (may_queue_interactions(rec, s, a)) {
    const double saving = -other_routing_dearer_by;
    if (routed.typical_queued && other_routing_dearer_by >= 1)
      out.push_back("Your typical " + dur(s.job_seconds_typical) +
                    " interactions go through the queue with the long jobs: holding them on the "
                    "request would cost about " +
                    format_usd(other_routing_dearer_by) + "/month more on " + p.name +
                    ". Send each answer back " +
                    (has_ui(s.product) ? "to the reader by a subscription or polling, and show "
                                         "that the job is running while a worker picks it up."
                                       : "by a status endpoint the caller polls."));
    else if (!routed.typical_queued && saving >= kQueueingSavingUsd &&
             saving >= kQueueingSavingShare * chosen.cost.infra_usd_month)
      out.push_back("Your typical " + dur(s.job_seconds_typical) +
                    " interactions stay on the request, streamed to the reader: sending them "
                    "through the queue with the long jobs would save about " +
                    format_usd(saving) + "/month on " + p.name +
                    ", but each answer would then come by polling or a subscription.");
  }
  // Celery's settings matter once it runs jobs (a Celery design with
  // nothing to queue gets a penalty instead).
  const bool celery_runs = rec.celery && routed.runs_jobs;
  if (celery_runs && longest_any > a.celery_visibility_timeout_s)
    out.push_back("Celery's Redis broker redelivers a task not acknowledged within " +
                  dur(a.celery_visibility_timeout_s) +
                  "; set visibility_timeout above your longest job, scheduled ones included (" +
                  dur(longest_any) + "), or it may run twice.");
  if (celery_runs)
    out.push_back(
        "For long AI tasks set task_acks_late=True, worker_prefetch_multiplier=1 and explicit time "
        "limits; Celery has none by default.");
  if (rec.nextjs && !rec.fastapi && !rec.durable())
    out.push_back("Server Actions accept request bodies up to " +
                  format_number(a.server_actions_body_limit_bytes / 1048576, 1) +
                  " MB by default and run one at a time per client; use a route handler for "
                  "uploads and parallel calls.");
  // The longest job the design answers on the request: every job when no
  // queue takes any; when the queue takes the long ones, the typical one
  // (none when the typical job is queued too). A Next.js function holds it
  // on the platform.
  const double on_request = !routed.requests_queued ? s.job_seconds_longest
                            : routed.typical_queued ? 0
                                                    : s.job_seconds_typical;
  const double on_function = rec.nextjs ? on_request : 0;
  // The scheduled job a Next.js-only design runs on the platform's cron, in
  // a function of the same timeout.
  const double on_cron = rec.nextjs && !rec.fastapi && !rec.durable() ? s.scheduled_job_seconds : 0;
  // A durable workflow on the platform runs heavy processing as one step,
  // a whole job in one function; a job that waits on hosted models splits
  // at each call (queue_tasks_fit_platform).
  const bool steps_on_platform =
      chosen.cost.breakdown.queue_tasks == QueueTasks::kPlatform && routed.runs_jobs;
  const double on_step = steps_on_platform && s.heavy_processing ? longest_any : 0;
  const double held = std::max({on_function, on_cron, on_step});
  if (p.function_default_s > 0 && held > p.function_default_s &&
      (p.function_max_s <= 0 || held <= p.function_max_s))
    out.push_back(p.name + " stops a function at " + dur(p.function_default_s) +
                  " unless its timeout is raised: set it to at least your " + dur(held) +
                  " job in the function's settings.");
  // A job the function runs itself, a request's or a cron run's, spends its
  // CPU share there: past the CPU an invocation gets by default (Workers:
  // 30 s), the limit must be raised.
  const double run_on_function =
      rec.nextjs && !rec.fastapi ? std::max({on_request, on_cron, on_step}) : 0;
  const double cpu_on_function = run_on_function * job_cpu_share(s, a);
  if (p.cpu_default_s > 0 && cpu_on_function > p.cpu_default_s &&
      (p.cpu_max_s <= 0 || cpu_on_function <= p.cpu_max_s))
    out.push_back(p.name + " stops an invocation at " + dur(p.cpu_default_s) +
                  " of CPU time unless its CPU limit is raised: your " + dur(run_on_function) +
                  (on_cron > on_request ? " scheduled job" : " job") + " spends about " +
                  dur_past(cpu_on_function, p.cpu_default_s) +
                  " on the CPU; raise the limit (limits.cpu_ms) above that.");
  // The premise that lets a job outlast the platform's functions as a
  // workflow's steps: no single model call as long as a function.
  if (steps_on_platform && !s.heavy_processing && p.function_max_s > 0 &&
      longest_any > p.function_max_s)
    out.push_back(std::string(s.scheduled_job_seconds > s.job_seconds_longest
                                  ? "Your scheduled job ("
                                  : "Your longest job (") +
                  dur_past(longest_any, p.function_max_s) + ") outlasts the " +
                  dur(p.function_max_s) + " " + p.name +
                  " lets a function run, so the queue runs it as steps, one per model call: a "
                  "single call that can run longer needs a queue service's own machines "
                  "(Trigger.dev style), billed for every second it runs.");
  // Heavy processing in functions that run no native code (Workers).
  if (heavy_work_without_native_code(rec, s, a) && run_on_function > 0)
    out.push_back(p.name +
                  " runs JavaScript and WebAssembly only, in small isolates: parsing documents "
                  "in JavaScript fits, but local models and media tools (ONNX runtime, Whisper, "
                  "ffmpeg) need another host for that part.");
  // A job that fits a hard limit with little to spare: a slow model
  // response pushes it past.
  const auto close_to = [&](double job, double limit, const char* what) {
    if (limit > 0 && job <= limit && job > a.limit_headroom_share * limit)
      out.push_back("Your " + dur(job) + " job leaves little of the " + dur(limit) + " " + p.name +
                    " allows " + what +
                    ": a slow model response cuts it off mid-run; time the model call out "
                    "well before that, or queue the job.");
  };
  close_to(on_function, p.function_max_s, "a function");
  // A heavy job run as one workflow step has the same limit and no model
  // call to time out: its way out is the queue service's own machines.
  if (on_step > a.limit_headroom_share * p.function_max_s && on_step <= p.function_max_s)
    out.push_back("Your " + dur(on_step) +
                  " job runs as one workflow step and leaves little of "
                  "the " +
                  dur(p.function_max_s) + " " + p.name +
                  " allows a function: a slower run is cut off mid-step. Keep it well under "
                  "that, or run it on the queue service's own machines.");
  close_to(on_function, p.http_gateway_max_s, "a request through its HTTP gateway");
  close_to(on_cron, p.cron_max_s, "a cron run");
  if (rec.nextjs && !rec.durable() && p.function_beta_max_s > p.function_max_s &&
      s.job_seconds_longest > p.function_max_s)
    out.push_back("Running past " + dur(p.function_max_s) + " on " + p.name +
                  " needs maxDuration set explicitly and relies on a beta limit.");
  if (s.scheduled_job_seconds > 0 && p.cron_min_interval_s >= 86400 && rec.nextjs && !rec.fastapi &&
      !rec.durable())
    out.push_back(p.name +
                  " runs cron jobs at most once a day: a job that must run more often needs a "
                  "paid plan or a queue's schedule.");
  // FastAPI without a queue hands off what outgrows a request (minutes, or
  // a GPT Action's 45 s) to BackgroundTasks.
  if (rec.fastapi && !rec.durable() && outgrows_request(rec, s.job_seconds_longest, s, a))
    out.push_back(
        "FastAPI BackgroundTasks run in the web process and are lost on restart; keep jobs "
        "idempotent or add a queue as they grow.");
  // ChatGPT gives up on an Action call after 45 s, and a slow model
  // response eats the last fifth: a call the design answers on the request
  // that long must be on_request at once instead.
  if (gpt_action_may_give_up(on_request, s, a))
    out.push_back(
        (on_request <= a.gpt_action_timeout_s
             ? "Your " + dur(on_request) + " call leaves little of the " +
                   dur(a.gpt_action_timeout_s) +
                   " ChatGPT waits on an Action, and a slow model response makes it give up"
             : "ChatGPT stops waiting on an Action after " + dur(a.gpt_action_timeout_s)) +
        ": answer at once with a job id, run your " + dur_past(on_request, a.gpt_action_timeout_s) +
        " job in the background and let the GPT fetch the result from a status endpoint.");
  // A scheduled job past the platform's cron limit runs in the hybrid's
  // FastAPI, so something there has to start it.
  if (rec.nextjs && rec.fastapi && !rec.durable() && past_cron_limit(s, p))
    out.push_back(p.name + "'s cron stops at " + dur(p.cron_max_s) + ": start your " +
                  dur(s.scheduled_job_seconds) +
                  " scheduled job once, from one scheduler beside the FastAPI replicas (a cron "
                  "job or container on its host), not from every replica.");
  // Whatever a Next.js function holds passes the gateway, a queue design's
  // short jobs too.
  if (p.http_gateway_max_s > 0 && on_function > p.http_gateway_max_s)
    out.push_back("On " + p.name + ", a request through an HTTP gateway stops at " +
                  dur(p.http_gateway_max_s) +
                  "; call the function directly or stream the response for longer jobs.");
  if (rec.nextjs && !rec.durable() && p.background_max_s > 0 &&
      s.job_seconds_longest > p.function_max_s)
    out.push_back(p.name + " background functions run up to " + dur(p.background_max_s) +
                  " but answer at once, with no streamed result.");
  // A design set aside for a bill its host runs up by billing the wait: a
  // move, not a redesign, may bring it back (audit 17, R1). Named only where
  // the host's bill is at least half the gap to the answer and moving both
  // designs closes at least half of it (audits 18 and 19: Lambda's wait was
  // 96 % of a gap but under half the design's bill; Vercel's memory, a
  // quarter of one; a queue design's bill is its service's).
  if (const Assessment* dear = priced_out(e, a)) {
    const WaitBill waits = wait_bill(*dear, p);
    const double host = dear->cost.breakdown.platform_usd_month;
    const double gap = dear->cost.total_usd_month - chosen.cost.total_usd_month;
    if (waits != WaitBill::kNone && host >= gap / 2) {
      // The answer's own bill may fall as far on containers.
      const double moved = on_always_on_host(dear->candidate, s, a);
      const double closed =
          dear->cost.infra_usd_month - moved -
          (chosen.cost.infra_usd_month -
           std::min(chosen.cost.infra_usd_month, on_always_on_host(e.recommended, s, a)));
      if (closed >= gap / 2)
        out.push_back(
            std::string(info(dear->candidate).name) + " ranks lower here for its bill, about " +
            format_usd(dear->cost.infra_usd_month) + "/month in infrastructure, " +
            format_usd(host) + " of it " + p.name +
            (waits == WaitBill::kGateway
                 ? " billing the Next.js gateway for every second it waits on FastAPI."
                 : " billing each request's function for every second it waits on the model.") +
            " On always-on containers it would cost about " + format_usd(moved) +
            "/month: if you can move hosts, compare it there.");
    }
  }
  // A bill that runs away: the chosen design costs several times a viable one.
  if (const Assessment* cheaper = cheaper_by_far(e)) {
    const Assessment& other = *cheaper;
    const double mine = chosen.cost.infra_usd_month, theirs = other.cost.infra_usd_month;
    // Where the money goes, when a host bills its functions for waiting:
    // each case has a known fix.
    const CostBreakdown& bill = chosen.cost.breakdown;
    const WaitBill waits =
        bill.platform_usd_month >= mine / 2 ? wait_bill(chosen, p) : WaitBill::kNone;
    const bool gateway_waits = waits == WaitBill::kGateway;
    const double moved =
        waits == WaitBill::kFunctions ? on_always_on_host(e.recommended, s, a) : mine;
    out.push_back(
        "At this volume " + std::string(info(e.recommended).name) + " costs about " +
        format_usd(mine) + "/month in infrastructure, " +
        format_number(mine / std::max(theirs, 0.01), 0) + " times " +
        std::string(info(other.candidate).name) + " (" + format_usd(theirs) + "/month)" +
        (gateway_waits ? "; its " + p.name + " bill (" + format_usd(bill.platform_usd_month) +
                             ") is mostly the Next.js gateway waiting on FastAPI: meter each "
                             "request in Next.js, then let the browser call FastAPI with a "
                             "short-lived token the Next.js server signs, or run the front "
                             "end on a flat-priced container."
         : moved <= mine / 2
             ? ": " + p.name +
                   " bills each request's function for every second it waits on the model. On "
                   "always-on containers, which wait on many requests at once, the same design "
                   "would cost about " +
                   format_usd(moved) + "/month; move hosts before you grow."
         : bill.queue_tasks == QueueTasks::kQueueService && bill.queue_usd_month >= mine / 2
             ? ": the queue service bills every second a task runs, waiting on the model "
               "included, where Celery's workers wait on many jobs at once; check the bill "
               "before you grow."
             : "; check the bill before you grow."));
  }
  return out;
}

const Assessment* cheaper_by_far(const Evaluation& e) {
  const Cost& chosen = e.assessments[index_of(e.recommended)].cost;
  const double mine = chosen.infra_usd_month;
  for (const Candidate c : e.ranking) {
    const Assessment& other = e.assessments[index_of(c)];
    // Only a sound one: viable, holding no job of minutes on a request.
    if (other.candidate == e.recommended || !e.sound_alternative[index_of(c)]) continue;
    const double theirs = other.cost.infra_usd_month;
    // Dearer in the month's total too: a bill that the other design's
    // upkeep makes up for is no runaway (audit 17: the queue's $1,068
    // against Celery's $160 read as "7 times", though its total was $92
    // lower).
    if (mine >= kRunawayCostRatio * theirs && mine - theirs >= kRunawayCostUsd &&
        chosen.total_usd_month - other.cost.total_usd_month >= kRunawayCostUsd)
      return &other;
  }
  return nullptr;
}

}  // namespace wb
