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
  /// column in the whole input.
  [[nodiscard]] SourceSpan span_at(std::size_t offset) const {
    const std::string_view before = std::string_view(buf_).substr(0, offset);
    const std::size_t nl = before.rfind('\n');
    const std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
    std::size_t column = 1;
    for (std::size_t i = line_start; i < offset; ++i) column += (static_cast<unsigned char>(buf_[i]) & 0xC0) != 0x80;
    const auto lines = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    return SourceSpan{base_offset_ + offset, base_offset_ + offset + 1, base_line_ + lines, column};
  }

  [[nodiscard]] const std::optional<Error>& error() const { return error_; }

 private:
  static constexpr std::size_t chunk = std::size_t{1} << 20;

  // Drops the consumed bytes once they are many, counting their lines.
  void compact() {
    if (at_ < chunk || at_ < buf_.size() / 2) return;
    base_line_ += static_cast<std::size_t>(std::count(buf_.begin(), buf_.begin() + static_cast<std::ptrdiff_t>(at_), '\n'));
    base_offset_ += at_;
    buf_.erase(0, at_);
    at_ = 0;
  }

  std::unique_ptr<ByteSource> src_;
  std::string buf_;
  std::size_t at_ = 0;           // consumed bytes before this
  std::size_t base_line_ = 1;    // line of buf_[0]
  std::size_t base_offset_ = 0;  // offset of buf_[0] in the input
  bool end_ = false;
  std::optional<Error> error_;
};

}  // namespace liner::ingest::sources
