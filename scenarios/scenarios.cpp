#include "threshold/scenarios.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "threshold/json_io.hpp"

namespace threshold {

// The runner is a native test and CLI tool, outside the shipped engine, so it may use nlohmann.
using json = nlohmann::json;

namespace {

std::string show(const json& j) {
  std::string s = j.dump();
  return s.size() > 160 ? s.substr(0, 157) + "..." : s;
}

// Does `actual` contain `expected`? Objects: every expected key matches. Arrays: every expected
// element matches some actual element; `[]` only an empty array; next_steps in order and in full.
// Scalars: equal (numbers compared as numbers).
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
    // An empty expectation means none: `[]` that matched anything was an assertion that could not fail.
    if (expected.empty() && !actual.empty()) {
      why = path + ": expected none, got " + show(actual);
      return false;
    }
    // What to do now is read in order: the steps are matched one for one, none missing, none more.
    if (path.ends_with("/next_steps")) {
      if (expected.size() != actual.size()) {
        why = path + ": expected " + std::to_string(expected.size()) + " steps, got " + std::to_string(actual.size()) +
              " in " + show(actual);
        return false;
      }
      for (size_t i = 0; i < expected.size(); ++i)
        if (!contains(actual[i], expected[i], path + "/" + std::to_string(i), why)) return false;
      return true;
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

namespace {

// The file is read strictly: every key known, every case with an id, its citations, answers and a
// non-empty expectation, so that a misspelt "expcet" or an empty "expect" cannot pass unnoticed.
void check_case(const json& c, const std::string& at, bool pathway, std::vector<error>& errors) {
  auto add = [&](const std::string& code, const std::string& where, const std::string& message) {
    errors.push_back({"scenarios." + code, where, message});
  };
  if (!c.is_object()) return add("wrong_type", at, "A scenario is an object.");
  static const std::set<std::string> known = {"id",     "description", "cites",        "answers",
                                              "expect", "expect_not",  "expect_error", "pathway"};
  for (auto it = c.begin(); it != c.end(); ++it)
    if (!known.count(it.key()) || (it.key() == "pathway" && !pathway))
      add("unknown_key", at + "/" + it.key(),
          "\"" + it.key() +
              "\" is not a scenario key (id, description, cites, answers, expect, expect_not, "
              "expect_error" +
              std::string(pathway ? ", pathway" : "") + ").");
  auto text = [&](const char* key) {
    if (!c.contains(key))
      add("missing_key", at + "/" + key, std::string("Every scenario needs \"") + key + "\".");
    else if (!c[key].is_string() || c[key].get<std::string>().empty())
      add("wrong_type", at + "/" + key, std::string("\"") + key + "\" must be a non-empty string.");
  };
  text("id");
  text("cites");
  if (pathway) text("pathway");
  if (!c.contains("answers"))
    add("missing_key", at + "/answers", "Every scenario needs \"answers\".");
  else if (!c["answers"].is_object())
    add("wrong_type", at + "/answers", "\"answers\" must be an object.");
  const bool expects = c.contains("expect"), fails = c.contains("expect_error");
  if (!expects && !fails)
    add("missing_key", at + "/expect",
        "A scenario needs \"expect\" (or \"expect_error\"): without one it cannot fail.");
  if (expects && (!c["expect"].is_object() || c["expect"].empty()))
    add("bad_value", at + "/expect", "\"expect\" must be an object naming at least one field; {} cannot fail.");
  if (c.contains("expect_not") && (!c["expect_not"].is_object() || c["expect_not"].empty()))
    add("bad_value", at + "/expect_not", "\"expect_not\" must be an object naming at least one field.");
  if (fails && (!c["expect_error"].is_string() || c["expect_error"].get<std::string>().empty()))
    add("wrong_type", at + "/expect_error", "\"expect_error\" must be an error code.");
  if (expects && fails) add("bad_value", at + "/expect_error", "A scenario expects an outcome or an error, not both.");
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
  for (auto it = root->begin(); it != root->end(); ++it)
    if (it.key() != "scenarios" && it.key() != "pathways")
      out.errors.push_back({"scenarios.unknown_key", "/" + it.key(),
                            "\"" + it.key() + "\" is not a key of a scenarios file (scenarios, pathways)."});
  if (root->contains("pathways") && !(*root)["pathways"].is_array())
    out.errors.push_back({"scenarios.wrong_type", "/pathways", "\"pathways\" must be an array."});
  for (size_t i = 0; i < (*root)["scenarios"].size(); ++i)
    check_case((*root)["scenarios"][i], "/scenarios/" + std::to_string(i), false, out.errors);
  if (root->contains("pathways") && (*root)["pathways"].is_array())
    for (size_t i = 0; i < (*root)["pathways"].size(); ++i)
      check_case((*root)["pathways"][i], "/pathways/" + std::to_string(i), true, out.errors);
  if (!out.errors.empty()) return out;
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
