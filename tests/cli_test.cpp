// The CLI as a user runs it: exit codes, errors on stderr naming the field,
// --set, stdin, the formats and the data flags.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct Run {
  int code;
  std::string out, err;
};

// Runs the CLI through the shell; `input` goes to stdin via a temp file.
Run run(const std::string& args, const std::string& input = "") {
  static int n = 0;
  const std::string base =
      std::string("/tmp/wb_cli_test_") + std::to_string(::getpid()) + "_" + std::to_string(n++);
  std::ofstream(base + ".in") << input;
  const std::string cmd = std::string("'") + WB_CLI + "' " + args + " < " + base + ".in > " + base +
                          ".out 2> " + base + ".err";
  const int status = std::system(cmd.c_str());
  const auto slurp = [](const std::string& p) {
    std::ifstream in(p);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  Run r{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(base + ".out"), slurp(base + ".err")};
  for (const char* ext : {".in", ".out", ".err"}) std::remove((base + ext).c_str());
  return r;
}

}  // namespace

TEST_CASE("--help exits 0 and describes the CLI") {
  const Run r = run("--help");
  CHECK(r.code == 0);
  CHECK(r.out.find("--format") != std::string::npos);
  CHECK(r.out.find("--set") != std::string::npos);
}

TEST_CASE("no argument evaluates the defaults as text") {
  const Run r = run("");
  CHECK(r.code == 0);
  CHECK(r.out.find("Next.js") != std::string::npos);
}

TEST_CASE("stdin - with --format json") {
  const Run r = run("--format json -", R"({"product": "api"})");
  REQUIRE(r.code == 0);
  CHECK(nlohmann::json::parse(r.out)["recommended"] == "fastapi");
}

TEST_CASE("a scenario file") {
  const std::string path = "/tmp/wb_cli_test_scenario_" + std::to_string(::getpid()) + ".json";
  std::ofstream(path) << R"({"python_libraries": "required"})";
  const Run r = run("--format json " + path);
  std::remove(path.c_str());
  REQUIRE(r.code == 0);
  CHECK(nlohmann::json::parse(r.out)["recommended"] == "hybrid");
}

TEST_CASE("bad input exits 2 with the field on stderr") {
  for (const auto& [input, field] : std::array<std::pair<const char*, const char*>, 6>{{
           {R"({"product": "desktop"})", "product"},
           {R"({"job_seconds_typical": 60, "job_seconds_longest": 30})", "job_seconds_longest"},
           {R"({"monthly_requests": 1.5})", "monthly_requests"},
           {R"({"job_seconds_typical": 1e999})", "job_seconds_typical"},
           {"{", "scenario"},
           {"[]", "scenario"},
       }}) {
    CAPTURE(input);
    for (const char* format : {"text", "json", "markdown"}) {
      CAPTURE(format);
      const Run r = run(std::string("--format ") + format + " -", input);
      CHECK(r.code == 2);
      CHECK(r.out.empty());
      CHECK(r.err.find(field) != std::string::npos);
    }
  }
  const Run json_err = run("--format json -", R"({"team": 1})");
  CHECK(nlohmann::json::parse(json_err.err)["errors"][0]["field"] == "team");
}

TEST_CASE("a missing file and an unknown option exit 2") {
  CHECK(run("/nonexistent/scenario.json").code == 2);
  CHECK(run("--format yaml").code == 2);
  CHECK(run("--no-such-flag").code == 2);
}

TEST_CASE("--set overrides single fields, repeatably") {
  const Run r = run("--format json --set product=api --set job_seconds_longest=7200 -", "{}");
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["recommended"] == "fastapi_celery");
  CHECK(j["scenario"]["job_seconds_longest"] == 7200);
  const Run w = run("--format json --set weights.cost=5 -", "{}");
  REQUIRE(w.code == 0);
  CHECK(nlohmann::json::parse(w.out)["weights"]["cost"] == 5);
  const Run over = run("--format json --set product=web_app -", R"({"product": "api"})");
  CHECK(nlohmann::json::parse(over.out)["scenario"]["product"] == "web_app");
  const Run bad = run("--format json --set product=desktop -", "{}");
  CHECK(bad.code == 2);
  CHECK(bad.err.find("product") != std::string::npos);
  CHECK(run("--set monthly_requests=-3 -", "{}").code == 2);
}

