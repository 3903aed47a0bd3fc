#include "ingest/extract/tokens.h"

#include <algorithm>

#include "ingest/lexicon.h"
#include "ingest/text.h"

namespace liner::ingest::extract {

std::vector<Token> split_words(std::string_view t) {
  static constexpr std::string_view em_dash = "\xE2\x80\x94";
  auto separator = [&](std::size_t i) { return t[i] == ' ' ? 1 : t.substr(i).starts_with(em_dash) ? 3 : 0; };
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && separator(i)) i += static_cast<std::size_t>(separator(i));
    const std::size_t b = i;
    while (i < t.size() && !separator(i)) ++i;
    if (i > b) out.push_back({b, i});
  }
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

std::string_view core(std::string_view w) {
  auto curly = [](std::string_view x, std::size_t at, unsigned char last_a, unsigned char last_b) {
    const auto c = static_cast<unsigned char>(x[at + 2]);
    return x[at] == '\xE2' && x[at + 1] == '\x80' && (c == last_a || c == last_b);
  };
  while (!w.empty()) {
    const char c = w.front();
    if (c == '"' || c == '(' || c == '\'' || c == '[') w.remove_prefix(1);
    else if (w.size() >= 3 && curly(w, 0, 0x9C, 0x98)) w.remove_prefix(3);  // “ ‘
    else break;
  }
  while (!w.empty()) {
    const char c = w.back();
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\'' ||
        c == '[' || c == ']')
      w.remove_suffix(1);
    else if (w.size() >= 3 && curly(w, w.size() - 3, 0x9D, 0x99)) w.remove_suffix(3);  // ” ’
    else break;
  }
  return w;
}

bool capitalized(std::string_view w) {
  w = core(w);
  if (w.empty()) return false;
  std::size_t p = 0;
  const char32_t c = next_code_point(w, p);
  return is_upper(c) || is_digit(c);
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_possessive(std::string_view w) {
  w = core(w);
  // Most words do not end with "s": one test before the suffixes.
  return w.size() > 3 && w.back() == 's' && ends_with_any(w, {"'s", "\xE2\x80\x99s"});
}

std::string_view possessor(std::string_view w) {
  w = core(w);
  if (w.ends_with("'s")) return w.substr(0, w.size() - 2);
  if (w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

bool word_at(std::string_view t, std::size_t b, std::size_t e) {
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

std::uint64_t fnv1a(std::string_view s, std::uint64_t basis) {
  std::uint64_t h = basis;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::size_t find_word(std::string_view t, std::string_view w, std::size_t from) {
  if (w.empty() || w.size() > t.size()) return std::string_view::npos;
  const std::string lt = lower_ascii(t);
  const bool lower = std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const std::string lw_copy = lower ? std::string() : lower_ascii(w);
  const std::string_view lw = lower ? w : std::string_view(lw_copy);
  for (std::size_t at = lt.find(lw, from); at != std::string_view::npos; at = lt.find(lw, at + 1))
    if (word_at(t, at, at + w.size())) return at;
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
