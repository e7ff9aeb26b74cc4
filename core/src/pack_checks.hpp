#pragma once
// The pack's cross-reference checks, run once its entries have been read: every id named exists,
// pathways are walkable, whole-pack requirements hold, and the words a practitioner reads fit where the
// page puts them (not part of the public API).
#include <string>
#include <vector>

#include "json_reader.hpp"
#include "threshold/pack.hpp"

namespace threshold::detail {

/// An id named somewhere in the pack, checked once every entry has been read.
struct pack_reference {
  std::string pointer, kind, id;  // kind: level, domain, tag, indicator, contact, route
};

/// Adds a problem for every reference to an entry that does not exist, every pathway that cannot be
/// walked, every whole-pack requirement not met and every text that reads wrongly where the page shows
/// it. `root` is the pack's JSON, for the checks that read every text at its pointer.
void check_pack(const pack& p, const json& root, const std::vector<pack_reference>& references, problems& out);

}  // namespace threshold::detail
