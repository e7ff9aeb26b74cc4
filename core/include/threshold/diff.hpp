#pragma once
// What a revision of a partnership's guidance changes for a practitioner (`threshold diff OLD NEW`, and
// the authoring page): two loaded packs in, plain values out; text and JSON are written at the edge
// (to_text here, to_json in json_io.hpp).
#include <optional>
#include <string>
#include <vector>

#include "threshold/pack.hpp"

namespace threshold {

/// What matters most to a practitioner comes first: who to ring and consent; then levels, routes and
/// timescales; then the indicators; then the rest (pathways, the document, glossary, checklist...).
enum class change_group { contacts_and_consent, levels_routes_timescales, indicators, other };

/// added / removed: a whole entry. reworded: its wording (text, hint, label). moved: an indicator's
/// level or domain. changed: any other field (a phone number, a flag, a condition, a list of contacts).
enum class change_kind { added, removed, reworded, moved, changed };

struct pack_change {
  change_kind kind = change_kind::changed;
  change_group group = change_group::other;
  std::string entry;        ///< what it is, as content/SCHEMA.md names it: "contact", "indicator", "consent"...
  std::string id;           ///< the entry's id in the pack (the new one's when both have it), or ""
  std::string field;        ///< the field that changed ("phone", "level", "when_refused/text"); "" for a whole entry
  std::string old_pointer;  ///< JSON Pointer of the entry or field in OLD; "" when only NEW has it
  std::string new_pointer;  ///< JSON Pointer of the entry or field in NEW; "" when only OLD has it
  std::optional<std::string> before, after;  ///< the values as a practitioner reads them; none when absent
  std::string summary;                       ///< one plain-English line naming the entry by its wording, name or level
  bool values_in_summary = false;            ///< the summary already quotes `before` and `after` (short values)
};

struct pack_diff {
  /// In group order, then in the order of the packs' entries. Empty when the two say the same.
  std::vector<pack_change> changes;
};

/// Every difference a practitioner would meet between two versions of a pack. Entries are matched by
/// id (an indicator whose id changed but whose wording did not is matched by its wording). Citations
/// are not compared: a revised document moves every line.
///   auto d = diff_packs(*load_pack(old_text, cal).value, *load_pack(new_text, cal).value);
///   d.changes[0].summary == "Contact \"MASH\": phone number changed from 0300 555 0050 to 0300 555 0051."
pack_diff diff_packs(const pack& old_pack, const pack& new_pack);

/// "contacts_and_consent", "levels_routes_timescales", "indicators", "other" (the JSON's `group`).
std::string to_string(change_group g);
/// "added", "removed", "reworded", "moved", "changed" (the JSON's `kind`).
std::string to_string(change_kind k);
/// The heading a practitioner reads: "Phone numbers, contacts and consent".
std::string heading(change_group g);

/// The changes as plain text, under a heading per group, long wording shown as "was:" and "now:"
/// lines; one line saying there are none when the diff is empty.
std::string to_text(const pack_diff& d);

}  // namespace threshold
