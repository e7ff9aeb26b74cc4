#pragma once
// `threshold new ID`: the starting files of a new partnership's pack, which validate, pass the safety
// checks and their own scenarios, and say in "$comment" notes where each value comes from in a threshold
// document. Plain text out; the CLI writes the files (and the authoring page may offer them as a template).
#include <optional>
#include <string>
#include <string_view>

#include "threshold/calendar.hpp"

namespace threshold {

struct pack_files {
  std::string pack;       ///< pack.json
  std::string scenarios;  ///< scenarios.json
  std::string readme;     ///< README.md
};

/// Whether `id` can name a pack (and its folder): lower-case letters, digits and _, at most 64 characters.
bool is_pack_id(std::string_view id);

/// The three files of a new pack called `id` (is_pack_id), its "$schema" set to `schema_path` (the
/// schema relative to the pack's folder, "../pack.schema.json" in content/<id>/; "" leaves it out)
/// and its `partnership.checked` to `checked` (the CLI gives today; none leaves the key out).
///   new_pack_files("anytown", "../pack.schema.json", date{2026, 12, 7}).pack starts {"$schema": ...
pack_files new_pack_files(const std::string& id, const std::string& schema_path,
                          std::optional<date> checked = std::nullopt);

}  // namespace threshold
