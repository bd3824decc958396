// Runs every shared test vector under tests/vectors/ through the codec's
// string API, the same calls the CLI and the WebAssembly module make, in two
// ways:
// - its result must equal the vector's stored result (X.json ->
//   X.expected.json) byte for byte; the node suites compare the WebAssembly
//   module's output, in Node and in the page, with the same files. Under
//   UPDATE=1 this suite writes the stored results into the source tree
//   instead (tests/vectors/README.md);
// - its "expect" block, what the vector's author meant (the article's cases,
//   the founders' golden set, the fields bad inputs must name), is checked
//   here and only here.
// Vectors carrying "known_issue" still run, but their "expect" may fail: the
// reason is printed, so a fix in the core shows up as an unexpected pass.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "codec/api.h"
#include "codec/scenario_codec.h"

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr std::string_view kStoredSuffix = ".expected.json";

bool is_stored_result(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() >= kStoredSuffix.size() &&
         name.compare(name.size() - kStoredSuffix.size(), kStoredSuffix.size(), kStoredSuffix) == 0;
}

// The .json files under the vectors directory: the vectors themselves, or
// their stored results.
std::vector<fs::path> json_files(bool stored_results) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(WB_VECTORS_DIR))
    if (e.is_regular_file() && e.path().extension() == ".json" &&
        is_stored_result(e.path()) == stored_results)
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> vector_files() { return json_files(false); }

// X.json -> X.expected.json, and back.
fs::path stored_result_path(const fs::path& vector) {
  fs::path p = vector;
  return p.replace_extension().concat(kStoredSuffix);
}
fs::path vector_path(const fs::path& stored) {
  const std::string s = stored.string();
  return s.substr(0, s.size() - kStoredSuffix.size()) + ".json";
}

std::string vector_name(const fs::path& file) {
  return fs::relative(file, WB_VECTORS_DIR).generic_string();
}

// UPDATE=1 (scripts/test passes it through): write stored results instead of
// comparing with them.
bool updating() {
  const char* v = std::getenv("UPDATE");
  return v && std::string_view(v) == "1";
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

json read_json(const fs::path& p) { return json::parse(read_text(p)); }

// Where two texts first differ, by line, for a readable failure.
std::string first_difference(const std::string& stored, const std::string& actual) {
  std::istringstream a(stored), b(actual);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) return "they differ only in the final newline";
    if (!more_a || !more_b || la != lb)
      return "first difference at line " + std::to_string(line) +
             "\n  stored: " + (more_a ? la : "(end)") + "\n  actual: " + (more_b ? lb : "(end)");
  }
}

// The input text: a scenario object, literal text, or generated parts
// ([{"text": s} | {"repeat": s, "count": n}]) for inputs too big to store.
std::string input_text(const json& v) {
  if (v.contains("scenario")) return v["scenario"].dump();
  if (v.contains("scenario_text")) return v["scenario_text"].get<std::string>();
  std::string out;
  for (const auto& part : v.at("generate")) {
    if (part.contains("text"))
      out += part["text"].get<std::string>();
    else
      for (int i = 0, n = part.at("count").get<int>(); i < n; ++i)
        out += part.at("repeat").get<std::string>();
  }
  return out;
}

const json* candidate(const json& result, const std::string& id) {
  for (const auto& c : result["candidates"])
    if (c["id"] == id) return &c;
  return nullptr;
}

std::map<std::string, std::string> rule_effects(const json& c) {
  std::map<std::string, std::string> out;
  for (const auto& r : c["reasons"]) out[r["rule"]] = r["effect"];
  return out;
}

std::set<std::string> ruled_out(const json& result) {
  std::set<std::string> out;
  for (const auto& c : result["candidates"])
    if (c["verdict"] == "ruled_out") out.insert(c["id"].get<std::string>());
  return out;
}

