#include "threshold/scenarios.hpp"

#include <nlohmann/json.hpp>

#include "threshold/json_io.hpp"

namespace threshold {

// The runner is a native test tool (the WebAssembly engine never calls it), so it may use nlohmann.
using json = nlohmann::json;

namespace {

std::string show(const json& j) {
  std::string s = j.dump();
  return s.size() > 160 ? s.substr(0, 157) + "..." : s;
}

// Does `actual` contain `expected`? Objects: every expected key matches. Arrays: every expected
// element matches some actual element. Scalars: equal (numbers compared as numbers).
bool contains(const json& actual, const json& expected, const std::string& path, std::string& why) {
  if (expected.is_object()) {
    if (!actual.is_object()) {
      why = path + ": expected an object, got " + show(actual);
      return false;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      auto found = actual.find(it.key());
      if (found == actual.end()) {
        why = path + "/" + it.key() + ": missing";
        return false;
      }
      if (!contains(*found, it.value(), path + "/" + it.key(), why)) return false;
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array()) {
      why = path + ": expected an array, got " + show(actual);
      return false;
    }
    for (size_t i = 0; i < expected.size(); ++i) {
      bool any = false;
      std::string ignored;
      for (const auto& a : actual)
        if (contains(a, expected[i], path, ignored)) {
          any = true;
          break;
        }
      if (!any) {
        why = path + ": no element matches " + show(expected[i]) + " in " + show(actual);
        return false;
      }
    }
    return true;
  }
  if (expected.is_number() && actual.is_number()) {
    if (expected.get<double>() == actual.get<double>()) return true;
  } else if (expected == actual) {
    return true;
  }
  why = path + ": expected " + show(expected) + ", got " + show(actual);
  return false;
}

void check(const json& actual, const json& c, scenario_result& r) {
  std::string why;
  if (c.contains("expect") && !contains(actual, c["expect"], "", why)) {
    r.failure = "expect " + why;
    return;
  }
  if (c.contains("expect_not") && c["expect_not"].is_object())
    for (auto it = c["expect_not"].begin(); it != c["expect_not"].end(); ++it) {
      json one = {{it.key(), it.value()}};
      if (contains(actual, one, "", why)) {
        r.failure = "expect_not /" + it.key() + ": matched " + show(it.value());
        return;
      }
    }
  r.passed = true;
}

bool expect_error(const std::vector<error>& errors, const json& c, scenario_result& r) {
  if (!c.contains("expect_error")) {
    if (errors.empty()) return false;
    r.failure = "unexpected error " + errors[0].code + " at " + errors[0].pointer + ": " + errors[0].message;
    return true;
  }
  const std::string code = c["expect_error"].is_string() ? c["expect_error"].get<std::string>() : "";
  for (const auto& e : errors)
    if (e.code == code) {
      r.passed = true;
      return true;
    }
  r.failure =
      "expected error " + code + (errors.empty() ? ", but the answers were accepted" : ", got " + errors[0].code);
  return true;
}

}  // namespace

result<std::vector<scenario_result>> run_scenarios(const pack& p, std::string_view scenarios_json) {
  result<std::vector<scenario_result>> out;
  std::optional<json> root = json::parse(scenarios_json.begin(), scenarios_json.end(), nullptr, false);
  if (root->is_discarded()) {
    out.errors.push_back({"scenarios.syntax", "", "The scenarios file is not valid JSON."});
    return out;
  }
  if (!root->is_object() || !root->contains("scenarios") || !(*root)["scenarios"].is_array()) {
    out.errors.push_back({"scenarios.missing_key", "/scenarios", "A scenarios file needs a \"scenarios\" array."});
    return out;
  }
  std::vector<scenario_result> results;
  const json& cases = (*root)["scenarios"];
  for (size_t i = 0; i < cases.size(); ++i) {
    const json& c = cases[i];
    scenario_result r;
    r.kind = "screening";
    r.id = c.value("id", "scenarios/" + std::to_string(i));
    if (!c.contains("answers") || (!c.contains("expect") && !c.contains("expect_error"))) {
      r.failure = "a scenario needs \"answers\" and \"expect\" or \"expect_error\"";
      results.push_back(r);
      continue;
    }
    auto answers = parse_answers(c["answers"].dump(), p);
    if (!expect_error(answers.errors, c, r) && answers.ok()) {
      json outcome = json::parse(to_json(p, evaluate(p, *answers.value), -1));
      check(outcome, c, r);
    }
    results.push_back(r);
  }
  if (root->contains("pathways") && (*root)["pathways"].is_array()) {
    const json& walks = (*root)["pathways"];
    for (size_t i = 0; i < walks.size(); ++i) {
      const json& c = walks[i];
      scenario_result r;
      r.kind = "pathway";
      r.id = c.value("id", "pathways/" + std::to_string(i));
      r.pathway = c.value("pathway", "");
      auto answers = parse_pathway_answers(c.value("answers", json::object()).dump(), p);
      if (!answers.errors.empty()) {  // unusable answers: the walk never starts
        expect_error(answers.errors, c, r);
        results.push_back(r);
        continue;
      }
      pathway_step step = walk(p, r.pathway, *answers.value);
      if (step.end) r.reached = step.end->id;
      if (!expect_error(step.errors, c, r)) check(json::parse(to_json(p, step, -1)), c, r);
      results.push_back(r);
    }
  }
  out.value = std::move(results);
  return out;
}

}  // namespace threshold
