#pragma once
// Inline markup shared by the readers: citation markers and `[anchor](target)` links.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "ingest/span.h"

namespace liner::ingest {

/// Readable text of a source range with the markup taken out, and a map back.
struct InlineText {
  std::string text;                     ///< markers removed, links replaced by anchors
  std::vector<std::uint32_t> offsets;   ///< source offset of each byte of `text`, plus the end
  std::vector<CitationMarker> markers;  ///< in source order
  std::vector<Link> links;              ///< in source order
};

/// If a citation marker starts at `pos` (`[12]`, `[^note]`, `[a]`, `[note 3]`),
/// its length, with its label stored in `label`; otherwise 0.
std::size_t match_marker(std::string_view source, std::size_t pos, std::string_view* label = nullptr);

/// Scans source[begin, end). A marker between two non-space characters becomes
/// one space in `text`, so `word.[1]Next` still reads as two words. A line
/// break reads as a space. With `emphasis`, markdown `*`, `**` and `_` around
/// words are left out of `text`.
InlineText scan_inline(std::string_view source, std::size_t begin, std::size_t end, const LineIndex& lines,
                       bool emphasis = false);

/// A reference-list entry: `[3] text`, `3. text`, `3) text`, `^ text`,
/// `[^3]: text`. Sets the label (for `^`, the ordinal) and where its text starts.
bool match_reference_entry(std::string_view line, std::size_t& text_at, std::string& label, std::size_t ordinal);

}  // namespace liner::ingest
