#pragma once
// A sentence's bytes in blocks of 64, with a bit per byte for each class of
// byte its word index reads: SentenceView finds its words and tokens from
// these bits, 64 bytes a step, not byte by byte.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace liner::ingest::extract {

class ByteBlocks {
 public:
  static constexpr std::size_t block = 64;

  explicit ByteBlocks(std::string_view t);
  ByteBlocks(const ByteBlocks&) = delete;
  ByteBlocks& operator=(const ByteBlocks&) = delete;

  [[nodiscard]] std::size_t count() const { return count_; }
  /// The text, then zeros (a byte of no class) up to whole blocks and 8
  /// bytes more: a run's bytes load eight at a time.
  [[nodiscard]] const char* bytes() const { return bytes_; }
  /// The bytes of the text in block k (not the zeros after it).
  [[nodiscard]] std::uint64_t valid(std::size_t k) const {
    return k + 1 < count_ || size_ % block == 0 ? ~std::uint64_t{0} : (std::uint64_t{1} << (size_ % block)) - 1;
  }
  /// Whether some byte is `_`.
  [[nodiscard]] bool underscore() const { return underscore_; }
  /// By block, a bit per byte of ASCII letters, digits and `_`: the
  /// gazetteers' word bytes (found on demand: most sentences need not).
  void gazetteer_bits(std::string_view t, std::uint64_t* out) const;

  // By block, a bit per byte:
  std::uint64_t* words;   ///< ASCII letters and digits (SentenceView adds letters past ASCII)
  std::uint64_t* spaces;  ///< ' ' (SentenceView adds em dashes): they end tokens
  std::uint64_t* high;    ///< bytes past ASCII

 private:
  static constexpr std::size_t local_blocks = 16;  // a sentence of up to 1 KiB needs no heap
  std::size_t size_ = 0;
  std::size_t count_ = 0;
  const char* bytes_ = nullptr;
  bool underscore_ = false;
  std::uint64_t* ascii_ = nullptr;  // by block, ASCII letters and digits
  std::array<char, local_blocks * block + 8> local_bytes_;
  std::array<std::uint64_t, 4 * local_blocks> local_bits_;  // words, spaces, high, ASCII letters and digits
  std::vector<char> heap_bytes_;
  std::vector<std::uint64_t> heap_bits_;
};

/// The number of runs of set bits in `bits(k)` over blocks k < count.
template <class Bits>
std::size_t count_runs(std::size_t count, Bits&& bits) {
  std::size_t runs = 0;
  std::uint64_t carry = 0;  // the last bit of the block before
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint64_t x = bits(k);
    runs += static_cast<std::size_t>(std::popcount(x & ~((x << 1) | carry)));
    carry = x >> 63;
  }
  return runs;
}

/// found(begin, end) for each run of set bits in `bits(k)` over blocks
/// k < count, in order (as byte offsets). No bit is set past the text.
template <class Bits, class F>
void for_each_run(std::size_t count, Bits&& bits, F&& found) {
  std::uint64_t carry = 0;  // the last bit of the block before
  std::size_t begin = 0;    // of the run that goes on into this block
  bool open = false;
  for (std::size_t k = 0; k < count; ++k) {
    const std::uint64_t x = bits(k), before = (x << 1) | carry;
    carry = x >> 63;
    // A bit where a run starts, and one on the byte after each run.
    std::uint64_t starts = x & ~before, ends = ~x & before;
    const std::size_t base = ByteBlocks::block * k;
    if (open && ends != 0) {
      found(begin, base + static_cast<std::size_t>(std::countr_zero(ends)));
      ends &= ends - 1;
      open = false;
    }
    for (; starts != 0; starts &= starts - 1) {
      const std::size_t b = base + static_cast<std::size_t>(std::countr_zero(starts));
      if (ends == 0) {
        begin = b;
        open = true;
        break;
      }
      found(b, base + static_cast<std::size_t>(std::countr_zero(ends)));
      ends &= ends - 1;
    }
  }
  if (open) found(begin, ByteBlocks::block * count);
}

}  // namespace liner::ingest::extract
