#pragma once
// Byte sources: a file or standard input, read in chunks, with bzip2 (also
// multistream, as Wikipedia's dumps are) and gzip (also multi-member)
// decompressed on the fly when the first bytes say so. Whole dumps never sit
// in memory: readers pull what they need.

#include <cstddef>
#include <istream>
#include <memory>
#include <string>

#include "ingest/error.h"

namespace liner::ingest::sources {

/// How the bytes of an input are packed.
enum class Packing { plain, bzip2, gzip };

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  /// Reads up to `n` bytes into `buf`: how many, 0 at the end, or an error
  /// (unreadable file, corrupt or truncated compressed data).
  virtual Result<std::size_t> read(char* buf, std::size_t n) = 0;
  /// The input's name as given, for messages.
  [[nodiscard]] const std::string& path() const { return path_; }
  /// What was unpacked to give these bytes.
  [[nodiscard]] virtual Packing packing() const { return Packing::plain; }

 protected:
  explicit ByteSource(std::string path) : path_(std::move(path)) {}

 private:
  std::string path_;
};

/// Opens `path` (standard input for "-"), and unpacks bzip2 or gzip data,
/// recognized by their magic bytes whatever the file is called.
Result<std::unique_ptr<ByteSource>> open_bytes(const std::string& path, std::istream& stdin_stream);

/// The packing of a source that starts with `head`.
Packing packing_of(std::string_view head);

/// Reads what is left of `src` into one string; fails past `limit` bytes.
Result<std::string> read_all(ByteSource& src, std::size_t limit);

}  // namespace liner::ingest::sources
