// The architectures the calculator judges, in the fixed order of the product
// contract, each described once: its id and names, the parts it is built
// from, the moving parts a team runs, and how flexible it leaves the product.
// Rules, the cost model and the schema all read this one table.
//   info(Candidate::kHybrid).parts.fastapi == true
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace wb {

enum class Candidate {
  kNextjsServerActions,
  kFastapi,
  kFastapiCelery,
  kHybrid,
  kHybridCelery,
  kNextjsQueue,
};

inline constexpr std::size_t kCandidateCount = 6;

// What a design is built from. One part runs the jobs: the durable queue
// when there is one, else FastAPI, else Next.js; the others only wait on it
// (the hybrid's gateway, the calls that enqueue a job or fetch its result),
// and the cost model bills each at the CPU share of the work it does.
struct Parts {
  bool nextjs;         // a Next.js app on the chosen platform that serves the UI or the gateway
  bool fastapi;        // a FastAPI service on containers
  bool celery;         // Celery workers and a Redis broker beside the FastAPI service
  bool managed_queue;  // a managed durable queue service runs the jobs (TypeScript tasks)
  // A durable queue holds the job: it survives deploys and restarts and retries.
  constexpr bool durable() const { return celery || managed_queue; }
  constexpr bool python() const { return fastapi; }
};

// What a team builds and runs for it (a UI product on FastAPI alone adds its
// separate front end on top; see cost_model.h).
struct Shape {
  int codebases;
  int dependency_sets;
  int deploy_targets;
  int pipelines;  // CI/CD pipelines
  int services;   // services to monitor
  int hops;  // internal network hops to the model call of a request whose job is queued (of any
             // request without a queue)
};

struct CandidateInfo {
  Candidate candidate;
  std::string_view id;          // stable id used in JSON and share links
  std::string_view name;        // what a reader sees
  std::string_view short_name;  // for table headers and chart legends
  Parts parts;
  Shape shape;
  // 0..1: how freely the AI logic can be reused by other clients and scaled
  // on its own. Server Actions live inside one UI (0.2); a FastAPI service is
  // a reusable API (0.7); workers scale the heavy work apart (+0.15); a
  // Next.js gateway in front adds billing and a UI that scales apart (+0.1).
  // A managed queue scales the jobs apart but keeps the logic in the web app
  // (0.2 + 0.25).
  double flexibility;
};

inline constexpr std::array<CandidateInfo, kCandidateCount> kCandidates{{
    {Candidate::kNextjsServerActions,
     "nextjs_server_actions",
     "Next.js Server Actions",
     "Next.js",
     {true, false, false, false},
     {1, 1, 1, 1, 1, 0},
     0.2},
    {Candidate::kFastapi,
     "fastapi",
     "FastAPI service",
     "FastAPI",
     {false, true, false, false},
     {1, 1, 1, 1, 1, 0},
     0.7},
    // API and workers share one codebase; the broker is a third service.
    {Candidate::kFastapiCelery,
     "fastapi_celery",
     "FastAPI + Celery workers",
     "FastAPI+Celery",
     {false, true, true, false},
     {1, 1, 2, 1, 3, 1},
     0.85},
    {Candidate::kHybrid,
     "hybrid",
     "Next.js front end + internal FastAPI",
     "Hybrid",
     {true, true, false, false},
     {2, 2, 2, 2, 2, 1},
     0.8},
    {Candidate::kHybridCelery,
     "hybrid_celery",
     "Next.js + internal FastAPI + Celery",
     "Hybrid+Celery",
     {true, true, true, false},
     {2, 2, 3, 2, 4, 2},
     1.0},
    // The tasks live in the app's codebase but deploy to the queue service.
    {Candidate::kNextjsQueue,
     "nextjs_queue",
     "Next.js + managed durable queue (TypeScript)",
     "Next.js+Queue",
     {true, false, false, true},
     {1, 1, 2, 1, 2, 1},
     0.45},
}};

constexpr const CandidateInfo& info(Candidate c) {
  return kCandidates[static_cast<std::size_t>(c)];
}
constexpr std::size_t index_of(Candidate c) { return static_cast<std::size_t>(c); }

}  // namespace wb
