// The `markdown` format: `#` headings with their levels, paragraphs separated
// by blank lines (a paragraph may run over several lines), `[n]` or `[^n]`
// markers with `[^n]: text` definitions, emphasis, lists, pipe tables, links.

#include "ingest/builder.h"
#include "ingest/data.h"
#include "ingest/inline.h"
#include "ingest/reader.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

// `## Heading ##` -> level 2 and the heading's range; 0 when not a heading.
int atx_heading(std::string_view line, std::size_t& b, std::size_t& e) {
  int level = 0;
  while (static_cast<std::size_t>(level) < line.size() && line[static_cast<std::size_t>(level)] == '#') ++level;
  if (level == 0 || level > 6 || static_cast<std::size_t>(level) >= line.size() || line[static_cast<std::size_t>(level)] != ' ')
    return 0;
  std::string_view h = line.substr(static_cast<std::size_t>(level));
  while (!h.empty() && (h.back() == '#' || h.back() == ' ')) h.remove_suffix(1);
  h = trim(h);
  if (h.empty()) return 0;
  b = static_cast<std::size_t>(h.data() - line.data());
  e = b + h.size();
  return level;
}

bool list_item(std::string_view t) {
  if (t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ")) return true;
  std::size_t i = 0;
  while (i < t.size() && i < 3 && t[i] >= '0' && t[i] <= '9') ++i;
  return i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

}  // namespace

Result<Article> read_markdown(const Document& doc, ReaderContext& ctx) {
  ArticleBuilder builder(doc, ctx.splitter);
  builder.read_emphasis(true);
  const std::string_view text = doc.text;
  std::size_t para_begin = std::string_view::npos, para_end = 0;
  bool in_table = false, in_code = false, in_references = false, titled = false;
  std::size_t code_begin = 0;

  auto flush = [&] {
    if (para_begin != std::string_view::npos) builder.add_paragraph(para_begin, para_end);
    para_begin = std::string_view::npos;
  };

  std::size_t pos = bom_length(text);
  while (pos < text.size()) {
    const auto [line, b, e] = next_line(text, pos);

    if (line.starts_with("```") || line.starts_with("~~~")) {
      flush();
      if (in_code) builder.add_diagnostic(code_begin, e, "code block not read as prose");
      else code_begin = b;
      in_code = !in_code;
      continue;
    }
    if (in_code) continue;
    if (line.empty() || line == "---" || line == "***" || line == "___") {
      flush();
      in_table = false;
      continue;
    }
    std::size_t hb = 0, he = 0;
    if (const int level = atx_heading(line, hb, he)) {
      flush();
      in_table = false;
      if (level == 1 && !titled && builder.article().sections.empty() && builder.article().paragraphs.empty()) {
        builder.set_title(b + hb, b + he);
        titled = true;
      } else {
        builder.add_heading(b + hb, b + he, std::max(level, 2));
        in_references = data::contains("reference_headings.txt", line.substr(hb, he - hb));
      }
      continue;
    }
    if (line.front() == '|') {
      flush();
      builder.add_table_row(b, e, !in_table);
      in_table = true;
      continue;
    }
    in_table = false;
    std::size_t text_at = 0;
    std::string label;
    const bool footnote = line.starts_with("[^") && line.find("]:") != std::string_view::npos;
    if ((footnote || in_references) &&
        match_reference_entry(list_item(line) && !footnote ? line.substr(line.find(' ') + 1) : line, text_at, label,
                              builder.article().references.size() + 1)) {
      flush();
      const std::size_t lead = list_item(line) && !footnote ? line.find(' ') + 1 : 0;
      builder.add_reference(std::move(label), b, b + lead + text_at, e);
      continue;
    }
    if (in_references && list_item(line)) {
      flush();
      builder.add_reference(std::to_string(builder.article().references.size() + 1), b, b + line.find(' ') + 1, e);
      continue;
    }
    if (list_item(line)) {
      flush();
      builder.add_paragraph(b, e);
      continue;
    }
    // A quoted line reads as prose without its marker.
    const std::size_t start = line.starts_with("> ") ? b + 2 : b;
    if (para_begin == std::string_view::npos) para_begin = start;
    para_end = e;
  }
  flush();
  if (in_code) builder.add_diagnostic(code_begin, text.size(), "code block not closed");
  builder.article().format = Format::markdown;
  return std::move(builder).finish();
}

}  // namespace liner::ingest
