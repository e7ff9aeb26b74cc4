#pragma once
// Runs a pack's scenarios.json: cases written as data, matched against the engine's JSON output.
#include <string>
#include <string_view>
#include <vector>

#include "threshold/error.hpp"
#include "threshold/pack.hpp"

namespace threshold {

struct scenario_result {
  std::string id;
  std::string kind;     // "screening" or "pathway"
  std::string pathway;  // pathway scenarios
  std::string reached;  // pathway scenarios: the outcome node reached, if any
  bool passed = false;
  std::string failure;  // why it failed, with the JSON path of the mismatch
};

/// run_scenarios(p, read("content/<partnership>/scenarios.json")) -> one result per case.
result<std::vector<scenario_result>> run_scenarios(const pack& p, std::string_view scenarios_json);

}  // namespace threshold
