#include "ingest/wikitext/entities.h"

#include <array>
#include <utility>

#include "ingest/wikitext/syntax.h"

namespace liner::ingest::wikitext {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// `&amp;` -> "&"; nullopt for anything that is not a known entity.
std::optional<std::string> decode_entity(std::string_view name) {
  static constexpr auto named = std::to_array<std::pair<std::string_view, std::string_view>>({
      {"amp", "&"},          {"lt", "<"},           {"gt", ">"},           {"quot", "\""},
      {"apos", "'"},         {"nbsp", " "},         {"ensp", " "},         {"emsp", " "},
      {"thinsp", " "},       {"ndash", "\u2013"},   {"mdash", "\u2014"},   {"minus", "\u2212"},
      {"hellip", "\u2026"},  {"lsquo", "\u2018"},   {"rsquo", "\u2019"},   {"ldquo", "\u201C"},
      {"rdquo", "\u201D"},   {"laquo", "\u00AB"},   {"raquo", "\u00BB"},   {"middot", "\u00B7"},
      {"bull", "\u2022"},    {"times", "\u00D7"},   {"deg", "\u00B0"},     {"copy", "\u00A9"},
      {"reg", "\u00AE"},     {"shy", ""},           {"zwj", ""},           {"zwnj", ""},
  });
  for (const auto& [n, v] : named)
    if (n == name) return std::string(v);
  if (name.size() < 2 || name[0] != '#') return std::nullopt;
  char32_t c = 0;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 7) return std::nullopt;
  for (char d : digits) {
    int v = -1;
    if (is_ascii_digit(d)) v = d - '0';
    else if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
    else if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
    if (v < 0) return std::nullopt;
    c = c * (hex ? 16 : 10) + static_cast<char32_t>(v);
  }
  if (c < 0x20 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;  // no control characters
  std::string out;
  append_utf8(out, c == 0xA0 ? U' ' : c);
  return out;
}


}  // namespace liner::ingest::wikitext
