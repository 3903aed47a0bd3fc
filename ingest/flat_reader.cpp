// The `flat` format: text copied from a rendered encyclopedia page. Structure
// survives only as line breaks, so headings and their levels are inferred.

#include <algorithm>
#include <string>

#include "ingest/builder.h"
#include "ingest/data.h"
#include "ingest/inline.h"
#include "ingest/reader.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

constexpr std::size_t max_heading_bytes = 120;
constexpr int max_heading_words = 12;

// `Born: 31 December 1969` or `- Genres: Pop`: a field, not a heading.
bool looks_like_field(std::string_view s) {
  const std::size_t colon = s.find(": ");
  if (colon == std::string_view::npos) return false;
  const std::string_view key = s.substr(0, colon);
  return std::count(key.begin(), key.end(), ' ') < 4;
}

// A short line with no sentence punctuation at its end, no citation marker,
// and one sentence at most ("J. R. Smith" is one; "He left. She stayed" two).
bool heading_like(std::string_view s, SentenceSplitter& splitter) {
  s = trim(s);
  if (s.empty() || s.size() > max_heading_bytes) return false;
  std::size_t p = 0;
  const char32_t first = next_code_point(s, p);
  if (!is_upper(first) && !is_digit(first)) return false;
  const char last = s.back();
  if (std::string_view(".!?,;:").find(last) != std::string_view::npos) return false;
  if (looks_like_field(s)) return false;
  int words = 1;
  bool letters = false;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '[' && match_marker(s, i) > 0) return false;
    if (s[i] == '|') return false;
    const char32_t c = next_code_point(s, i);
    if (c == ' ') ++words;
    letters = letters || is_letter(c);
  }
  if (!letters || words > max_heading_words) return false;
  return s.find(". ") == std::string_view::npos || splitter.split(s).size() == 1;
}

// Where a glued tail (heading or table) starts in the line [b, e): just after
// the last citation marker, or after sentence punctuation directly followed by
// a capital or a pipe. Returns e when there is no such point.
std::size_t glued_tail(std::string_view text, std::size_t b, std::size_t e) {
  std::size_t cut = e;
  std::size_t last_marker_end = 0;
  for (std::size_t i = b; i < e; ++i)
    if (text[i] == '[')
      if (const std::size_t len = match_marker(text.substr(0, e), i)) last_marker_end = i + len, i += len - 1;
  if (last_marker_end > 0 && last_marker_end < e && !is_space(static_cast<unsigned char>(text[last_marker_end])))
    cut = last_marker_end;
  // Sentence punctuation (and closing quotes) glued to a capital: `...end.Next Heading`.
  for (std::size_t i = e; i > std::max(b, last_marker_end) + 1; --i) {
    const char c = text[i - 1];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t after = i;
    while (after < e && (text[after] == '"' || text[after] == ')' || text.substr(after).starts_with("\xE2\x80\x9D")))
      after += text[after] == '\xE2' ? 3 : 1;
    if (after >= e) continue;
    std::size_t p = after;
    const char32_t next = next_code_point(text, p);
    if (is_upper(next) || next == '|') {
      cut = after;
      break;
    }
  }
  return cut;
}

struct HeadingRun {
  std::vector<int> sections;
};

// Flat text has no heading levels. A heading directly followed by another
// opens a section whose first subsection is the next one; a heading followed
// by content is a sibling of the previous heading that had content.
void assign_levels(Article& a, const std::vector<HeadingRun>& runs) {
  int content_level = 2;
  for (const auto& run : runs) {
    for (std::size_t k = 0; k < run.sections.size(); ++k) {
      Section& s = a.sections[static_cast<std::size_t>(run.sections[k])];
      if (data::contains("top_level_headings.txt", s.heading) || data::contains("reference_headings.txt", s.heading))
        s.level = 2;
      else if (run.sections.size() == 1)
        s.level = content_level;
      else
        s.level = k == 0 ? 2 : a.sections[static_cast<std::size_t>(run.sections[k - 1])].level + 1;
    }
    content_level = a.sections[static_cast<std::size_t>(run.sections.back())].level;
  }
}

}  // namespace

Result<Article> read_flat(const Document& doc, ReaderContext& ctx) {
  ArticleBuilder builder(doc, ctx.splitter);
  const std::string_view text = doc.text;
  std::vector<HeadingRun> runs;
  bool last_was_heading = false;
  bool in_table = false;
  bool in_references = false;
  bool first_line = true;

  auto heading = [&](std::size_t b, std::size_t e) {
    const int index = builder.add_heading(b, e, 2);
    if (!last_was_heading) runs.emplace_back();
    runs.back().sections.push_back(index);
    last_was_heading = true;
    in_table = false;
    in_references = data::contains("reference_headings.txt", text.substr(b, e - b));
  };

  std::size_t pos = bom_length(text);
  while (pos < text.size()) {
    const auto [line, b, e] = next_line(text, pos);

    if (line.empty()) {
      in_table = false;
      continue;
    }
    if (first_line) {
      first_line = false;
      if (heading_like(line, ctx.splitter)) {
        builder.set_title(b, e);
        continue;
      }
    }
    if (line.front() == '|') {
      builder.add_table_row(b, e, !in_table);
      in_table = true;
      last_was_heading = false;
      continue;
    }
    in_table = false;
    std::size_t text_at = 0;
    std::string label;
    if (in_references &&
        match_reference_entry(line, text_at, label, builder.article().references.size() + 1)) {
      builder.add_reference(std::move(label), b, b + text_at, e);
      last_was_heading = false;
      continue;
    }
    if (heading_like(line, ctx.splitter)) {
      heading(b, e);
      continue;
    }
    // A heading or a table glued to the end of the paragraph is cut off; a
    // tail that reads as neither stays in the paragraph.
    std::size_t cut = glued_tail(text, b, e);
    const bool table_tail = cut < e && text[cut] == '|';
    if (cut < e && !table_tail && !heading_like(text.substr(cut, e - cut), ctx.splitter)) cut = e;
    builder.add_paragraph(b, cut);
    last_was_heading = false;
    if (table_tail) {
      builder.add_table_row(cut, e, true);
      in_table = true;
    } else if (cut < e) {
      heading(cut, e);
    }
  }
  assign_levels(builder.article(), runs);
  builder.article().format = Format::flat;
  return std::move(builder).finish();
}

}  // namespace liner::ingest
