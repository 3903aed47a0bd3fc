#pragma once
// A window on a byte source for readers that cut it into records (NDJSON
// lines, dump pages): what is not consumed yet, refilled in chunks, with the
// line number of any byte still in the window for located errors.

#include <algorithm>
#include <optional>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/sources/bytes.h"
#include "ingest/span.h"

namespace liner::ingest::sources {

class Window {
 public:
  Window(std::unique_ptr<ByteSource> src, std::string head) : src_(std::move(src)), buf_(std::move(head)) {}

  [[nodiscard]] const std::string& path() const { return src_->path(); }
  /// The bytes not consumed yet start at begin(); offsets below are into data().
  [[nodiscard]] std::string_view data() const { return buf_; }
  [[nodiscard]] std::size_t begin() const { return at_; }
  [[nodiscard]] bool ended() const { return end_; }

  /// Reads one more chunk; false at the end of the source. An error of the
  /// source is kept (error()) and ends it. Offsets stay valid.
  bool fill() {
    if (end_) return false;
    const std::size_t n = buf_.size();
    buf_.resize(n + chunk);
    auto got = src_->read(buf_.data() + n, chunk);
    buf_.resize(n + (got ? *got : 0));
    if (!got) error_ = got.error();
    end_ = !got || *got == 0;
    return !end_;
  }

  /// The first `needle` at or after `from`, reading more as needed; npos
  /// when the source ends first (ended()) or when more than `limit` bytes
  /// from `from` hold no `needle` (!ended()).
  std::size_t find(std::string_view needle, std::size_t from, std::size_t limit = std::string_view::npos) {
    std::size_t searched = from;
    for (;;) {
      const std::size_t p = std::string_view(buf_).find(needle, searched);
      if (p != std::string_view::npos) return p;
      searched = std::max(searched, buf_.size() >= needle.size() ? buf_.size() - needle.size() + 1 : 0);
      if (buf_.size() - from > limit || !fill()) return std::string_view::npos;
    }
  }

  /// Consumes everything before `offset`. Offsets handed out before are
  /// invalid after this (the consumed bytes may be dropped).
  void consume(std::size_t offset) {
    at_ = offset;
    compact();
  }

  /// A span for the byte at `offset` (still in the window): its line and
  /// column in the whole input. Lines are counted on from the last span
  /// asked, so spans asked in input order cost what lies between them.
  [[nodiscard]] SourceSpan span_at(std::size_t offset) {
    std::size_t line = 0;
    if (offset >= counted_) {
      advance(offset);
      line = counted_line_;
    } else {
      line = counted_line_ - newlines(offset, counted_);
    }
    const std::size_t nl = std::string_view(buf_).substr(0, offset).rfind('\n');
    std::size_t column = 1;
    for (std::size_t i = nl == std::string_view::npos ? 0 : nl + 1; i < offset; ++i)
      column += (static_cast<unsigned char>(buf_[i]) & 0xC0) != 0x80;
    return SourceSpan{base_offset_ + offset, base_offset_ + offset + 1, line, column};
  }

  [[nodiscard]] const std::optional<Error>& error() const { return error_; }

 private:
  static constexpr std::size_t chunk = std::size_t{1} << 20;

  // Drops the consumed bytes once they are many, counting their lines.
  void compact() {
    if (at_ < chunk || at_ < buf_.size() / 2) return;
    if (counted_ < at_) advance(at_);
    base_offset_ += at_;
    buf_.erase(0, at_);
    counted_ -= at_;
    at_ = 0;
  }

  [[nodiscard]] std::size_t newlines(std::size_t from, std::size_t to) const {
    return static_cast<std::size_t>(std::count(buf_.begin() + static_cast<std::ptrdiff_t>(from),
                                               buf_.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
  }
  // Counts the lines up to `to` (not before the cursor).
  void advance(std::size_t to) {
    counted_line_ += newlines(counted_, to);
    counted_ = to;
  }

  std::unique_ptr<ByteSource> src_;
  std::string buf_;
  std::size_t at_ = 0;           // consumed bytes before this
  std::size_t counted_ = 0;       // lines are counted up to this offset of buf_
  std::size_t counted_line_ = 1;  // the line of buf_[counted_]
  std::size_t base_offset_ = 0;   // offset of buf_[0] in the input
  bool end_ = false;
  std::optional<Error> error_;
};

}  // namespace liner::ingest::sources
