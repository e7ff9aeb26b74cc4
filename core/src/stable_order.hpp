#pragma once
// One stable sort for the whole engine. std::stable_sort is compiled once per element type and
// comparator: three copies of about 3.3 KB each in the WebAssembly. This is one merge sort of
// positions, compiled once, with the comparison passed in; it orders exactly as std::stable_sort
// does (equal elements keep their order), in O(n log n).
#include <cstdint>
#include <utility>
#include <vector>

namespace threshold::detail {

using position_less = bool (*)(const void* context, std::uint32_t a, std::uint32_t b);

/// Sorts `order` (positions) stably by less(context, a, b).
void stable_sort_positions(std::vector<std::uint32_t>& order, position_less less, const void* context);

/// Sorts `order` (positions) stably by less(a, b).
template <class Less>
void stable_sort_positions(std::vector<std::uint32_t>& order, const Less& less) {
  stable_sort_positions(
      order,
      [](const void* context, std::uint32_t a, std::uint32_t b) { return (*static_cast<const Less*>(context))(a, b); },
      &less);
}

/// Sorts `items` stably by less(x, y), moving each item once.
template <class T, class Less>
void stable_sort_items(std::vector<T>& items, const Less& less) {
  std::vector<std::uint32_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  stable_sort_positions(order, [&](std::uint32_t a, std::uint32_t b) { return less(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(items[i]));
  items.swap(sorted);
}

}  // namespace threshold::detail
