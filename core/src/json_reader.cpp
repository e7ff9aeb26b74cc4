#include "json_reader.hpp"

#include <functional>

namespace threshold::detail {

std::string pointer_escape(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

const char* type_name(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
  }
}

namespace {

// Follows the parse to know where it is, so a duplicate key (which nlohmann would silently
// overwrite) is reported with its pointer. Runs as the parser's callback: one pass, one parser.
class duplicate_finder {
 public:
  explicit duplicate_finder(problems& p) : problems_(p) {}
  bool operator()(int, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start: {
        std::string pointer = advance();
        frames_.push_back({event == json::parse_event_t::array_start, pointer, -1, "", {}});
        break;
      }
      case json::parse_event_t::key: {
        frame& f = frames_.back();
        f.key = parsed.get<std::string>();
        if (!f.keys.insert(f.key).second)
          problems_.add("duplicate_key", f.pointer + "/" + pointer_escape(f.key),
                        "The key \"" + f.key + "\" appears twice in the same object; keep one.");
        break;
      }
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end: frames_.pop_back(); break;
      case json::parse_event_t::value: advance(); break;
    }
    return true;
  }

 private:
  struct frame {
    bool array;
    std::string pointer;
    long index;
    std::string key;
    std::set<std::string> keys;
  };
  // A value starts: count it in its array and return its pointer.
  std::string advance() {
    if (frames_.empty()) return "";
    frame& f = frames_.back();
    if (f.array) return f.pointer + "/" + std::to_string(++f.index);
    return f.pointer + "/" + pointer_escape(f.key);
  }
  problems& problems_;
  std::vector<frame> frames_;
};

void line_and_column(std::string_view text, size_t byte, size_t& line, size_t& column) {
  line = 1;
  column = 1;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

}  // namespace

std::optional<json> parse_strict(std::string_view text, const std::string& prefix, std::vector<error>& errors) {
  problems p{errors, prefix};
  size_t before = errors.size();
  duplicate_finder finder(p);
  json result = json::parse(text.begin(), text.end(), std::ref(finder), false);
  if (result.is_discarded()) {
    errors.resize(before);  // a broken document's duplicates are noise beside its syntax error
    // Re-run to learn where it failed; the parser reports the byte position in its exception.
    std::string message = "The text is not valid JSON.";
    try {
      json reparsed = json::parse(text.begin(), text.end(), nullptr, true);
      (void)reparsed;
    } catch (const json::parse_error& e) {
      size_t line, column;
      line_and_column(text, e.byte > 0 ? e.byte - 1 : 0, line, column);
      std::string what = e.what();
      auto colon = what.rfind(": ");
      message = "Not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
                (colon == std::string::npos ? what : what.substr(colon + 2));
    } catch (...) {
    }
    p.add("syntax", "", message);
    return std::nullopt;
  }
  if (errors.size() != before) return std::nullopt;
  return result;
}

object_reader::object_reader(const json& j, std::string pointer, problems& p, std::string what)
    : pointer_(std::move(pointer)), problems_(p), what_(std::move(what)) {
  if (j.is_object()) object_ = &j;
  else
    problems_.add("wrong_type", pointer_, "Expected " + what_ + " (an object) but found " + type_name(j) + ".");
}

const json* object_reader::get(const std::string& key, bool required) {
  known_.insert(key);
  if (!object_) return nullptr;
  auto it = object_->find(key);
  if (it == object_->end()) {
    if (required) problems_.add("missing_key", at(key), what_ + " needs \"" + key + "\".");
    return nullptr;
  }
  return &*it;
}

void object_reader::wrong_type(const std::string& key, const std::string& expected, const json& actual) {
  problems_.add("wrong_type", at(key), "\"" + key + "\" must be " + expected + ", not " + type_name(actual) + ".");
}

std::string object_reader::text(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (!v) return "";
  if (!v->is_string()) {
    wrong_type(key, "a string", *v);
    return "";
  }
  return v->get<std::string>();
}

std::optional<int> object_reader::integer(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    wrong_type(key, "a whole number", *v);
    return std::nullopt;
  }
  return v->get<int>();
}

std::optional<double> object_reader::number(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(key, "a number", *v);
    return std::nullopt;
  }
  return v->get<double>();
}

std::optional<bool> object_reader::boolean(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    wrong_type(key, "true or false", *v);
    return std::nullopt;
  }
  return v->get<bool>();
}

std::vector<std::string> object_reader::strings(const std::string& key, bool required) {
  std::vector<std::string> out;
  const json* v = get(key, required);
  if (!v) return out;
  if (!v->is_array()) {
    wrong_type(key, "an array of strings", *v);
    return out;
  }
  for (size_t i = 0; i < v->size(); ++i) {
    if ((*v)[i].is_string()) out.push_back((*v)[i].get<std::string>());
    else
      problems_.add("wrong_type", at(key) + "/" + std::to_string(i),
                    "Each entry of \"" + key + "\" must be a string, not " + type_name((*v)[i]) + ".");
  }
  return out;
}

std::vector<std::string> object_reader::paragraphs(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (v && v->is_string()) return {v->get<std::string>()};
  return strings(key, required);
}

void object_reader::finish() {
  if (!object_) return;
  for (auto it = object_->begin(); it != object_->end(); ++it)
    if (!known_.count(it.key()))
      problems_.add("unknown_key", at(it.key()),
                    "\"" + it.key() + "\" is not a field of " + what_ + "; check the spelling against content/SCHEMA.md.");
}

}  // namespace threshold::detail
