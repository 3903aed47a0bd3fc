#pragma once
// A document as read from a source, before any parsing.

#include <optional>
#include <string>
#include <string_view>

namespace liner::ingest {

/// Input formats. `automatic` asks the sniffer to decide.
enum class Format { automatic, flat, markdown, wikitext, mediawiki_xml, ndjson };

/// The format's public name (`flat`, `mediawiki-xml`, ...).
std::string_view to_string(Format format);
/// Parses a public format name; nullopt when unknown.
std::optional<Format> format_from_string(std::string_view name);

/// One input text. `text` holds the bytes exactly as read (valid UTF-8, a byte
/// order mark kept); every SourceSpan indexes into it.
struct Document {
  std::string id;      ///< stable identifier: the path or URL as given
  std::string title;   ///< best guess before parsing (file name stem); readers refine it
  std::string uri;     ///< where it came from (path, URL, `-` for stdin)
  Format format = Format::automatic;
  std::string text;
  /// Where a page of a MediaWiki dump or of the MediaWiki API comes from;
  /// empty for files.
  struct Page {
    std::string site;         ///< the wiki's base URL (`<siteinfo><base>`), when known
    std::string page_id;      ///< `<page><id>`
    std::string revision_id;  ///< `<revision><id>`
    std::string timestamp;    ///< `<revision><timestamp>`, ISO 8601
    int ns = 0;               ///< namespace number
  };
  std::optional<Page> page;
};

}  // namespace liner::ingest
