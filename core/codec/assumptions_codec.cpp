#include "assumptions_codec.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "../model/format.h"
#include "bounded_json.h"

namespace wb {

extern const char kAssumptionsJson[];  // generated from core/data/assumptions.json

namespace {

// Reads one number or boolean into the platform or the constants; the same
// checks apply to the built-in file and to a reader's overrides.
void set_platform_value(Platform& p, const PlatformField& f, const nlohmann::json& v,
                        const std::string& path, std::vector<FieldError>& errors) {
  if (f.flag) {
    if (!v.is_boolean()) return errors.push_back({path, "must be true or false."});
    p.*f.flag = v.get<bool>();
    return;
  }
  if (!v.is_number() || v.is_boolean() || !std::isfinite(v.get<double>()) || v.get<double>() < 0)
    return errors.push_back(
        {path, "must be a number of at least 0 (" + std::string(f.unit) + ")."});
  p.*f.number = v.get<double>();
}

void set_constant(Assumptions& a, const ConstantField& f, const nlohmann::json& v,
                  const std::string& path, std::vector<FieldError>& errors) {
  const bool number = v.is_number() && !v.is_boolean() && std::isfinite(v.get<double>());
  const double x = number ? v.get<double>() : 0;
  if (!number || x < 0 || (f.positive && x <= 0) || x > f.max)
    return errors.push_back(
        {path, "must be a number " + std::string(f.positive ? "above 0" : "of at least 0") +
                   (f.max < 1e12 ? " and at most " + format_number(f.max, 3) : std::string()) +
                   " (" + std::string(f.unit) + ")."});
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

// An estimate's range, when the data file gives one: low <= value <= high.
void read_range(const nlohmann::json& entry, ValueRange range, double value,
                std::vector<ValueRange>& out, std::vector<FieldError>& errors) {
  const auto low = entry.find("low"), high = entry.find("high");
  if (low == entry.end() && high == entry.end()) return;
  if (low == entry.end() || high == entry.end() || !low->is_number() || !high->is_number() ||
      low->get<double>() > value || high->get<double>() < value)
    return errors.push_back({range.key, "has a range that does not hold its value"});
  range.low = low->get<double>();
  range.high = high->get<double>();
  out.push_back(range);
}

// A reader's own number is a fact for them: it has no range.
void drop_range(Assumptions& a, const std::string& key) {
  a.ranges.erase(std::remove_if(a.ranges.begin(), a.ranges.end(),
                                [&](const ValueRange& r) { return r.key == key; }),
                 a.ranges.end());
}

Assumptions load_builtin() {
  const nlohmann::json& data = assumptions_data();
  Assumptions a;
  std::vector<FieldError> errors;
  a.version = data.value("version", "");
  for (const auto& entry : data["platforms"]) {
    Platform p;
    p.id = entry.value("id", "");
    p.name = entry.value("name", "");
    const auto& values = entry["values"];
    for (const auto& f : platform_fields()) {
      auto it = values.find(std::string(f.key));
      if (it == values.end() || !it->contains("value")) {
        errors.push_back({p.id + "." + std::string(f.key), "is missing"});
        continue;
      }
      set_platform_value(p, f, (*it)["value"], p.id + "." + std::string(f.key), errors);
      if (f.number)
        read_range(*it,
                   {"platforms." + p.id + "." + std::string(f.key), nullptr,
                    static_cast<int>(a.platforms.size()), &f},
                   p.*f.number, a.ranges, errors);
    }
    a.platforms.push_back(p);
  }
  for (const auto& f : constant_fields()) {
    auto it = data["constants"].find(std::string(f.key));
    if (it == data["constants"].end() || !it->contains("value")) {
      errors.push_back({std::string(f.key), "is missing"});
      continue;
    }
    set_constant(a, f, (*it)["value"], std::string(f.key), errors);
    read_range(*it, {std::string(f.key), &f}, a.*f.member, a.ranges, errors);
  }
  a.default_platform = find_platform(a, data.value("default_platform", ""));
  // The data file is part of the build; a broken one must fail loudly, and
  // the test suite loads it on every run.
  if (!errors.empty() || a.platforms.empty() || a.default_platform < 0) std::abort();
  return a;
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
            warnings.push_back("Unknown field '" + path + "." + id + "." + name + "' was ignored.");
          else
            set_platform_value(a.platforms[index], *f, v, path + "." + id + "." + name, errors);
          drop_range(a, "platforms." + id + "." + name);
        }
      }
      continue;
    }
    const ConstantField* f = find_constant_field(key);
    if (!f)
      warnings.push_back("Unknown field '" + path + "' was ignored.");
    else
      set_constant(a, *f, value, path, errors);
    drop_range(a, key);
  }
}

}  // namespace wb
