// A closed set of names for an enum, with a reader-facing label for each.
// Each enum's table is written once (scenario.h) and used by the codec, the
// CLI help and the schema the web page builds its controls from.
#pragma once

#include <cstddef>
#include <string_view>

namespace wb {

struct EnumName {
  std::string_view id;
  std::string_view label;
};

// A view of one enum's names (C++17 has no std::span).
struct EnumNames {
  const EnumName* items;
  std::size_t size;
  const EnumName* begin() const { return items; }
  const EnumName* end() const { return items + size; }
  std::string_view id(int value) const { return items[value].id; }
};

template <std::size_t N>
constexpr EnumNames names_of(const EnumName (&table)[N]) {
  return {table, N};
}

// The reader's label of an enum value, from its table: label_of(kStageNames, s.stage).
template <std::size_t N, typename E>
constexpr std::string_view label_of(const EnumName (&table)[N], E value) {
  return table[static_cast<std::size_t>(value)].label;
}

// The position of `id` in `names`, or -1 when it is not one of them.
inline int find_enum(EnumNames names, std::string_view id) {
  for (std::size_t i = 0; i < names.size; ++i)
    if (names.items[i].id == id) return static_cast<int>(i);
  return -1;
}

}  // namespace wb
