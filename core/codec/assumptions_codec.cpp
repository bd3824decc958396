#include "assumptions_codec.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "../model/format.h"
#include "bounded_json.h"
#include "builtin_data.h"

namespace wb {

extern const char kAssumptionsJson[];  // generated from core/data/assumptions.json

namespace {

DataValue data_value(const nlohmann::json& v) {
  if (v.is_boolean()) return {DataValue::Kind::boolean, v.get<bool>() ? 1.0 : 0.0};
  if (v.is_number()) return {DataValue::Kind::number, v.get<double>()};
  return {};
}

// What a number out of a data value's range is told: "must be a number
// above 0 and at most 1 (share)."
std::string range_message(bool positive, double max, std::string_view unit) {
  return "must be a number " + std::string(positive ? "above 0" : "of at least 0") +
         (max < 1e12 ? " and at most " + format_number(max, 3) : std::string()) + " (" +
         std::string(unit) + ").";
}

// Reads one number or boolean into the platform or the constants; the same
// checks apply to the built-in data and to a reader's overrides.
void set_platform_value(Platform& p, const PlatformField& f, DataValue v, const std::string& path,
                        std::vector<FieldError>& errors) {
  if (f.flag) {
    if (v.kind != DataValue::Kind::boolean)
      return errors.push_back({path, "must be true or false."});
    p.*f.flag = v.number != 0;
    return;
  }
  const bool number = v.kind == DataValue::Kind::number && std::isfinite(v.number);
  if (!number || v.number < 0 || (f.positive && v.number <= 0) || v.number > f.max)
    return errors.push_back({path, range_message(f.positive, f.max, f.unit)});
  p.*f.number = v.number;
}

void set_constant(Assumptions& a, const ConstantField& f, DataValue v, const std::string& path,
                  std::vector<FieldError>& errors) {
  const bool number = v.kind == DataValue::Kind::number && std::isfinite(v.number);
  const double x = number ? v.number : 0;
  if (!number || x < 0 || (f.positive && x <= 0) || x > f.max)
    return errors.push_back({path, range_message(f.positive, f.max, f.unit)});
  a.*f.member = x;
}

const PlatformField* find_platform_field(std::string_view key) {
  for (const auto& f : platform_fields())
    if (f.key == key) return &f;
  return nullptr;
}
const ConstantField* find_constant_field(std::string_view key) {
  for (const auto& f : constant_fields())
    if (f.key == key) return &f;
  return nullptr;
}

// An estimate's range, when the data gives one: low <= value <= high.
void read_range(const BuiltinRange* entry, ValueRange range, double value,
                std::vector<ValueRange>& out, std::vector<FieldError>& errors) {
  if (!entry) return;
  if (entry->low > value || entry->high < value)
    return errors.push_back({range.key, "has a range that does not hold its value"});
  range.low = entry->low;
  range.high = entry->high;
  out.push_back(range);
}

// A reader's own number is a fact for them: it has no range.
void drop_range(Assumptions& a, const std::string& key) {
  a.ranges.erase(std::remove_if(a.ranges.begin(), a.ranges.end(),
                                [&](const ValueRange& r) { return r.key == key; }),
                 a.ranges.end());
}

// The entry of `table` for this platform index (-1: a constant) and key.
template <typename Entry>
const Entry* find_builtin(const Entry* table, std::size_t count, int platform,
                          std::string_view key) {
  for (const Entry* e = table; e != table + count; ++e)
    if (e->platform == platform && e->key == key) return e;
  return nullptr;
}
const BuiltinValue* builtin_value(int platform, std::string_view key) {
  return find_builtin(kBuiltinData.values, kBuiltinData.value_count, platform, key);
}
const BuiltinRange* builtin_range(int platform, std::string_view key) {
  return find_builtin(kBuiltinData.ranges, kBuiltinData.range_count, platform, key);
}

Assumptions load_builtin() {
  Assumptions a;
  std::vector<FieldError> errors;
  a.version = kBuiltinData.version;
  for (std::size_t i = 0; i < kBuiltinData.platform_count; ++i) {
    Platform p;
    p.id = kBuiltinData.platforms[i].id;
    p.name = kBuiltinData.platforms[i].name;
    for (const auto& f : platform_fields()) {
      const std::string path = p.id + "." + std::string(f.key);
      const BuiltinValue* v = builtin_value(static_cast<int>(i), f.key);
      if (!v) {
        errors.push_back({path, "is missing"});
        continue;
      }
      set_platform_value(p, f, v->value, path, errors);
      if (f.number)
        read_range(builtin_range(static_cast<int>(i), f.key),
                   {"platforms." + path, nullptr, static_cast<int>(i), &f}, p.*f.number, a.ranges,
                   errors);
    }
    a.platforms.push_back(p);
  }
  for (const auto& f : constant_fields()) {
    const BuiltinValue* v = builtin_value(-1, f.key);
    if (!v) {
      errors.push_back({std::string(f.key), "is missing"});
      continue;
    }
    set_constant(a, f, v->value, std::string(f.key), errors);
    read_range(builtin_range(-1, f.key), {std::string(f.key), &f}, a.*f.member, a.ranges, errors);
  }
  a.default_platform = find_platform(a, kBuiltinData.default_platform);
  // The data file is part of the build; a broken one must fail loudly, and
  // the test suite loads it on every run.
  if (!errors.empty() || a.platforms.empty() || a.default_platform < 0) std::abort();
  return a;
}

// The warning for a field the data set does not have, naming where it
// belongs when it is a value of the other kind: a constant set under a
// platform, or a platform's value set as a constant (function_memory_gb
// was a constant before model 2.28).
std::string ignored(const std::string& path, const std::string& belongs) {
  return "Unknown field '" + path + "' was ignored" +
         (belongs.empty() ? std::string(".") : ": it belongs at '" + belongs + "'.");
}

}  // namespace

const nlohmann::json& assumptions_data() {
  static const nlohmann::json data = [] {
    ParsedJson parsed = parse_bounded(kAssumptionsJson);
    if (!parsed.ok() || !parsed.value.is_object()) std::abort();
    return parsed.value;
  }();
  return data;
}

const Assumptions& builtin_assumptions() {
  static const Assumptions a = load_builtin();
  return a;
}

void apply_overrides(const nlohmann::json& overrides, Assumptions& a,
                     std::vector<FieldError>& errors, std::vector<std::string>& warnings) {
  if (!overrides.is_object()) return errors.push_back({"assumptions", "must be an object."});
  for (const auto& [key, value] : overrides.items()) {
    const std::string path = "assumptions." + key;
    if (key == "platforms") {
      if (!value.is_object()) {
        errors.push_back({path, "must be an object of platform ids."});
        continue;
      }
      for (const auto& [id, fields] : value.items()) {
        const int index = find_platform(a, id);
        if (index < 0) {
          errors.push_back({path + "." + id, "is not a known platform."});
          continue;
        }
        if (!fields.is_object()) {
          errors.push_back({path + "." + id, "must be an object."});
          continue;
        }
        for (const auto& [name, v] : fields.items()) {
          const PlatformField* f = find_platform_field(name);
          if (!f)
            warnings.push_back(ignored(path + "." + id + "." + name,
                                       find_constant_field(name) ? "assumptions." + name : ""));
          else
            set_platform_value(a.platforms[index], *f, data_value(v), path + "." + id + "." + name,
                               errors);
          drop_range(a, "platforms." + id + "." + name);
        }
      }
      continue;
    }
    const ConstantField* f = find_constant_field(key);
    if (!f)
      warnings.push_back(
          ignored(path, find_platform_field(key) ? "assumptions.platforms.<id>." + key : ""));
    else
      set_constant(a, *f, data_value(value), path, errors);
    drop_range(a, key);
  }
}

}  // namespace wb
