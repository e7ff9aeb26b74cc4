// Pack loading: every problem reported within the cap; a pack that loads can be evaluated with no
// answers and with all of its indicators ticked, and rendered as the HTML reference
// (fuzz::check_pack_text, shared with pack_structure_fuzz.cpp).
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  threshold::fuzz::check_pack_text(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
