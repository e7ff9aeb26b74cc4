// Prints how long one answer change costs natively: parse the answers, evaluate, write the outcome
// JSON (what the page does on every change), and how long loading a pack takes. Figures only; nothing
// here asserts a time. tools/bench.mjs runs it with --json and sets Chromium's figures beside these.
//
//   threshold_bench [PACK.json] [--json]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

struct figures {
  double median, p99;
  size_t bytes;
};

using clock_type = std::chrono::steady_clock;
double micros_since(clock_type::time_point start) {
  return std::chrono::duration<double, std::micro>(clock_type::now() - start).count();
}
}  // namespace

int main(int argc, char** argv) {
  std::string pack_path = "content/dudley/pack.json";
  bool json = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--json") == 0)
      json = true;
    else
      pack_path = argv[i];
  }
  const std::string calendar_text = read("content/calendars/england-and-wales.json");
  auto calendar = threshold::load_calendar(calendar_text);
  const std::string pack_text = read(pack_path);
  auto loaded = threshold::load_pack(pack_text, *calendar.value);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s does not load\n", pack_path.c_str());
    return 1;
  }
  const threshold::pack& p = *loaded.value;
  // A heavy but realistic screening: a dozen ticked indicators across levels (tools/bench.mjs times the
  // same answers in Chromium); then every indicator ticked, the worst case; then none.
  auto answers_with = [&](auto keep) {
    std::string ids;
    for (size_t i = 0; i < p.indicators.size(); ++i)
      if (keep(i)) ids += (ids.empty() ? "\"" : ",\"") + p.indicators[i].id + "\"";
    return R"({"date":"2026-11-23","age_years":0,"age_months":4,"non_mobile":true,"consent":"refused","indicators":[)" +
           ids + "]}";
  };
  auto time = [&](const std::string& answers, int runs) {
    std::vector<double> micros;
    micros.reserve(runs);
    size_t bytes = 0;
    for (int i = 0; i < runs; ++i) {
      auto start = clock_type::now();
      auto a = threshold::parse_answers(answers, p);
      if (!a.ok()) {
        std::fprintf(stderr, "the bench's answers do not parse: %s\n", a.errors.front().message.c_str());
        std::exit(1);
      }
      std::string out = threshold::to_json(p, threshold::evaluate(p, *a.value), -1);
      micros.push_back(micros_since(start));
      bytes += out.size();
    }
    std::sort(micros.begin(), micros.end());
    return figures{micros[runs / 2], micros[runs * 99 / 100], bytes / runs};
  };
  const bool large = p.indicators.size() > 1000;
  const int runs = large ? 200 : 5000;
  figures typical = time(answers_with([](size_t i) { return i < 60 && i % 5 == 0; }), runs);
  // The engine reads at most 64 KB of answers (issue 10): a large pack's "every" is as many as fit, as
  // tools/bench.mjs does (each time nine tenths of the last).
  size_t every_count = p.indicators.size();
  while (answers_with([&](size_t i) { return i < every_count; }).size() > 64 * 1024 - 256)
    every_count = every_count * 9 / 10;
  figures every = time(answers_with([&](size_t i) { return i < every_count; }), large ? 20 : 1000);
  figures empty = time(answers_with([](size_t) { return false; }), runs);
  auto start = clock_type::now();
  for (int i = 0; i < 200; ++i) (void)threshold::search(p, "knif crime");
  double search_us = micros_since(start) / 200;
  const int loads = large ? 5 : 50;
  start = clock_type::now();
  for (int i = 0; i < loads; ++i) (void)threshold::load_pack(pack_text, *calendar.value);
  double load_us = micros_since(start) / loads;
  start = clock_type::now();
  for (int i = 0; i < loads; ++i) (void)threshold::load_validated_pack(pack_text, *calendar.value);
  double validated_us = micros_since(start) / loads;
  if (json) {
    auto fig = [](const figures& f) {
      char buf[128];
      std::snprintf(buf, sizeof buf, R"({"median_us":%.2f,"p99_us":%.2f,"bytes":%zu})", f.median, f.p99, f.bytes);
      return std::string(buf);
    };
    std::printf(
        R"({"pack":"%s","indicators":%zu,"typical":%s,"every":%s,"empty":%s,"search_us":%.2f,"load_us":%.2f,"load_validated_us":%.2f})"
        "\n",
        p.id.c_str(), p.indicators.size(), fig(typical).c_str(), fig(every).c_str(), fig(empty).c_str(), search_us,
        load_us, validated_us);
    return 0;
  }
  std::printf("native (%s, %zu indicators, %d runs, outcome %zu bytes)\n", p.id.c_str(), p.indicators.size(), runs,
              typical.bytes);
  std::printf("  evaluation per answer change: median %.1f us, p99 %.1f us\n", typical.median, typical.p99);
  std::printf("  %zu indicators ticked (the worst case, outcome %zu bytes): median %.1f us, p99 %.1f us\n", every_count,
              every.bytes, every.median, every.p99);
  std::printf("  no indicator ticked: median %.1f us, p99 %.1f us\n", empty.median, empty.p99);
  std::printf("  search \"knif crime\": %.1f us\n", search_us);
  std::printf("  load and validate the pack: %.1f us; load it as vouched for by the site build: %.1f us\n", load_us,
              validated_us);
  return 0;
}
