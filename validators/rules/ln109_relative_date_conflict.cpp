// validators/rules/ln109_relative_date_conflict.cpp
#include <re2/re2.h>

#include <cctype>
#include <set>

#include "validators/rules/rules.h"
#include "validators/rules/support.h"

namespace liner::validators::rules {
namespace {

constexpr RuleInfo info{
    "LN109", "relative-date-conflict", Family::contradiction, Severity::warning,
    "A relative date (\"two years later\") contradicts the absolute year stated with it.",
    "## What it does\n"
    "Finds sentences that give both a relative date (`a year later`, `three years later`, `the following "
    "year`, `two years earlier`) and an absolute one (`in 1999`), and compares them with their "
    "anchor: the years named earlier in the same sentence, or else in the previous sentence of the same "
    "paragraph. When no anchor year, shifted by the relative date, gives the absolute year, the two dates "
    "disagree.\n"
    "\n"
    "The absolute year must stand right next to the relative date (`Two years later, in 2008,` or `In "
    "2008, two years later,`); farther apart they may date two events. Without an anchor year nothing is "
    "reported.\n"
    "\n"
    "## Why is this bad?\n"
    "One of the two dates is wrong, and the order of events is in doubt.\n"
    "\n"
    "## Example\n"
    "```text\n"
    "She left the band in 2004.[3] Two years later, in 2008, she released her first solo album.[4]\n"
    "```\n"};

int number(std::string_view word) {
  static constexpr std::string_view words[] = {"one", "two", "three", "four", "five",
                                               "six", "seven", "eight", "nine", "ten"};
  if (word == "a" || word == "an") return 1;
  for (int i = 0; i < 10; ++i)
    if (word == words[i]) return i + 1;
  return parse_int(word).value_or(0);
}

struct Relative {
  int delta = 0;
  std::size_t begin = 0;  ///< the phrase `two years later` in the sentence text
  std::size_t end = 0;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

std::vector<Relative> relatives(const std::string& text) {
  static const RE2 counted(
      R"((?i)(\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? (later|earlier)\b))");
  static const RE2 next(R"((?i)(\bthe (following|next|previous|preceding) year\b))");
  std::vector<Relative> out;
  re2::StringPiece in(text), whole, n, dir;
  while (RE2::FindAndConsume(&in, counted, &whole, &n, &dir)) {
    const int k = number(lower(n));
    const auto begin = static_cast<std::size_t>(whole.data() - text.data());
    out.push_back({lower(dir) == "later" ? k : -k, begin, begin + whole.size()});
  }
  re2::StringPiece in2(text);
  while (RE2::FindAndConsume(&in2, next, &whole, &dir)) {
    const std::string d = lower(dir);
    const auto begin = static_cast<std::size_t>(whole.data() - text.data());
    out.push_back({d == "following" || d == "next" ? 1 : -1, begin, begin + whole.size()});
  }
  return out;
}

struct Year {
  int value = 0;
  std::size_t at = 0;
};

std::vector<Year> years(const std::string& text, bool after_in) {
  static const RE2 any(R"(\b((?:1[5-9]|20)\d\d)\b)");
  static const RE2 with_in(R"(\b(?:in|In|IN) ((?:1[5-9]|20)\d\d)\b)");
  std::vector<Year> out;
  re2::StringPiece in(text), y;
  while (RE2::FindAndConsume(&in, after_in ? with_in : any, &y))
    out.push_back({*parse_int(std::string(y)), static_cast<std::size_t>(y.data() - text.data())});
  return out;
}

// Only punctuation and spaces between two positions: `Two years later, in 2008` and
// `In 2008, two years later` state one date twice; anything longer may be two events.
bool adjacent(const std::string& text, std::size_t from, std::size_t to) {
  if (from > to) std::swap(from, to);
  if (to - from > 4) return false;
  for (std::size_t i = from; i < to; ++i)
    if (text[i] != ' ' && text[i] != ',' && text[i] != ';' && text[i] != '(') return false;
  return true;
}

void check(const ClaimSet& set, FindingSink& out) {
  const auto& sentences = set.article.sentences;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    const auto rel = relatives(s.text);
    if (rel.empty()) continue;
    const auto stated = years(s.text, true);
    for (const auto& r : rel) {
      // The absolute year stated with the relative one, right before or after it.
      const Year* best = nullptr;
      for (const auto& y : stated) {
        const std::size_t in_start = y.at - 3;  // `in ` before the digits
        if (adjacent(s.text, r.end, in_start) || adjacent(s.text, y.at + 4, r.begin)) best = &y;
      }
      if (!best) continue;
      // The anchor: years earlier in the same sentence, else in the previous one of the paragraph.
      std::vector<Year> anchors;
      for (const auto& y : years(s.text, false))
        if (y.at < best->at && y.at < r.begin) anchors.push_back(y);
      const ingest::Sentence* anchor_sentence = &s;
      if (anchors.empty() && i > 0 && sentences[i - 1].paragraph == s.paragraph) {
        anchors = years(sentences[i - 1].text, false);
        anchor_sentence = &sentences[i - 1];
      }
      if (anchors.empty()) continue;
      bool fits = false;
      std::set<int> named;
      for (const auto& a : anchors) {
        fits |= a.value + r.delta == best->value;
        named.insert(a.value);
      }
      if (fits) continue;
      std::string list;
      for (int y : named) list += (list.empty() ? "" : ", ") + std::to_string(y);
      const int n = r.delta > 0 ? r.delta : -r.delta;
      const std::string shift = std::to_string(n) + (n == 1 ? " year " : " years ") + (r.delta > 0 ? "later" : "earlier");
      out.report("a relative date (" + shift + ") puts this in " + std::to_string(best->value) +
                     ", which does not follow from the year(s) before it: " + list,
                 unique_spans({evidence(set, s), evidence(set, *anchor_sentence)}));
      break;
    }
  }
}

}  // namespace

Rule ln109_relative_date_conflict() { return {info, &check}; }

}  // namespace liner::validators::rules
