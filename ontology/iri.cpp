#include <cctype>

#include "ontology/vocabulary.h"

namespace liner::ontology {

std::string entity_iri(std::string_view base, const ingest::Entity& entity) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out(base);
  for (char c : ingest::to_string(entity.type)) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out += '/';
  for (unsigned char c : entity.key) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += static_cast<char>(c);
    else if (c == ' ') out += '-';
    else out += {'%', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

}  // namespace liner::ontology
