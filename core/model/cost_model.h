// What a candidate costs at the scenario's volume: infrastructure dollars,
// the moving parts it adds, the hours they take and the latency they add.
// Each part is billed the way its host bills: serverless platforms on use
// (per request, per instance-second, per CPU-second, per credit, as the data
// file says), always-on containers for the capacity that follows the load as
// they autoscale (the busiest hour sets only how many run at peak), the
// managed queue per workflow step on the platform's functions, or
// per run and per second a task runs on the queue service's machines.
//   Cost c = estimate_cost(Candidate::kHybrid, s, a);  // c.network_hops == 1
#pragma once

#include "assumptions.h"
#include "candidate.h"
#include "scenario.h"

namespace wb {

inline constexpr double kSecondsPerMonth = 730 * 3600;  // seconds in an average month

// How a Celery worker runs tasks: many waiting on I/O in one process
// (threads/gevent), or one process per core for CPU-heavy work (prefork).
enum class WorkerPool { kNone, kThreads, kPrefork };

// Where the managed queue's tasks run: as the platform's own functions,
// steps of a durable workflow (queue_tasks_fit_platform), or on the queue
// service's machines.
enum class QueueTasks { kNone, kPlatform, kQueueService };

struct CostBreakdown {
  double platform_usd_month = 0;    // USD per month, the JavaScript side on the platform
  double frontend_usd_month = 0;    // USD per month, a separate front end (FastAPI alone with a UI)
  double api_usd_month = 0;         // USD per month, FastAPI containers
  double workers_usd_month = 0;     // USD per month, Celery worker containers
  double broker_usd_month = 0;      // USD per month, the Redis broker
  double queue_usd_month = 0;       // USD per month, the managed queue service
  bool platform_always_on = false;  // the JavaScript side is billed as always-on capacity
  // The JavaScript side uses more than its plan includes, and the plan sells
  // no more (Vercel Hobby): it is billed as the paid plan it needs.
  bool platform_upgrade = false;
  WorkerPool worker_pool = WorkerPool::kNone;
  QueueTasks queue_tasks = QueueTasks::kNone;
  // Containers running in the busiest hour; the dollars above follow the
  // capacity continuously, so they are not count x price.
  int api_containers = 0;     // FastAPI containers needed at peak
  int worker_containers = 0;  // Celery worker containers needed at peak
  int js_containers = 0;      // Next.js containers (containers platform only)
};

// Where a design runs the requests' jobs. A durable design queues the
// typical request's job (then every request's) once it outgrows a request,
// and past an interaction: a reader is better served by a job that reports
// progress, an API's caller by one it can poll (a connection held past 30 s
// meets proxy and load-balancer idle timeouts). Otherwise it queues the
// tail's once the longest outgrows a request, and the rest stay on the
// request path, where the design without its queue would run them. A web
// app's interaction that only runs past 30 s may stay on the request
// instead, streamed to the reader (may_hold_typical_job), and an
// interaction may go through a queue that takes the tail anyway
// (may_queue_interactions).
struct Routing {
  bool typical_queued = false;   // the typical job, so every request's, goes through the queue
  bool requests_queued = false;  // some requests' jobs do: all, or the tail's
  bool schedule_queued = false;  // the scheduled job does (schedule_needs_queue)
  bool runs_jobs = false;        // the queue has work that needs it: requests' jobs or the schedule
};

struct Cost {
  double infra_usd_month = 0;          // USD per month
  double maintenance_hours_month = 0;  // engineer hours per month
  double engineering_usd_month = 0;    // USD per month, those hours at the hourly rate
  double total_usd_month = 0;          // USD per month, infrastructure plus engineering time
  int codebases = 0;
  int dependency_sets = 0;
  int deploy_targets = 0;
  int pipelines = 0;  // CI/CD pipelines
  int services_to_monitor = 0;
  int network_hops = 0;         // internal hops between a typical request and the model call
  double added_latency_ms = 0;  // ms added by those hops
  Routing routing;
  CostBreakdown breakdown;
};

// Share of a job's wall time on the CPU of the part that runs it: an AI
// call mostly waits on the model, however complex the logic around it
// (an agent's steps are more calls); heavy processing on our own servers
// (local models, documents, media) keeps a core busy.
double job_cpu_share(const Scenario& s, const Assumptions& a);

// Whether a Python service earns its place whatever else the design does:
// Python libraries it cannot do without, a team that writes Python, complex
// logic, or a product that is an API (the article's FastAPI: "a pure API").
// Libraries that are only nice to have are no such need, nor is an API
// beside a web app, which public_api_coupling weighs already.
bool python_service_has_a_purpose(const Scenario& s);

// True when the product has a UI that the design must serve.
bool has_ui(Product p);

// The longest time a part must stay on one job: a regular job or a
// scheduled one.
double longest_job(const Scenario& s);

// Whether the scheduled job outlasts what one cron invocation may run on
// the platform (a platform without a cron limit holds any).
bool past_cron_limit(const Scenario& s, const Platform& p);

// Whether the managed queue may run its tasks as the platform's own
// functions, steps of a durable workflow (Vercel Workflow, Inngest) billed
// at the platform's rates, rather than on the queue service's machines,
// billed for every second a task runs; the cost model takes the cheaper. A
// job that waits on hosted models splits into a step per call, each well
// within a function; heavy processing runs as one step, so only where the
// platform lets one function run all of it, wall time and CPU, and runs
// native code.
bool queue_tasks_fit_platform(const Scenario& s, const Assumptions& a);

// Whether a GPT Action's caller, ChatGPT, may give up on a call of
// `seconds`: past its 45 s wait (gpt_action_timeout_s), or so close to it
// (past limit_headroom_share of it, 36 s) that a slow model response takes
// it past; never for other products.
bool gpt_action_may_give_up(double seconds, const Scenario& s, const Assumptions& a);

// Whether a request's job of `seconds` is past a request's limits in this
// design: it runs for minutes (the article's line, queue_recommended_s),
// past the platform function a Next.js part would hold it in, or past what
// ChatGPT waits on a GPT Action.
bool past_request_limits(const Parts& parts, double seconds, const Scenario& s,
                         const Assumptions& a);

// Whether the design's Next.js side would run heavy processing (it has no
// FastAPI to run it) on a platform whose functions run no native code
// (Workers' isolates: JavaScript and WebAssembly only), which local models
// and media tools need.
bool heavy_work_without_native_code(const Parts& parts, const Scenario& s, const Assumptions& a);

// Whether a request's job of `seconds` outgrows a request in this design:
// past its limits, or heavy processing its Next.js side cannot run at any
// length.
bool outgrows_request(const Parts& parts, double seconds, const Scenario& s, const Assumptions& a);

// Whether a design may hold its typical job on the request rather than
// queue it: a durable design's job past an interaction that still fits a
// request, in a web app (a reader can follow it streamed; an API's caller
// polls). Where the longest job must still be queued, only if it is at
// least twice the typical one: the app must route a job by its kind before
// it starts, and a 121 s job is rarely of another kind than a 119 s one
// (audit 18, W4).
bool may_hold_typical_job(const Parts& parts, const Scenario& s, const Assumptions& a);

// Whether a design may send its interactions (a typical job within 30 s)
// through the queue it runs for the tail anyway, rather than hold them on
// the request: a host that bills a function for every second it waits can
// charge far more for holding them than the queue does for running them
// (audit 19, W2). A queue no job needs is no fix for a host's bill (calling
// FastAPI from the browser, or another host, is; the host warning says so),
// so a tail must outgrow the request first. Not for a GPT Action, whose
// caller cannot come back for an answer, nor where the founder says latency
// matters: a queue's pickup and polling would add to every interaction.
bool may_queue_interactions(const Parts& parts, const Scenario& s, const Assumptions& a);

// Whether the design chooses where its typical job runs: one of the two above.
bool may_move_typical_job(const Parts& parts, const Scenario& s, const Assumptions& a);

// The routing of a design's jobs (Routing above). The typical job is
// queued past an interaction or a request, held otherwise; `move_typical`
// moves it to the other side where may_move_typical_job allows.
Routing routing(const Parts& parts, const Scenario& s, const Assumptions& a, bool move_typical);

// Whether the scheduled job needs a durable queue: it runs for minutes, or
// Next.js alone would run it past the platform's cron limit (a FastAPI
// design runs it without one) or as heavy processing without native code.
bool schedule_needs_queue(const Parts& parts, const Scenario& s, const Assumptions& a);

// The requests' jobs in a month, the same for every design: the data's
// long_job_share of them make the tail, spread evenly on a log scale from
// the typical job's length to the longest's, and the rest take the typical
// length.
struct RequestJobs {
  double typical_calls = 0, typical_s = 0;  // calls, and seconds each
  double tail_calls = 0, tail_s = 0;        // calls, and seconds each on average
  double log_spread = 0;                    // ln(longest / typical); 0 when they meet
  double busy_s() const { return typical_calls * typical_s + tail_calls * tail_s; }
};
RequestJobs request_jobs(const Scenario& s, const Assumptions& a);

// The requests' jobs of minutes (past queue_recommended_s) running at once
// on average: every job when the typical one runs that long; else the
// tail's past the line, (longest - line) / ln(longest / typical) seconds a
// tail request on average; none when the longest does not. `jobs` =
// request_jobs(s, a).
double minute_jobs_in_flight(const Scenario& s, const Assumptions& a, const RequestJobs& jobs);

// The always-on FastAPI containers the AI work (every job, scheduled ones
// too) keeps busy in its busiest hour, of the heavy-processing size where
// the work is heavy, fractional: below 1, one container
// holds it all and there is nothing to scale apart yet. `jobs` =
// request_jobs(s, a), which evaluate works out once.
double ai_work_containers(const Scenario& s, const Assumptions& a, const RequestJobs& jobs);

// What a design costs with its typical job where it runs by default
// (evaluate's design_cost gives the routing the design chooses).
Cost estimate_cost(Candidate c, const Scenario& s, const Assumptions& a);
// The same into `cost`, default-constructed, in the routing `move_typical`
// asks for, with `jobs` = request_jobs(s, a): for evaluate, which costs
// every design of one scenario (the log1p is its costliest call) into its
// assessments (a returned Cost is zeroed and copied, a tenth of an
// evaluation).
void estimate_cost(Candidate c, const Scenario& s, const Assumptions& a, const RequestJobs& jobs,
                   bool move_typical, Cost& cost);

}  // namespace wb
