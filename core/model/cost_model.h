// What a candidate costs at the scenario's volume: infrastructure dollars,
// the moving parts it adds, the hours they take and the latency they add.
//   Cost c = estimate_cost(Candidate::kHybrid, s, a);  // c.network_hops == 1
#pragma once

#include "assumptions.h"
#include "candidate.h"
#include "scenario.h"

namespace wb {

inline constexpr double kSecondsPerMonth = 730 * 3600;  // seconds in an average month

struct CostBreakdown {
  double platform_usd_month = 0;  // USD per month, the JavaScript side on the platform
  double api_usd_month = 0;       // USD per month, FastAPI containers
  double workers_usd_month = 0;   // USD per month, Celery worker containers
  double broker_usd_month = 0;    // USD per month, the Redis broker
  // Containers running in the busiest hour; the dollars above follow the
  // load (per-second billing), so they are not count x price.
  int api_containers = 0;     // FastAPI containers needed at peak
  int worker_containers = 0;  // Celery worker containers needed at peak
  int js_containers = 0;      // Next.js containers (containers platform only)
};

struct Cost {
  double infra_usd_month = 0;          // USD per month
  double maintenance_hours_month = 0;  // engineer hours per month
  double total_usd_month = 0;          // USD per month, infra + hours at the hourly rate
  int codebases = 0;
  int dependency_sets = 0;
  int deploy_targets = 0;
  int pipelines = 0;  // CI/CD pipelines
  int services_to_monitor = 0;
  int network_hops = 0;         // internal hops between the user's request and the model call
  double added_latency_ms = 0;  // ms added by those hops
  CostBreakdown breakdown;
};

Cost estimate_cost(Candidate c, const Scenario& s, const Assumptions& a);

}  // namespace wb
