#include "ingest/reader.h"

#include <array>
#include <utility>

#include "ingest/text.h"

namespace liner::ingest {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 6> format_names{{
    {Format::automatic, "auto"},
    {Format::flat, "flat"},
    {Format::markdown, "markdown"},
    {Format::wikitext, "wikitext"},
    {Format::mediawiki_xml, "mediawiki-xml"},
    {Format::ndjson, "ndjson"},
}};

bool has_line_starting(std::string_view head, std::string_view prefix) {
  if (head.starts_with(prefix)) return true;
  std::string needle = "\n";
  needle += prefix;
  return head.find(needle) != std::string_view::npos;
}

}  // namespace

std::string_view to_string(Format format) {
  for (const auto& [f, name] : format_names)
    if (f == format) return name;
  return "auto";
}

std::optional<Format> format_from_string(std::string_view name) {
  for (const auto& [f, n] : format_names)
    if (n == name) return f;
  return std::nullopt;
}

Format sniff_format(const Document& doc) {
  const std::string_view id = doc.uri;
  for (std::string_view ext : {".xml", ".xml.bz2", ".bz2"})
    if (id.ends_with(ext)) return Format::mediawiki_xml;
  for (std::string_view ext : {".ndjson", ".jsonl"})
    if (id.ends_with(ext)) return Format::ndjson;
  for (std::string_view ext : {".md", ".markdown"})
    if (id.ends_with(ext)) return Format::markdown;
  for (std::string_view ext : {".wiki", ".wikitext", ".mediawiki"})
    if (id.ends_with(ext)) return Format::wikitext;

  const std::string_view head = trim(std::string_view(doc.text).substr(bom_length(doc.text), 64 * 1024));
  if (head.starts_with("<mediawiki") || (head.starts_with("<?xml") && head.find("<mediawiki") != std::string_view::npos))
    return Format::mediawiki_xml;
  if (head.starts_with("{\"") || head.starts_with("{ \"")) return Format::ndjson;
  if (has_line_starting(head, "{{") || has_line_starting(head, "== ") || head.find("<ref") != std::string_view::npos ||
      head.find("[[") != std::string_view::npos)
    return Format::wikitext;
  if (has_line_starting(head, "# ") || has_line_starting(head, "## ")) return Format::markdown;
  return Format::flat;
}

Result<Article> read_article(const Document& doc, ReaderContext& ctx) {
  Format format = doc.format == Format::automatic ? sniff_format(doc) : doc.format;
  switch (format) {
    case Format::flat:
      return read_flat(doc, ctx);
    case Format::wikitext:
      return read_wikitext(doc, ctx);
    case Format::markdown:
      return read_markdown(doc, ctx);
    default:
      return Error{ErrorCode::unsupported, doc.uri, std::nullopt,
                   "reading " + std::string(to_string(format)) + " is not supported yet (use --from flat to force it)"};
  }
}

}  // namespace liner::ingest
