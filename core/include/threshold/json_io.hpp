#pragma once
// JSON at the edge: text in, plain values out (with every error), and values back to JSON text.
#include <string>
#include <string_view>
#include <vector>

#include "threshold/calendar.hpp"
#include "threshold/describe.hpp"
#include "threshold/diff.hpp"
#include "threshold/error.hpp"
#include "threshold/evaluate.hpp"
#include "threshold/pack.hpp"
#include "threshold/pathway.hpp"
#include "threshold/search.hpp"

namespace threshold {

/// load_calendar(read("content/calendars/england-and-wales.json"))
result<working_day_calendar> load_calendar(std::string_view json_text);
/// Strictly loads and validates a pack; on failure every problem is listed.
result<pack> load_pack(std::string_view json_text, const working_day_calendar& calendar);
/// Loads a pack whose exact text the site build has validated (tools/build-site.mjs vouches for it):
/// read as load_pack reads it, without the whole-pack cross-reference checks that build already ran.
/// Any problem the reading itself meets is still reported. Never call it for text nobody validated.
result<pack> load_validated_pack(std::string_view json_text, const working_day_calendar& calendar);
/// The calendar id a pack names ("england-and-wales"), read leniently, or "" when it cannot be read.
std::string pack_calendar_id(std::string_view json_text);
/// Whether a pack's text can be read as JSON at all (syntax, size, encoding, duplicate keys): the
/// errors, or none. A pack that cannot be read names no calendar, so say this before asking for one.
std::vector<error> pack_syntax_errors(std::string_view json_text);
result<answers> parse_answers(std::string_view json_text, const pack& p);
result<pathway_answers> parse_pathway_answers(std::string_view json_text, const pack& p);

std::string to_json(const pack& p, const outcome& o, int indent = 2);
std::string to_json(const pack& p, const pathway_step& s, int indent = 2);
std::string to_json(const pack& p, const description& d, int indent = 2);
/// While answers change (issue 11): the questions describe() asks now and the level so far, all a page
/// needs between two pages. The full description and outcome are 100 KB and more (indicator lists,
/// citations, comparisons), and writing them on every tick was most of a tick's cost.
std::string to_live_json(const pack& p, const description& d, const outcome& o);
std::string to_json(const pack& p, const std::vector<search_hit>& hits, int indent = 2);
std::string to_json(const std::vector<error>& errors, int indent = 2);
/// {"version": 1, "count": N, "changes": [{kind, group, entry, id, field, old_pointer, new_pointer, before,
/// after, summary}]}: diff_packs' changes in their order; pointers, before and after null when absent.
std::string to_json(const pack_diff& d, int indent = 2);
/// A JSON string literal ("\"quoted\"" with escapes) for text.
std::string to_json(const std::string& text);

}  // namespace threshold
