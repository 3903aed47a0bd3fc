#pragma once
// IRI and literal checks: everything is checked here before it reaches Raptor,
// which writes malformed IRIs without complaint and reads them back truncated.

#include <optional>
#include <string>
#include <string_view>

namespace liner::ontology {

/// Why `text` is not an absolute IRI (RFC 3987) fit to write in N-Triples,
/// or nullopt when it is: valid UTF-8, a scheme, no space, control
/// character or one of `<>"{}|\^``, and `%` only before two hex digits.
std::optional<std::string> iri_problem(std::string_view text);

/// Why `text` cannot be written as a literal, or nullopt: it must be valid
/// UTF-8 without NUL (every other character, control characters included,
/// is escaped by the writers).
std::optional<std::string> literal_problem(std::string_view text);

/// Why `base` is not usable as `--base`, or nullopt: an IRI (iri_problem)
/// with an http or https scheme and an authority, ending in `/` or `#`.
std::optional<std::string> base_problem(std::string_view base);

/// A path segment made from a normalized name: `a`-`z`, `0`-`9` and `-` kept,
/// a space becomes `-`, every other byte is percent-encoded (`%C3%A9`). The
/// same key always gives the same segment; an empty key gives `_`.
std::string slug(std::string_view key);

/// The number of Unicode code points in `text[0, bytes)` (UTF-8), as NIF
/// counts offsets.
std::size_t code_points(std::string_view text, std::size_t bytes);

/// A short stable hash (16 hex digits, FNV-1a 64) of `text`, for IRIs of
/// nodes named by several normalized names at once.
std::string stable_hash(std::string_view text);

}  // namespace liner::ontology
