// Replays files through a fuzz target without libFuzzer, so that the checked-in corpus runs in every
// normal build (ctest) with any compiler: `<target>_replay DIR|FILE...`.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size);
// A target with a custom mutator (pack_structure) defines it: then each input is also mutated a few
// times, with fixed seeds, and every result checked, so that ctest runs the mutator too.
extern "C" size_t LLVMFuzzerCustomMutator(std::uint8_t* data, size_t size, size_t max_size, unsigned int seed)
    __attribute__((weak));
constexpr unsigned mutations_per_input = 8;

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path arg(argv[i]);
    if (std::filesystem::is_directory(arg)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(arg))
        if (entry.is_regular_file()) files.push_back(entry.path());
    } else if (std::filesystem::is_regular_file(arg)) {
      files.push_back(arg);
    } else {
      std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
      return 2;
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s DIR|FILE... (nothing to replay)\n", argv[0]);
    return 2;
  }
  std::sort(files.begin(), files.end());
  size_t mutated = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    for (unsigned seed = 1; LLVMFuzzerCustomMutator && seed <= mutations_per_input; ++seed) {
      std::vector<std::uint8_t> buffer(text.begin(), text.end());
      buffer.resize(text.size() + 65536);
      size_t size = LLVMFuzzerCustomMutator(buffer.data(), text.size(), buffer.size(), seed);
      LLVMFuzzerTestOneInput(buffer.data(), size);
      ++mutated;
    }
  }
  std::printf("replayed %zu inputs", files.size());
  if (mutated) std::printf(" and %zu mutations of them", mutated);
  std::printf("\n");
  return 0;
}
