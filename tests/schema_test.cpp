// content/pack.schema.json and the loader agree: every pack is valid to both, and each invalid fixture
// is refused by both. The validator is a small one for the keywords the schema uses (JSON Schema
// 2020-12: type, properties, required, additionalProperties, items, minItems, maxItems, enum, const,
// pattern, minimum, minLength, anyOf, oneOf, $ref into $defs).
#include <nlohmann/json.hpp>
#include <regex>

#include "support.hpp"
#include "threshold/skeleton.hpp"

namespace threshold {
namespace {

using nlohmann::json;

class schema_validator {
 public:
  explicit schema_validator(json schema) : root_(std::move(schema)) {}
  std::vector<std::string> validate(const json& value) const {
    std::vector<std::string> problems;
    check(root_, value, "", problems);
    return problems;
  }

 private:
  json root_;

  static bool has_type(const json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "boolean") return v.is_boolean();
    if (type == "integer") return v.is_number_integer() || v.is_number_unsigned();
    if (type == "number") return v.is_number();
    if (type == "null") return v.is_null();
    return false;
  }

  void check(const json& s, const json& v, const std::string& at, std::vector<std::string>& out) const {
    if (s.contains("$ref")) {
      const std::string ref = s["$ref"];
      const std::string prefix = "#/$defs/";
      if (ref.rfind(prefix, 0) != 0) return out.push_back(at + ": unsupported $ref " + ref);
      return check(root_["$defs"][ref.substr(prefix.size())], v, at, out);
    }
    if (s.contains("type")) {
      bool ok = false;
      if (s["type"].is_array()) {
        for (const auto& t : s["type"]) ok = ok || has_type(v, t);
      } else {
        ok = has_type(v, s["type"]);
      }
      if (!ok) return out.push_back(at + ": expected " + s["type"].dump());
    }
    if (s.contains("const") && v != s["const"]) out.push_back(at + ": must be " + s["const"].dump());
    if (s.contains("enum") && std::find(s["enum"].begin(), s["enum"].end(), v) == s["enum"].end())
      out.push_back(at + ": not one of " + s["enum"].dump());
    if (v.is_string()) {
      if (s.contains("minLength") && v.get<std::string>().size() < s["minLength"].get<size_t>())
        out.push_back(at + ": too short");
      if (s.contains("pattern") &&
          !std::regex_search(v.get<std::string>(), std::regex(s["pattern"].get<std::string>())))
        out.push_back(at + ": does not match " + s["pattern"].get<std::string>());
    }
    if (v.is_number() && s.contains("minimum") && v.get<double>() < s["minimum"].get<double>())
      out.push_back(at + ": below " + s["minimum"].dump());
    if (v.is_object()) {
      for (const auto& r : s.value("required", json::array()))
        if (!v.contains(r)) out.push_back(at + "/" + r.get<std::string>() + ": missing");
      const json props = s.value("properties", json::object());
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (props.contains(it.key()))
          check(props[it.key()], it.value(), at + "/" + it.key(), out);
        else if (s.contains("additionalProperties") && s["additionalProperties"] == false)
          out.push_back(at + "/" + it.key() + ": unknown key");
      }
    }
    if (v.is_array()) {
      if (s.contains("minItems") && v.size() < s["minItems"].get<size_t>()) out.push_back(at + ": too few items");
      if (s.contains("maxItems") && v.size() > s["maxItems"].get<size_t>()) out.push_back(at + ": too many items");
      if (s.contains("items"))
        for (size_t i = 0; i < v.size(); ++i) check(s["items"], v[i], at + "/" + std::to_string(i), out);
    }
    auto matches = [&](const json& sub) {
      std::vector<std::string> ignored;
      check(sub, v, at, ignored);
      return ignored.empty();
    };
    if (s.contains("anyOf") && std::none_of(s["anyOf"].begin(), s["anyOf"].end(), matches))
      out.push_back(at + ": matches none of anyOf");
    if (s.contains("oneOf") && std::count_if(s["oneOf"].begin(), s["oneOf"].end(), matches) != 1)
      out.push_back(at + ": must match exactly one of oneOf");
  }
};

const schema_validator& schema() {
  static const schema_validator v(json::parse(testing::read("content/pack.schema.json")));
  return v;
}

