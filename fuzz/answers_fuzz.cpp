// Answers against every partnership: read, evaluate, write the outcome; the same text as a search.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  using namespace threshold;
  std::string text(reinterpret_cast<const char*>(data), size);
  for (const pack& p : fuzz::packs()) {
    auto answers = parse_answers(text, p);
    fuzz::check_errors(answers.errors);
    if (answers.ok()) fuzz::check_json_output(to_json(p, evaluate(p, *answers.value), -1));
    if (size <= 4096) fuzz::check_json_output(to_json(p, search(p, text), -1));
  }
  return 0;
}