TEST_CASE(
    "'Because' gives the answer to a hard limit or the weightiest reason, then what sets the "
    "answer apart") {
  // The runner-up (the queue design) is TypeScript too: team strength sets
  // nothing apart, starting simple does.
  CHECK(run("-", "{}").out.find(
            "Because: Your interactions end within 30 s, where Server Actions beside the React UI "
            "ship fastest. While validating, one service to build and run is the fastest way to "
            "learn.\n") != std::string::npos);
  // The queue's reason weighs most; Celery's design (the runner-up) is
  // Python, so team strength is what sets the queue design apart.
  CHECK(run("--set job_seconds_longest=7200 -", "{}")
            .out.find("Because: The durable queue runs your longest jobs (2 h) off the request "
                      "path, with retries, surviving deploys. Your team is strongest in "
                      "TypeScript, and this stays in TypeScript.\n") != std::string::npos);
  // What holds the job a hard limit set aside comes first: Netlify's 1 min
  // rules out Server Actions, whose team strength the queue design shares.
  CHECK(run("--set platform=netlify --set job_seconds_longest=90 -", "{}")
            .out.find("Because: The durable queue runs your longest jobs (1 min 30 s) off the "
                      "request path, where Netlify Pro's 1 min limit cannot reach. Your team is "
                      "strongest in TypeScript, and this stays in TypeScript.\n") !=
        std::string::npos);
  // The Python-only libraries (3 points) come before metering (10 points).
  CHECK(run("--set python_libraries=required --set billing_and_rate_limits=true -", "{}")
            .out.find("Because: Next.js keeps the React UI while your Python-only libraries run "
                      "in FastAPI, hidden behind it as an internal service. Next.js can meter") !=
        std::string::npos);
}

TEST_CASE("weights all at 0 are no preference; Celery's settings only when it runs jobs") {
  const Run none = run("-", R"({"weights": {"time_to_market": 0, "operations": 0, "cost": 0,
                                           "latency": 0, "flexibility": 0}})");
  CHECK(none.out.find("With no priorities set, every criterion counts the same: meets them for "
                      "84 of 100 points") != std::string::npos);
  CHECK(none.out.find("your weighted priorities") == std::string::npos);
  // Flexibility alone picks the Celery hybrid for 30 s jobs: nothing to queue,
  // so no advice on long tasks.
  const Run flexible = run("-", R"({"weights": {"time_to_market": 0, "operations": 0, "cost": 0,
                                               "latency": 0, "flexibility": 5}})");
  REQUIRE(flexible.out.rfind("Recommended: Next.js + internal FastAPI + Celery\n", 0) == 0);
  CHECK(flexible.out.find("task_acks_late") == std::string::npos);
  CHECK(
      run("--set job_seconds_longest=7200 --set team=python -", "{}").out.find("task_acks_late") !=
      std::string::npos);
}

