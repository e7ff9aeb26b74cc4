// threshold: the command-line tool for content authors and tests (contract in docs/API.md).
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "threshold/safety.hpp"
#include "threshold/scenarios.hpp"
#include "threshold/skeleton.hpp"
#include "threshold/threshold.hpp"

namespace fs = std::filesystem;

namespace {

constexpr int exit_ok = 0, exit_invalid = 1, exit_usage = 2;

const char* usage =
    "usage:\n"
    "  threshold validate PACK\n"
    "  threshold check --pack PACK\n"
    "  threshold evaluate --pack PACK --answers FILE|-\n"
    "  threshold describe --pack PACK [--answers FILE|-]\n"
    "  threshold search --pack PACK QUERY...\n"
    "  threshold render --pack PACK [--fragment]\n"
    "  threshold pathway --pack PACK --id ID --answers FILE|-\n"
    "  threshold scenarios --pack PACK [--scenarios FILE]\n"
    "  threshold diff OLD NEW [--json]   what a revision changes for practitioners; exit 0 whether or not\n"
    "                                    anything changed (the output says), 1 if either pack is invalid\n"
    "  threshold new ID [--dir DIR]      a new pack, scenarios and README in DIR (default content/ID);\n"
    "                                    refuses an ID that is not a-z, 0-9 and _, or a folder that exists\n"
    "options: --calendar FILE (default: content/calendars/<id>.json found above the pack)\n";

bool read_file(const std::string& path, std::string& text) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  text = s.str();
  return true;
}

struct options {
  std::string command, pack, answers, calendar, id, scenarios, dir;
  std::vector<std::string> words;
  bool fragment = false, json = false;
};

bool parse_options(int argc, char** argv, options& o) {
  if (argc < 2) return false;
  o.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string& into) {
      if (i + 1 >= argc) return false;
      into = argv[++i];
      return true;
    };
    if (a == "--pack") {
      if (!value(o.pack)) return false;
    } else if (a == "--answers") {
      if (!value(o.answers)) return false;
    } else if (a == "--calendar") {
      if (!value(o.calendar)) return false;
    } else if (a == "--id") {
      if (!value(o.id)) return false;
    } else if (a == "--scenarios") {
      if (!value(o.scenarios)) return false;
    } else if (a == "--dir") {
      if (!value(o.dir)) return false;
    } else if (a == "--fragment")
      o.fragment = true;
    else if (a == "--json")
      o.json = true;
    else if (a.size() > 2 && a.rfind("--", 0) == 0)
      return false;
    else
      o.words.push_back(a);
  }
  return true;
}

void print_errors(const std::string& file, const std::vector<threshold::error>& errors) {
  for (const auto& e : errors)
    std::cerr << threshold::without_controls(file) << ": "
              << (e.pointer.empty() ? "/" : threshold::without_controls(e.pointer)) << ": "
              << threshold::without_controls(e.code) << ": " << threshold::without_controls(e.message) << "\n";
}

