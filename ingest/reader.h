#pragma once
// Readers: Document -> Article, one per format, chosen by sniffing or by the caller.

#include "ingest/article.h"
#include "ingest/document.h"
#include "ingest/error.h"
#include "ingest/sentences.h"

namespace liner::ingest {

/// What readers share and reuse between documents. One per thread.
struct ReaderContext {
  SentenceSplitter splitter;
};

/// Guesses the format from the file name and the first kilobytes of text.
Format sniff_format(const Document& doc);

/// Reads a document in its format (sniffed when `doc.format` is automatic).
/// Fails with ErrorCode::unsupported for formats without a reader yet.
Result<Article> read_article(const Document& doc, ReaderContext& ctx);

/// The `flat` reader: title on line 1, headings alone on a line or glued to the
/// end of a paragraph after its last citation marker, one paragraph per line,
/// `[n]` markers, `[anchor](target)` links, pipe tables (also glued after a marker).
Result<Article> read_flat(const Document& doc, ReaderContext& ctx);

/// The `wikitext` reader (MediaWiki source): `= headings =` with their levels,
/// blank-line paragraphs, `<ref>` elements and footnote templates as markers
/// numbered in order of first use (a named ref keeps its number) with their
/// contents as references, `[[links]]`, `''italics''` (Sentence::italics), an
/// infobox as `Label: value` field lines, `{| tables |}`, `* lists` as `- item`
/// paragraphs. Other templates are dropped or read as their last argument,
/// with a diagnostic when unknown. Text a template renders (a date, a list
/// separator) maps to the markup that produced it. See docs/formats.md.
Result<Article> read_wikitext(const Document& doc, ReaderContext& ctx);

/// The `markdown` reader: `#` headings (a first `# Title` is the title), blank-line
/// paragraphs, `[n]`/`[^n]` markers and `[^n]: text` definitions, emphasis, lists,
/// pipe tables, links, a references list under a References heading.
Result<Article> read_markdown(const Document& doc, ReaderContext& ctx);

}  // namespace liner::ingest
