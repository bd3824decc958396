// Helpers shared by the cost tests: the built-in assumptions (and a variant
// whose managed queue runs on the queue service's machines), a default
// scenario with no tail on a named platform, the six candidates, and a
// candidate's infrastructure dollars rounded to the cent.
//   CHECK(infra(wb::Candidate::kFastapi, on("aws_lambda", 1e6)) == 7);
#pragma once

#include <doctest/doctest.h>

#include <cmath>

#include "codec/assumptions_codec.h"
#include "codec/scenario_codec.h"
#include "model/cost_model.h"

namespace cost_test {

inline const wb::Assumptions& A() { return wb::builtin_assumptions(); }

// Every job of the default scenario's typical length (10 s, its longest
// too): no tail, so each bill is requests x 10 s worked out by hand.
inline wb::Scenario on(const char* platform, double requests) {
  wb::Scenario s = wb::default_scenario();
  s.platform = wb::find_platform(A(), platform);
  REQUIRE(s.platform >= 0);
  s.monthly_requests = requests;
  s.job_seconds_longest = s.job_seconds_typical;
  return s;
}

// The built-in assumptions with a durable workflow's steps priced out, a
// dollar each: the managed queue runs any task on the queue service's
// machines (an idle queue still costs nothing as a workflow).
inline const wb::Assumptions& on_queue_service() {
  static const wb::Assumptions a = [] {
    wb::Assumptions x = A();
    x.queue_workflow_usd_per_step = 1;
    return x;
  }();
  return a;
}

inline constexpr wb::Candidate kAll[] = {
    wb::Candidate::kNextjsServerActions, wb::Candidate::kFastapi,
    wb::Candidate::kFastapiCelery,       wb::Candidate::kHybrid,
    wb::Candidate::kHybridCelery,        wb::Candidate::kNextjsQueue};

// Rounded to the cent, so a test compares cents exactly.
inline double to_cents(double usd) { return std::round(usd * 100) / 100; }

inline double infra(wb::Candidate c, const wb::Scenario& s) {
  return to_cents(wb::estimate_cost(c, s, A()).infra_usd_month);
}

}  // namespace cost_test
