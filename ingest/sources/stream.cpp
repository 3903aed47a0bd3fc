#include "ingest/sources/stream.h"

#include <filesystem>

#include "ingest/reader.h"
#include "ingest/source.h"
#include "ingest/sources/buffer.h"
#include "ingest/sources/dump.h"
#include "ingest/sources/ndjson.h"

namespace liner::ingest::sources {
namespace {

// One document: the whole input.
class SingleStream : public DocumentStream {
 public:
  explicit SingleStream(Result<Document> doc) : doc_(std::move(doc)) {}
  std::optional<Result<Document>> next() override {
    if (given_) return std::nullopt;
    given_ = true;
    return std::move(doc_);
  }

 private:
  Result<Document> doc_;
  bool given_ = false;
};

// The name without a packing suffix: "dump.xml.bz2" reads as "dump.xml".
std::string unpacked_name(const std::string& path) {
  for (std::string_view ext : {".bz2", ".gz"})
    if (path.size() > ext.size() && path.ends_with(ext)) return path.substr(0, path.size() - ext.size());
  return path;
}

}  // namespace

Result<std::unique_ptr<DocumentStream>> open_stream(const std::string& input, Format from, std::istream& stdin_stream,
                                                    const StreamOptions& options) {
  if (input.starts_with("http://") || input.starts_with("https://"))
    return Error{ErrorCode::unsupported, input, std::nullopt, "reading URLs is not supported yet"};
  std::error_code ec;
  if (input != "-" && std::filesystem::is_directory(input, ec))
    return Error{ErrorCode::usage, input, std::nullopt, "is a directory"};
  auto src = open_bytes(input, stdin_stream);
  if (!src) return src.error();
  const bool packed = (*src)->packing() != Packing::plain;
  // The first 64 KiB tell the format (ingest::sniff_format, by name first).
  std::string head(std::size_t{1} << 16, '\0');
  std::size_t got = 0;
  while (got < head.size()) {
    auto n = (*src)->read(head.data() + got, head.size() - got);
    if (!n) return n.error();
    if (*n == 0) break;
    got += *n;
  }
  head.resize(got);
  Format format = from;
  if (format == Format::automatic) {
    Document probe;
    probe.uri = packed ? unpacked_name(input) : input;
    probe.text = head;
    format = sniff_format(probe);
  }
  if (format == Format::mediawiki_xml)
    return std::unique_ptr<DocumentStream>(std::make_unique<DumpStream>(Window(std::move(*src), std::move(head)), options));
  if (format == Format::ndjson)
    return std::unique_ptr<DocumentStream>(std::make_unique<NdjsonStream>(Window(std::move(*src), std::move(head)), options));
  // One article: read it whole, as load_document() does. Unpacked text has
  // its format decided here, as its name ends in .bz2 or .gz.
  auto rest = read_all(**src, options.max_document_bytes);
  if (!rest) return rest.error();
  head += *rest;
  return std::unique_ptr<DocumentStream>(
      std::make_unique<SingleStream>(make_document(input, std::move(head), packed ? format : from)));
}

}  // namespace liner::ingest::sources
