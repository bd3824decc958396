// which-backend: the calculator on the command line.
// Exit codes: 0 success, 2 bad input (errors on stderr name the field),
// 1 internal failure.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "codec/api.h"
#include "codec/assumptions_codec.h"
#include "codec/bounded_json.h"
#include "codec/result_codec.h"
#include "codec/scenario_codec.h"
#include "model/result.h"
#include "report/adr.h"
#include "report/text_report.h"
#include "scenario_input.h"

namespace {

constexpr int kExitBadInput = 2;
constexpr int kExitInternal = 1;

int report_errors(const wb::Decoded& d, const std::string& format) {
  if (format == "json") {
    std::cerr << wb::to_text(wb::encode_errors(d.errors));
  } else {
    for (const auto& e : d.errors) std::cerr << "error: " << e.field << ": " << e.message << "\n";
  }
  return kExitBadInput;
}

int run(int argc, char** argv) {
  CLI::App app{
      "which-backend: which backend should your AI product use?\n"
      "Reads a scenario (JSON file, - for stdin, nothing for the defaults) and judges\n"
      "Next.js Server Actions, FastAPI, FastAPI + Celery, the Next.js + FastAPI hybrids\n"
      "and Next.js with a managed durable queue.\n"
      "Exit codes: 0 success, 2 bad input, 1 internal failure."};
  std::string path, format = "text";
  std::vector<std::string> sets;
  bool show_platforms = false, show_schema = false, show_defaults = false, show_version = false;
  app.add_option("scenario", path, "Scenario JSON file, or - to read stdin");
  app.add_option("-f,--format", format, "Output: text (default), json, or markdown (an ADR)")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  app.add_option("-s,--set", sets,
                 "Override one field, e.g. --set job_seconds_longest=7200 or --set weights.cost=5 "
                 "(repeatable)")
      ->allow_extra_args(false);  // one value per --set, so a scenario file may follow
  app.add_flag("--platforms", show_platforms, "Print the platform data set with sources and exit");
  app.add_flag("--schema", show_schema, "Print the input schema (fields, values, bounds) and exit");
  app.add_flag("--defaults", show_defaults, "Print the default scenario and exit");
  app.add_flag("--version", show_version, "Print the model and data versions and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitBadInput;
  }

  if (show_platforms) return std::cout << wb::platforms_json(), 0;
  if (show_schema) return std::cout << wb::schema_json(), 0;
  if (show_defaults) return std::cout << wb::defaults_json(), 0;
  if (show_version) {
    std::cout << "which-backend model " << wb::kModelVersion << ", assumptions "
              << wb::builtin_assumptions().version << "\n";
    return 0;
  }

  std::string error;
  const auto text = wb::read_scenario_text(path, error);
  if (!text) return std::cerr << "error: " << error << "\n", kExitBadInput;
  wb::ParsedJson parsed = wb::parse_bounded(*text);
  if (parsed.ok())
    for (const std::string& s : sets)
      if (!wb::apply_set(parsed.value, s, error))
        return std::cerr << "error: " << error << "\n", kExitBadInput;
  const wb::Decoded decoded = wb::decode_parsed(parsed);
  if (!decoded.ok()) return report_errors(decoded, format);

  if (format == "json") {
    std::cout << wb::render_json(decoded);
    return 0;
  }
  for (const auto& w : decoded.warnings) std::cerr << "warning: " << w << "\n";
  if (format == "markdown") {
    std::cout << wb::render_adr(decoded);
    return 0;
  }
  std::cout << wb::text_report(wb::build_result(decoded.scenario, decoded.assumptions),
                               decoded.assumptions);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "internal error\n";
  }
  return kExitInternal;
}
