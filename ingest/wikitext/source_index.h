#pragma once
// The const pre-pass of the wikitext reader: where each construct that can
// nest or run over lines ends, found once for the whole text so that reading
// never rescans (an unpaired `{{` or `[[` simply has no end).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace liner::ingest::wikitext {

/// A `<ref ...>` or `<ref .../>` opening tag.
struct RefTag {
  std::size_t end = 0;  ///< past its `>`
  bool self_closing = false;
  std::string name;   ///< its name= attribute, or empty
  std::string group;  ///< its group= attribute, or empty
};

/// Pairings and closing tags of one wikitext source. Offsets are byte offsets
/// into the text given to the constructor, which must outlive the index;
/// functions return npos for "none".
class SourceIndex {
 public:
  explicit SourceIndex(std::string_view text);

  [[nodiscard]] std::string_view text() const { return text_; }
  /// Past the `}}` closing the `{{` at i, when that is by `limit`.
  [[nodiscard]] std::size_t brace_end(std::size_t i, std::size_t limit) const;
  /// Past the `]]` closing the `[[` at i (on the same line), when that is by `limit`.
  [[nodiscard]] std::size_t link_end(std::size_t i, std::size_t limit) const;
  /// Past the `-->` closing the `<!--` at i.
  [[nodiscard]] std::size_t comment_end(std::size_t i) const;
  /// The first `</nowiki>` at or after `from` (case-insensitive).
  [[nodiscard]] std::size_t nowiki_close(std::size_t from) const;
  /// The first `]` at or after `from`.
  [[nodiscard]] std::size_t close_bracket(std::size_t from) const;
  /// The first line break at or after `from`.
  [[nodiscard]] std::size_t newline(std::size_t from) const;
  /// The `<ref ...>` or `<ref .../>` tag at i, with its name and group.
  [[nodiscard]] std::optional<RefTag> ref_tag(std::size_t i) const;
  /// Past the `</ref>` that closes a ref opened by `tag` (its end when self-closing).
  [[nodiscard]] std::size_t ref_end(const RefTag& tag) const;
  /// Past a nested construct (template, link, comment, ref, nowiki) starting at
  /// i and ending by `limit`; i itself when none starts there.
  [[nodiscard]] std::size_t skip_nested(std::size_t i, std::size_t limit) const;
  /// The end of the line at pos, reading a template, comment or ref that runs
  /// over several lines as part of it.
  [[nodiscard]] std::size_t logical_line_end(std::size_t pos) const;
  /// The first `c` in [b, e) outside nested constructs.
  [[nodiscard]] std::size_t top_level(std::size_t b, std::size_t e, char c) const;
  /// [b, e) without the white space at either end; {b, b} when nothing is left.
  [[nodiscard]] std::pair<std::size_t, std::size_t> trimmed(std::size_t b, std::size_t e) const;

 private:
  void match_braces();
  void match_links();

  std::string_view text_;
  std::vector<std::size_t> comment_closes_, ref_closes_, nowiki_closes_;
  std::unordered_map<std::size_t, std::size_t> brace_end_, link_end_;
  std::vector<std::size_t> close_brackets_, newlines_;
};

}  // namespace liner::ingest::wikitext
