#include "ontology/iri.h"

#include <cctype>
#include <cstdint>

#include "ontology/vocabulary.h"

namespace liner::ontology {
namespace {

constexpr char hex_digits[] = "0123456789ABCDEF";

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// Decodes the code point at `text[i]`, advancing `i`; -1 on malformed UTF-8
// (overlong forms, surrogates and values past U+10FFFF included).
std::int32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 4;
  std::int32_t cp = b0 & 0x07;
  std::int32_t min = 0x10000;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) != 0xF0) {
    return -1;
  }
  if (i + static_cast<std::size_t>(len) > text.size()) return -1;
  for (int k = 1; k < len; ++k) {
    const unsigned char b = byte(i + static_cast<std::size_t>(k));
    if ((b & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  i += static_cast<std::size_t>(len);
  return cp;
}

std::string show(std::int32_t cp) {
  if (cp >= 0x21 && cp < 0x7F) return std::string("'") + static_cast<char>(cp) + "'";
  std::string out = "U+";
  for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) out += hex_digits[(cp >> shift) & 15];
  return out;
}

}  // namespace

std::optional<std::string> iri_problem(std::string_view text) {
  if (text.empty()) return "empty IRI";
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(text[0])))
    return "IRI has no scheme";
  for (std::size_t i = 1; i < colon; ++i) {
    const char c = text[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
      return "IRI scheme has " + show(static_cast<unsigned char>(c));
  }
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const std::int32_t cp = next_code_point(text, i);
    if (cp < 0) return "IRI is not valid UTF-8";
    // N-Triples IRIREF excludes these; RFC 3987 also excludes C1 controls and
    // the bidi formatting characters.
    if (cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x200E || cp == 0x200F ||
        (cp >= 0x202A && cp <= 0x202E))
      return "IRI contains " + show(cp);
    switch (cp) {
      case '<': case '>': case '"': case '{': case '}': case '|': case '\\': case '^': case '`':
        return "IRI contains " + show(cp);
      case '%':
        if (at + 2 >= text.size() || !is_hex(text[at + 1]) || !is_hex(text[at + 2]))
          return "IRI has a '%' not followed by two hex digits";
        break;
      default:
        break;
    }
  }
  return std::nullopt;
}

std::optional<std::string> literal_problem(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::int32_t cp = next_code_point(text, i);
    if (cp < 0) return "literal is not valid UTF-8";
    if (cp == 0) return "literal contains a NUL character";
  }
  return std::nullopt;
}

std::optional<std::string> base_problem(std::string_view base) {
  if (auto p = iri_problem(base)) return p;
  std::string_view rest;
  if (base.starts_with("https://")) rest = base.substr(8);
  else if (base.starts_with("http://")) rest = base.substr(7);
  else return "base IRI must start with http:// or https://";
  if (rest.empty() || rest.front() == '/') return "base IRI has no host";
  if (base.back() != '/' && base.back() != '#') return "base IRI must end with '/' or '#'";
  if (base.find('?') != std::string_view::npos) return "base IRI must not have a query";
  if (base.find('#') != base.size() - 1 && base.find('#') != std::string_view::npos)
    return "base IRI may have '#' only at the end";
  return std::nullopt;
}

std::string slug(std::string_view key) {
  if (key.empty()) return "_";
  std::string out;
  out.reserve(key.size());
  for (unsigned char c : key) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += static_cast<char>(c);
    else if (c == ' ') out += '-';
    else out += {'%', hex_digits[c >> 4], hex_digits[c & 15]};
  }
  return out;
}

std::size_t code_points(std::string_view text, std::size_t bytes) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

std::string stable_hash(std::string_view text) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = "0123456789abcdef"[h & 15];
  return out;
}

std::string entity_iri(std::string_view base, const ingest::Entity& entity) {
  return std::string(base) + std::string(entity_path(entity.type)) + "/" + slug(entity.key);
}

}  // namespace liner::ontology
