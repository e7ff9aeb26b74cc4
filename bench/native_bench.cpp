// Prints how long one answer change costs natively: parse the answers, evaluate, write the outcome
// JSON (what the page does on every change). Figures only; nothing here asserts a time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "threshold/threshold.hpp"

namespace {
std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

int main(int argc, char** argv) {
  std::string pack_path = argc > 1 ? argv[1] : "content/dudley/pack.json";
  auto calendar = threshold::load_calendar(read("content/calendars/england-and-wales.json"));
  auto loaded = threshold::load_pack(read(pack_path), *calendar.value);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s does not load\n", pack_path.c_str());
    return 1;
  }
  const threshold::pack& p = *loaded.value;
  // A heavy but realistic screening: a dozen ticked indicators across levels.
  std::string ids;
  for (size_t i = 0; i < p.indicators.size() && i < 60; i += 5) ids += (ids.empty() ? "\"" : ",\"") + p.indicators[i].id + "\"";
  std::string answers = R"({"date":"2026-11-23","age_years":0,"age_months":4,"non_mobile":true,"consent":"refused","indicators":[)" + ids + "]}";

  const int runs = 5000;
  std::vector<double> micros;
  micros.reserve(runs);
  size_t bytes = 0;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    auto a = threshold::parse_answers(answers, p);
    std::string out = threshold::to_json(p, threshold::evaluate(p, *a.value), -1);
    auto end = std::chrono::steady_clock::now();
    bytes += out.size();
    micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
  }
  std::sort(micros.begin(), micros.end());
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 200; ++i) (void)threshold::search(p, "knif crime");
  double search_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / 200;
  start = std::chrono::steady_clock::now();
  for (int i = 0; i < 50; ++i) (void)threshold::load_pack(read(pack_path), *calendar.value);
  double load_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / 50;
  std::printf("native (%s, %zu indicators, %d runs, outcome %zu bytes)\n", p.id.c_str(), p.indicators.size(), runs, bytes / runs);
  std::printf("  evaluation per answer change: median %.1f us, p99 %.1f us\n", micros[runs / 2], micros[runs * 99 / 100]);
  std::printf("  search \"knif crime\": %.1f us\n", search_us);
  std::printf("  load and validate the pack: %.1f us\n", load_us);
  return 0;
}
