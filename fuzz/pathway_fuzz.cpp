// Pathway answers against every pathway of every partnership: read, walk, write the step.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  using namespace threshold;
  std::string text(reinterpret_cast<const char*>(data), size);
  for (const pack& p : fuzz::packs()) {
    auto answers = parse_pathway_answers(text, p);
    fuzz::check_errors(answers.errors);
    if (!answers.ok()) continue;
    for (const auto& pw : p.pathways) {
      auto step = walk(p, pw.id, *answers.value);
      fuzz::check_errors(step.errors);
      if (step.errors.empty()) fuzz::check_json_output(to_json(p, step, -1));
    }
  }
  return 0;
}
