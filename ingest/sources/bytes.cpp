#include "ingest/sources/bytes.h"

#include <bzlib.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace liner::ingest::sources {
namespace {

constexpr std::size_t chunk = 1 << 16;

Error io_error(const std::string& path, std::string message) {
  return Error{ErrorCode::io, path, std::nullopt, std::move(message)};
}

// A file or a stream as it is. The first bytes, read to tell the packing,
// are handed out again before the rest.
class RawSource : public ByteSource {
 public:
  RawSource(std::string path, std::unique_ptr<std::ifstream> file, std::istream& in)
      : ByteSource(std::move(path)), file_(std::move(file)), in_(file_ ? *file_ : in) {}

  Result<std::size_t> read(char* buf, std::size_t n) override {
    if (head_at_ < head_.size()) {
      const std::size_t k = std::min(n, head_.size() - head_at_);
      std::memcpy(buf, head_.data() + head_at_, k);
      head_at_ += k;
      return k;
    }
    in_.read(buf, static_cast<std::streamsize>(n));
    if (in_.bad()) return io_error(path(), "read error");
    return static_cast<std::size_t>(in_.gcount());
  }

  // Reads the first bytes (up to `n`) and keeps them for read().
  Result<std::string_view> peek(std::size_t n) {
    head_.resize(n);
    in_.read(head_.data(), static_cast<std::streamsize>(n));
    if (in_.bad()) return io_error(path(), "read error");
    head_.resize(static_cast<std::size_t>(in_.gcount()));
    return std::string_view(head_);
  }

 private:
  std::unique_ptr<std::ifstream> file_;
  std::istream& in_;
  std::string head_;
  std::size_t head_at_ = 0;
};


// bzip2, several streams one after another as in multistream dumps.
class Bzip2Source : public ByteSource {
 public:
  explicit Bzip2Source(std::unique_ptr<ByteSource> in) : ByteSource(in->path()), in_(std::move(in)) { start(); }
  [[nodiscard]] Packing packing() const override { return Packing::bzip2; }
  ~Bzip2Source() override {
    if (open_) BZ2_bzDecompressEnd(&z_);
  }

  Result<std::size_t> read(char* buf, std::size_t n) override {
    z_.next_out = buf;
    z_.avail_out = static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30));
    while (z_.avail_out > 0 && !done_) {
      if (z_.avail_in == 0 && !in_end_) {
        auto got = in_->read(input_.data(), input_.size());
        if (!got) return got.error();
        in_end_ = *got == 0;
        z_.next_in = input_.data();
        z_.avail_in = static_cast<unsigned>(*got);
      }
      if (!open_) {  // between streams: another one, or the end
        if (z_.avail_in == 0 && in_end_) {
          done_ = true;
          break;
        }
        start();
      }
      const int rc = BZ2_bzDecompress(&z_);
      if (rc == BZ_STREAM_END) {
        BZ2_bzDecompressEnd(&z_);
        open_ = false;
      } else if (rc != BZ_OK) {
        return Error{ErrorCode::encoding, path(), std::nullopt, "corrupt bzip2 data (libbz2 error " + std::to_string(rc) + ")"};
      } else if (z_.avail_in == 0 && in_end_ && z_.avail_out > 0) {
        return Error{ErrorCode::encoding, path(), std::nullopt, "truncated bzip2 data (the file ends inside a stream)"};
      }
    }
    return n - z_.avail_out;
  }

 private:
  void start() {
    z_.bzalloc = nullptr;
    z_.bzfree = nullptr;
    z_.opaque = nullptr;
    open_ = BZ2_bzDecompressInit(&z_, 0, 0) == BZ_OK;
  }

  std::unique_ptr<ByteSource> in_;
  std::vector<char> input_ = std::vector<char>(chunk);
  bz_stream z_{};
  bool open_ = false, in_end_ = false, done_ = false;
};

// gzip, several members one after another as `cat a.gz b.gz` makes.
class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> in) : ByteSource(in->path()), in_(std::move(in)) {
    open_ = inflateInit2(&z_, 15 + 16) == Z_OK;
  }
  [[nodiscard]] Packing packing() const override { return Packing::gzip; }
  ~GzipSource() override {
    if (open_) inflateEnd(&z_);
  }

  Result<std::size_t> read(char* buf, std::size_t n) override {
    if (!open_) return Error{ErrorCode::io, path(), std::nullopt, "cannot start zlib"};
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    while (z_.avail_out > 0 && !done_) {
      if (z_.avail_in == 0 && !in_end_) {
        auto got = in_->read(input_.data(), input_.size());
        if (!got) return got.error();
        in_end_ = *got == 0;
        z_.next_in = reinterpret_cast<Bytef*>(input_.data());
        z_.avail_in = static_cast<uInt>(*got);
      }
      if (between_) {  // after a member: another one, or the end
        if (z_.avail_in == 0 && in_end_) {
          done_ = true;
          break;
        }
        inflateReset(&z_);
        between_ = false;
      }
      const int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        between_ = true;
      } else if (rc == Z_BUF_ERROR && z_.avail_in == 0 && in_end_) {
        return Error{ErrorCode::encoding, path(), std::nullopt, "truncated gzip data (the file ends inside a member)"};
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Error{ErrorCode::encoding, path(), std::nullopt,
                     std::string("corrupt gzip data (") + (z_.msg ? z_.msg : "zlib error " + std::to_string(rc)) + ")"};
      }
    }
    return n - z_.avail_out;
  }

 private:
  std::unique_ptr<ByteSource> in_;
  std::vector<char> input_ = std::vector<char>(chunk);
  z_stream z_{};
  bool open_ = false, in_end_ = false, done_ = false, between_ = false;
};

}  // namespace

Packing packing_of(std::string_view head) {
  if (head.size() >= 4 && head.starts_with("BZh") && head[3] >= '1' && head[3] <= '9') return Packing::bzip2;
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F && static_cast<unsigned char>(head[1]) == 0x8B)
    return Packing::gzip;
  return Packing::plain;
}

Result<std::unique_ptr<ByteSource>> open_bytes(const std::string& path, std::istream& stdin_stream) {
  std::unique_ptr<std::ifstream> file;
  if (path != "-") {
    file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file) {
      const int err = errno;
      return Error{err == ENOENT ? ErrorCode::not_found : ErrorCode::io, path, std::nullopt,
                   err == ENOENT ? std::string("no such file or directory") : std::string(std::strerror(err))};
    }
  }
  auto raw = std::make_unique<RawSource>(path, std::move(file), stdin_stream);
  auto head = raw->peek(4);
  if (!head) return head.error();
  const Packing p = packing_of(*head);
  if (p == Packing::bzip2) return std::unique_ptr<ByteSource>(std::make_unique<Bzip2Source>(std::move(raw)));
  if (p == Packing::gzip) return std::unique_ptr<ByteSource>(std::make_unique<GzipSource>(std::move(raw)));
  return std::unique_ptr<ByteSource>(std::move(raw));
}

Result<std::string> read_all(ByteSource& src, std::size_t limit) {
  std::string out;
  for (;;) {
    const std::size_t at = out.size();
    out.resize(at + chunk);
    auto got = src.read(out.data() + at, chunk);
    if (!got) return got.error();
    out.resize(at + *got);
    if (*got == 0) return out;
    if (out.size() > limit)
      return Error{ErrorCode::io, src.path(), std::nullopt,
                   "input larger than " + std::to_string(limit >> 20) + " MiB (split it, or use a dump or NDJSON)"};
  }
}

}  // namespace liner::ingest::sources
