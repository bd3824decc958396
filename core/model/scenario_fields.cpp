#include "scenario_fields.h"

#include <cmath>

#include "format.h"

namespace wb {
namespace {

template <typename E, E Scenario::*M>
int get_as_int(const Scenario& s) {
  return static_cast<int>(s.*M);
}
template <typename E, E Scenario::*M>
void set_from_int(Scenario& s, int v) {
  s.*M = static_cast<E>(v);
}

ScenarioField enum_field(std::string_view name, std::string_view label, EnumNames names,
                         int (*get)(const Scenario&), void (*set)(Scenario&, int)) {
  return {name,    FieldKind::kEnum, label, "",    0,       false,   0,   names,
          nullptr, Measure::kNone,   "",    false, nullptr, nullptr, get, set};
}
struct NumberSpec {
  FieldKind kind;
  Measure measure;
  std::string_view unit;
  double min;
  bool min_exclusive;
  double max;
  std::string_view noun;
  bool zero_is_none = false;
  double Scenario::*at_least = nullptr;
};
ScenarioField number_field(std::string_view name, std::string_view label, const NumberSpec& n,
                           double Scenario::*m) {
  return {name, n.kind,    label,  n.unit,         n.min,      n.min_exclusive, n.max,   {},
          m,    n.measure, n.noun, n.zero_is_none, n.at_least, nullptr,         nullptr, nullptr};
}
ScenarioField bool_field(std::string_view name, std::string_view label, bool Scenario::*m) {
  return {name,    FieldKind::kBool, label, "",    0,       false, 0,       {},
          nullptr, Measure::kNone,   "",    false, nullptr, m,     nullptr, nullptr};
}

}  // namespace

const std::vector<ScenarioField>& scenario_fields() {
  static const std::vector<ScenarioField> fields{
      number_field("job_seconds_longest", "How long does your longest AI job run?",
                   {FieldKind::kNumber, Measure::kDuration, "seconds", 0, true, kMaxJobSeconds,
                    "your longest job", false, &Scenario::job_seconds_typical},
                   &Scenario::job_seconds_longest),
      enum_field("python_libraries", "Do you need Python-only libraries?",
                 names_of(kPythonLibrariesNames),
                 get_as_int<PythonLibraries, &Scenario::python_libraries>,
                 set_from_int<PythonLibraries, &Scenario::python_libraries>),
      enum_field("product", "What do you ship?", names_of(kProductNames),
                 get_as_int<Product, &Scenario::product>,
                 set_from_int<Product, &Scenario::product>),
      number_field("job_seconds_typical", "How long does a typical AI interaction take?",
                   {FieldKind::kNumber, Measure::kDuration, "seconds", 0, true, kMaxJobSeconds,
                    "your typical job"},
                   &Scenario::job_seconds_typical),
      number_field("scheduled_job_seconds", "How long does your longest scheduled (cron) job run?",
                   {FieldKind::kNumber, Measure::kDuration, "seconds", 0, false, kMaxJobSeconds,
                    "your scheduled job", true},
                   &Scenario::scheduled_job_seconds),
      number_field("monthly_requests", "How many AI requests or jobs per month?",
                   {FieldKind::kInteger, Measure::kCount, "requests per month", 0, false,
                    kMaxMonthlyRequests, "your monthly volume"},
                   &Scenario::monthly_requests),
      enum_field("ai_logic", "How complex is the AI logic?", names_of(kAiLogicNames),
                 get_as_int<AiLogic, &Scenario::ai_logic>,
                 set_from_int<AiLogic, &Scenario::ai_logic>),
      bool_field("heavy_processing",
                 "Does your own server do heavy processing (local models, parsing documents "
                 "or media), not just call hosted models?",
                 &Scenario::heavy_processing),
      enum_field("team", "What is your team strongest in?", names_of(kTeamNames),
                 get_as_int<Team, &Scenario::team>, set_from_int<Team, &Scenario::team>),
      enum_field("stage", "Where is the product?", names_of(kStageNames),
                 get_as_int<Stage, &Scenario::stage>, set_from_int<Stage, &Scenario::stage>),
      bool_field("public_api", "Do other developers call your AI logic through an API?",
                 &Scenario::public_api),
      bool_field("billing_and_rate_limits",
                 "Must requests be metered or rate-limited before the AI runs?",
                 &Scenario::billing_and_rate_limits),
      bool_field("latency_sensitive", "Is the UI latency-sensitive?", &Scenario::latency_sensitive),
      {"platform",
       FieldKind::kPlatform,
       "Where would the JavaScript side be hosted?",
       "",
       0,
       false,
       0,
       {},
       nullptr,
       Measure::kNone,
       "",
       false,
       nullptr,
       nullptr,
       [](const Scenario& s) { return s.platform; },
       [](Scenario& s, int v) { s.platform = v; }},
  };
  return fields;
}

const ScenarioField* find_scenario_field(std::string_view name) {
  for (const auto& f : scenario_fields())
    if (f.name == name) return &f;
  return nullptr;
}

int choice_count(const ScenarioField& f, int platform_count) {
  switch (f.kind) {
    case FieldKind::kBool:
      return 2;
    case FieldKind::kPlatform:
      return platform_count;
    default:
      return static_cast<int>(f.names.size);
  }
}

int choice_of(const ScenarioField& f, const Scenario& s) {
  return f.kind == FieldKind::kBool ? (s.*f.flag ? 1 : 0) : f.get_enum(s);
}

void set_choice(const ScenarioField& f, Scenario& s, int v) {
  if (f.kind == FieldKind::kBool)
    s.*f.flag = v == 1;
  else
    f.set_enum(s, v);
}

std::string choice_id(const ScenarioField& f, int v, const Assumptions& a) {
  switch (f.kind) {
    case FieldKind::kBool:
      return v ? "yes" : "no";
    case FieldKind::kPlatform:
      return a.platforms[v].id;
    default:
      return std::string(f.names.items[v].id);
  }
}

std::string choice_label(const ScenarioField& f, int v, const Assumptions& a) {
  switch (f.kind) {
    case FieldKind::kBool:
      return v ? "yes" : "no";
    case FieldKind::kPlatform:
      return a.platforms[v].name;
    default:
      return std::string(f.names.items[v].label);
  }
}

std::string format_measure(Measure measure, double value) {
  switch (measure) {
    case Measure::kDuration:
      return format_duration(value);
    case Measure::kCount:
      return format_count(value);
    case Measure::kWeight:
      return format_number(value, 2);
    case Measure::kNone:
      break;
  }
  return format_number(value, 3);
}

bool in_range(const ScenarioField& f, double v) {
  if (!std::isfinite(v)) return false;
  if (f.min_exclusive ? v <= f.min : v < f.min) return false;
  if (v > f.max) return false;
  return f.kind != FieldKind::kInteger || v == std::floor(v);
}

std::vector<FieldError> check_scenario(const Scenario& s, int platform_count) {
  std::vector<FieldError> errors;
  for (const auto& f : scenario_fields()) {
    if (f.number && !in_range(f, s.*f.number)) {
      // Bounds read in the field's own measure ("24 h", "10,000,000,000"), so
      // a reader typing hours is not told about seconds.
      const std::string bound = std::string(f.min_exclusive ? "more than " : "at least ") +
                                format_measure(f.measure, f.min) + " and at most " +
                                format_measure(f.measure, f.max);
      const std::string unit =
          f.measure == Measure::kDuration ? "" : " (" + std::string(f.unit) + ")";
      errors.push_back({std::string(f.name),
                        std::string(f.kind == FieldKind::kInteger ? "must be a whole number "
                                                                  : "must be a number ") +
                            bound + unit + "."});
    }
    if (f.get_enum) {
      const int v = choice_of(f, s);
      if (v < 0 || v >= choice_count(f, platform_count))
        errors.push_back({std::string(f.name), "is not a known value."});
    }
  }
  if (errors.empty())
    for (const auto& f : scenario_fields())
      if (f.at_least && s.*f.number < s.*f.at_least)
        for (const auto& other : scenario_fields())
          if (other.number == f.at_least)
            errors.push_back(
                {std::string(f.name), "must be at least " + std::string(other.noun) + " (" +
                                          format_measure(f.measure, s.*f.at_least) + ")."});
  if (s.has_weights)
    for (const auto& w : kWeightFields) {
      double v = s.weights.*w.member;
      if (!std::isfinite(v) || v < 0 || v > kMaxWeight)
        errors.push_back({weight_input(w.name),
                          "must be a number from 0 to " + format_number(kMaxWeight, 0) + "."});
    }
  return errors;
}

}  // namespace wb
