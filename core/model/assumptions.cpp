#include "assumptions.h"

namespace wb {

const std::vector<ConstantField>& constant_fields() {
  using A = Assumptions;
  static const std::vector<ConstantField> fields{
      {"api_container_usd_month", "USD/month", &A::api_container_usd_month},
      {"api_container_vcpu", "vCPU", &A::api_container_vcpu, true},
      {"api_container_concurrency", "requests in flight", &A::api_container_concurrency, true},
      {"worker_container_usd_month", "USD/month", &A::worker_container_usd_month},
      {"worker_container_vcpu", "vCPU", &A::worker_container_vcpu, true},
      {"worker_io_pool_size", "tasks at once", &A::worker_io_pool_size, true},
      {"heavy_container_usd_month", "USD/month", &A::heavy_container_usd_month},
      {"heavy_container_vcpu", "vCPU", &A::heavy_container_vcpu, true},
      {"js_container_usd_month", "USD/month", &A::js_container_usd_month},
      {"js_container_vcpu", "vCPU", &A::js_container_vcpu, true},
      {"js_container_concurrency", "requests in flight", &A::js_container_concurrency, true},
      {"broker_usd_month", "USD/month", &A::broker_usd_month},
      {"peak_to_average", "ratio", &A::peak_to_average, true},
      {"target_utilisation", "share", &A::target_utilisation, true, 1},
      {"queue_service_plan_usd_month", "USD/month", &A::queue_service_plan_usd_month},
      {"queue_service_included_usd_month", "USD/month", &A::queue_service_included_usd_month},
      {"queue_service_usd_per_run", "USD", &A::queue_service_usd_per_run},
      {"queue_service_usd_per_compute_s", "USD", &A::queue_service_usd_per_compute_s},
      {"queue_service_heavy_usd_per_compute_s", "USD", &A::queue_service_heavy_usd_per_compute_s},
      {"queue_service_max_run_s", "seconds", &A::queue_service_max_run_s},
      {"queue_workflow_usd_per_step", "USD", &A::queue_workflow_usd_per_step},
      {"queue_workflow_steps_per_job", "steps", &A::queue_workflow_steps_per_job},
      {"scheduled_runs_month", "runs/month", &A::scheduled_runs_month},
      {"ai_job_cpu_share", "share", &A::ai_job_cpu_share, true, 1},
      {"heavy_job_cpu_share", "share", &A::heavy_job_cpu_share, true, 1},
      {"long_job_share", "share", &A::long_job_share, true, 1},
      {"gateway_seconds", "seconds", &A::gateway_seconds},
      {"engineer_usd_hour", "USD/hour", &A::engineer_usd_hour, true},
      {"bill_scale_usd_month", "USD/month", &A::bill_scale_usd_month, true},
      {"hours_per_codebase", "hours/month", &A::hours_per_codebase},
      {"hours_per_deploy_target", "hours/month", &A::hours_per_deploy_target},
      {"hours_per_service", "hours/month", &A::hours_per_service},
      {"hours_per_pipeline", "hours/month", &A::hours_per_pipeline},
      {"hop_latency_ms", "ms", &A::hop_latency_ms},
      {"queue_latency_ms", "ms", &A::queue_latency_ms},
      {"interactive_limit_s", "seconds", &A::interactive_limit_s},
      {"queue_recommended_s", "seconds", &A::queue_recommended_s},
      {"queue_required_s", "seconds", &A::queue_required_s},
      {"gpt_action_timeout_s", "seconds", &A::gpt_action_timeout_s},
      {"limit_headroom_share", "share", &A::limit_headroom_share, true, 1},
      {"celery_visibility_timeout_s", "seconds", &A::celery_visibility_timeout_s},
      {"server_actions_body_limit_bytes", "bytes", &A::server_actions_body_limit_bytes},
  };
  return fields;
}

const std::vector<PlatformField>& platform_fields() {
  using P = Platform;
  static const std::vector<PlatformField> fields{
      {"serverless", "", nullptr, &P::serverless},
      {"commercial_use", "", nullptr, &P::commercial_use},
      {"cpu_billed_while_waiting", "", nullptr, &P::cpu_billed_while_waiting},
      {"native_binaries", "", nullptr, &P::native_binaries},
      {"function_max_s", "seconds", &P::function_max_s, nullptr},
      {"function_default_s", "seconds", &P::function_default_s, nullptr},
      {"function_beta_max_s", "seconds", &P::function_beta_max_s, nullptr},
      {"cpu_max_s", "CPU-seconds", &P::cpu_max_s, nullptr},
      {"cpu_default_s", "CPU-seconds", &P::cpu_default_s, nullptr},
      {"http_gateway_max_s", "seconds", &P::http_gateway_max_s, nullptr},
      {"background_max_s", "seconds", &P::background_max_s, nullptr},
      {"cron_max_s", "seconds", &P::cron_max_s, nullptr},
      {"cron_min_interval_s", "seconds", &P::cron_min_interval_s, nullptr},
      {"plan_usd_month", "USD/month", &P::plan_usd_month, nullptr},
      {"usage_credit_usd_month", "USD/month", &P::usage_credit_usd_month, nullptr},
      {"included_invocations", "invocations/month", &P::included_invocations, nullptr},
      {"usd_per_million_invocations", "USD", &P::usd_per_million_invocations, nullptr},
      {"included_cpu_s", "CPU-seconds/month", &P::included_cpu_s, nullptr},
      {"usd_per_cpu_s", "USD", &P::usd_per_cpu_s, nullptr},
      {"included_memory_gb_s", "GB-seconds/month", &P::included_memory_gb_s, nullptr},
      {"usd_per_memory_gb_s", "USD", &P::usd_per_memory_gb_s, nullptr},
      {"function_memory_gb", "GB", &P::function_memory_gb, nullptr},
      {"instance_concurrency", "requests per instance", &P::instance_concurrency, nullptr},
      {"autoscale_target", "share", &P::autoscale_target, nullptr, true, 1},
      {"upgrade_plan_usd_month", "USD/month", &P::upgrade_plan_usd_month, nullptr},
      {"upgrade_usage_credit_usd_month", "USD/month", &P::upgrade_usage_credit_usd_month, nullptr},
  };
  return fields;
}

double range_value(const Assumptions& a, const ValueRange& r) {
  return r.constant ? a.*r.constant->member : a.platforms[r.platform].*r.platform_field->number;
}

void set_range_value(Assumptions& a, const ValueRange& r, double v) {
  if (r.constant)
    a.*r.constant->member = v;
  else
    a.platforms[r.platform].*r.platform_field->number = v;
}

int find_platform(const Assumptions& a, std::string_view id) {
  for (std::size_t i = 0; i < a.platforms.size(); ++i)
    if (a.platforms[i].id == id) return static_cast<int>(i);
  return -1;
}

}  // namespace wb
