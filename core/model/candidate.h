// The five architectures the calculator judges, in the fixed order of the
// product contract. Ids are written here once; everything else (JSON, CLI
// help, the page's option lists) derives from this table.
//   candidate_id(Candidate::kHybrid) == "hybrid"
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace wb {

enum class Candidate { kNextjsServerActions, kFastapi, kFastapiCelery, kHybrid, kHybridCelery };

inline constexpr std::size_t kCandidateCount = 5;

struct CandidateInfo {
  Candidate candidate;
  std::string_view id;          // stable id used in JSON and share links
  std::string_view name;        // what a reader sees
  std::string_view short_name;  // for table headers and chart legends
  // Shape of the architecture, used by rules and the cost model.
  bool runs_python;  // has a FastAPI service
  bool has_nextjs;   // has a Next.js app on the chosen platform
  bool has_celery;   // has Celery workers and a broker
};

inline constexpr std::array<CandidateInfo, kCandidateCount> kCandidates{{
    {Candidate::kNextjsServerActions, "nextjs_server_actions", "Next.js Server Actions", "Next.js",
     false, true, false},
    {Candidate::kFastapi, "fastapi", "FastAPI service", "FastAPI", true, false, false},
    {Candidate::kFastapiCelery, "fastapi_celery", "FastAPI + Celery workers", "FastAPI+Celery",
     true, false, true},
    {Candidate::kHybrid, "hybrid", "Next.js front end + internal FastAPI", "Hybrid", true, true,
     false},
    {Candidate::kHybridCelery, "hybrid_celery", "Next.js + internal FastAPI + Celery",
     "Hybrid+Celery", true, true, true},
}};

constexpr const CandidateInfo& info(Candidate c) {
  return kCandidates[static_cast<std::size_t>(c)];
}
constexpr std::size_t index_of(Candidate c) { return static_cast<std::size_t>(c); }

}  // namespace wb