std::string join(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

TEST(schema, is_json_schema_2020_12) {
  auto s = json::parse(testing::read("content/pack.schema.json"));
  EXPECT_EQ(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

TEST(schema, every_pack_names_it_and_both_schema_and_loader_accept_it) {
  for (const char* id : {"dudley", "gloucestershire", "luton", "medway", "walsall"}) {
    const std::string text = testing::read(std::string("content/") + id + "/pack.json");
    auto pack = json::parse(text);
    EXPECT_EQ(pack.value("$schema", ""), "../pack.schema.json") << id;
    EXPECT_TRUE(schema().validate(pack).empty()) << id << "\n" << join(schema().validate(pack));
    EXPECT_TRUE(load_pack(text, testing::calendar()).ok()) << id;
  }
}

TEST(schema, a_new_pack_with_its_author_notes_is_valid_to_both) {
  const json pack = json::parse(new_pack_files("anytown", "../pack.schema.json", date{2026, 12, 7}).pack);
  EXPECT_TRUE(schema().validate(pack).empty()) << join(schema().validate(pack));
  json noted = json::parse(testing::read("tests/fixtures/mini_pack.json"));
  noted["$comment"] = {"About the whole pack"};
  noted["levels"][0]["source"]["$comment"] = "Page 3 of the PDF";
  noted["pathways"][0]["nodes"][1]["options"][0]["$comment"] = "The flow chart's yes arrow";
  noted["rules"][1]["when"]["all"][1]["$comment"] = "A fact condition has named fields";
  EXPECT_TRUE(schema().validate(noted).empty()) << join(schema().validate(noted));
  EXPECT_TRUE(load_pack(noted.dump(), testing::calendar()).ok());
  json in_condition = noted;
  in_condition["rules"][0]["when"]["$comment"] = "A one-key condition takes no note";
  EXPECT_FALSE(schema().validate(in_condition).empty());
  EXPECT_FALSE(load_pack(in_condition.dump(), testing::calendar()).ok());
}

TEST(schema, schema_and_loader_refuse_the_same_invalid_packs) {
  const json base = json::parse(testing::read("tests/fixtures/mini_pack.json"));
  ASSERT_TRUE(schema().validate(base).empty()) << join(schema().validate(base));
  ASSERT_TRUE(load_pack(base.dump(), testing::calendar()).ok());
  std::vector<std::pair<std::string, std::function<void(json&)>>> fixtures = {
      {"an unknown key", [](json& j) { j["surprise"] = 1; }},
      {"a missing required key", [](json& j) { j.erase("levels"); }},
      {"a wrong type", [](json& j) { j["levels"][0]["number"] = "one"; }},
      {"a bad id", [](json& j) { j["indicators"][0]["id"] = "Bad Id"; }},
      {"an unknown kind", [](json& j) { j["indicators"][0]["kind"] = "worry"; }},
      {"a missing citation", [](json& j) { j["routes"][0].erase("source"); }},
      {"citation lines not a pair", [](json& j) { j["routes"][0]["source"]["lines"] = {1}; }},
      {"a javascript: link", [](json& j) { j["contacts"][0]["url"] = "javascript:alert(1)"; }},
      {"an email with a hidden Bcc",
       [](json& j) { j["contacts"][0]["email"] = "mash@dudley.gov.uk?bcc=someone@evil.example&subject=x"; }},
      {"a condition with two kinds",
       [](json& j) {
         j["rules"][0]["when"] = {{"always", true}, {"tag", "x"}};
       }},
      {"an unknown fact",
       [](json& j) {
         j["rules"][0]["when"] = {{"fact", "mood"}, {"op", "eq"}, {"value", 1}};
       }},
      {"an unknown unit", [](json& j) { j["timescales"][0]["unit"] = "fortnights"; }},
      {"an unknown consent verdict",
       [](json& j) {
         j["consent"][0]["exceptions"] = {
             {{"id", "x"}, {"text", "x"}, {"verdict", "maybe"}, {"source", {{"lines", {1, 1}}, {"section", "x"}}}}};
       }},
      {"a first step of an unknown kind",
       [](json& j) {
         j["first_steps"] = {
             {{"id", "x"}, {"kind", "dance"}, {"text", "x"}, {"source", {{"lines", {1, 1}}, {"section", "x"}}}}};
       }},
      {"schema_version 2", [](json& j) { j["schema_version"] = 2; }},
      {"a checked date in words", [](json& j) { j["partnership"]["checked"] = "7 December 2026"; }},
      {"a review-by date without its leading zero", [](json& j) { j["partnership"]["review_by"] = "2027-3-31"; }},
      {"a review-by month 13", [](json& j) { j["partnership"]["review_by"] = "2027-13-01"; }},
  };
  for (auto& [what, mutate] : fixtures) {
    json j = base;
    mutate(j);
    EXPECT_FALSE(schema().validate(j).empty()) << "the schema accepts " << what;
    EXPECT_FALSE(load_pack(j.dump(), testing::calendar()).ok()) << "the loader accepts " << what;
  }
}

}  // namespace
}  // namespace threshold
