#include "bounded_json.h"

namespace wb {
namespace {

// Deepest nesting of arrays and objects, counted before parsing so that a
// hostile input never reaches the parser's recursion.
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char ch : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (ch == '\\') escaped = true;
      else if (ch == '"') in_string = false;
      continue;
    }
    if (ch == '"') in_string = true;
    else if (ch == '[' || ch == '{') deepest = std::max(deepest, ++depth);
    else if (ch == ']' || ch == '}') --depth;
  }
  return deepest;
}

// The DOM builder, keeping the parser's message instead of throwing it.
class CapturingSax : public nlohmann::detail::json_sax_dom_parser<nlohmann::json> {
 public:
  explicit CapturingSax(nlohmann::json& root) : json_sax_dom_parser(root, false) {}
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    std::string what = ex.what();
    const auto bracket = what.find("] ");
    message = bracket == std::string::npos ? what : what.substr(bracket + 2);
    return false;
  }
  std::string message;
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
    out.value = nullptr;
  }
  return out;
}

}  // namespace wb
