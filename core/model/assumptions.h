// The numbers behind the model: platform limits and prices, and the cost
// model's constants. The built-in values come from core/data/assumptions.json
// (each with its source and date); a scenario may override any of them.
//   a.platforms[p].function_max_s  // 800 for Vercel Pro
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace wb {

// Where the JavaScript side runs, and what it costs there.
struct Platform {
  std::string id;                  // "vercel_pro"
  std::string name;                // "Vercel Pro"
  bool serverless = true;          // false: an always-on container
  bool commercial_use = true;      // the plan's terms allow a business
  double function_max_s = 0;       // seconds a function may run; 0 = no limit
  double function_default_s = 0;   // seconds it runs unless its timeout is raised; 0 = no limit
  double function_beta_max_s = 0;  // seconds, a longer limit in beta; 0 = none
  double cpu_max_s = 0;            // CPU-seconds a request may use; 0 = no limit of its own
  double cpu_default_s = 0;        // CPU-seconds it may use unless raised; 0 = no limit
  double http_gateway_max_s = 0;  // seconds before the usual HTTP gateway stops a request; 0 = none
  double background_max_s = 0;    // seconds a fire-and-forget background function may run; 0 = none
  double cron_max_s = 0;          // seconds a scheduled invocation may run; 0 = no limit
  double cron_min_interval_s = 0;          // seconds between cron runs at the most often
  double plan_usd_month = 0;               // USD per month, fixed plan fee
  double usage_credit_usd_month = 0;       // USD per month of usage the plan fee covers
  double included_invocations = 0;         // invocations per month at no charge
  double usd_per_million_invocations = 0;  // USD
  double included_cpu_s = 0;               // CPU-seconds per month at no charge
  double usd_per_cpu_s = 0;                // USD per CPU-second
  double included_memory_gb_s = 0;         // GB-seconds per month at no charge
  double usd_per_memory_gb_s = 0;          // USD per GB-second
  double function_memory_gb = 0;           // GB an instance is given, billed per GB-second
  bool cpu_billed_while_waiting = false;   // CPU billed for wall time, not only active time
  bool native_binaries =
      true;  // a function may run native code (ONNX, ffmpeg), not only JS and wasm
  double instance_concurrency = 1;  // requests sharing one billed instance (1: one each)
  // The share of an instance's CPU and concurrency its autoscaler fills
  // before it starts another (Cloud Run: 60 %); 1: filled to the limit.
  double autoscale_target = 1;
  // A plan that sells no usage past what it includes (Vercel Hobby) stops
  // there: more needs its paid plan, at this fee, which bills all the usage
  // at the rates above against its own credit. 0: the plan bills what it
  // does not include.
  double upgrade_plan_usd_month = 0;          // USD per month
  double upgrade_usage_credit_usd_month = 0;  // USD per month of usage that fee covers
};

// The low and high ends of an estimated value (see the data file): a
// constant, or one platform's value.
struct ConstantField;
struct PlatformField;
struct ValueRange {
  std::string key;  // "worker_io_pool_size", "platforms.vercel_pro.instance_concurrency"
  const ConstantField* constant = nullptr;  // set for a constant
  int platform = -1;                        // else the platform's index
  const PlatformField* platform_field = nullptr;
  double low = 0, high = 0;
};

struct Assumptions {
  std::string version;  // the data set's version, e.g. "2026-11-25"
  std::vector<Platform> platforms;
  int default_platform = 0;  // index into platforms

  // Hosting of the Python side and the broker: always-on containers.
  double api_container_usd_month = 0;     // USD per month, one FastAPI container
  double api_container_vcpu = 0;          // vCPUs of one FastAPI container
  double api_container_concurrency = 0;   // requests in flight per FastAPI process
  double worker_container_usd_month = 0;  // USD per month, one Celery worker container
  double worker_container_vcpu = 0;       // vCPUs of one worker container
  double worker_io_pool_size = 0;         // tasks at once in a threads/gevent pool (I/O-bound jobs)
  // Any always-on part that runs heavy processing itself runs on this size
  // instead: local models and media tools need its memory and whole core.
  double heavy_container_usd_month = 0;  // USD per month, one container for heavy processing
  double heavy_container_vcpu = 0;       // vCPUs of one such container
  double js_container_usd_month = 0;  // USD per month, one Next.js container (containers platform)
  double js_container_vcpu = 0;       // vCPUs of one Next.js container
  double js_container_concurrency = 0;  // requests in flight per Next.js container
  double broker_usd_month = 0;          // USD per month, managed Redis for Celery
  double peak_to_average = 0;           // busiest hour's load over the month's average
  double target_utilisation = 0;        // share of capacity used at peak, 0..1
  // The managed durable queue (nextjs_queue): tasks run on the service's machines.
  double queue_service_plan_usd_month = 0;           // USD per month, plan fee
  double queue_service_included_usd_month = 0;       // USD per month of usage the fee covers
  double queue_service_usd_per_run = 0;              // USD per task run
  double queue_service_usd_per_compute_s = 0;        // USD per second a task runs (wall time)
  double queue_service_heavy_usd_per_compute_s = 0;  // the same on the machine for heavy processing
  double queue_service_max_run_s = 0;                // seconds a task may run; 0 = no limit
  // The same queue as a durable workflow whose steps run on the platform's
  // own functions (queue_tasks_fit_platform), billed at its rates.
  double queue_workflow_usd_per_step = 0;   // USD per workflow step
  double queue_workflow_steps_per_job = 0;  // steps one job takes
  // Scheduled jobs.
  double scheduled_runs_month = 0;  // runs per month of the longest scheduled job
  // Share of a job's wall time on CPU (rest waits on the model); also the
  // share of a part that only waits on another (a gateway, an enqueue call).
  double ai_job_cpu_share = 0;
  double heavy_job_cpu_share = 0;  // the same for heavy processing on our servers
  double long_job_share = 0;       // share of requests queued when only the longest job needs it
  double gateway_seconds = 0;      // seconds, a gateway call that only enqueues or proxies
  // People.
  double engineer_usd_hour = 0;  // USD per hour of maintenance
  // USD a month the rules that weigh bills count in (an engineer-week's pay
  // at the default rate); fixed, so the rate prices upkeep and nothing else.
  double bill_scale_usd_month = 0;
  double hours_per_codebase = 0;       // hours per month per codebase
  double hours_per_deploy_target = 0;  // hours per month per deploy target
  double hours_per_service = 0;        // hours per month per monitored service
  double hours_per_pipeline = 0;       // hours per month per CI pipeline
  // Latency.
  double hop_latency_ms = 0;    // ms added by one internal HTTP hop
  double queue_latency_ms = 0;  // ms added by enqueue, pickup and result polling
  // Thresholds from the article and from Celery.
  double interactive_limit_s = 0;   // seconds, past this an interaction is not "short"
  double queue_recommended_s = 0;   // seconds, past this a queue pays for itself
  double queue_required_s = 0;      // seconds, past this only a durable queue is safe
  double gpt_action_timeout_s = 0;  // seconds ChatGPT waits on an Action call; 0 = no limit
  double limit_headroom_share = 0;  // share of a hard limit a job may use before a warning
  double celery_visibility_timeout_s =
      0;  // seconds, Redis redelivers unacknowledged tasks after this
  double server_actions_body_limit_bytes = 0;  // bytes, default request body limit

  // Estimates with their plausible range; a reader's override of a
  // constant removes its range (their number is a fact for them).
  std::vector<ValueRange> ranges;
};

// One numeric or boolean member with its key in the data file and in
// `assumptions` overrides. Written once, read by the codec.
struct ConstantField {
  std::string_view key;
  std::string_view unit;
  double Assumptions::*member;
  bool positive = false;  // divides or scales capacity, so 0 is invalid too
  double max = 1e12;      // highest valid value (1 for shares)
};
struct PlatformField {
  std::string_view key;
  std::string_view unit;
  double Platform::*number;  // set for numbers
  bool Platform::*flag;      // set for booleans
  bool positive = false;     // divides or scales capacity, so 0 is invalid too
  double max = 1e12;         // highest valid value (1 for shares)
};

const std::vector<ConstantField>& constant_fields();
const std::vector<PlatformField>& platform_fields();

// Reads or sets the value a range is about.
double range_value(const Assumptions& a, const ValueRange& r);
void set_range_value(Assumptions& a, const ValueRange& r, double v);

// Index of the platform with this id, or -1.
int find_platform(const Assumptions& a, std::string_view id);

}  // namespace wb
