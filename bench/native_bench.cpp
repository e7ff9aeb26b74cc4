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
  // A heavy but realistic screening: a dozen ticked indicators across levels (tools/bench.mjs times the
  // same answers in Chromium); then every indicator ticked, the worst case.
  auto answers_with = [&](auto keep) {
    std::string ids;
    for (size_t i = 0; i < p.indicators.size(); ++i)
      if (keep(i)) ids += (ids.empty() ? "\"" : ",\"") + p.indicators[i].id + "\"";
    return R"({"date":"2026-11-23","age_years":0,"age_months":4,"non_mobile":true,"consent":"refused","indicators":[)" +
           ids + "]}";
  };
  struct figures {
    double median, p99;
    size_t bytes;
  };
  auto time = [&](const std::string& answers, int runs) {
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
    return figures{micros[runs / 2], micros[runs * 99 / 100], bytes / runs};
  };
  const int runs = 5000;
  figures typical = time(answers_with([](size_t i) { return i < 60 && i % 5 == 0; }), runs);
  figures every = time(answers_with([](size_t) { return true; }), 1000);
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 200; ++i) (void)threshold::search(p, "knif crime");
  double search_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / 200;
  start = std::chrono::steady_clock::now();
  for (int i = 0; i < 50; ++i) (void)threshold::load_pack(read(pack_path), *calendar.value);
  double load_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / 50;
  std::printf("native (%s, %zu indicators, %d runs, outcome %zu bytes)\n", p.id.c_str(), p.indicators.size(), runs,
              typical.bytes);
  std::printf("  evaluation per answer change: median %.1f us, p99 %.1f us\n", typical.median, typical.p99);
  std::printf("  every indicator ticked (the worst case, outcome %zu bytes): median %.1f us, p99 %.1f us\n",
              every.bytes, every.median, every.p99);
  std::printf("  search \"knif crime\": %.1f us\n", search_us);
  std::printf("  load and validate the pack: %.1f us\n", load_us);
  return 0;
}
