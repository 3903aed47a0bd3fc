#pragma once
// NDJSON input: one JSON object a line, {"id", "title", "text", "format"};
// only "text" is required. A document per line, named PATH#ID (the line
// number when there is no id); a bad line is an error located at its line
// and column, and the next line is read.

#include "ingest/sources/buffer.h"
#include "ingest/sources/stream.h"

namespace liner::ingest::sources {

class NdjsonStream : public DocumentStream {
 public:
  NdjsonStream(Window in, const StreamOptions& options) : in_(std::move(in)), options_(options) {}
  std::optional<Result<Document>> next() override;

 private:
  Result<Document> document(std::string_view line, std::size_t at);
  Window in_;
  StreamOptions options_;
  std::size_t line_ = 0;
  bool reported_ = false;  // the source's own error, once
};

}  // namespace liner::ingest::sources
