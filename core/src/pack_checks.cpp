#include "pack_checks.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "condition.hpp"
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

// The words a practitioner reads, each where the page puts it. Every rule here is a text that once read
// wrongly on the page; `threshold validate` names it at its pointer so the author need not find it there.

// The engine says when a concern applies ("Applies only when the child is not yet mobile."): a hint
// that says it again showed it twice under the checkbox.
void check_hints(const pack& p, problems& out) {
  for (size_t i = 0; i < p.indicators.size(); ++i) {
    const indicator& x = p.indicators[i];
    if (!x.applies_when) continue;
    for (std::string_view says : {"Applies", "Counts only", "Counted "})
      if (std::string_view(x.hint).substr(0, says.size()) == says) {
        out.add("hint_repeats_applies_when", "/indicators/" + std::to_string(i) + "/hint",
                "The hint \"" + shown(x.hint) + "\" says again when this concern applies: the page already shows \"" +
                    "Applies only when " + describe(*x.applies_when) +
                    ".\" (from \"applies_when\"). Keep only what that does not say, or remove the hint.");
        break;
      }
  }
}

// The page writes an out-of-hours line as "Out of hours: <label> <number>": the label names who answers.
void check_out_of_hours_labels(const pack& p, problems& out) {
  for (size_t i = 0; i < p.contacts.size(); ++i) {
    if (!p.contacts[i].after_hours) continue;
    const out_of_hours& o = *p.contacts[i].after_hours;
    std::string start;
    for (char c : o.label.substr(0, 12))
      start += c == '-' ? ' ' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (start == "out of hours")
      out.add("out_of_hours_label", "/contacts/" + std::to_string(i) + "/out_of_hours/label",
              "The page writes \"Out of hours: " + shown(o.label) + " " + shown(o.phone) +
                  "\", saying \"out of hours\" twice: name who answers instead (for example \"Emergency Duty "
                  "Team\").");
  }
}

// Characters, not bytes: a heading's length is what the reader sees.
size_t characters(std::string_view text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

inline constexpr size_t max_title_chars = 40;

// A question's first paragraph is its heading (the page's legend), the rest its hint: with several
// paragraphs, the first asks the question, or is a short title ("Stage 1: Day 1"), never the context.
void check_question_headings(const pack& p, problems& out) {
  for (size_t i = 0; i < p.pathways.size(); ++i)
    for (size_t j = 0; j < p.pathways[i].nodes.size(); ++j) {
      const pathway_node& n = p.pathways[i].nodes[j];
      if (n.kind != pathway_node::type::question || n.text.size() < 2) continue;
      const std::string& heading = n.text.front();
      if ((!heading.empty() && heading.back() == '?') || characters(heading) <= max_title_chars) continue;
      out.add("question_heading", "/pathways/" + std::to_string(i) + "/nodes/" + std::to_string(j) + "/text/0",
              "The first paragraph of a question is its heading and the rest its hint, but \"" + shown(heading) +
                  "\" neither asks the question (ending with \"?\") nor is a short title (" +
                  std::to_string(max_title_chars) + " characters at most): put the question first.");
    }
}

// What in a text points into our copy of the source document rather than the document itself:
// "line 12", "Lines 3", "pack.txt", "seeds/" ("" when nothing does). "Helpline 0800" is a word, not a line.
std::string_view copy_reference(std::string_view text) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view rest = text.substr(i);
    if ((rest.substr(0, 4) == "line" || rest.substr(0, 4) == "Line") && (i == 0 || !letter(text[i - 1]))) {
      size_t end = rest.size() > 4 && rest[4] == 's' ? 5 : 4;
      if (end + 1 < rest.size() && rest[end] == ' ' && digit(rest[end + 1])) {
        for (end += 1; end < rest.size() && digit(rest[end]);) ++end;
        return rest.substr(0, end);
      }
    }
    if (rest.substr(0, 4) == ".txt" && (rest.size() == 4 || !(letter(rest[4]) || digit(rest[4]) || rest[4] == '_')))
      return rest.substr(0, 4);
    if (rest.substr(0, 6) == "seeds/") return rest.substr(0, 6);
  }
  return {};
}

// A citation is the document's section (and page), which the page writes; no text a practitioner reads
// points into our copy ("(line 531)" once reached a procedure a practitioner read). Only where the copy is kept,
// "source_file" and a citation's "file", is the pack's own business.
void check_copy_references(const json& v, const std::string& pointer, problems& out) {
  if (v.is_string()) {
    std::string_view found = copy_reference(v.as_string());
    if (!found.empty())
      out.add("cites_our_copy", pointer,
              "\"" + shown(found) +
                  "\" points into our copy of the document, which practitioners never see: take it out (the page "
                  "cites the document by the section and page in \"source\").");
  } else if (v.is_array()) {
    for (size_t i = 0; i < v.size(); ++i) check_copy_references(v[i], pointer + "/" + std::to_string(i), out);
  } else if (v.is_object()) {
    for (const auto& [key, value] : v.members())
      if (key != "source_file" && key != "file")
        check_copy_references(value, pointer + "/" + pointer_segment(key), out);
  }
}

}  // namespace

void check_pack(const pack& p, const json& root, const std::vector<pack_reference>& references, problems& out) {
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
  check_hints(p, out);
  check_out_of_hours_labels(p, out);
  check_question_headings(p, out);
  check_copy_references(root, "", out);
}

}  // namespace threshold::detail
