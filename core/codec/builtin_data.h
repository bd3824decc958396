// The built-in data set as compiled tables: cmake/BuiltinData.cmake writes
// them from core/data/assumptions.json at configure time, so the core starts
// without parsing JSON. The codec applies the same checks to these values as
// to a reader's overrides (assumptions_codec.cpp).
//   kBuiltinData.values[0]  // {0, "autoscale_target", {DataValue::Kind::number, 1.0}}
#pragma once

#include <cstddef>

namespace wb {

// One value of the data set or of an override, as the checks see it.
struct DataValue {
  enum class Kind { number, boolean, other } kind = Kind::other;
  double number = 0;  // for a boolean, 1 or 0
};

struct BuiltinPlatform {
  const char* id;
  const char* name;
};

struct BuiltinValue {
  int platform;     // index into BuiltinData::platforms, or -1 for a constant
  const char* key;  // "function_max_s"
  DataValue value;
};

// An estimate's plausible range (the data file's "low" and "high").
struct BuiltinRange {
  int platform;  // as in BuiltinValue
  const char* key;
  double low, high;
};

struct BuiltinData {
  const char* version;
  const char* default_platform;
  const BuiltinPlatform* platforms;
  std::size_t platform_count;
  const BuiltinValue* values;
  std::size_t value_count;
  const BuiltinRange* ranges;
  std::size_t range_count;
};

extern const BuiltinData kBuiltinData;

}  // namespace wb
