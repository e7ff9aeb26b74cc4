// Pack loading with a structure-aware mutator. libFuzzer's byte mutations seldom leave a pack of
// 30-180 KB as JSON at all, so nearly every input of the `pack` target stops at pack.syntax. This
// target parses the pack, changes it the way an author (or an attacker) could, and writes it back:
// a value's type or content, a key, an array's elements, one entry's id put where another is
// referred to, a hostile string (controls, long keys and texts, a hidden Bcc). The loader's checks,
// evaluation and the reference writer then see packs that are almost right (fuzz::check_pack_text).
// The replay (fuzz/replay_main.cpp) also runs a few mutations of each input, so ctest exercises the
// mutator as well as the checks.
#include <cstring>
#include <limits>
#include <random>

#include "fuzz_support.hpp"

// libFuzzer's own byte mutator, for input that is not JSON; absent from the replay build (weak).
extern "C" size_t LLVMFuzzerMutate(std::uint8_t* data, size_t size, size_t max_size) __attribute__((weak));

namespace {

using json = nlohmann::ordered_json;  // keeps the pack's key order, so a mutation changes one thing

// Strings that have broken, or could break, something downstream of the loader.
const char* const hostile_strings[] = {
    "",
    "x",
    "health_4_non_mobile_bruise",
    "\xC2\x9B[31m",      // U+009B, an 8-bit CSI
    "\xE2\x80\xAEtxt",   // U+202E, right-to-left override
    "\x1B]0;owned\x07",  // ESC and BEL
    "a/b~c",
    "mash@dudley.gov.uk?bcc=someone@evil.example&subject=x",
    "mailto:mash@dudley.gov.uk?bcc=someone@evil.example",
    "javascript:alert(1)",
    "https://example.org/a?b#c",
    "tel:+441234567890",
    "caf\xC3\xA9 \xF0\x9F\x91\xB6",
    "<script>alert(1)</script>",
    "working_days",
    "england-and-wales",
};

json hostile_number(std::minstd_rand& rng) {
  switch (rng() % 10) {
    case 0: return 0;
    case 1: return -1;
    case 2: return 1;
    case 3: return static_cast<int>(rng() % 10);
    case 4: return 1e300;
    case 5: return -1e300;
    case 6: return 2.5;
    case 7: return std::numeric_limits<std::int64_t>::max();
    case 8: return 2147483648LL;
    default: return 1e-300;
  }
}

struct mutation_context {
  std::minstd_rand rng;
  std::vector<json*> nodes;        // every value, the root first
  std::vector<std::string> words;  // the pack's own strings and keys: ids to refer to
  size_t pick(size_t n) { return n ? rng() % n : 0; }
  std::string some_string() {
    if (!words.empty() && rng() % 2) return words[pick(words.size())];
    return hostile_strings[pick(std::size(hostile_strings))];
  }
};

void collect(json& v, mutation_context& m) {
  m.nodes.push_back(&v);
  if (v.is_string() && v.get_ref<const std::string&>().size() < 64) m.words.push_back(v.get<std::string>());
  if (v.is_object())
    for (auto& [key, child] : v.items()) {
      m.words.push_back(key);
      collect(child, m);
    }
  else if (v.is_array())
    for (auto& child : v) collect(child, m);
}

std::string mutated_string(std::string s, mutation_context& m) {
  switch (m.rng() % 6) {
    case 0: return s + m.some_string();
    case 1: return s.substr(0, s.size() / 2);  // may cut a character: nlohmann's dump replaces it
    case 2: return m.some_string() + s;
    case 3: return std::string(threshold::detail::max_text_bytes + 1 - m.rng() % 3, 'w');  // at the text limit
    case 4: return std::string(1000 + m.rng() % 200, 'k');                                 // a long key or id
    default: return m.some_string();
  }
}

void mutate_once(mutation_context& m) {
  json& node = *m.nodes[m.pick(m.nodes.size())];
  switch (m.rng() % 11) {
    case 0:  // another type
      switch (m.rng() % 6) {
        case 0: node = m.some_string(); break;
        case 1: node = hostile_number(m.rng); break;
        case 2: node = static_cast<bool>(m.rng() % 2); break;
        case 3: node = nullptr; break;
        case 4: node = json::object(); break;
        default: node = json::array(); break;
      }
      break;
    case 1:  // the same type, another value
      if (node.is_string())
        node = mutated_string(node.get<std::string>(), m);
      else if (node.is_number_integer())
        node = node.get<std::int64_t>() + (m.rng() % 2 ? 1 : -1);
      else if (node.is_number())
        node = -node.get<double>();
      else if (node.is_boolean())
        node = !node.get<bool>();
      break;
    case 2:  // an entry's id (or any of the pack's strings) where another was
      if (node.is_string()) node = m.some_string();
      break;
    case 3:  // a key less
      if (node.is_object() && !node.empty()) {
        auto it = node.begin();
        std::advance(it, static_cast<long>(m.pick(node.size())));
        node.erase(it.key());
      }
      break;
    case 4:  // a key more: an unknown one, or one from elsewhere, with a copy of another value
      if (node.is_object()) {
        json copy = *m.nodes[m.pick(m.nodes.size())];  // copied first: inserting may move what it points to
        node[m.some_string()] = std::move(copy);
      }
      break;
    case 5:  // a key renamed, in place
      if (node.is_object() && !node.empty()) {
        json renamed = json::object();
        size_t which = m.pick(node.size()), i = 0;
        std::string name = m.rng() % 3 ? m.some_string() : mutated_string(node.begin().key(), m);
        for (auto& [key, value] : node.items()) renamed[i++ == which ? name : key] = value;
        node = std::move(renamed);
      }
      break;
    case 6:  // an element less
      if (node.is_array() && !node.empty()) node.erase(m.pick(node.size()));
      break;
    case 7:  // an element twice (a duplicate id, a repeated step)
      if (node.is_array() && !node.empty()) node.push_back(json(node[m.pick(node.size())]));
      break;
    case 8:  // two elements swapped (the order of levels, rules, pathway nodes)
      if (node.is_array() && node.size() >= 2) std::swap(node[m.pick(node.size())], node[m.pick(node.size())]);
      break;
    case 9:  // an array emptied
      if (node.is_array()) node = json::array();
      break;
    default: {  // another value grafted here
      json graft = *m.nodes[m.pick(m.nodes.size())];
      node = std::move(graft);
      break;
    }
  }
}

size_t fall_back(std::uint8_t* data, size_t size, size_t max_size) {
  return LLVMFuzzerMutate ? LLVMFuzzerMutate(data, size, max_size) : size;
}

}  // namespace

extern "C" size_t LLVMFuzzerCustomMutator(std::uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
  json original = json::parse(data, data + size, nullptr, false);
  if (original.is_discarded() || !original.is_object()) return fall_back(data, size, max_size);
  std::minstd_rand rng(seed ? seed : 1);
  for (int attempt = 0; attempt < 4; ++attempt) {
    json pack = original;
    mutation_context m{rng, {}, {}};
    collect(pack, m);
    for (unsigned n = 1 + m.rng() % 3; n > 0; --n) {
      mutate_once(m);
      m.nodes.clear();  // a mutation may have freed nodes: collect again
      m.words.clear();
      collect(pack, m);
    }
    rng = m.rng;
    std::string text = pack.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() <= max_size) {
      std::memcpy(data, text.data(), text.size());
      return text.size();
    }
  }
  return fall_back(data, size, max_size);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  threshold::fuzz::check_pack_text(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
