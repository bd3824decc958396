#include "bounded_json.h"

#include <string>
#include <utility>
#include <vector>

namespace wb {
namespace {

// Deepest nesting of arrays and objects, counted before parsing so that a
// hostile input never reaches the parser's recursion.
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char ch : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (ch == '\\')
        escaped = true;
      else if (ch == '"')
        in_string = false;
      continue;
    }
    if (ch == '"')
      in_string = true;
    else if (ch == '[' || ch == '{')
      deepest = std::max(deepest, ++depth);
    else if (ch == ']' || ch == '}')
      --depth;
  }
  return deepest;
}

// Builds the value as json::parse would, through nlohmann's public SAX
// interface (json::sax_parse), but keeps the parser's message instead of
// throwing it (the wasm build cannot catch). The key path is kept so that a
// number too large for a double (1e999), which the parser rejects, is
// reported against its field. The handler has the member functions of
// nlohmann::json_sax without deriving from it: sax_parse takes any such class
// (https://json.nlohmann.me/features/parsing/sax_interface/), and calls that
// are not virtual keep the WebAssembly module smaller.
class CapturingSax {
 public:
  using json = nlohmann::json;
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  explicit CapturingSax(json& root) : root_(root) {}

  bool null() { return add(nullptr); }
  bool boolean(bool v) { return add(v); }
  bool number_integer(number_integer_t v) { return add(v); }
  bool number_unsigned(number_unsigned_t v) { return add(v); }
  bool number_float(number_float_t v, const string_t&) { return add(v); }
  bool string(string_t& v) { return add(v); }
  bool binary(binary_t& v) { return add(std::move(v)); }
  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool key(string_t& k) {
    keys_.back() = k;
    member_ = &(*open_.back())[k];  // null until its value arrives; a repeated key overwrites
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const json::exception& ex) {
    if (ex.id == 406) {  // out_of_range.406: number overflow
      for (const auto& k : keys_)
        if (!k.empty()) field += (field.empty() ? "" : ".") + k;
      if (!field.empty()) return message = "must be a finite number.", false;
    }
    std::string what = ex.what();
    const auto bracket = what.find("] ");
    message = bracket == std::string::npos ? what : what.substr(bracket + 2);
    return false;
  }

  std::string message;  // the parser's, without its "[json.exception...] " prefix
  std::string field;    // dotted key path of an overflowing number

 private:
  // Puts a value where the parser is: the root, the end of the open array,
  // or the open object's current key.
  template <class Value>
  json* place(Value&& v) {
    if (open_.empty()) return &(root_ = json(std::forward<Value>(v)));
    json& parent = *open_.back();
    if (parent.is_array()) return &parent.emplace_back(std::forward<Value>(v));
    return &(*member_ = json(std::forward<Value>(v)));
  }
  template <class Value>
  bool add(Value&& v) {
    place(std::forward<Value>(v));
    return true;
  }
  bool open(json::value_t type) {
    open_.push_back(place(type));
    keys_.emplace_back();
    return true;
  }
  bool close() {
    open_.pop_back();
    keys_.pop_back();
    return true;
  }

  json& root_;
  std::vector<std::string> keys_;  // per open object or array: its current key, or empty
  std::vector<json*> open_;        // the objects and arrays being filled, innermost last
  json* member_ = nullptr;         // the open object's value for the current key
};

}  // namespace

ParsedJson parse_bounded(std::string_view text) {
  ParsedJson out;
  if (text.size() > kMaxInputBytes) {
    out.error = "is larger than 1 MiB.";
    return out;
  }
  if (nesting_depth(text) > kMaxNestingDepth) {
    out.error = "nests deeper than 64 levels.";
    return out;
  }
  CapturingSax sax(out.value);
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &sax) || !sax.message.empty()) {
    out.error = "is not valid JSON: " + (sax.message.empty() ? "unexpected input" : sax.message);
    if (!sax.field.empty()) out.error = sax.message, out.field = sax.field;
    out.value = nullptr;
  }
  return out;
}

}  // namespace wb
