// Embind glue over the core's public API: JSON text in, JSON text out, nothing thrown into
// JavaScript. Loaded packs are kept by id inside the one module instance the page shares.
#include <emscripten/bind.h>
#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>

#include "threshold/threshold.hpp"

namespace {

std::map<std::string, threshold::pack>& packs() {
  static std::map<std::string, threshold::pack> loaded;
  return loaded;
}

// {"ok": false, "error": <the first problem>, "errors": [<every problem>]}
std::string failure(const std::vector<threshold::error>& errors) {
  std::vector<threshold::error> list = errors;
  if (list.empty()) list.push_back({"engine.unknown", "", "Unknown failure."});
  std::string all = threshold::to_json(list, -1);
  std::string first = threshold::to_json(std::vector<threshold::error>{list[0]}, -1);
  return "{\"ok\":false,\"error\":" + first.substr(1, first.size() - 2) + ",\"errors\":" + all + "}";
}

std::string failure(const std::string& code, const std::string& message) {
  return failure({{code, "", message}});
}

// An answer as it crosses into JavaScript, in ASCII: every other character becomes a JSON \u escape
// (they occur only inside strings), so the values are the same. JavaScript then holds the answer as a
// one-byte string: TextDecoder makes the 143 KB answer with every concern ticked into a string 5-50
// times faster, and JSON.parse reads it faster (docs/performance.md). A byte that is not UTF-8 becomes
// U+FFFD, as TextDecoder makes it.
std::string ascii_json(std::string text) {
  // Pointers, not text[i]: at -Oz the string's accessors stay calls, and this runs over every byte.
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  auto ascii_run_end = [end](const char* p) {
    for (std::uint64_t word = 0; end - p >= 8; p += 8) {  // eight bytes at a time while none is 0x80 or more
      std::memcpy(&word, p, sizeof word);
      if (word & 0x8080808080808080ULL) break;
    }
    while (p != end && static_cast<unsigned char>(*p) < 0x80) ++p;
    return p;
  };
  const char* p = ascii_run_end(begin);
  if (p == end) return text;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  out.append(begin, static_cast<size_t>(p - begin));
  auto escape = [&out](unsigned unit) {
    static const char hex[] = "0123456789abcdef";
    char escaped[] = "\\u0000";
    for (int k = 0; k < 4; ++k) escaped[2 + k] = hex[(unit >> (12 - 4 * k)) & 15];
    out.append(escaped, sizeof escaped - 1);
  };
  while (p != end) {
    auto lead = static_cast<unsigned char>(*p);
    size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    unsigned code = lead & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
    bool valid = length > 0 && lead < 0xF5 && length <= static_cast<size_t>(end - p);
    for (size_t k = 1; valid && k < length; ++k) {
      auto next = static_cast<unsigned char>(p[k]);
      valid = (next & 0xC0) == 0x80;
      code = (code << 6) | (next & 0x3Fu);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (valid && ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
                  (length == 4 && (code < 0x10000 || code > 0x10FFFF))))
      valid = false;
    if (!valid) {
      escape(0xFFFD);
      ++p;
    } else if (code >= 0x10000) {
      escape(0xD800 + ((code - 0x10000) >> 10));
      escape(0xDC00 + ((code - 0x10000) & 0x3FF));
      p += length;
    } else {
      escape(code);
      p += length;
    }
    const char* run_end = ascii_run_end(p);
    out.append(p, static_cast<size_t>(run_end - p));
    p = run_end;
  }
  return out;
}

// Runs `body`. The engine is built without exceptions (-fno-exceptions: 9.2 KB gzip smaller): what would
// have thrown (running out of memory, say) aborts the instance instead, and the JavaScript layer
// (web/screener/engine.mjs) answers that call with engine.restarted and starts a fresh instance.
// A native build of this file (with exceptions) still turns any exception into an ok:false answer.
template <typename F>
std::string caught(F body) {
#if defined(__cpp_exceptions)
  try {
    return body();
  } catch (const std::exception& e) {
    return failure("engine.internal", std::string("The engine failed: ") + e.what());
  } catch (...) {
    return failure("engine.internal", "The engine failed unexpectedly.");
  }
#else
  return body();
#endif
}

// Test-only: nothing within the engine's input limits makes it run out of memory, so the recovery from
// a trap (web/screener/engine.mjs: engine.restarted, then a fresh instance with the same packs) could
// not be exercised. The test build (threshold_engine_test_hooks.mjs, CMakeLists.txt) defines
// THRESHOLD_ENGINE_TEST_HOOKS: there, an answers text or a search containing one of these words stops
// the instance the two ways a real failure would. In the engine the page ships this is an empty
// function, so the hook costs no bytes and no input can reach it. A separate build rather than an
// exported function: an export would ship, and a call the page never makes proves less than the
// page's own search box or answers reaching the trap.
#if defined(THRESHOLD_ENGINE_TEST_HOOKS)
void stop_if_asked_to(const std::string& text) {
  if (text.find("threshold-test-hook:abort") != std::string::npos) std::abort();     // as out of memory does
  if (text.find("threshold-test-hook:trap") != std::string::npos) __builtin_trap();  // WebAssembly's unreachable
}
#else
void stop_if_asked_to(const std::string&) {}
#endif

// Every answer: caught, then in ASCII for JavaScript.
template <typename F>
std::string guarded(F body) {
  return ascii_json(caught(body));
}

template <typename F>
std::string with_pack(const std::string& id, F body) {
  return guarded([&] {
    auto it = packs().find(id);
    if (it == packs().end()) return failure("engine.pack_not_loaded", "No pack \"" + id + "\" has been loaded.");
    return body(it->second);
  });
}

std::string add_pack(const std::string& pack_json, const std::string& calendar_json, bool validated) {
  return guarded([&] {
    auto calendar = threshold::load_calendar(calendar_json);
    if (!calendar.ok()) {
      // A pack that cannot be read names no calendar: its own problem comes first.
      if (auto unreadable = threshold::pack_syntax_errors(pack_json); !unreadable.empty()) return failure(unreadable);
      return failure(calendar.errors);
    }
    auto loaded = validated ? threshold::load_validated_pack(pack_json, *calendar.value)
                            : threshold::load_pack(pack_json, *calendar.value);
    if (!loaded.ok()) return failure(loaded.errors);
    std::string id = loaded.value->id;
    packs().insert_or_assign(id, std::move(*loaded.value));
    return "{\"ok\":true,\"pack_id\":" + threshold::to_json(id) + "}";
  });
}

std::string load_pack(const std::string& pack_json, const std::string& calendar_json) {
  return add_pack(pack_json, calendar_json, false);
}

/// The page's fast path for a pack whose text the site build vouched for (web/screener/packs.mjs
/// checks the vouch): no second cross-reference check.
std::string load_validated_pack(const std::string& pack_json, const std::string& calendar_json) {
  return add_pack(pack_json, calendar_json, true);
}

std::string evaluate(const std::string& pack_id, const std::string& answers_json) {
  stop_if_asked_to(answers_json);
  return with_pack(pack_id, [&](const threshold::pack& p) {
    auto a = threshold::parse_answers(answers_json, p);
    if (!a.ok()) return failure(a.errors);
    return "{\"ok\":true,\"outcome\":" + threshold::to_json(p, threshold::evaluate(p, *a.value), -1) + "}";
  });
}

// describe(pack_id, answers_json): "" or "{}" before any answer.
std::string describe(const std::string& pack_id, const std::string& answers_json) {
  stop_if_asked_to(answers_json);
  return with_pack(pack_id, [&](const threshold::pack& p) {
    threshold::answers a;
    if (!answers_json.empty()) {
      auto parsed = threshold::parse_answers(answers_json, p);
      if (!parsed.ok()) return failure(parsed.errors);
      a = *parsed.value;
    }
    return "{\"ok\":true,\"description\":" + threshold::to_json(p, threshold::describe(p, a), -1) + "}";
  });
}

// screen(pack_id, answers_json): what a page draws, from one evaluation: the description (the questions
// asked now, the indicators, contacts) and the outcome. "" or "{}" before any answer.
std::string screen(const std::string& pack_id, const std::string& answers_json) {
  stop_if_asked_to(answers_json);
  return with_pack(pack_id, [&](const threshold::pack& p) {
    threshold::answers a;
    if (!answers_json.empty()) {
      auto parsed = threshold::parse_answers(answers_json, p);
      if (!parsed.ok()) return failure(parsed.errors);
      a = *parsed.value;
    }
    const threshold::outcome o = threshold::evaluate(p, a);
    return "{\"ok\":true,\"description\":" + threshold::to_json(p, threshold::describe(p, a, o), -1) +
           ",\"outcome\":" + threshold::to_json(p, o, -1) + "}";
  });
}

// live(pack_id, answers_json): what the page needs on every answer change (to_live_json).
std::string live(const std::string& pack_id, const std::string& answers_json) {
  stop_if_asked_to(answers_json);
  return with_pack(pack_id, [&](const threshold::pack& p) {
    auto a = threshold::parse_answers(answers_json, p);
    if (!a.ok()) return failure(a.errors);
    const threshold::outcome o = threshold::evaluate(p, *a.value);
    return "{\"ok\":true,\"live\":" + threshold::to_live_json(p, threshold::describe(p, *a.value, o), o) + "}";
  });
}

std::string search(const std::string& pack_id, const std::string& query) {
  stop_if_asked_to(query);
  return with_pack(pack_id, [&](const threshold::pack& p) {
    return "{\"ok\":true,\"results\":" + threshold::to_json(p, threshold::search(p, query), -1) + "}";
  });
}

std::string render(const std::string& pack_id) {
  return with_pack(pack_id, [&](const threshold::pack& p) {
    return "{\"ok\":true,\"html\":" + threshold::to_json(threshold::render(p, {.fragment = true})) + "}";
  });
}

std::string walk(const std::string& pack_id, const std::string& pathway_id, const std::string& answers_json) {
  return with_pack(pack_id, [&](const threshold::pack& p) {
    auto a = threshold::parse_pathway_answers(answers_json, p);
    if (!a.ok()) return failure(a.errors);
    auto step = threshold::walk(p, pathway_id, *a.value);
    if (!step.errors.empty()) return failure(step.errors);
    return "{\"ok\":true,\"step\":" + threshold::to_json(p, step, -1) + "}";
  });
}

// Bytes the allocator has handed out and not had back: tools/stress.mjs and tests/engine_node_test.mjs
// compare it before and after thousands of calls, so that a leak fails a test.
double heap_bytes_in_use() {
  return static_cast<double>(mallinfo().uordblks);
}

}  // namespace

EMSCRIPTEN_BINDINGS(threshold_engine) {
  emscripten::function("load_pack", &load_pack);
  emscripten::function("load_validated_pack", &load_validated_pack);
  emscripten::function("evaluate", &evaluate);
  emscripten::function("describe", &describe);
  emscripten::function("live", &live);
  emscripten::function("screen", &screen);
  emscripten::function("search", &search);
  emscripten::function("render", &render);
  emscripten::function("walk", &walk);
  emscripten::function("heap_bytes_in_use", &heap_bytes_in_use);
}
