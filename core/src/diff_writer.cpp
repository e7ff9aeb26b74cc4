// A pack_diff written for people (to_text) and for programs (to_json): the writers only write; every
// word of a change's summary was decided by diff_packs.
#include <array>

#include "json_writer.hpp"
#include "threshold/diff.hpp"
#include "threshold/json_io.hpp"

namespace threshold {

namespace {

// Each line of a long value, indented under its label ("was: ", "now: ").
std::string labelled(const std::string& label, const std::string& value) {
  const std::string indent(4 + label.size(), ' ');
  std::string out = "    " + label;
  for (char c : value) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out + "\n";
}

constexpr std::array groups = {change_group::contacts_and_consent, change_group::levels_routes_timescales,
                               change_group::indicators, change_group::other};

}  // namespace

std::string to_text(const pack_diff& d) {
  if (d.changes.empty()) return "No changes: the two versions say the same to a practitioner.\n";
  std::string out =
      std::to_string(d.changes.size()) + (d.changes.size() == 1 ? " change" : " changes") + " for practitioners\n";
  for (change_group g : groups) {
    size_t count = 0;
    for (const auto& c : d.changes) count += c.group == g;
    if (count == 0) continue;
    out += "\n" + heading(g) + " (" + std::to_string(count) + ")\n";
    for (const auto& c : d.changes) {
      if (c.group != g) continue;
      out += "  - " + c.summary + "\n";
      if (c.values_in_summary) continue;
      if (c.kind == change_kind::added || c.kind == change_kind::removed) {
        // The summary names the entry; a longer description (a contact's numbers) follows when it says more.
        const std::string& what = c.kind == change_kind::added ? *c.after : *c.before;
        if (c.summary.find(what) == std::string::npos) out += labelled("", what);
        continue;
      }
      if (c.before && !c.before->empty()) out += labelled("was: ", *c.before);
      if (c.after && !c.after->empty()) out += labelled("now: ", *c.after);
    }
  }
  return out;
}

std::string to_json(const pack_diff& d, int indent) {
  detail::json_writer w(indent);
  w.begin_object().field("version", 1).field("count", static_cast<int>(d.changes.size()));
  w.key("changes").begin_array();
  for (const auto& c : d.changes) {
    w.begin_object()
        .field("kind", to_string(c.kind))
        .field("group", to_string(c.group))
        .field("entry", c.entry)
        .field("id", c.id)
        .field("field", c.field);
    auto optional = [&](const char* key, const std::optional<std::string>& v) {
      if (v)
        w.field(key, *v);
      else
        w.null_field(key);
    };
    optional("old_pointer", c.old_pointer.empty() ? std::nullopt : std::optional(c.old_pointer));
    optional("new_pointer", c.new_pointer.empty() ? std::nullopt : std::optional(c.new_pointer));
    optional("before", c.before);
    optional("after", c.after);
    w.field("summary", c.summary).end_object();
  }
  w.end_array().end_object();
  return std::move(w).str();
}

}  // namespace threshold
