// The scenario's fields as data: name, kind, bounds, label. The codec decodes
// and encodes through this table, the schema is printed from it, and the
// range checks read their bounds from it, so a field is described once.
//   const ScenarioField* f = find_scenario_field("monthly_requests");
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "assumptions.h"
#include "scenario.h"

namespace wb {

enum class FieldKind { kEnum, kNumber, kInteger, kBool, kPlatform };

// How a number reads to a person: "13 min 20 s", "10,000", "2.5".
enum class Measure { kNone, kDuration, kCount, kWeight };

struct ScenarioField {
  std::string_view name;
  FieldKind kind;
  std::string_view label;                  // the question a reader answers
  std::string_view unit;                   // for numbers: "seconds", "requests per month"
  double min;                              // numbers: lowest valid value
  bool min_exclusive;                      // numbers: the bound itself is invalid
  double max;                              // numbers: highest valid value
  EnumNames names;                         // enums: the closed set of values
  double Scenario::*number;                // numbers
  Measure measure;                         // numbers: how a value reads
  std::string_view noun;                   // numbers: "your longest job", for sentences
  bool zero_is_none;                       // numbers: 0 means "none" (no scheduled job)
  double Scenario::*at_least;              // numbers: another field this one may not go below
  bool Scenario::*flag;                    // booleans
  int (*get_enum)(const Scenario&);        // enums and platform
  void (*set_enum)(Scenario&, int value);  // enums and platform
};

// All fields in the order questions are asked (weights and assumptions are
// objects with tables of their own). The first kPrimaryQuestions decide most
// answers (job length, Python-only libraries, product kind); the widget
// shows them first and the rest under "More questions".
inline constexpr std::size_t kPrimaryQuestions = 3;
const std::vector<ScenarioField>& scenario_fields();
const ScenarioField* find_scenario_field(std::string_view name);

struct FieldError {
  std::string field;    // the input field at fault, dotted for nested ones
  std::string message;  // one sentence, says what is valid
};

// Ranges and cross-field rules (typical <= longest), after types are known.
std::vector<FieldError> check_scenario(const Scenario& s, int platform_count);

// Choices (enums, the platform, yes/no) as indices: enum order, platform
// order, 0/1 for no/yes.
int choice_count(const ScenarioField& f, int platform_count);
int choice_of(const ScenarioField& f, const Scenario& s);
void set_choice(const ScenarioField& f, Scenario& s, int v);
std::string choice_id(const ScenarioField& f, int v, const Assumptions& a);     // "aws_lambda"
std::string choice_label(const ScenarioField& f, int v, const Assumptions& a);  // "AWS Lambda"

// A value of `measure` as a reader reads it: "13 min 20 s", "10,000", "2.5".
std::string format_measure(Measure measure, double value);

// True when `value` is a valid value for numeric field `f`.
bool in_range(const ScenarioField& f, double value);

}  // namespace wb
