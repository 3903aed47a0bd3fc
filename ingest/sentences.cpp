#include "ingest/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>

#include "ingest/data.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

// The last white-space separated token of `s`, without opening brackets or quotes.
std::string_view last_token(std::string_view s) {
  std::size_t p = s.size();
  while (p > 0) {
    std::size_t q = p;
    if (is_space(previous_code_point(s, q))) break;
    p = q;
  }
  std::string_view tok = s.substr(p);
  while (!tok.empty() && (tok.front() == '(' || tok.front() == '"' || tok.front() == '\'')) tok.remove_prefix(1);
  return tok;
}

std::string_view first_word(std::string_view s) {
  std::size_t p = 0;
  while (p < s.size()) {
    std::size_t q = p;
    const char32_t c = next_code_point(s, q);
    if (!is_letter(c) && c != '\'' && c != 0x2019) break;
    p = q;
  }
  return s.substr(0, p);
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  std::size_t p = 0;
  return is_upper(next_code_point(s, p));
}

// `J.` or `J.R.`: one to three single-letter initials.
bool is_initials(std::string_view tok) {
  std::size_t p = 0;
  int letters = 0;
  while (p < tok.size()) {
    if (!is_upper(next_code_point(tok, p))) return false;
    if (p >= tok.size() || tok[p] != '.') return false;
    ++p;
    ++letters;
  }
  return letters >= 1 && letters <= 3;
}

bool ends_with_ellipsis(std::string_view s) { return s.ends_with("...") || s.ends_with("\xE2\x80\xA6"); }

}  // namespace

SentenceSplitter::SentenceSplitter() {
  UErrorCode status = U_ZERO_ERROR;
  // `ss=standard` turns on CLDR's list of abbreviations that do not end a sentence.
  iterator_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status) || !iterator_) throw std::runtime_error("ICU sentence break iterator unavailable");
  for (auto w : data::lines("abbreviations_title.txt")) title_abbreviations_.insert(w);
  for (auto w : data::lines("abbreviations.txt")) abbreviations_.insert(w);
  for (auto w : data::lines("sentence_starters.txt")) starters_.insert(w);
}

SentenceSplitter::~SentenceSplitter() = default;

bool SentenceSplitter::keep_together(std::string_view before, std::string_view after) const {
  before = trim(before);
  after = trim(after);
  if (before.empty() || after.empty()) return false;
  // ICU breaks after `!` or `?` even inside a title: "Stop This Train! (2010), a live album".
  std::size_t p = 0;
  const char32_t first = next_code_point(after, p);
  if (is_lower(first) || first == ',' || first == ';' || first == ':' || first == ')') return true;
  if (first == '(' && p < after.size() && is_digit(static_cast<unsigned char>(after[p]))) return true;

  const std::string_view tok = last_token(before);
  if (title_abbreviations_.contains(tok)) return true;
  const std::string_view next = first_word(after);
  if (abbreviations_.contains(tok)) return !starters_.contains(next);
  if (is_initials(tok)) return starts_upper(after) && !starters_.contains(next);
  // An ellipsis inside a title: "La Noche... Es Nuestra". Kept together when
  // the words on both sides are capitalized and the title goes on.
  if (ends_with_ellipsis(before)) {
    const std::string_view word = tok.substr(0, tok.size() - 3);  // "..." and "…" are both 3 bytes
    if (!starts_upper(word) || !starts_upper(next)) return false;
    const std::string_view rest = trim(after.substr(next.size()));
    const std::string_view second = first_word(rest);
    return !second.empty() && (starts_upper(second) || second.size() <= 3);
  }
  return false;
}

std::vector<std::pair<std::size_t, std::size_t>> SentenceSplitter::split(std::string_view text) {
  std::vector<std::size_t> bounds;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU could not open text");
  iterator_->setText(ut, status);
  for (int32_t b = iterator_->first(); b != icu::BreakIterator::DONE; b = iterator_->next())
    bounds.push_back(static_cast<std::size_t>(b));
  utext_close(ut);
  if (bounds.empty() || bounds.front() != 0) bounds.insert(bounds.begin(), 0);
  if (bounds.back() != text.size()) bounds.push_back(text.size());

  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t start = 0;
  for (std::size_t i = 1; i < bounds.size(); ++i) {
    const std::size_t b = bounds[i];
    if (b < text.size() && keep_together(text.substr(start, b - start), text.substr(b))) continue;
    const std::string_view piece = text.substr(start, b - start);
    const std::string_view t = trim(piece);
    if (!t.empty()) {
      const auto begin = static_cast<std::size_t>(t.data() - text.data());
      out.emplace_back(begin, begin + t.size());
    }
    start = b;
  }
  return out;
}

}  // namespace liner::ingest
