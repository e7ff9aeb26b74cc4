#pragma once
#include <string_view>
#include <vector>

#include "threshold/pack.hpp"

namespace threshold {

struct search_hit {
  const indicator* match = nullptr;
  double score = 0;
};

/// Indicators matching a practitioner's words, best first: case-insensitive, any word order, simple
/// plurals and small typos.  search(p, "knif crime") finds "...victim of a serious gun/knife crime...".
std::vector<search_hit> search(const pack& p, std::string_view query);

}  // namespace threshold