// What holds for every successful result, whatever the vector expects.
void check_contract(const json& r) {
  REQUIRE(r.contains("recommended"));
  REQUIRE(r["candidates"].size() == 6);
  int recommended = 0;
  for (const auto& c : r["candidates"]) {
    CAPTURE(c["id"]);
    if (c["verdict"] == "recommended") ++recommended;
    if (c["verdict"] == "ruled_out") {
      bool has = false;
      for (const auto& x : c["reasons"]) has = has || x["effect"] == "rules_out";
      CHECK(has);
    }
    for (const auto& x : c["reasons"]) CHECK(!x["text"].get<std::string>().empty());
  }
  CHECK(recommended == 1);
  CHECK(r["candidates"][0]["id"] == r["recommended"]);
  CHECK(r["candidates"][0]["verdict"] == "recommended");
}

void check_errors(const std::string& text, const json& expect, const json& out) {
  REQUIRE(out.contains("errors"));
  CHECK_FALSE(out.contains("recommended"));
  std::set<std::string> fields;
  for (const auto& e : out["errors"]) {
    fields.insert(e["field"].get<std::string>());
    CHECK(!e["message"].get<std::string>().empty());
  }
  for (const auto& f : expect["errors"]) {
    CAPTURE(f);
    CHECK(fields.count(f.get<std::string>()) == 1);
  }
  if (expect.contains("message_contains")) {
    bool found = false;
    for (const auto& e : out["errors"])
      found = found || e["message"].get<std::string>().find(
                           expect["message_contains"].get<std::string>()) != std::string::npos;
    CHECK(found);
  }
  // The same errors from the decoder the CLI uses, and no ADR.
  const wb::Decoded d = wb::decode_scenario_text(text);
  CHECK_FALSE(d.ok());
  CHECK(wb::adr_markdown(text).empty());
}