// The calendar a pack names, looked for in content/calendars/ above the pack's folder.
std::string find_calendar(const std::string& pack_path, const std::string& pack_text) {
  std::string id = threshold::pack_calendar_id(pack_text);
  if (id.empty()) id = "england-and-wales";
  fs::path dir = fs::absolute(fs::path(pack_path)).parent_path();
  for (int up = 0; up < 6 && !dir.empty(); ++up) {
    for (const char* sub : {"calendars", "content/calendars"}) {
      fs::path candidate = dir / sub / (id + ".json");
      if (fs::exists(candidate)) return candidate.string();
    }
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return "";
}

// Loads calendar and pack; prints every problem and returns false when either is unusable.
bool load(const options& o, const std::string& pack_path, std::optional<threshold::pack>& out) {
  std::string text;
  if (!read_file(pack_path, text)) {
    std::cerr << threshold::without_controls(pack_path) << ": cannot read the file\n";
    return false;
  }
  std::string calendar_path = o.calendar.empty() ? find_calendar(pack_path, text) : o.calendar;
  std::string calendar_text;
  if (calendar_path.empty() || !read_file(calendar_path, calendar_text)) {
    // A pack that is not JSON at all names no calendar: say what is wrong with the pack first.
    if (auto unreadable = threshold::pack_syntax_errors(text); !unreadable.empty()) {
      print_errors(pack_path, unreadable);
      return false;
    }
    std::cerr << threshold::without_controls(pack_path) << ": cannot find the bank-holiday calendar"
              << (calendar_path.empty() ? " (looked for calendars/<calendar>.json above the pack; use --calendar FILE)"
                                        : " " + threshold::without_controls(calendar_path))
              << "\n";
    return false;
  }
  auto calendar = threshold::load_calendar(calendar_text);
  if (!calendar.ok()) {
    print_errors(calendar_path, calendar.errors);
    return false;
  }
  auto loaded = threshold::load_pack(text, *calendar.value);
  if (!loaded.ok()) {
    print_errors(pack_path, loaded.errors);
    return false;
  }
  out = std::move(loaded.value);
  return true;
}

std::string default_scenarios(const std::string& pack_path) {
  return (fs::path(pack_path).parent_path() / "scenarios.json").string();
}

// The safety invariants over the pack's whole answer space (threshold/safety.hpp): problems on stderr
// as validate prints them; with `report`, the number of screenings checked on stdout.
bool safe(const std::string& path, const threshold::pack& p, bool report = false) {
  auto checked = threshold::check_safety(p);
  if (!checked.problems.empty()) print_errors(path, checked.problems);
  if (report)
    std::cout << path << ": " << checked.combinations << " combinations of answers checked, " << checked.problems.size()
              << " safety problems\n";
  return checked.problems.empty();
}

// The pack schema for a new pack in `dir`: content/pack.schema.json (or pack.schema.json) in a folder
// above it, as a path relative to `dir`; "" when there is none.
std::string find_schema(const fs::path& dir) {
  fs::path at = fs::absolute(dir).parent_path();
  for (int up = 0; up < 6 && !at.empty(); ++up) {
    for (const char* candidate : {"pack.schema.json", "content/pack.schema.json"})
      if (fs::exists(at / candidate))  // lexically: a symlinked content/ keeps its own path
        return (at / candidate)
            .lexically_normal()
            .lexically_relative(fs::absolute(dir).lexically_normal())
            .generic_string();
    if (at == at.parent_path()) break;
    at = at.parent_path();
  }
  return "";
}

// threshold new ID [--dir DIR]: refuses a bad id or a folder that exists; writes nothing else.
int new_pack(const options& o) {
  if (o.words.size() != 1) return std::cerr << usage, exit_usage;
  const std::string& id = o.words[0];
  if (!threshold::is_pack_id(id))
    return std::cerr << "threshold new: \"" << threshold::without_controls(id)
                     << "\" is not a pack id: use lower-case letters, digits and _ (at most 64).\n",
           exit_usage;
  const fs::path dir = o.dir.empty() ? fs::path("content") / id : fs::path(o.dir);
  std::error_code ec;
  if (fs::exists(dir, ec) || ec)
    return std::cerr << "threshold new: " << threshold::without_controls(dir.string())
                     << " already exists; choose another --dir (nothing was written).\n",
           exit_usage;
  if (!fs::create_directories(dir, ec) || ec)
    return std::cerr << "threshold new: cannot create " << threshold::without_controls(dir.string()) << ": "
                     << ec.message() << "\n",
           exit_usage;
  // The skeleton is written from the document today: its partnership.checked starts as today's date.
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  const threshold::date today{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
  const auto files = threshold::new_pack_files(id, find_schema(dir), today);
  for (const auto& [name, text] : {std::pair{"pack.json", &files.pack}, std::pair{"scenarios.json", &files.scenarios},
                                   std::pair{"README.md", &files.readme}}) {
    std::ofstream out(dir / name, std::ios::binary);
    out << *text;
    if (!out)
      return std::cerr << "threshold new: cannot write " << threshold::without_controls((dir / name).string()) << "\n",
             exit_usage;
  }
  const std::string pack = (dir / "pack.json").generic_string();
  std::cout << "Wrote " << pack << ", scenarios.json and README.md in " << dir.generic_string()
            << ".\nReplace every value marked REPLACE with what the threshold document says (the \"$comment\" "
               "notes say where each comes from), then run:\n  threshold validate "
            << pack << "\n  threshold check --pack " << pack << "\n  threshold scenarios --pack " << pack << "\n";
  if (find_calendar(pack, files.pack).empty())
    std::cout << "(No content/calendars/ folder above it: give each command --calendar FILE.)\n";
  return exit_ok;
}

// threshold diff OLD NEW [--json]: both packs are loaded (every problem in either is listed, each with
// its file) before anything is compared.
int diff(const options& o) {
  if (o.words.size() != 2) return std::cerr << usage, exit_usage;
  std::optional<threshold::pack> before, after;
  const bool old_ok = load(o, o.words[0], before);
  const bool new_ok = load(o, o.words[1], after);
  if (!old_ok || !new_ok) return exit_invalid;
  const auto d = threshold::diff_packs(*before, *after);
  if (o.json)
    std::cout << threshold::to_json(d) << "\n";
  else
    std::cout << threshold::to_text(d);
  return exit_ok;
}

int run(const options& o) {
  if (o.command == "new") return new_pack(o);
  if (o.command == "diff") return diff(o);
  if (o.command == "validate") {
    std::string path = !o.pack.empty() ? o.pack : o.words.empty() ? "" : o.words[0];
    if (path.empty()) return std::cerr << usage, exit_usage;
    std::optional<threshold::pack> p;
    if (!load(o, path, p)) return exit_invalid;
    if (!safe(path, *p)) return exit_invalid;
    std::cout << path << ": valid (" << p->levels.size() << " levels, " << p->indicators.size() << " indicators, "
              << p->rules.size() << " rules, " << p->pathways.size() << " pathways)\n";
    return exit_ok;
  }
  if (o.pack.empty()) return std::cerr << usage, exit_usage;
  std::optional<threshold::pack> p;
  if (o.command == "evaluate" || o.command == "pathway") {
    if (o.answers.empty() || (o.command == "pathway" && o.id.empty())) return std::cerr << usage, exit_usage;
    if (!load(o, o.pack, p)) return exit_invalid;
    std::string text;
    if (!read_file(o.answers, text))
      return std::cerr << threshold::without_controls(o.answers) << ": cannot read the file\n", exit_usage;
    const std::string name = o.answers == "-" ? "answers" : o.answers;
    if (o.command == "evaluate") {
      auto a = threshold::parse_answers(text, *p);
      if (!a.ok()) return print_errors(name, a.errors), exit_usage;
      std::cout << threshold::to_json(*p, threshold::evaluate(*p, *a.value)) << "\n";
      return exit_ok;
    }
    auto a = threshold::parse_pathway_answers(text, *p);
    if (!a.ok()) return print_errors(name, a.errors), exit_usage;
    auto step = threshold::walk(*p, o.id, *a.value);
    if (!step.errors.empty()) return print_errors(name, step.errors), exit_usage;
    std::cout << threshold::to_json(*p, step) << "\n";
    return exit_ok;
  }
  if (o.command == "check") {
    if (!load(o, o.pack, p)) return exit_invalid;
    return safe(o.pack, *p, true) ? exit_ok : exit_invalid;
  }
  if (o.command == "describe") {
    if (!load(o, o.pack, p)) return exit_invalid;
    threshold::answers a;
    if (!o.answers.empty()) {
      std::string text;
      if (!read_file(o.answers, text))
        return std::cerr << threshold::without_controls(o.answers) << ": cannot read the file\n", exit_usage;
      auto parsed = threshold::parse_answers(text, *p);
      if (!parsed.ok()) return print_errors(o.answers == "-" ? "answers" : o.answers, parsed.errors), exit_usage;
      a = *parsed.value;
    }
    std::cout << threshold::to_json(*p, threshold::describe(*p, a)) << "\n";
    return exit_ok;
  }
  if (o.command == "search") {
    if (o.words.empty()) return std::cerr << usage, exit_usage;
    if (!load(o, o.pack, p)) return exit_invalid;
    std::string query;
    for (const auto& w : o.words) query += (query.empty() ? "" : " ") + w;
    std::cout << threshold::to_json(*p, threshold::search(*p, query)) << "\n";
    return exit_ok;
  }
  if (o.command == "render") {
    if (!load(o, o.pack, p)) return exit_invalid;
    std::cout << threshold::render(*p, {.fragment = o.fragment});
    return exit_ok;
  }
  if (o.command == "scenarios") {
    if (!load(o, o.pack, p)) return exit_invalid;
    std::string path = o.scenarios.empty() ? default_scenarios(o.pack) : o.scenarios;
    std::string text;
    if (!read_file(path, text))
      return std::cerr << threshold::without_controls(path) << ": cannot read the file\n", exit_usage;
    auto results = threshold::run_scenarios(*p, text);
    if (!results.ok()) return print_errors(path, results.errors), exit_invalid;
    int failed = 0;
    for (const auto& r : *results.value) {
      if (r.passed) continue;
      ++failed;
      std::cerr << threshold::without_controls(path) << ": " << r.kind << " " << threshold::without_controls(r.id)
                << ": FAILED: " << threshold::without_controls(r.failure) << "\n";
    }
    std::cout << path << ": " << results.value->size() - failed << " of " << results.value->size()
              << " scenarios pass\n";
    return failed ? exit_invalid : exit_ok;
  }
  std::cerr << usage;
  return exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  if (!parse_options(argc, argv, o)) {
    std::cerr << usage;
    return exit_usage;
  }
  try {
    return run(o);
  } catch (const std::exception& e) {
    std::cerr << "threshold: internal error: " << e.what() << "\n";
    return exit_invalid;
  }
}
