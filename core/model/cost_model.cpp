#include "cost_model.h"

#include <algorithm>
#include <cmath>

namespace wb {
namespace {

double over(double used, double included) { return std::max(0.0, used - included); }

// A part that only waits on another: the hybrid's gateway holding a request
// open on FastAPI, an enqueue or status call. It spends the waiting share of
// an AI call however heavy the job it waits on.
double waiting_cpu_share(const Assumptions& a) { return a.ai_job_cpu_share; }

// Requests one always-on instance holds at once: its concurrency, or fewer
// when their CPU share would fill its vCPUs.
double slots(double concurrency, double vcpu, double share) {
  return std::max(1e-9, std::min(concurrency, vcpu / share));
}

// Always-on instances that keep `in_flight` requests under the target
// utilisation. Fractional: a host bills per second and a team resizes as
// load grows, and whole steps would make the ranking flicker as volume moves.
double instances_for(double in_flight, double per_instance, const Assumptions& a) {
  return std::min(in_flight / (per_instance * a.target_utilisation), 1e9);
}
double peak_instances(double busy_seconds_month, double per_instance, const Assumptions& a) {
  return instances_for(busy_seconds_month / kSecondsPerMonth * a.peak_to_average, per_instance, a);
}

// An always-on fleet: the instances a month of it is billed for, and how
// many run in its busiest hour. It autoscales (Render, Railway, Fly.io and
// ECS bill instances by the second), so it follows the load at the target
// utilisation and bills the month's average load, not its busiest hour's
// (a Celery pool behind its queue needs no more: the queue levels the peak
// with a short wait). Never less than one: the service must be up. A lower
// bound where the fleet is a few instances at peak and one the rest of the
// day.
struct Fleet {
  double billed = 0;
  int at_peak = 0;
};
Fleet always_on(double busy_seconds_month, double per_instance, const Assumptions& a) {
  const double peak = std::max(1.0, peak_instances(busy_seconds_month, per_instance, a));
  return {std::max(1.0, instances_for(busy_seconds_month / kSecondsPerMonth, per_instance, a)),
          static_cast<int>(std::ceil(peak - 1e-9))};
}

// Work a part does in a month: calls, the seconds they keep it busy, the
// share of those seconds on its CPU, and whether any of it is heavy
// processing the part runs itself.
struct Load {
  double calls = 0;
  double busy_s = 0;
  double cpu_share = 0;
  bool heavy = false;
};

// Two loads on one part: their CPU shares weighed by their busy time.
Load combined(const Load& x, const Load& y) {
  if (y.busy_s <= 0 && y.calls <= 0) return x;
  if (x.busy_s <= 0 && x.calls <= 0) return y;
  const double busy = x.busy_s + y.busy_s;
  return {x.calls + y.calls, busy,
          busy > 0 ? (x.busy_s * x.cpu_share + y.busy_s * y.cpu_share) / busy : x.cpu_share,
          x.heavy || y.heavy};
}

// An always-on container: what a month of one costs and the vCPUs it has.
struct ContainerSize {
  double usd_month = 0;
  double vcpu = 0;
};

// A part's own size, or the heavy-processing size once it runs such work
// itself (a part that only waits on heavy work keeps its own).
ContainerSize container_for(const Load& load, double usd_month, double vcpu, const Assumptions& a) {
  if (load.heavy && load.calls > 0) return {a.heavy_container_usd_month, a.heavy_container_vcpu};
  return {usd_month, vcpu};
}

// Seconds in a month that serverless instances are billed for, when requests
// totalling busy_s seconds share instances of per_instance requests each.
// Cloud Run's request-based billing charges an instance for the time it
// handles at least one request
// (https://cloud.google.com/run/docs/configuring/billing-settings); Vercel
// Fluid bills provisioned memory for the time an instance is alive serving
// requests, Active CPU apart (https://vercel.com/docs/fluid-compute/pricing).
// Neither bills an instance busy_s / per_instance seconds unless it is
// always full. With L = busy_s / seconds in a month, the requests in flight
// on average, requests that arrive at random are all out of flight for a
// share e^-L of the month (Poisson in flight), so instances are billed for at
// least 1 - e^-L of the month, and for at least L / per_instance full
// instances: month x max(L / per_instance, 1 - e^-L). At low load that is
// each request's own time (few ever share an instance), at high load busy_s
// / per_instance (instances full), and with one request an instance (Lambda,
// Netlify) exactly busy_s. In between, where a few partly full instances run
// at once, it is a little low: both terms are lower bounds.
double instance_seconds(double busy_s, double per_instance) {
  const double in_flight = busy_s / kSecondsPerMonth;
  // Full instances: 1 - e^-L < 1 <= L / per_instance (and expm1 is the
  // costliest call in the flip search).
  if (in_flight >= per_instance) return kSecondsPerMonth * (in_flight / per_instance);
  return kSecondsPerMonth * std::max(in_flight / per_instance, -std::expm1(-in_flight));
}

// A serverless platform bills on use: invocations, CPU-seconds (active only,
// or all the instance time where CPU is billed while waiting) and memory
// GB-seconds of instance time at the size the platform gives an instance
// (Vercel: 2 GB, whatever the function needs). Requests in flight at once
// share an instance, as many as its concurrency allows and its one vCPU can
// serve.
struct PlatformBill {
  double usd = 0;
  bool upgrade = false;  // past a plan that sells no more: billed as its paid plan
};
PlatformBill serverless_bill(const Load& load, const Platform& p) {
  // The autoscaler adds an instance once either fills to its target.
  const double t = p.autoscale_target;
  const double per_instance =
      std::max(1.0, std::min(p.instance_concurrency * t, t / load.cpu_share));
  const double instance_s = instance_seconds(load.busy_s, per_instance);
  const double cpu_s = p.cpu_billed_while_waiting ? instance_s : load.busy_s * load.cpu_share;
  const double memory_gb_s = instance_s * p.function_memory_gb;
  // Vercel Hobby sells nothing past its included usage: a project that
  // needs more needs Pro, its fee and every unit at Pro's rates against
  // Pro's credit (https://vercel.com/docs/plans/hobby).
  if (p.upgrade_plan_usd_month > 0 &&
      (load.calls > p.included_invocations || cpu_s > p.included_cpu_s ||
       memory_gb_s > p.included_memory_gb_s)) {
    const double usage = load.calls / 1e6 * p.usd_per_million_invocations +
                         cpu_s * p.usd_per_cpu_s + memory_gb_s * p.usd_per_memory_gb_s;
    return {p.upgrade_plan_usd_month + over(usage, p.upgrade_usage_credit_usd_month), true};
  }
  const double usage =
      over(load.calls, p.included_invocations) / 1e6 * p.usd_per_million_invocations +
      over(cpu_s, p.included_cpu_s) * p.usd_per_cpu_s +
      over(memory_gb_s, p.included_memory_gb_s) * p.usd_per_memory_gb_s;
  return {p.plan_usd_month + over(usage, p.usage_credit_usd_month), false};
}

// The JavaScript side's bill: on use on a serverless platform, else the
// always-on Next.js containers that cover its busiest hour.
struct JsBill {
  double usd = 0;
  bool upgrade = false;  // PlatformBill's
  int containers = 0;    // at peak, on always-on containers
};
JsBill js_bill(const Load& load, const Platform& p, const Assumptions& a) {
  if (p.serverless) {
    const PlatformBill bill = serverless_bill(load, p);
    return {bill.usd, bill.upgrade, 0};
  }
  const ContainerSize size = container_for(load, a.js_container_usd_month, a.js_container_vcpu, a);
  const Fleet fleet =
      always_on(load.busy_s, slots(a.js_container_concurrency, size.vcpu, load.cpu_share), a);
  return {fleet.billed * size.usd_month, false, fleet.at_peak};
}

// The queue service running `tasks` on its own machines: per run and per
// second a task runs, on its default machine or, for heavy processing, one
// with a whole vCPU (as Celery's prefork gives each such job a core).
double queue_service_bill(const Load& tasks, const Scenario& s, const Assumptions& a) {
  const double per_s = s.heavy_processing ? a.queue_service_heavy_usd_per_compute_s
                                          : a.queue_service_usd_per_compute_s;
  const double usage = tasks.calls * a.queue_service_usd_per_run + tasks.busy_s * per_s;
  return a.queue_service_plan_usd_month + over(usage, a.queue_service_included_usd_month);
}

}  // namespace

double job_cpu_share(const Scenario& s, const Assumptions& a) {
  return s.heavy_processing ? a.heavy_job_cpu_share : a.ai_job_cpu_share;
}

bool python_service_has_a_purpose(const Scenario& s) {
  return s.python_libraries == PythonLibraries::kRequired || s.team != Team::kTypescript ||
         s.ai_logic == AiLogic::kComplex || !has_ui(s.product);
}

bool has_ui(Product p) { return p == Product::kWebApp || p == Product::kWebAppAndApi; }

double longest_job(const Scenario& s) {
  return std::max(s.job_seconds_longest, s.scheduled_job_seconds);
}

bool past_cron_limit(const Scenario& s, const Platform& p) {
  return p.cron_max_s > 0 && s.scheduled_job_seconds > p.cron_max_s;
}

bool queue_tasks_fit_platform(const Scenario& s, const Assumptions& a) {
  if (!s.heavy_processing) return true;
  const Platform& p = a.platforms[s.platform];
  const double longest = longest_job(s);
  return p.native_binaries && (p.function_max_s <= 0 || longest <= p.function_max_s) &&
         (p.cpu_max_s <= 0 || longest * job_cpu_share(s, a) <= p.cpu_max_s);
}

bool gpt_action_may_give_up(double seconds, const Scenario& s, const Assumptions& a) {
  return s.product == Product::kGptAction && a.gpt_action_timeout_s > 0 &&
         seconds > a.limit_headroom_share * a.gpt_action_timeout_s;
}

bool past_request_limits(const Parts& parts, double seconds, const Scenario& s,
                         const Assumptions& a) {
  const Platform& p = a.platforms[s.platform];
  return seconds > a.queue_recommended_s ||
         (parts.nextjs && p.function_max_s > 0 && seconds > p.function_max_s) ||
         gpt_action_may_give_up(seconds, s, a);
}

bool heavy_work_without_native_code(const Parts& parts, const Scenario& s, const Assumptions& a) {
  return parts.nextjs && !parts.fastapi && s.heavy_processing &&
         !a.platforms[s.platform].native_binaries;
}

bool outgrows_request(const Parts& parts, double seconds, const Scenario& s, const Assumptions& a) {
  return past_request_limits(parts, seconds, s, a) || heavy_work_without_native_code(parts, s, a);
}

bool schedule_needs_queue(const Parts& parts, const Scenario& s, const Assumptions& a) {
  return s.scheduled_job_seconds > a.queue_recommended_s ||
         (parts.nextjs && !parts.fastapi && past_cron_limit(s, a.platforms[s.platform])) ||
         (s.scheduled_job_seconds > 0 && heavy_work_without_native_code(parts, s, a));
}

bool may_hold_typical_job(const Parts& parts, const Scenario& s, const Assumptions& a) {
  return parts.durable() && s.product == Product::kWebApp &&
         s.job_seconds_typical > a.interactive_limit_s &&
         !outgrows_request(parts, s.job_seconds_typical, s, a) &&
         (s.job_seconds_longest >= 2 * s.job_seconds_typical ||
          !outgrows_request(parts, s.job_seconds_longest, s, a));
}

bool may_queue_interactions(const Parts& parts, const Scenario& s, const Assumptions& a) {
  return parts.durable() && s.product != Product::kGptAction && !s.latency_sensitive &&
         s.job_seconds_typical <= a.interactive_limit_s &&
         !outgrows_request(parts, s.job_seconds_typical, s, a) &&
         outgrows_request(parts, s.job_seconds_longest, s, a);
}

bool may_move_typical_job(const Parts& parts, const Scenario& s, const Assumptions& a) {
  return may_hold_typical_job(parts, s, a) || may_queue_interactions(parts, s, a);
}

Routing routing(const Parts& parts, const Scenario& s, const Assumptions& a, bool move_typical) {
  if (!parts.durable()) return {};
  Routing r;
  const bool queued_by_default = s.job_seconds_typical > a.interactive_limit_s ||
                                 outgrows_request(parts, s.job_seconds_typical, s, a);
  r.typical_queued = queued_by_default != (move_typical && may_move_typical_job(parts, s, a));
  r.requests_queued = r.typical_queued || outgrows_request(parts, s.job_seconds_longest, s, a);
  r.schedule_queued = schedule_needs_queue(parts, s, a);
  r.runs_jobs = r.requests_queued || r.schedule_queued;
  return r;
}

RequestJobs request_jobs(const Scenario& s, const Assumptions& a) {
  const double t = s.job_seconds_typical, longest = s.job_seconds_longest;
  // Lengths spread evenly in log between t and the longest average
  // (longest - t) / ln(longest / t): t itself where the two meet, and
  // continuous there (the log1p form keeps its digits when they are close).
  const double ratio = longest / t;
  const double spread = ratio > 1 + 1e-9 ? std::log1p(ratio - 1) : 0;
  const double tail_s = spread > 0 ? (longest - t) / spread : t;
  const double tail_calls = s.monthly_requests * a.long_job_share;
  return {s.monthly_requests - tail_calls, t, tail_calls, tail_s, spread};
}

double minute_jobs_in_flight(const Scenario& s, const Assumptions& a, const RequestJobs& jobs) {
  const double line = a.queue_recommended_s, t = s.job_seconds_typical;
  const double longest = s.job_seconds_longest;
  if (!(longest > line)) return 0;
  if (t > line) return jobs.busy_s() / kSecondsPerMonth;
  // Tail lengths are even in log between t and the longest: the share past
  // the line, ln(longest / line) / ln(longest / t), at (longest - line) /
  // ln(longest / line) seconds each; all of them, at about the line, when
  // the two lengths meet within the spread request_jobs resolves.
  const double past_line_s = jobs.log_spread > 0 ? (longest - line) / jobs.log_spread : jobs.tail_s;
  return jobs.tail_calls * past_line_s / kSecondsPerMonth;
}

double ai_work_containers(const Scenario& s, const Assumptions& a, const RequestJobs& jobs) {
  const double scheduled_busy_s =
      s.scheduled_job_seconds > 0 ? a.scheduled_runs_month * s.scheduled_job_seconds : 0;
  const double vcpu = s.heavy_processing ? a.heavy_container_vcpu : a.api_container_vcpu;
  return peak_instances(jobs.busy_s() + scheduled_busy_s,
                        slots(a.api_container_concurrency, vcpu, job_cpu_share(s, a)), a);
}

Cost estimate_cost(Candidate c, const Scenario& s, const Assumptions& a) {
  Cost cost;
  estimate_cost(c, s, a, request_jobs(s, a), false, cost);
  return cost;
}

void estimate_cost(Candidate c, const Scenario& s, const Assumptions& a, const RequestJobs& jobs,
                   bool move_typical, Cost& cost) {
  const CandidateInfo& ci = info(c);
  const Parts& parts = ci.parts;
  const Platform& p = a.platforms[s.platform];
  const double scheduled_runs = s.scheduled_job_seconds > 0 ? a.scheduled_runs_month : 0;
  // Each job runs on one part, which alone spends the job's CPU share. A
  // durable design queues the requests' jobs that need it: all of them with
  // the typical one, else the tail's once the longest outgrows a request;
  // and its scheduled runs. The other jobs run where the design without its
  // queue runs them: FastAPI, else the platform.
  const double cpu = job_cpu_share(s, a);
  const bool heavy = s.heavy_processing;
  cost.routing = routing(parts, s, a, move_typical);
  const bool all_queued = cost.routing.typical_queued;
  const bool tail_queued = !all_queued && cost.routing.requests_queued;
  const Load typical_jobs{jobs.typical_calls, jobs.typical_calls * jobs.typical_s, cpu, heavy};
  const Load tail_jobs{jobs.tail_calls, jobs.tail_calls * jobs.tail_s, cpu, heavy};
  const Load all_jobs = combined(typical_jobs, tail_jobs);
  const Load direct = all_queued ? Load{} : tail_queued ? typical_jobs : all_jobs;
  const Load scheduled{scheduled_runs, scheduled_runs * s.scheduled_job_seconds, cpu, heavy};
  const Load queued_requests = all_queued ? all_jobs : tail_queued ? tail_jobs : Load{};
  const Load queued = combined(queued_requests, scheduled);
  const double queued_n = queued_requests.calls, direct_n = direct.calls;
  // A queued request costs the request path an enqueue and a result call.
  const Load enqueue{2 * queued_n, 2 * queued_n * a.gateway_seconds, waiting_cpu_share(a)};
  const Load request_path =
      parts.durable() ? combined(direct, enqueue) : combined(direct, scheduled);
  // The hybrid's gateway holds each direct request open while FastAPI runs
  // its job (scheduled runs start in FastAPI, not through it), and passes
  // the enqueue and result calls on.
  const Load gateway = combined({direct_n, direct.busy_s, waiting_cpu_share(a)}, enqueue);

  CostBreakdown& b = cost.breakdown;
  if (parts.nextjs) {
    JsBill js = js_bill(parts.fastapi ? gateway : request_path, p, a);
    if (parts.managed_queue) {
      // The queue's tasks run where they cost less: on the queue service's
      // machines, or as a durable workflow's steps, functions of their own
      // beside the requests (an invocation each), where they fit.
      b.queue_tasks = QueueTasks::kQueueService;
      b.queue_usd_month = queue_service_bill(queued, s, a);
      if (queue_tasks_fit_platform(s, a)) {
        const double steps = queued.calls * a.queue_workflow_steps_per_job;
        const JsBill with_steps = js_bill(
            combined(request_path, {steps, queued.busy_s, queued.cpu_share, queued.heavy}), p, a);
        const double workflow_usd = steps * a.queue_workflow_usd_per_step;
        if (with_steps.usd + workflow_usd <= js.usd + b.queue_usd_month) {
          js = with_steps;
          b.queue_tasks = QueueTasks::kPlatform;
          b.queue_usd_month = workflow_usd;
        }
      }
    }
    b.platform_usd_month = js.usd;
    b.platform_upgrade = js.upgrade;
    b.platform_always_on = !p.serverless;
    b.js_containers = js.containers;
  } else if (has_ui(s.product)) {
    // FastAPI alone leaves the UI to a separate front end, hosted where the
    // JavaScript side would be: the plan's fee, or one small container.
    b.frontend_usd_month = p.serverless ? p.plan_usd_month : a.js_container_usd_month;
  }
  if (parts.fastapi) {
    // FastAPI runs the direct requests' jobs and the enqueue and status calls.
    const Load& api = request_path;
    const ContainerSize size =
        container_for(api, a.api_container_usd_month, a.api_container_vcpu, a);
    const Fleet fleet =
        always_on(api.busy_s, slots(a.api_container_concurrency, size.vcpu, api.cpu_share), a);
    b.api_containers = fleet.at_peak;
    b.api_usd_month = fleet.billed * size.usd_month;
  }
  if (parts.celery) {
    b.worker_pool = s.heavy_processing ? WorkerPool::kPrefork : WorkerPool::kThreads;
    const ContainerSize size =
        container_for(queued, a.worker_container_usd_month, a.worker_container_vcpu, a);
    // Prefork runs as many processes as the jobs' CPU share lets its cores
    // keep busy (like FastAPI's cap); an I/O pool runs many waiting tasks.
    const double pool = b.worker_pool == WorkerPool::kPrefork ? size.vcpu / queued.cpu_share
                                                              : a.worker_io_pool_size;
    const Fleet fleet = always_on(queued.busy_s, slots(pool, size.vcpu, queued.cpu_share), a);
    b.worker_containers = fleet.at_peak;
    b.workers_usd_month = fleet.billed * size.usd_month;
    b.broker_usd_month = a.broker_usd_month;
  }
  cost.infra_usd_month = b.platform_usd_month + b.frontend_usd_month + b.api_usd_month +
                         b.workers_usd_month + b.broker_usd_month + b.queue_usd_month;

  Shape sh = ci.shape;
  if (!parts.nextjs && has_ui(s.product)) {
    // The separate front end: its own codebase, dependencies, pipeline and deploy.
    ++sh.codebases;
    ++sh.dependency_sets;
    ++sh.pipelines;
    ++sh.deploy_targets;
  }
  cost.codebases = sh.codebases;
  cost.dependency_sets = sh.dependency_sets;
  cost.deploy_targets = sh.deploy_targets;
  cost.pipelines = sh.pipelines;
  cost.services_to_monitor = sh.services;
  // What a typical request passes through: the queue only when its job is
  // queued.
  cost.network_hops = sh.hops - (parts.durable() && !all_queued ? 1 : 0);
  cost.added_latency_ms = (parts.nextjs && parts.fastapi ? a.hop_latency_ms : 0) +
                          (all_queued ? a.queue_latency_ms : 0);
  cost.maintenance_hours_month =
      sh.codebases * a.hours_per_codebase + sh.deploy_targets * a.hours_per_deploy_target +
      sh.services * a.hours_per_service + sh.pipelines * a.hours_per_pipeline;
  cost.engineering_usd_month = cost.maintenance_hours_month * a.engineer_usd_hour;
  cost.total_usd_month = cost.infra_usd_month + cost.engineering_usd_month;
}

}  // namespace wb
