#include "stable_order.hpp"

#include <algorithm>

namespace threshold::detail {

void stable_sort_positions(std::vector<std::uint32_t>& order, position_less less, const void* context) {
  const std::size_t n = order.size();
  if (n < 2) return;
  std::vector<std::uint32_t> buffer(n);
  std::uint32_t* from = order.data();
  std::uint32_t* to = buffer.data();
  // Bottom-up merges of runs of 1, 2, 4... positions; on a tie the left run's position goes first.
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      std::size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) to[k++] = less(context, from[j], from[i]) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    std::swap(from, to);
  }
  if (from != order.data()) std::copy(from, from + n, order.data());
}

}  // namespace threshold::detail
