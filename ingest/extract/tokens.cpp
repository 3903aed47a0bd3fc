#include "ingest/extract/tokens.h"

#include <algorithm>
#include <array>

#include "ingest/lexicon.h"
#include "ingest/text.h"

namespace liner::ingest::extract {

std::vector<Token> split_words(std::string_view t) {
  // A separator is a space (1 byte) or an em dash (E2 80 94, 3 bytes).
  const std::size_t n = t.size();
  auto separator = [&](std::size_t i) -> std::size_t {
    if (t[i] == ' ') return 1;
    return t[i] == '\xE2' && i + 2 < n && t[i + 1] == '\x80' && t[i + 2] == '\x94' ? 3 : 0;
  };
  std::vector<Token> out;
  out.reserve(n / 5 + 1);
  std::size_t b = 0;  // start of the current word
  for (std::size_t i = 0; i < n;) {
    const char c = t[i];
    const std::size_t s = c == ' ' || c == '\xE2' ? separator(i) : 0;
    if (s == 0) {
      ++i;
      continue;
    }
    if (i > b) out.push_back({b, i});
    i += s;
    b = i;
  }
  if (n > b) out.push_back({b, n});
  return out;
}

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (auto p : prefixes)
    if (s.starts_with(p)) return true;
  return false;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (auto p : suffixes)
    if (s.ends_with(p)) return true;
  return false;
}

bool starts_with_any(std::string_view s, const std::vector<std::string_view>& prefixes) {
  for (auto p : prefixes)
    if (s.starts_with(p)) return true;
  return false;
}

bool ends_with_any(std::string_view s, const std::vector<std::string_view>& suffixes) {
  for (auto p : suffixes)
    if (s.ends_with(p)) return true;
  return false;
}

namespace {

using tokens_detail::byte_set;

// Bytes that core() drops at a word's start and at its end.
constexpr auto opening = byte_set("\"('[");
constexpr auto closing = byte_set(",;:.!?)\"'[]");

}  // namespace

std::string_view strip_core(std::string_view w) {
  auto curly = [](std::string_view x, std::size_t at, unsigned char last_a, unsigned char last_b) {
    const auto c = static_cast<unsigned char>(x[at + 2]);
    return x[at] == '\xE2' && x[at + 1] == '\x80' && (c == last_a || c == last_b);
  };
  while (!w.empty()) {
    if (opening[static_cast<unsigned char>(w.front())]) w.remove_prefix(1);
    else if (w.size() >= 3 && curly(w, 0, 0x9C, 0x98)) w.remove_prefix(3);  // “ ‘
    else break;
  }
  while (!w.empty()) {
    if (closing[static_cast<unsigned char>(w.back())]) w.remove_suffix(1);
    else if (w.size() >= 3 && curly(w, w.size() - 3, 0x9D, 0x99)) w.remove_suffix(3);  // ” ’
    else break;
  }
  return w;
}

bool capitalized_past_ascii(std::string_view w) {
  std::size_t p = 0;
  const char32_t c = next_code_point(w, p);
  return is_upper(c) || is_digit(c);
}

bool all_digits_past_first(std::string_view w) {
  return std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_possessive_past_last(std::string_view w) {
  if (w.find('s') == std::string_view::npos) return false;  // no "'s" after its core
  w = core(w);
  return w.size() > 3 && w.back() == 's' && (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s"));
}

std::string_view possessor(std::string_view w) {
  w = core(w);
  if (w.ends_with("'s")) return w.substr(0, w.size() - 2);
  if (w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

bool word_at_past_ascii(std::string_view t, std::size_t b, std::size_t e) {
  auto alnum = [&](std::size_t i) {
    std::size_t p = i;
    return is_letter(next_code_point(t, p)) || (t[i] >= '0' && t[i] <= '9');
  };
  if (b > 0) {
    std::size_t p = b;
    previous_code_point(t, p);
    if (alnum(p)) return false;
  }
  return e >= t.size() || !alnum(e);
}

std::string text_of(std::string_view t, const std::vector<Token>& toks, std::size_t b, std::size_t e) {
  if (b >= e) return {};
  std::string_view s = t.substr(toks[b].begin, toks[e - 1].end - toks[b].begin);
  // Keep inner punctuation, drop what ends the last word.
  while (!s.empty() && std::string_view(",;:.)\"").find(s.back()) != std::string_view::npos &&
         !s.ends_with("...") && !s.ends_with("!") && !s.ends_with("?"))
    s.remove_suffix(1);
  while (!s.empty() && (s.front() == '(' || s.front() == '"')) s.remove_prefix(1);
  if (ends_with_any(s, {"\xE2\x80\x9D"})) s.remove_suffix(3);
  return std::string(s);
}

std::size_t find_word(std::string_view t, std::string_view w, std::size_t from) {
  if (w.empty() || w.size() > t.size()) return std::string_view::npos;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  const char first = lower(w[0]);
  for (std::size_t at = from; at + w.size() <= t.size(); ++at) {
    if (lower(t[at]) != first) continue;
    std::size_t k = 1;
    while (k < w.size() && lower(t[at + k]) == lower(w[k])) ++k;
    if (k == w.size() && word_at(t, at, at + w.size())) return at;
  }
  return std::string_view::npos;
}

namespace {


}  // namespace

std::size_t find_text(std::string_view t, std::string_view needle, std::size_t from) {
  return find_text(t, Needle(needle), from);
}

std::size_t find_text(std::string_view t, const Needle& n, std::size_t from) {
  const std::string_view needle = n.text;
  if (needle.size() < 2) return t.find(needle, from);
  // Find the needle's rarest byte (memchr), then compare the needle around
  // it: " of the Year" stops at each 'Y', not at each 'o'.
  const std::size_t k = n.rare;
  if (from > t.size()) return std::string_view::npos;
  for (std::size_t at = t.find(needle[k], from + k); at != std::string_view::npos; at = t.find(needle[k], at + 1)) {
    const std::size_t b = at - k;
    if (b + needle.size() > t.size()) return std::string_view::npos;
    if (t.compare(b, needle.size(), needle) == 0) return b;
  }
  return std::string_view::npos;
}

std::string year_string(int y) { return std::to_string(y); }

std::string_view type_word(EntityType t) {
  switch (t) {
    case EntityType::Album: return "album";
    case EntityType::Song: return "song";
    case EntityType::Film: return "film";
    case EntityType::TVSeries: return "tv series";
    default: return "work";
  }
}

}  // namespace liner::ingest::extract
