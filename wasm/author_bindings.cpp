// Embind glue for the authoring page (web/author/): the whole engine a content author needs in the
// browser, built as its own module (threshold_author_engine.mjs) that only author.html loads, so the
// screener's engine does not grow. JSON text in, JSON text out, nothing thrown into JavaScript.
//
// Packs are kept by slot ("draft", "opened"): the page loads the draft on every pause in typing and
// asks for each check of that same loaded pack. Built without exceptions, like the screener's engine:
// what would have thrown aborts the instance, and web/author/engine.mjs starts a fresh one.
#include <emscripten/bind.h>

#include <map>
#include <string>
#include <vector>

#include "threshold/diff.hpp"
#include "threshold/safety.hpp"
#include "threshold/scenarios.hpp"
#include "threshold/skeleton.hpp"
#include "threshold/threshold.hpp"

namespace {

std::map<std::string, threshold::pack>& slots() {
  static std::map<std::string, threshold::pack> loaded;
  return loaded;
}

// {"ok": false, "error": <the first problem>, "errors": [<every problem>]}
std::string failure(const std::vector<threshold::error>& errors) {
  std::vector<threshold::error> list = errors;
  if (list.empty()) list.push_back({"engine.unknown", "", "Unknown failure."});
  std::string first = threshold::to_json(std::vector<threshold::error>{list[0]}, -1);
  return "{\"ok\":false,\"error\":" + first.substr(1, first.size() - 2) +
         ",\"errors\":" + threshold::to_json(list, -1) + "}";
}

std::string failure(const std::string& code, const std::string& message) {
  return failure({{code, "", message}});
}

template <typename F>
std::string with_slot(const std::string& slot, F body) {
  auto it = slots().find(slot);
  if (it == slots().end()) return failure("engine.pack_not_loaded", "Nothing has been loaded as \"" + slot + "\".");
  return body(it->second);
}

/// load(slot, pack_json, calendar_json): reads and checks the pack as `threshold validate` does (without
/// the safety checks: safety(slot) runs those). {"ok":true,"pack_id","counts":{...}} or every problem.
/// A pack that does not load empties its slot.
std::string load(const std::string& slot, const std::string& pack_json, const std::string& calendar_json) {
  slots().erase(slot);
  if (auto unreadable = threshold::pack_syntax_errors(pack_json); !unreadable.empty()) return failure(unreadable);
  auto calendar = threshold::load_calendar(calendar_json);
  if (!calendar.ok()) return failure(calendar.errors);
  auto loaded = threshold::load_pack(pack_json, *calendar.value);
  if (!loaded.ok()) return failure(loaded.errors);
  const threshold::pack& p = *loaded.value;
  std::string out = "{\"ok\":true,\"pack_id\":" + threshold::to_json(p.id) +
                    ",\"counts\":{\"levels\":" + std::to_string(p.levels.size()) +
                    ",\"indicators\":" + std::to_string(p.indicators.size()) +
                    ",\"rules\":" + std::to_string(p.rules.size()) +
                    ",\"pathways\":" + std::to_string(p.pathways.size()) + "}}";
  slots().insert_or_assign(slot, std::move(*loaded.value));
  return out;
}

/// The calendar id the pack names, read leniently ("" when it cannot be read).
std::string calendar_of(const std::string& pack_json) {
  return threshold::pack_calendar_id(pack_json);
}

/// safety(slot): the safety invariants over the pack's whole answer space (`threshold check`).
std::string safety(const std::string& slot) {
  return with_slot(slot, [](const threshold::pack& p) {
    auto report = threshold::check_safety(p);
    return "{\"ok\":true,\"combinations\":" + std::to_string(report.combinations) +
           ",\"problems\":" + threshold::to_json(report.problems, -1) + "}";
  });
}

/// scenarios(slot, scenarios_json): every case run against the pack (`threshold scenarios`).
std::string scenarios(const std::string& slot, const std::string& scenarios_json) {
  return with_slot(slot, [&](const threshold::pack& p) {
    auto results = threshold::run_scenarios(p, scenarios_json);
    if (!results.ok()) return failure(results.errors);
    std::string out = "{\"ok\":true,\"results\":[";
    bool first = true;
    for (const auto& r : *results.value) {
      out += first ? "" : ",";
      first = false;
      out += "{\"id\":" + threshold::to_json(r.id) + ",\"kind\":" + threshold::to_json(r.kind) +
             ",\"pathway\":" + threshold::to_json(r.pathway) + ",\"reached\":" + threshold::to_json(r.reached) +
             ",\"passed\":" + (r.passed ? "true" : "false") + ",\"failure\":" + threshold::to_json(r.failure) + "}";
    }
    return out + "]}";
  });
}

/// diff(old_slot, new_slot): what the revision changes for a practitioner, as `threshold diff` prints
/// it (text) and as its JSON (diff).
std::string diff(const std::string& old_slot, const std::string& new_slot) {
  return with_slot(old_slot, [&](const threshold::pack& before) {
    return with_slot(new_slot, [&](const threshold::pack& after) {
      const auto d = threshold::diff_packs(before, after);
      return "{\"ok\":true,\"text\":" + threshold::to_json(threshold::to_text(d)) +
             ",\"diff\":" + threshold::to_json(d, -1) + "}";
    });
  });
}

/// render(slot): the guidance as the static reference shows it (an HTML fragment).
std::string render(const std::string& slot) {
  return with_slot(slot, [](const threshold::pack& p) {
    return "{\"ok\":true,\"html\":" + threshold::to_json(threshold::render(p, {.fragment = true})) + "}";
  });
}

/// new_pack(id): the files `threshold new ID` writes, for a pack kept in content/<id>/.
std::string new_pack(const std::string& id) {
  if (!threshold::is_pack_id(id))
    return failure({{"new.bad_id", "",
                     "\"" + threshold::without_controls(id) +
                         "\" cannot name a pack: use lower-case letters, digits and _ (at most 64)."}});
  const auto files = threshold::new_pack_files(id, "../pack.schema.json");
  return "{\"ok\":true,\"pack\":" + threshold::to_json(files.pack) +
         ",\"scenarios\":" + threshold::to_json(files.scenarios) + ",\"readme\":" + threshold::to_json(files.readme) +
         "}";
}

}  // namespace

EMSCRIPTEN_BINDINGS(threshold_author_engine) {
  emscripten::function("load", &load);
  emscripten::function("calendar_of", &calendar_of);
  emscripten::function("safety", &safety);
  emscripten::function("scenarios", &scenarios);
  emscripten::function("diff", &diff);
  emscripten::function("render", &render);
  emscripten::function("new_pack", &new_pack);
}
