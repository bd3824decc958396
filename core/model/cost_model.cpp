#include "cost_model.h"

#include <algorithm>
#include <cmath>

namespace wb {
namespace {

// Container capacity so that the busiest hour stays under the target
// utilisation; never less than one (the service must be up). Returned as a
// fraction: hosts bill per second and autoscale, and whole steps would make
// the ranking flicker between candidates as volume grows.
double instances_for(double busy_seconds_month, double concurrency, const Assumptions& a) {
  const double average_in_flight = busy_seconds_month / kSecondsPerMonth;
  const double capacity = std::max(concurrency * a.target_utilisation, 1e-9);
  return std::max(1.0, std::min(average_in_flight * a.peak_to_average / capacity, 1e9));
}

// Whole containers running in the busiest hour.
int at_peak(double instances) { return static_cast<int>(std::ceil(instances - 1e-9)); }

double over(double used, double included) { return std::max(0.0, used - included); }

// The JavaScript side on the chosen platform: `invocations` function calls
// that keep an instance busy for `busy_seconds` in all.
double platform_usd(double invocations, double busy_seconds, const Platform& p,
                    const Assumptions& a, int* js_containers) {
  if (!p.serverless) {
    const double instances = instances_for(busy_seconds, a.js_container_concurrency, a);
    *js_containers = at_peak(instances);
    return instances * a.js_container_usd_month;
  }
  // Active-CPU platforms bill only while code runs; an AI job mostly waits.
  const double cpu_s = busy_seconds * (p.cpu_billed_while_waiting ? 1.0 : a.ai_job_cpu_share);
  const double memory_gb_s = busy_seconds * a.function_memory_gb;
  const double usage =
      over(invocations, p.included_invocations) / 1e6 * p.usd_per_million_invocations +
      over(cpu_s, p.included_cpu_s) * p.usd_per_cpu_s +
      over(memory_gb_s, p.included_memory_gb_s) * p.usd_per_memory_gb_s;
  return p.plan_usd_month + over(usage, p.usage_credit_usd_month);
}

}  // namespace

Cost estimate_cost(Candidate c, const Scenario& s, const Assumptions& a) {
  const CandidateInfo& ci = info(c);
  const Platform& p = a.platforms[s.platform];
  const double n = s.monthly_requests;
  const double job_busy = n * s.job_seconds_typical;  // seconds per month spent running jobs
  const double gateway_busy = n * a.gateway_seconds;  // seconds per month of enqueue/proxy calls

  Cost cost;
  CostBreakdown& b = cost.breakdown;
  if (ci.parts.nextjs) {
    // With workers the gateway enqueues and later fetches the result (two
    // short calls); without, it waits on the whole job.
    b.platform_usd_month = ci.parts.celery
                               ? platform_usd(2 * n, 2 * gateway_busy, p, a, &b.js_containers)
                               : platform_usd(n, job_busy, p, a, &b.js_containers);
  }
  if (ci.parts.fastapi) {
    const double api =
        instances_for(ci.parts.celery ? gateway_busy : job_busy, a.api_container_concurrency, a);
    b.api_containers = at_peak(api);
    b.api_usd_month = api * a.api_container_usd_month;
  }
  if (ci.parts.celery) {
    const double workers = instances_for(job_busy, a.worker_concurrency, a);
    b.worker_containers = at_peak(workers);
    b.workers_usd_month = workers * a.worker_container_usd_month;
    b.broker_usd_month = a.broker_usd_month;
  }
  cost.infra_usd_month =
      b.platform_usd_month + b.api_usd_month + b.workers_usd_month + b.broker_usd_month;

  const Shape& sh = ci.shape;
  cost.codebases = sh.codebases;
  cost.dependency_sets = sh.dependency_sets;
  cost.deploy_targets = sh.deploy_targets;
  cost.pipelines = sh.pipelines;
  cost.services_to_monitor = sh.services;
  cost.network_hops = sh.hops;
  cost.added_latency_ms = (ci.parts.nextjs && ci.parts.fastapi ? a.hop_latency_ms : 0) +
                          (ci.parts.celery ? a.queue_latency_ms : 0);
  cost.maintenance_hours_month =
      sh.codebases * a.hours_per_codebase + sh.deploy_targets * a.hours_per_deploy_target +
      sh.services * a.hours_per_service + sh.pipelines * a.hours_per_pipeline;
  cost.total_usd_month = cost.infra_usd_month + cost.maintenance_hours_month * a.engineer_usd_hour;
  return cost;
}

}  // namespace wb
