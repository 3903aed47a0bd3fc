#pragma once
// Entity keys: how names are compared within a document.

#include <string>
#include <string_view>

namespace liner::ingest {

/// The matching key of a name: Unicode case folded, accents removed, curly
/// quotes and apostrophes made plain, other punctuation dropped, white space
/// collapsed. `Vivir Es Cantar` and `Vivir es Cantar` share a key, and so do
/// `Beyoncé` and `Beyonce`. Never used for display.
std::string entity_key(std::string_view name);

/// The same key computed by ICU for the whole name, with no fast path:
/// entity_key() must always agree with it (tests compare the two).
std::string entity_key_reference(std::string_view name);

}  // namespace liner::ingest
