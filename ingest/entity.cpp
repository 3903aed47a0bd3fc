#include "ingest/entity.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace liner::ingest {

namespace {

// The same key as the ICU path below for pure ASCII, which is most names:
// case folding is tolower, there are no accents, and the classes are the
// ASCII members of ICU's alnum and White_Space.
std::string ascii_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  bool space = false;
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (space && !key.empty()) key.push_back(' ');
      space = false;
      key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    } else if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '/' || c == '&') {
      space = true;
    }
  }
  return key;
}

}  // namespace

std::string entity_key(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return ascii_key(name);
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

}  // namespace liner::ingest
