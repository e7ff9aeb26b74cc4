#include "json_reader.hpp"

namespace threshold::detail {

std::string pointer_escape(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
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
    case json::value_t::number_integer: return "an integer";
    case json::value_t::number_float: return "a number";
  }
  return "an unsupported value";
}

std::optional<json> parse_strict(std::string_view text, const std::string& prefix, std::vector<error>& errors) {
  problems p{errors, prefix};
  json_parse_result parsed = parse_json(text);
  if (!parsed.ok) {
    p.add("syntax", "",
          "Not valid JSON at line " + std::to_string(parsed.line) + ", column " + std::to_string(parsed.column) + ": " +
              parsed.message + ".");
    return std::nullopt;
  }
  for (const auto& [pointer, key] : parsed.duplicate_keys)
    p.add("duplicate_key", pointer, "The key \"" + key + "\" appears twice in the same object; keep one.");
  if (!parsed.duplicate_keys.empty()) return std::nullopt;
  return std::move(parsed.value);
}

object_reader::object_reader(const json& j, std::string pointer, problems& p, std::string what)
    : pointer_(std::move(pointer)), problems_(p), what_(std::move(what)) {
  if (j.is_object())
    object_ = &j;
  else
    problems_.add("wrong_type", pointer_, "Expected " + what_ + " (an object) but found " + type_name(j) + ".");
}

const json* object_reader::get(const std::string& key, bool required) {
  known_.insert(key);
  if (!object_) return nullptr;
  const json* found = object_->find(key);
  if (!found && required) problems_.add("missing_key", at(key), what_ + " needs \"" + key + "\".");
  return found;
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
  return v->as_string();
}

std::optional<int> object_reader::integer(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    wrong_type(key, "a whole number", *v);
    return std::nullopt;
  }
  if (v->as_integer() < -1000000000 || v->as_integer() > 1000000000) {
    problems_.add("bad_value", at(key), "\"" + key + "\" is too large.");
    return std::nullopt;
  }
  return static_cast<int>(v->as_integer());
}

std::optional<double> object_reader::number(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    wrong_type(key, "a number", *v);
    return std::nullopt;
  }
  return v->as_number();
}

std::optional<bool> object_reader::boolean(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    wrong_type(key, "true or false", *v);
    return std::nullopt;
  }
  return v->as_bool();
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
    if ((*v)[i].is_string())
      out.push_back((*v)[i].as_string());
    else
      problems_.add("wrong_type", at(key) + "/" + std::to_string(i),
                    "Each entry of \"" + key + "\" must be a string, not " + type_name((*v)[i]) + ".");
  }
  return out;
}

std::vector<std::string> object_reader::paragraphs(const std::string& key, bool required) {
  const json* v = get(key, required);
  if (v && v->is_string()) return {v->as_string()};
  return strings(key, required);
}

void object_reader::finish() {
  if (!object_) return;
  for (const auto& [name, value] : object_->members())
    if (!known_.count(name))
      problems_.add("unknown_key", at(name),
                    "\"" + name + "\" is not a field of " + what_ + "; check the spelling against content/SCHEMA.md.");
}

}  // namespace threshold::detail
