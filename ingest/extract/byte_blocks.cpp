#include "ingest/extract/byte_blocks.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace liner::ingest::extract {
namespace {

struct Classes {
  std::uint64_t alnum = 0, space = 0, high = 0;
};

#if defined(__SSE2__)
// The classes of the 16 bytes at p, as the low bits of `out`'s masks. A
// range test is one signed compare: x is in [lo, lo + size) when
// x - lo - 128 < size - 128.
Classes classify16(const char* p) {
  const auto set = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, set(0x20)), set(0x80 - 'a')), set(26 - 128));
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, set(0x80 - '0')), set(10 - 128));
  const auto bits = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))); };
  return {bits(_mm_or_si128(letter, digit)), bits(_mm_cmpeq_epi8(v, set(' '))), bits(v)};
}

Classes classify(const char* p) {
  const Classes a = classify16(p), b = classify16(p + 16), c = classify16(p + 32), d = classify16(p + 48);
  const auto join = [](std::uint64_t w, std::uint64_t x, std::uint64_t y, std::uint64_t z) {
    return w | (x << 16) | (y << 32) | (z << 48);
  };
  return {join(a.alnum, b.alnum, c.alnum, d.alnum), join(a.space, b.space, c.space, d.space),
          join(a.high, b.high, c.high, d.high)};
}
#else
Classes classify(const char* p) {
  Classes out;
  for (std::size_t k = 0; k < ByteBlocks::block; ++k) {
    const char c = p[k];
    const std::uint64_t bit = std::uint64_t{1} << k;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out.alnum |= bit;
    if (c == ' ') out.space |= bit;
    if (static_cast<unsigned char>(c) >= 0x80) out.high |= bit;
  }
  return out;
}
#endif

}  // namespace

ByteBlocks::ByteBlocks(std::string_view t) : size_(t.size()), count_((t.size() + block - 1) / block) {
  const std::size_t padded = count_ * block + 8;
  char* bytes = local_bytes_.data();
  if (padded > local_bytes_.size()) {
    heap_bytes_.resize(padded);
    bytes = heap_bytes_.data();
  }
  if (!t.empty()) std::memcpy(bytes, t.data(), t.size());
  std::memset(bytes + t.size(), 0, padded - t.size());
  bytes_ = bytes;
  std::uint64_t* bits = local_bits_.data();
  if (count_ > local_blocks) {
    heap_bits_.resize(4 * count_);
    bits = heap_bits_.data();
  }
  words = bits;
  spaces = bits + count_;
  high = bits + 2 * count_;
  ascii_ = bits + 3 * count_;
  for (std::size_t k = 0; k < count_; ++k) {
    const Classes c = classify(bytes + block * k);
    words[k] = ascii_[k] = c.alnum;
    spaces[k] = c.space;
    high[k] = c.high;
  }
  underscore_ = t.find('_') != std::string_view::npos;
}

void ByteBlocks::gazetteer_bits(std::string_view t, std::uint64_t* out) const {
  std::copy_n(ascii_, count_, out);
  for (std::size_t at = t.find('_'); at != std::string_view::npos; at = t.find('_', at + 1))
    out[at / block] |= std::uint64_t{1} << (at % block);
}

}  // namespace liner::ingest::extract
