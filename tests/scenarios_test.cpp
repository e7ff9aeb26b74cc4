// One parameterised suite over every content/*/pack.json: the pack validates (with every check of
// the words a practitioner reads: pack_checks_test.cpp), every scenario in its scenarios.json passes,
// and between them the scenarios reach every outcome of every pathway.
#include "threshold/scenarios.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "support.hpp"

namespace threshold {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> pack_ids() {
  std::vector<std::string> ids;
  for (const auto& entry : fs::directory_iterator(testing::source_path("content")))
    if (entry.is_directory() && fs::exists(entry.path() / "pack.json")) ids.push_back(entry.path().filename().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

class content_pack : public ::testing::TestWithParam<std::string> {
 protected:
  std::optional<pack> load() {
    auto r = load_pack(testing::read("content/" + GetParam() + "/pack.json"), testing::calendar());
    EXPECT_TRUE(r.ok()) << testing::describe(r.errors);
    return r.ok() ? r.value : std::nullopt;
  }
};

TEST_P(content_pack, validates) {
  EXPECT_TRUE(load());
}

TEST_P(content_pack, has_a_readme_and_scenarios) {
  EXPECT_TRUE(fs::exists(testing::source_path("content/" + GetParam() + "/README.md")));
  EXPECT_TRUE(fs::exists(testing::source_path("content/" + GetParam() + "/scenarios.json")));
}

TEST_P(content_pack, every_scenario_passes) {
  auto p = load();
  ASSERT_TRUE(p);
  auto results = run_scenarios(*p, testing::read("content/" + GetParam() + "/scenarios.json"));
  ASSERT_TRUE(results.ok()) << testing::describe(results.errors);
  size_t screening = 0;
  for (const auto& r : *results.value) {
    EXPECT_TRUE(r.passed) << r.kind << " scenario " << r.id << ": " << r.failure;
    if (r.kind == "screening") ++screening;
  }
  EXPECT_GE(screening + (results.value->size() - screening), 15u) << "each pack needs at least 15 scenarios";
}

TEST_P(content_pack, scenarios_reach_every_pathway_outcome) {
  auto p = load();
  ASSERT_TRUE(p);
  auto results = run_scenarios(*p, testing::read("content/" + GetParam() + "/scenarios.json"));
  ASSERT_TRUE(results.ok());
  std::set<std::string> reached;
  for (const auto& r : *results.value)
    if (r.passed && !r.reached.empty()) reached.insert(r.pathway + "/" + r.reached);
  for (const auto& pw : p->pathways)
    for (const auto& n : pw.nodes)
      if (n.kind == pathway_node::type::outcome)
        EXPECT_TRUE(reached.count(pw.id + "/" + n.id))
            << "no scenario reaches outcome " << n.id << " of pathway " << pw.id;
}

TEST_P(content_pack, every_citation_lies_inside_its_source_file) {
  auto p = load();
  ASSERT_TRUE(p);
  std::string seed = testing::read("../shared/seeds/" + p->about.source_file);
  if (seed.empty()) GTEST_SKIP() << "seed documents are not beside this checkout";
  int lines = static_cast<int>(std::count(seed.begin(), seed.end(), '\n')) + 1;
  auto check = [&](const citation& c, const std::string& what) {
    EXPECT_LE(c.line_to, lines) << what << " cites line " << c.line_to << " of a " << lines << "-line file";
  };
  for (const auto& i : p->indicators) check(i.source, i.id);
  for (const auto& l : p->levels) check(l.source, l.id);
  for (const auto& r : p->rules) check(r.source, r.id);
  for (const auto& pw : p->pathways)
    for (const auto& n : pw.nodes) check(n.source, pw.id + "/" + n.id);
}

INSTANTIATE_TEST_SUITE_P(content, content_pack, ::testing::ValuesIn(pack_ids()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(scenario_runner, passes_and_fails_cases_as_written) {
  auto results = run_scenarios(testing::mini(), R"({
    "scenarios": [
      {"id": "right", "cites": "x", "answers": {"indicators": ["health_4_weapon"]}, "expect": {"level": 4, "reasons": [{"indicator": "health_4_weapon"}]}},
      {"id": "wrong_level", "cites": "x", "answers": {"indicators": ["health_4_weapon"]}, "expect": {"level": 3}},
      {"id": "forbidden", "cites": "x", "answers": {"indicators": ["family_4_staff_allegation"]}, "expect": {"level": 4}, "expect_not": {"advisories": [{"id": "lado"}]}},
      {"id": "error_expected", "cites": "x", "answers": {"indicators": ["nope"]}, "expect_error": "answers.unknown_indicator"},
      {"id": "error_missing", "cites": "x", "answers": {}, "expect_error": "answers.unknown_indicator"},
      {"id": "none_means_none", "cites": "x", "answers": {"indicators": ["health_4_weapon"]}, "expect": {"reasons": []}},
      {"id": "steps_in_full", "cites": "x", "answers": {"indicators": ["health_4_weapon"]}, "expect": {"next_steps": [{"kind": "consent"}]}}
    ],
    "pathways": [
      {"id": "walk", "cites": "x", "pathway": "step_up", "answers": {"steps": [{"node": "consent", "choice": "refused"}, {"node": "refused", "choice": "no"}]},
       "expect": {"status": "outcome", "outcome": {"id": "no_action"}}},
      {"id": "bad_step", "cites": "x", "pathway": "step_up", "answers": {"steps": [{"node": "consent", "choice": "maybe"}]}, "expect_error": "pathway.unknown_option"},
      {"id": "bad_expectation", "cites": "x", "pathway": "step_up", "answers": {"steps": []}, "expect": {"status": "outcome"}}
    ]})");
  ASSERT_TRUE(results.ok()) << testing::describe(results.errors);
  std::map<std::string, bool> passed;
  for (const auto& r : *results.value) passed[r.id] = r.passed;
  EXPECT_TRUE(passed["right"]);
  EXPECT_FALSE(passed["wrong_level"]);
  EXPECT_FALSE(passed["forbidden"]);
  EXPECT_TRUE(passed["error_expected"]);
  EXPECT_FALSE(passed["error_missing"]);
  EXPECT_FALSE(passed["none_means_none"]);  // `[]` is "none", not "anything"
  EXPECT_FALSE(passed["steps_in_full"]);    // next_steps are matched in order and in full
  EXPECT_TRUE(passed["walk"]);
  EXPECT_TRUE(passed["bad_step"]);
  EXPECT_FALSE(passed["bad_expectation"]);
}

TEST(content, the_dudley_pack_is_present) {
  auto ids = pack_ids();
  EXPECT_NE(std::find(ids.begin(), ids.end(), "dudley"), ids.end());
}

}  // namespace
}  // namespace threshold

namespace threshold {
namespace {

// A scenarios file that cannot fail is refused: an empty expectation, a pathway case with none, a
// misspelt key, a case without citations.
TEST(scenarios, a_file_that_cannot_fail_is_refused_with_a_message) {
  struct bad {
    std::string text, code, pointer;
  };
  const std::string ok_case = R"({"id": "a", "cites": "x", "answers": {}, "expect": {"level": 1}})";
  for (const auto& b : std::vector<bad>{
           {R"({"scenarios": [{"id": "a", "cites": "x", "answers": {}, "expect": {}}]})", "scenarios.bad_value",
            "/scenarios/0/expect"},
           {R"({"scenarios": [{"id": "a", "cites": "x", "answers": {}, "expcet": {"level": 1}}]})",
            "scenarios.unknown_key", "/scenarios/0/expcet"},
           {R"({"scenarios": [], "pathways": [{"id": "p", "cites": "x", "pathway": "step_up", "answers": {}}]})",
            "scenarios.missing_key", "/pathways/0/expect"},
           {R"({"scenarios": [{"id": "a", "answers": {}, "expect": {"level": 1}}]})", "scenarios.missing_key",
            "/scenarios/0/cites"},
           {R"({"scenarios": [{"id": "a", "cites": "x", "answers": {}, "expect": {"level": 1}, "expect_not": {}}]})",
            "scenarios.bad_value", "/scenarios/0/expect_not"},
           {R"({"scenarios": [], "extra": 1})", "scenarios.unknown_key", "/extra"},
       }) {
    auto r = run_scenarios(testing::mini(), b.text);
    EXPECT_FALSE(r.ok()) << b.text;
    EXPECT_TRUE(testing::has_error(r.errors, b.code, b.pointer)) << b.text << "\n" << testing::describe(r.errors);
  }
  auto good = run_scenarios(testing::mini(), "{\"scenarios\": [" + ok_case + "]}");
  EXPECT_TRUE(good.ok()) << testing::describe(good.errors);
}

}  // namespace
}  // namespace threshold
