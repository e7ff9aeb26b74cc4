#include "pack_checks.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "threshold/search.hpp"

namespace threshold::detail {

namespace {

// Every node reachable from the start; from every node an outcome reachable; every edge lands.
void check_pathway(const pathway& pw, const std::string& ptr, problems& problems_) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < pw.nodes.size(); ++i) index.emplace(pw.nodes[i].id, i);
  auto edges = [&](const pathway_node& n) {
    std::vector<std::pair<std::string, std::string>> out;  // (pointer suffix, target)
    for (size_t i = 0; i < n.options.size(); ++i)
      out.push_back({"/options/" + std::to_string(i) + "/next", n.options[i].next});
    if (n.kind == pathway_node::type::info) out.push_back({"/next", n.next});
    if (n.kind == pathway_node::type::branch) {
      for (size_t i = 0; i < n.branches.size(); ++i)
        out.push_back({"/branches/" + std::to_string(i) + "/next", n.branches[i].next});
      out.push_back({"/otherwise", n.otherwise});
    }
    return out;
  };
  bool dangling = false;
  if (!pw.start.empty() && !index.count(pw.start)) {
    problems_.add("unknown_reference", ptr + "/start",
                  "The start node \"" + pw.start + "\" is not a node of this pathway.");
    dangling = true;
  }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    for (const auto& [suffix, target] : edges(pw.nodes[i]))
      if (!target.empty() && !index.count(target)) {
        problems_.add("unknown_reference", ptr + "/nodes/" + std::to_string(i) + suffix,
                      "\"" + target + "\" is not a node of this pathway.");
        dangling = true;
      }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    for (const auto& b : pw.nodes[i].branches) {
      // A recursive lambda that takes itself: std::function would add a vtable and its RTTI names.
      auto check = [&](const auto& self, const condition& c) -> void {
        if (c.kind == condition::type::answer) {
          auto it = index.find(c.name);
          if (it == index.end() || pw.nodes[it->second].kind != pathway_node::type::question)
            problems_.add("unknown_reference", ptr + "/nodes/" + std::to_string(i) + "/branches",
                          "The condition refers to \"" + c.name + "\", which is not a question of this pathway.");
        }
        for (const auto& child : c.children) self(self, child);
      };
      check(check, b.when);
    }
  if (dangling || pw.nodes.empty() || !index.count(pw.start)) return;

  std::vector<bool> reachable(pw.nodes.size(), false);
  std::vector<size_t> stack = {index[pw.start]};
  while (!stack.empty()) {
    size_t at = stack.back();
    stack.pop_back();
    if (reachable[at]) continue;
    reachable[at] = true;
    for (const auto& [suffix, target] : edges(pw.nodes[at])) stack.push_back(index[target]);
  }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    if (!reachable[i])
      problems_.add("pathway_unreachable", ptr + "/nodes/" + std::to_string(i),
                    "The node \"" + pw.nodes[i].id + "\" cannot be reached from the start \"" + pw.start + "\".");
  // Backwards from the outcomes: a node that cannot reach one is a dead end or an endless loop.
  std::vector<bool> ends(pw.nodes.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < pw.nodes.size(); ++i) {
      if (ends[i]) continue;
      bool reaches = pw.nodes[i].kind == pathway_node::type::outcome;
      for (const auto& [suffix, target] : edges(pw.nodes[i])) reaches = reaches || ends[index[target]];
      if (reaches) ends[i] = changed = true;
    }
  }
  for (size_t i = 0; i < pw.nodes.size(); ++i)
    if (!ends[i] && reachable[i])
      problems_.add(
          "pathway_dead_end", ptr + "/nodes/" + std::to_string(i),
          "No outcome can be reached from \"" + pw.nodes[i].id + "\": the path ends or loops without an exit.");
}

void check_references(const pack& p, const std::vector<pack_reference>& references_, problems& problems_) {
  std::map<std::string, std::set<std::string>> known;
  for (const auto& l : p.levels) known["level"].insert(std::to_string(l.number));
  for (const auto& d : p.domains) known["domain"].insert(d.id);
  for (const auto& t : p.tags) known["tag"].insert(t.id);
  for (const auto& i : p.indicators) known["indicator"].insert(i.id);
  for (const auto& c : p.contacts) known["contact"].insert(c.id);
  for (const auto& r : p.routes) known["route"].insert(r.id);
  static const std::map<std::string, std::string> plural = {{"level", "levels"},     {"domain", "domains"},
                                                            {"tag", "tags"},         {"indicator", "indicators"},
                                                            {"contact", "contacts"}, {"route", "routes"}};
  for (const auto& ref : references_)
    if (!known[ref.kind].count(ref.id))
      problems_.add("unknown_reference", ref.pointer,
                    "There is no " + ref.kind + " \"" + ref.id + "\" in \"" + plural.at(ref.kind) + "\".");
}

}  // namespace

void check_pack(const pack& p, const std::vector<pack_reference>& references, problems& out) {
  bool needs_note =
      std::any_of(p.indicators.begin(), p.indicators.end(), [](const indicator& i) { return i.strategy_discussion; }) ||
      std::any_of(p.rules.begin(), p.rules.end(),
                  [](const rule& x) { return x.kind == rule::type::strategy_discussion; });
  if (needs_note && !p.strategy_discussion)
    out.add("missing_key", "/strategy_discussion",
            "Some entries indicate a strategy discussion: add \"strategy_discussion\" with the source's own words.");
  // An example in the search box's hint that finds nothing tells the practitioner the search is broken.
  for (size_t i = 0; i < p.about.search_examples.size(); ++i)
    if (search(p, p.about.search_examples[i]).empty())
      out.add(
          "bad_value", "/partnership/search_examples/" + std::to_string(i),
          "The search example \"" + p.about.search_examples[i] + "\" finds no indicator: give words the search finds.");
  check_references(p, references, out);
  for (size_t i = 0; i < p.pathways.size(); ++i) check_pathway(p.pathways[i], "/pathways/" + std::to_string(i), out);
}

}  // namespace threshold::detail