void check_result(const std::string& text, const json& expect, const json& r) {
  check_contract(r);
  if (expect.contains("recommended")) CHECK(r["recommended"] == expect["recommended"]);
  // The golden set names every candidate a hard limit must rule out, exactly.
  if (expect.contains("ruled_out")) {
    std::set<std::string> want;
    for (const auto& id : expect["ruled_out"]) want.insert(id.get<std::string>());
    CHECK(ruled_out(r) == want);
  }
  for (const auto& id : expect.value("not_ruled_out", json::array())) {
    CAPTURE(id);
    CHECK(ruled_out(r).count(id.get<std::string>()) == 0);
  }
  const json verdicts_ = expect.value("verdicts", json::object());
  for (const auto& [id, verdict] : verdicts_.items()) {
    CAPTURE(id);
    const json* c = candidate(r, id);
    REQUIRE(c);
    CHECK((*c)["verdict"] == verdict);
  }
  const json not_verdicts_ = expect.value("not_verdicts", json::object());
  for (const auto& [id, verdict] : not_verdicts_.items()) {
    CAPTURE(id);
    CHECK((*candidate(r, id))["verdict"] != verdict);
  }
  const json reason_rules_ = expect.value("reason_rules", json::object());
  for (const auto& [id, rules] : reason_rules_.items()) {
    const auto effects = rule_effects(*candidate(r, id));
    for (const auto& rule : rules) {
      CAPTURE(id);
      CAPTURE(rule);
      CHECK(effects.count(rule.get<std::string>()) == 1);
    }
  }
  const json reason_effects_ = expect.value("reason_effects", json::object());
  for (const auto& [id, rules] : reason_effects_.items()) {
    const auto effects = rule_effects(*candidate(r, id));
    for (const auto& [rule, effect] : rules.items()) {
      CAPTURE(id);
      CAPTURE(rule);
      REQUIRE(effects.count(rule) == 1);
      CHECK(effects.at(rule) == effect.get<std::string>());
    }
  }
  const json absent_rules_ = expect.value("absent_rules", json::object());
  for (const auto& [id, rules] : absent_rules_.items()) {
    const auto effects = rule_effects(*candidate(r, id));
    for (const auto& rule : rules) {
      CAPTURE(id);
      CAPTURE(rule);
      CHECK(effects.count(rule.get<std::string>()) == 0);
    }
  }
  const json reason_text_contains_ = expect.value("reason_text_contains", json::object());
  for (const auto& [id, rules] : reason_text_contains_.items()) {
    for (const auto& [rule, parts] : rules.items()) {
      std::string text_of;
      for (const auto& x : (*candidate(r, id))["reasons"])
        if (x["rule"] == rule) text_of = x["text"];
      CAPTURE(id);
      CAPTURE(text_of);
      for (const auto& part : parts) {
        CAPTURE(part);
        CHECK(text_of.find(part.get<std::string>()) != std::string::npos);
      }
    }
  }
  const json score_order = expect.value("score_order", json::array());
  for (const auto& pair : score_order) {
    std::vector<std::string> order;
    for (const auto& c : r["candidates"]) order.push_back(c["id"]);
    const auto a = std::find(order.begin(), order.end(), pair[0]);
    const auto b = std::find(order.begin(), order.end(), pair[1]);
    CAPTURE(pair);
    CHECK(a < b);
  }
  if (expect.contains("weights")) CHECK(r["weights"] == expect["weights"]);
  const auto warned = [&r](const json& text) {
    for (const auto& have : r["warnings"])
      if (have.get<std::string>().find(text.get<std::string>()) != std::string::npos) return true;
    return false;
  };
  for (const auto& w : expect.value("warnings_contain", json::array())) {
    CAPTURE(w);
    CHECK(warned(w));
  }
  for (const auto& w : expect.value("warnings_absent", json::array())) {
    CAPTURE(w);
    CHECK_FALSE(warned(w));
  }
  if (expect.contains("across")) {
    const json& across = expect["across"];
    const json base = json::parse(text);
    bool scores_changed = false;
    for (const auto& value : across["values"]) {
      json variant = base;
      variant[across["field"].get<std::string>()] = value;
      const json v = json::parse(wb::evaluate_json(variant.dump()));
      CAPTURE(value);
      check_contract(v);
      if (across.value("same_ruled_out", false)) CHECK(ruled_out(v) == ruled_out(r));
      for (const auto& c : v["candidates"])
        if ((*candidate(r, c["id"]))["score"] != c["score"]) scores_changed = true;
    }
    if (across.value("scores_change", false)) CHECK(scores_changed);
  }
  // The ADR exists for every valid scenario and names the recommendation.
  CHECK(wb::adr_markdown(text).find("Chosen option: \"" +
                                    (*candidate(r, r["recommended"]))["name"].get<std::string>() +
                                    "\"") != std::string::npos);
}

void run_vector(const fs::path& file) {
  const json v = read_json(file);
  const std::string text = input_text(v);
  const json out = json::parse(wb::evaluate_json(text));
  const json& expect = v.at("expect");
  if (expect.contains("errors"))
    check_errors(text, expect, out);
  else
    check_result(text, expect, out);
}

void run_all(bool known_issues) {
  int ran = 0;
  for (const auto& file : vector_files()) {
    const json v = read_json(file);
    if (v.contains("known_issue") != known_issues) continue;
    const std::string name = vector_name(file);
    CAPTURE(name);
    if (known_issues)
      MESSAGE("known issue: " << name << ": " << v["known_issue"].get<std::string>());
    run_vector(file);
    ++ran;
  }
  if (!known_issues) CHECK(ran >= 100);
}

}  // namespace

TEST_CASE("every vector has a name, an input and an expectation") {
  for (const auto& file : vector_files()) {
    const std::string name = file.string();
    CAPTURE(name);
    const json v = read_json(file);
    CHECK(v.contains("name"));
    CHECK(v.contains("expect"));
    CHECK(v.contains("scenario") + v.contains("scenario_text") + v.contains("generate") == 1);
  }
}

