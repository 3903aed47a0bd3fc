#include "ingest/entity.h"

#include <algorithm>
#include <array>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace liner::ingest {

namespace {

// What ascii_key() makes of each byte: the lowercase letter or digit kept,
// ' ' for a separator, 0 for a byte dropped (and for every byte past ASCII,
// which ascii_key() refuses).
constexpr std::array<char, 256> ascii_classes = [] {
  std::array<char, 256> c{};
  for (int b = 0; b < 128; ++b) {
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) c[b] = static_cast<char>(b);
    else if (b >= 'A' && b <= 'Z') c[b] = static_cast<char>(b - 'A' + 'a');
    else if (b == ' ' || (b >= '\t' && b <= '\r') || b == '-' || b == '/' || b == '&') c[b] = ' ';
  }
  return c;
}();

// The same key as the ICU path below for pure ASCII, which is most names:
// case folding is tolower, there are no accents, and the classes are the
// ASCII members of ICU's alnum and White_Space. False (and `key` unusable)
// when `name` is not pure ASCII. The key is never longer than the name: a
// space is written only for a separator read. Kept bytes are the only ones
// above ' ' in the table, so one test a byte on the common path.
bool ascii_key(std::string_view name, std::string& key) {
  key.resize(name.size());
  char* const begin = key.data();
  char* out = begin;
  unsigned char high = 0;  // any byte past ASCII
  bool space = false;      // a separator read since the last byte kept, after one
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    high |= c;
    const char k = ascii_classes[c];
    if (k > ' ') {
      if (space) *out++ = ' ';
      space = false;
      *out++ = k;
    } else if (k == ' ') {
      space = out != begin;
    }
  }
  if (high >= 0x80) return false;
  key.resize(static_cast<std::size_t>(out - begin));
  return true;
}

// The key as ICU computes it: case folded, NFD, nonspacing marks dropped,
// letters and digits kept, white space, dashes, '/' and '&' as one space.
std::string icu_key(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  folded.foldCase();
  const icu::UnicodeString decomposed = nfd->normalize(folded, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalization failed");
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // accents
    if (u_isalnum(c)) {
      if (space && out.length() > 0) out.append(static_cast<UChar>(' '));
      space = false;
      out.append(c);
    } else if (u_isUWhiteSpace(c) || c == '-' || c == 0x2013 || c == 0x2014 || c == '/' || c == '&') {
      space = true;
    }
    // Other punctuation (apostrophes, quotes, dots, commas) is dropped: "Don't" = "Dont".
  }
  std::string key;
  out.toUTF8String(key);
  return key;
}

// What icu_key() makes of each code point up to U+07FF (one or two UTF-8
// bytes) and of General Punctuation, U+2000 to U+207F (curly quotes and
// apostrophes, dashes), computed once with ICU: the folded, decomposed code points without
// their nonspacing marks, each as kept text or as a space. Exact for a whole
// name because folding is context-free and, where every code point's
// decomposition starts with a starter (canonical class 0), decompositions
// never reorder across code points; the others are not in the table.
class KeyTable {
 public:
  static const KeyTable& get() {
    static const KeyTable table;
    return table;
  }
  /// Appends the key of `name` to `key`; false when some code point is not
  /// in the table (or the text is not valid UTF-8): then use icu_key().
  bool key(std::string_view name, std::string& key) const {
    bool space = false;
    for (std::size_t i = 0; i < name.size();) {
      const auto b = static_cast<unsigned char>(name[i]);
      std::size_t at = b;  // the code point's entry
      if (b >= 0x80) {
        const auto b1 = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
        if (b == 0xE2 && (b1 == 0x80 || b1 == 0x81) && i + 2 < name.size() &&
            (static_cast<unsigned char>(name[i + 2]) & 0xC0) == 0x80) {  // U+2000 to U+207F
          at = punctuation + (static_cast<std::size_t>(b1 & 0x01) << 6) + (static_cast<unsigned char>(name[i + 2]) & 0x3F);
          i += 2;
        } else {
          if (b < 0xC2 || b > 0xDF || (b1 & 0xC0) != 0x80) return false;
          at = static_cast<std::size_t>(((b & 0x1F) << 6) | (b1 & 0x3F));
          ++i;
        }
      }
      ++i;
      const Entry& e = entries_[at];
      if (!e.exact) return false;
      for (std::uint32_t k = e.first; k < e.first + e.count; ++k) {
        if (parts_[k].space) {
          space = true;
          continue;
        }
        if (space && !key.empty()) key.push_back(' ');
        space = false;
        key.append(parts_[k].utf8);
      }
    }
    return true;
  }

 private:
  struct Part {
    std::string utf8;    // a kept code point
    bool space = false;  // or a space
  };
  struct Entry {
    bool exact = false;
    std::uint32_t first = 0, count = 0;  // into parts_
  };

  // Entries: code points below U+0800 at their value, then U+2000 to U+207F.
  static constexpr std::size_t punctuation = 0x800;

  KeyTable() : entries_(punctuation + 0x80) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
    for (std::size_t at = 0; at < entries_.size(); ++at) {
      const auto cp = static_cast<UChar32>(at < punctuation ? at : 0x2000 + (at - punctuation));
      icu::UnicodeString folded(cp);
      folded.foldCase();
      const icu::UnicodeString decomposed = nfd->normalize(folded, status);
      if (U_FAILURE(status)) throw std::runtime_error("ICU normalization failed");
      Entry& e = entries_[at];
      e.exact = decomposed.length() > 0 && u_getCombiningClass(decomposed.char32At(0)) == 0;
      e.first = static_cast<std::uint32_t>(parts_.size());
      for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        if (u_isalnum(c)) {
          Part part;
          icu::UnicodeString(c).toUTF8String(part.utf8);
          parts_.push_back(std::move(part));
        } else if (u_isUWhiteSpace(c) || c == '-' || c == 0x2013 || c == 0x2014 || c == '/' || c == '&') {
          parts_.push_back({{}, true});
        }
      }
      e.count = static_cast<std::uint32_t>(parts_.size()) - e.first;
    }
  }

  std::vector<Entry> entries_;
  std::vector<Part> parts_;
};

}  // namespace

std::string entity_key(std::string_view name) {
  std::string key;
  if (ascii_key(name, key)) return key;
  key.clear();
  key.reserve(name.size());
  if (KeyTable::get().key(name, key)) return key;
  return icu_key(name);
}

std::string entity_key_reference(std::string_view name) { return icu_key(name); }

}  // namespace liner::ingest
