// Embind glue over the core's public API: JSON text in, JSON text out, nothing thrown into
// JavaScript. Loaded packs are kept by id inside the one module instance the page shares.
#include <emscripten/bind.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "threshold/threshold.hpp"

namespace {

using nlohmann::json;

std::map<std::string, threshold::pack>& packs() {
  static std::map<std::string, threshold::pack> loaded;
  return loaded;
}

std::string failure(const std::vector<threshold::error>& errors) {
  json list = json::parse(threshold::to_json(errors, -1));
  json first = list.empty() ? json{{"code", "engine.unknown"}, {"path", ""}, {"message", "Unknown failure."}} : list[0];
  return json{{"ok", false}, {"error", first}, {"errors", list}}.dump();
}

std::string failure(const std::string& code, const std::string& message) { return failure({{code, "", message}}); }

// Runs `body`, turning any exception into an ok:false answer.
template <typename F>
std::string guarded(F body) {
  try {
    return body();
  } catch (const std::exception& e) {
    return failure("engine.internal", std::string("The engine failed: ") + e.what());
  } catch (...) {
    return failure("engine.internal", "The engine failed unexpectedly.");
  }
}

const threshold::pack* find(const std::string& id) {
  auto it = packs().find(id);
  return it == packs().end() ? nullptr : &it->second;
}

std::string not_loaded(const std::string& id) {
  return failure("engine.pack_not_loaded", "No pack \"" + id + "\" has been loaded.");
}

std::string load_pack(const std::string& pack_json, const std::string& calendar_json) {
  return guarded([&] {
    auto calendar = threshold::load_calendar(calendar_json);
    if (!calendar.ok()) return failure(calendar.errors);
    auto loaded = threshold::load_pack(pack_json, *calendar.value);
    if (!loaded.ok()) return failure(loaded.errors);
    std::string id = loaded.value->id;
    packs().insert_or_assign(id, std::move(*loaded.value));
    return json{{"ok", true}, {"pack_id", id}}.dump();
  });
}

std::string evaluate(const std::string& pack_id, const std::string& answers_json) {
  return guarded([&] {
    const threshold::pack* p = find(pack_id);
    if (!p) return not_loaded(pack_id);
    auto a = threshold::parse_answers(answers_json, *p);
    if (!a.ok()) return failure(a.errors);
    return "{\"ok\":true,\"outcome\":" + threshold::to_json(*p, threshold::evaluate(*p, *a.value), -1) + "}";
  });
}

std::string search(const std::string& pack_id, const std::string& query) {
  return guarded([&] {
    const threshold::pack* p = find(pack_id);
    if (!p) return not_loaded(pack_id);
    return "{\"ok\":true,\"results\":" + threshold::to_json(threshold::search(*p, query), -1) + "}";
  });
}

std::string render(const std::string& pack_id) {
  return guarded([&] {
    const threshold::pack* p = find(pack_id);
    if (!p) return not_loaded(pack_id);
    return json{{"ok", true}, {"html", threshold::render(*p, {.fragment = true})}}.dump();
  });
}

std::string walk(const std::string& pack_id, const std::string& pathway_id, const std::string& answers_json) {
  return guarded([&] {
    const threshold::pack* p = find(pack_id);
    if (!p) return not_loaded(pack_id);
    auto a = threshold::parse_pathway_answers(answers_json, *p);
    if (!a.ok()) return failure(a.errors);
    auto step = threshold::walk(*p, pathway_id, *a.value);
    if (!step.errors.empty()) return failure(step.errors);
    return "{\"ok\":true,\"step\":" + threshold::to_json(*p, step, -1) + "}";
  });
}

std::string run_scenarios(const std::string& pack_id, const std::string& scenarios_json) {
  return guarded([&] {
    const threshold::pack* p = find(pack_id);
    if (!p) return not_loaded(pack_id);
    auto results = threshold::run_scenarios(*p, scenarios_json);
    if (!results.ok()) return failure(results.errors);
    json list = json::array();
    for (const auto& r : *results.value)
      list.push_back({{"id", r.id}, {"kind", r.kind}, {"passed", r.passed}, {"failure", r.failure}});
    return json{{"ok", true}, {"results", list}}.dump();
  });
}

}  // namespace

EMSCRIPTEN_BINDINGS(threshold_engine) {
  emscripten::function("load_pack", &load_pack);
  emscripten::function("evaluate", &evaluate);
  emscripten::function("search", &search);
  emscripten::function("render", &render);
  emscripten::function("walk", &walk);
  emscripten::function("run_scenarios", &run_scenarios);
}