// The stored result is the core's own output (evaluate_json in
// core/codec/api.h: indented by two spaces, newline-terminated), so every
// implementation must print exactly these bytes.
TEST_CASE("every vector's result equals its stored .expected.json, byte for byte") {
  int compared = 0;
  for (const auto& file : vector_files()) {
    const std::string name = vector_name(file);
    CAPTURE(name);
    const std::string actual = wb::evaluate_json(input_text(read_json(file)));
    const fs::path stored = stored_result_path(file);
    if (updating()) {
      if (!fs::exists(stored) || read_text(stored) != actual) {
        std::ofstream out(stored, std::ios::binary);
        out << actual;
        REQUIRE(out.good());
        MESSAGE("UPDATE=1: wrote " << vector_name(stored));
      }
      continue;
    }
    REQUIRE_MESSAGE(fs::exists(stored), "no stored result: run UPDATE=1 scripts/test");
    const std::string want = read_text(stored);
    const bool same = actual == want;  // not in CHECK, which would print both texts
    CHECK_MESSAGE(same, first_difference(want, actual));
    ++compared;
  }
  if (!updating()) CHECK(compared >= 100);
}

TEST_CASE("every vector has its stored result, and every stored result its vector") {
  for (const auto& file : vector_files()) {
    const std::string name = vector_name(file);
    CAPTURE(name);
    CHECK(fs::exists(stored_result_path(file)));
  }
  for (const auto& stored : json_files(true)) {
    if (fs::exists(vector_path(stored))) continue;
    const std::string name = vector_name(stored);
    if (updating()) {
      fs::remove(stored);
      MESSAGE("UPDATE=1: removed " << name << ", whose vector is gone");
    } else {
      FAIL_CHECK("stored result without a vector: " << name);
    }
  }
}

TEST_CASE("vectors: article cases, bad inputs and warnings") { run_all(false); }

TEST_CASE("vectors with a known issue in the core" * doctest::may_fail()) { run_all(true); }

TEST_CASE("every article case (tests/vectors/article) has at least three vectors") {
  std::map<std::string, int> per_case;
  for (const auto& file : vector_files()) {
    const json v = read_json(file);
    if (v.contains("spec")) ++per_case[v["spec"]];
  }
  for (int i = 1; i <= 8; ++i) {
    const std::string c = "case " + std::to_string(i);
    CAPTURE(c);
    CHECK(per_case[c] >= 3);
  }
}

TEST_CASE("the founders' golden set: at least 60 cases, each with its rationale") {
  int golden = 0;
  for (const auto& file : vector_files()) {
    if (file.parent_path().filename() != "golden") continue;
    const json v = read_json(file);
    CAPTURE(file.string());
    CHECK(v.contains("rationale"));
    CHECK(v["expect"].contains("recommended"));
    CHECK(v["expect"].contains("ruled_out"));
    ++golden;
  }
  CHECK(golden >= 60);
}

TEST_CASE("the golden set's README lists every case with its answer, and counts them") {
  const fs::path golden_dir = fs::path(WB_VECTORS_DIR) / "golden";
  std::ifstream in(golden_dir / "README.md");
  const std::string readme{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  int golden = 0;
  for (const auto& file : vector_files()) {
    if (file.parent_path().filename() != "golden") continue;
    const std::string row = "| `" + file.filename().string() + "` | `" +
                            read_json(file)["expect"]["recommended"].get<std::string>() + "` |";
    CAPTURE(row);
    CHECK(readme.find(row) != std::string::npos);
    ++golden;
  }
  CHECK(readme.find(std::to_string(golden) + " realistic founder scenarios") != std::string::npos);
}

TEST_CASE("at least 30 bad inputs, each naming a field") {
  int bad = 0;
  for (const auto& file : vector_files()) {
    const json v = read_json(file);
    if (v["expect"].contains("errors")) {
      ++bad;
      CHECK(!v["expect"]["errors"].empty());
    }
  }
  CHECK(bad >= 30);
}
