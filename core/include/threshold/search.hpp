#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "threshold/pack.hpp"

namespace threshold {

struct search_hit {
  const indicator* match = nullptr;
  double score = 0;
};

/// Only this much of a query is read, and only this many different words of it (docs/API.md, "Limits").
inline constexpr size_t max_search_query_bytes = 200;
inline constexpr size_t max_search_terms = 12;
/// Words of one indicator a search reads (its text, then keywords, hint, domain and tags): each costs
/// every search some microseconds, and the most any partnership's indicator has is 50.
inline constexpr size_t max_search_words_per_indicator = 400;

/// Indicators matching a practitioner's words, best first: case-insensitive, any word order, simple
/// plurals, small typos and the shared synonyms of content/search-synonyms.json ("nudes", "selfharm").
///   search(p, "knif crime") finds "...victim of a serious gun/knife crime...".
std::vector<search_hit> search(const pack& p, std::string_view query);

/// How many typed words the built-in synonym list knows (0 if content/search-synonyms.json is broken).
size_t search_synonym_count();

}  // namespace threshold
