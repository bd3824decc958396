#include "bounded_json.h"

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

// The DOM builder, keeping the parser's message instead of throwing it.
class CapturingSax : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
 public:
  explicit CapturingSax(nlohmann::json& root) : json_sax_dom_parser(root, false) {}
  // The key path is kept so that a number too large for a double (1e999),
  // which the parser rejects, is reported against its field.
  bool start_object(std::size_t n) {
    return keys.emplace_back(), json_sax_dom_parser::start_object(n);
  }
  bool end_object() { return keys.pop_back(), json_sax_dom_parser::end_object(); }
  bool start_array(std::size_t n) {
    return keys.emplace_back(), json_sax_dom_parser::start_array(n);
  }
  bool end_array() { return keys.pop_back(), json_sax_dom_parser::end_array(); }
  bool key(std::string& k) { return keys.back() = k, json_sax_dom_parser::key(k); }
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    if (ex.id == 406) {  // out_of_range.406: number overflow
      for (const auto& k : keys)
        if (!k.empty()) field += (field.empty() ? "" : ".") + k;
      if (!field.empty()) return message = "must be a finite number.", false;
    }
    std::string what = ex.what();
    const auto bracket = what.find("] ");
    message = bracket == std::string::npos ? what : what.substr(bracket + 2);
    return false;
  }
  std::string message;
  std::string field;
  std::vector<std::string> keys;
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
