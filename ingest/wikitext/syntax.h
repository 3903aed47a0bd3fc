#pragma once
// Byte-level helpers and input limits shared by the wikitext reader's files.
// Wikitext markup is ASCII, so these look at bytes, never at code points.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/text.h"

namespace liner::ingest::wikitext {

constexpr std::size_t npos = std::string_view::npos;
// Hostile input must not recurse without bound nor search without bound.
constexpr int max_depth = 40;
constexpr std::size_t max_bracket_bytes = 8192;
constexpr std::size_t max_tag_bytes = 1024;
constexpr std::size_t max_diagnostics = 200;

inline char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Whether `s` holds `lower_prefix` at `pos`, comparing ASCII case-insensitively.
inline bool starts_ci(std::string_view s, std::size_t pos, std::string_view lower_prefix) {
  if (pos > s.size() || s.size() - pos < lower_prefix.size()) return false;
  for (std::size_t k = 0; k < lower_prefix.size(); ++k)
    if (lower_ascii(s[pos + k]) != lower_prefix[k]) return false;
  return true;
}

/// Template and field names: ASCII lowercase, `_` read as a space, spaces collapsed.
inline std::string normalize_name(std::string_view s) {
  std::string out;
  for (char c : trim(s)) {
    c = c == '_' || c == '\t' || c == '\n' || c == '\r' ? ' ' : lower_ascii(c);
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// The tab-separated columns of a line of a data file.
inline std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t tab = line.find('\t'); tab != npos; tab = line.find('\t')) {
    out.push_back(line.substr(0, tab));
    line.remove_prefix(tab + 1);
  }
  out.push_back(line);
  return out;
}

}  // namespace liner::ingest::wikitext
