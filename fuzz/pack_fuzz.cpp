// Pack loading: every problem reported within the cap; a pack that loads can be evaluated with no
// answers and with all of its indicators ticked, and rendered as the HTML reference.
#include <cctype>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
  using namespace threshold;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto loaded = load_pack(text, fuzz::calendar());
  fuzz::check_errors(loaded.errors);
  if (!loaded.ok()) return 0;
  const pack& p = *loaded.value;
  fuzz::check_json_output(to_json(p, evaluate(p, answers{}), -1));
  answers everything;
  for (const auto& i : p.indicators) everything.indicators.push_back(i.id);
  fuzz::check_json_output(to_json(p, evaluate(p, everything), -1));
  std::string html = render(p);
  FUZZ_CHECK(fuzz::valid_utf8(html));
  // Every link the reference writes has a safe scheme (issue 10, defect 3).
  for (size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1)) {
    std::string target = html.substr(at + 6, 8);
    for (auto& c : target) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    FUZZ_CHECK(target.rfind("https://", 0) == 0 || target.rfind("http://", 0) == 0 || target.rfind("mailto:", 0) == 0 ||
               target.rfind("tel:", 0) == 0);
  }
  return 0;
}
