#pragma once
// Document streams: each input of a run as a sequence of documents. A file or
// standard input holding one article gives one document; an NDJSON file one
// per line; a MediaWiki XML dump (plain, .bz2, .gz) one per article page.
// A bad line or page is an error in the sequence, in place of its document,
// and the stream goes on after it where it can.

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "ingest/document.h"
#include "ingest/error.h"

namespace liner::ingest::sources {

/// What a stream left out, for the run's summary.
struct Skipped {
  std::size_t redirects = 0;      ///< dump pages that are redirects
  std::size_t namespaces = 0;     ///< dump pages in a namespace not asked for
  std::size_t not_wikitext = 0;   ///< dump pages whose content model is not wikitext (CSS, JSON, ...)
  std::size_t blank_lines = 0;    ///< empty NDJSON lines
};

class DocumentStream {
 public:
  virtual ~DocumentStream() = default;
  /// The next document or located error; nullopt once the input is read.
  virtual std::optional<Result<Document>> next() = 0;
  [[nodiscard]] const Skipped& skipped() const { return skipped_; }

 protected:
  Skipped skipped_;
};

struct StreamOptions {
  std::set<int> namespaces{0};  ///< dump pages read (0: articles)
  std::size_t max_document_bytes = std::size_t{1} << 30;  ///< one file, line or page at most
};

/// Opens an input (a path or "-") as a stream in format `from`; `automatic`
/// decides by file name, then by the first bytes (after unpacking bzip2 or
/// gzip). Formats other than mediawiki-xml and ndjson give one document,
/// checked as make_document() does.
Result<std::unique_ptr<DocumentStream>> open_stream(const std::string& input, Format from, std::istream& stdin_stream,
                                                    const StreamOptions& options = {});

}  // namespace liner::ingest::sources
