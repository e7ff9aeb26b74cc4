// The strict JSON reader against nlohmann (the reference) on whole documents: the same texts
// accepted, the same values read (json_differential.hpp says which differences are meant).
#include "json_differential.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto mine = threshold::fuzz::differential(text);
  if (mine.ok) FUZZ_CHECK(mine.duplicate_keys.size() <= threshold::detail::max_listed_duplicate_keys);
  return 0;
}
