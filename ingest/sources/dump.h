#pragma once
// MediaWiki XML export dumps (`<mediawiki><siteinfo>..<page>..</page>..`),
// plain or unpacked from bzip2/gzip by the byte source, read page by page:
// each <page> is cut from the byte stream and parsed alone with pugixml, so
// a dump of any size needs the memory of its largest page. Article pages
// (namespace 0, or those asked for) become documents; redirects and pages of
// other namespaces or content models are skipped and counted. A malformed
// page is an error located at its line, and the next page is read.

#include <map>

#include "ingest/sources/buffer.h"
#include "ingest/sources/stream.h"

namespace liner::ingest::sources {

class DumpStream : public DocumentStream {
 public:
  DumpStream(Window in, const StreamOptions& options) : in_(std::move(in)), options_(options) {}
  std::optional<Result<Document>> next() override;

 private:
  std::optional<Error> read_siteinfo();
  std::optional<Result<Document>> page(std::size_t begin, std::size_t end);

  Window in_;
  StreamOptions options_;
  bool started_ = false, finished_ = false;
  std::string site_;                     // <base>'s wiki, "https://en.wikipedia.org/wiki/"
  std::map<int, std::string> namespaces_;  // number -> name, from <siteinfo>
};

}  // namespace liner::ingest::sources