TEST_CASE("--format markdown is a MADR 4 record") {
  const Run r = run("--format markdown -",
                    R"({"job_seconds_longest": 7200, "python_libraries": "required"})");
  REQUIRE(r.code == 0);
  CHECK(r.out.rfind("---\nstatus: proposed\n", 0) == 0);
  for (const char* heading :
       {"## Context and Problem Statement", "## Decision Drivers", "## Considered Options",
        "## Decision Outcome", "### Consequences", "### Confirmation",
        "## Pros and Cons of the Options", "## More Information"})
    CHECK(r.out.find(heading) != std::string::npos);
  CHECK(r.out.find("Chosen option: \"Next.js + internal FastAPI + Celery\", because") !=
        std::string::npos);
  // A bill several times a viable design's is a Bad consequence, else Neutral:
  // here the $20 Pro plan, one $7 API container, one $7 worker and the $10
  // broker.
  CHECK(r.out.find("- Neutral: about $44/month of infrastructure") != std::string::npos);
  const Run dear = run("--format markdown -",
                       R"({"platform": "netlify", "stage": "scaling", "team": "both",
                           "product": "web_app_and_api", "public_api": true,
                           "billing_and_rate_limits": true, "python_libraries": "required",
                           "ai_logic": "moderate", "monthly_requests": 10000000,
                           "job_seconds_typical": 6, "job_seconds_longest": 25})");
  CHECK(dear.out.find("Chosen option: \"Next.js front end + internal FastAPI\"") !=
        std::string::npos);
  // Netlify bills the gateway's every second: 9M jobs of 6 s and 1M of (25 -
  // 6) / ln(25 / 6) = 13.31 s, 67,313,561 s x $0.0000555556 = $3,739.64, +
  // 10M calls x $6 / M = $60, less the $100 credit, plus the $20 plan:
  // $3,719.65. FastAPI's autoscaled containers bill the average, 25.61 in
  // flight over 10 x 70 % = 7 a container: 3.659 x $7 = $25.61. $3,745.26.
  CHECK(dear.out.find("- Bad: about $3,745/month") != std::string::npos);
  CHECK(dear.out.find("- Neutral: about $") == std::string::npos);
  // A chosen queue design says where its tasks run, as they were priced:
  // none for a Celery answer; workflow steps on Vercel's functions for
  // jobs that wait on hosted models; the queue service's machines for
  // heavy jobs past Lambda's 15 min, or where they cost less (Netlify,
  // which bills each step's every second).
  CHECK(r.out.find("the queue's tasks run") == std::string::npos);
  const auto queue_line = [](const char* scenario) {
    const std::string out = run("--format markdown -", scenario).out;
    const std::size_t at = out.find("- Neutral: the queue's tasks run ");
    return at == std::string::npos ? std::string() : out.substr(at, out.find('\n', at) - at);
  };
  CHECK(queue_line(R"({"job_seconds_typical": 300, "job_seconds_longest": 900})") ==
        "- Neutral: the queue's tasks run as steps of a durable workflow (Vercel Workflow or "
        "Inngest style) on Vercel Pro's functions, billed like its requests, plus $2.50 per "
        "100,000 steps.");
  CHECK(queue_line(R"({"platform": "aws_lambda", "heavy_processing": true, "stage": "growing",
                       "job_seconds_typical": 240, "job_seconds_longest": 1200,
                       "monthly_requests": 30000})") ==
        "- Neutral: the queue's tasks run on a queue service's own machines (Trigger.dev style), "
        "billed for every second a task runs: one function on AWS Lambda cannot run a whole "
        "heavy job.");
  CHECK(queue_line(R"({"platform": "netlify", "stage": "scaling", "monthly_requests": 1500000,
                       "job_seconds_typical": 30, "job_seconds_longest": 90,
                       "scheduled_job_seconds": 600})")
            .find("that costs less than steps on Netlify Pro's functions here.") !=
        std::string::npos);
  // The close-call rule is said only of a close call.
  CHECK(r.out.find("is a close call") == std::string::npos);
  const Run close =
      run("--format markdown -",
          R"({"product": "web_app", "platform": "aws_lambda", "job_seconds_typical": 30,
              "job_seconds_longest": 3600, "team": "both", "stage": "scaling",
              "monthly_requests": 1000})");
  CHECK(close.out.find("points behind (under 5 is a close call).") != std::string::npos);
  // A value just past a limit is told apart from it.
  const Run edge = run("--set platform=netlify --set job_seconds_longest=60.01 -", "{}");
  CHECK(edge.out.find("your longest job (60.01 s), past the 1 min (60 s)") != std::string::npos);
  // Reasons read as clauses after "because"; names keep their capital.
  CHECK(r.out.find("Good, because your team is strongest in TypeScript") != std::string::npos);
  CHECK(r.out.find("Good, because Celery workers run your longest jobs (2 h)") !=
        std::string::npos);
  CHECK(r.out.find("because Your") == std::string::npos);
  CHECK(r.out.find("Good, because it meets your weighted priorities") != std::string::npos);
  // Counts agree with their nouns.
  CHECK(r.out.find("(s)") == std::string::npos);
  CHECK(r.out.find("; 1 codebase, 1 deploy target, 1 service to monitor,") != std::string::npos);
  CHECK(r.out.find("; 2 codebases, 3 deploy targets, 4 services to monitor,") != std::string::npos);
  CHECK(r.out.find("priorities of a product at this stage: validating an idea.") !=
        std::string::npos);
  // The reader's own weights are named as theirs.
  const Run own =
      run("--format markdown --set weights.cost=5 --set weights.time_to_market=0 "
          "--set weights.operations=0 --set weights.latency=0 "
          "--set weights.flexibility=0 -",
          "{}");
  CHECK(own.out.find("weighed by your own priorities (time to market 0, fewer moving parts 0, "
                     "monthly cost 5, latency 0, flexibility and independent scaling 0, out of "
                     "5).") != std::string::npos);
  // A criterion worth nothing is not named among the fit's largest.
  CHECK(own.out.find("most from monthly cost (100).") != std::string::npos);
  CHECK(own.out.find("(0)") == std::string::npos);
}

TEST_CASE("--platforms, --schema and --defaults print JSON") {
  for (const char* flag : {"--platforms", "--schema", "--defaults"}) {
    CAPTURE(flag);
    const Run r = run(flag);
    CHECK(r.code == 0);
    CHECK(nlohmann::json::accept(r.out));
  }
  CHECK(nlohmann::json::parse(run("--defaults").out)["platform"] == "vercel_pro");
  CHECK(nlohmann::json::parse(run("--platforms").out)["platforms"].size() == 7);
  // The schema explains the scale and describes each candidate's parts.
  const nlohmann::json schema = nlohmann::json::parse(run("--schema").out);
  CHECK(schema["score"]["close_call_points"] == 5);
  CHECK(schema["score"]["max"] == 100);
  REQUIRE(schema["candidates"].size() == 6);
  CHECK(schema["candidates"][5]["id"] == "nextjs_queue");
  CHECK(schema["candidates"][5]["parts"]["managed_queue"] == true);
  CHECK(schema["candidates"][5]["parts"]["fastapi"] == false);
  CHECK(schema["rules"].size() == 29);
}

TEST_CASE("json output is deterministic and newline-terminated") {
  const Run a = run("--format json -", R"({"stage": "scaling"})");
  const Run b = run("--format json -", R"({"stage": "scaling"})");
  CHECK(a.out == b.out);
  CHECK(!a.out.empty());
  CHECK(a.out.back() == '\n');
}

TEST_CASE("unknown fields warn on stderr and still succeed") {
  const Run r = run("-", R"({"colour": "blue"})");
  CHECK(r.code == 0);
  CHECK(r.err.find("colour") != std::string::npos);
}
