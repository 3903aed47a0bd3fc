#pragma once
// HTML character references in wikitext: `&amp;`, `&ndash;`, `&#8211;`, `&#x2013;`.

#include <optional>
#include <string>
#include <string_view>

namespace liner::ingest::wikitext {

/// Appends the UTF-8 encoding of code point `c` to `out`.
void append_utf8(std::string& out, char32_t c);

/// The text of the entity named `name` (`amp`, `#8211`, `#x2013`), or nullopt
/// for anything that is not a known entity or a valid, non-control code point.
/// A no-break space reads as a plain space.
std::optional<std::string> decode_entity(std::string_view name);

}  // namespace liner::ingest::wikitext
