#include "scenario_input.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "codec/bounded_json.h"

namespace wb {

std::optional<std::string> read_scenario_text(const std::string& path, std::string& error) {
  if (path.empty()) return std::string("{}");
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::error_code ec;
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path, ec)) {
      error = path + ": cannot be read.";
      return std::nullopt;
    }
    buffer << in.rdbuf();
  }
  return buffer.str();
}

bool apply_set(nlohmann::json& scenario, const std::string& assignment, std::string& error) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0) {
    error = "--set takes field=value, got '" + assignment + "'.";
    return false;
  }
  const std::string path = assignment.substr(0, eq);
  const std::string text = assignment.substr(eq + 1);
  ParsedJson parsed = parse_bounded(text);
  const nlohmann::json value = parsed.ok() ? parsed.value : nlohmann::json(text);

  nlohmann::json* node = &scenario;
  std::size_t start = 0;
  while (true) {
    const auto dot = path.find('.', start);
    const std::string key =
        path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (key.empty() || !node->is_object()) {
      error = path + ": cannot be set here.";
      return false;
    }
    if (dot == std::string::npos) {
      (*node)[key] = value;
      return true;
    }
    nlohmann::json& child = (*node)[key];
    if (child.is_null()) child = nlohmann::json::object();
    node = &child;
    start = dot + 1;
  }
}

}  // namespace wb
