#include "ingest/entity.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace liner::ingest {

std::string entity_key(std::string_view name) {
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
