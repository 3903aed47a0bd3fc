#include "ingest/lexicon.h"

#include <re2/re2.h>

#include <algorithm>
#include <stdexcept>

#include "ingest/data.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    out.push_back(trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// One case-insensitive alternation of literal forms, longest first so the
// leftmost match is also the longest, with an optional plural ending. With a
// plural ending the form is group 1; without, the form is the whole match
// and the group is left out (RE2 then finds the match with its DFAs alone).
std::unique_ptr<re2::RE2> alternation(std::vector<std::string> forms, bool plural, bool ignore_case = true) {
  std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  std::string pattern = std::string(ignore_case ? "(?i)" : "") + (plural ? "\\b(" : "\\b(?:");
  for (std::size_t i = 0; i < forms.size(); ++i) pattern += (i ? "|" : "") + RE2::QuoteMeta(forms[i]);
  pattern += plural ? ")(?:s|es)?\\b" : ")\\b";
  auto re = std::make_unique<re2::RE2>(pattern);
  if (!re->ok()) throw std::runtime_error("bad gazetteer pattern: " + re->error());
  return re;
}

// Calls found(begin, end, form) for each match; the form is group 1 when the
// pattern has one, else the whole match.
template <class F>
void scan(const re2::RE2& re, std::string_view text, F&& found) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[2];
  const int groups = re.NumberOfCapturingGroups() + 1;
  std::size_t pos = 0;
  while (pos <= text.size() && re.Match(input, pos, text.size(), re2::RE2::UNANCHORED, m, groups)) {
    const auto begin = static_cast<std::size_t>(m[0].data() - text.data());
    const std::size_t end = begin + m[0].size();
    const re2::StringPiece& form = groups > 1 ? m[1] : m[0];
    found(begin, end, std::string_view(form.data(), form.size()));
    pos = end > begin ? end : begin + 1;
  }
}

std::optional<EntityType> type_from_string(std::string_view s) {
  static const std::pair<std::string_view, EntityType> table[] = {
      {"Album", EntityType::Album},   {"Song", EntityType::Song},     {"Film", EntityType::Film},
      {"TVSeries", EntityType::TVSeries}, {"School", EntityType::School}, {"Studio", EntityType::Studio},
      {"Label", EntityType::Label},   {"Work", EntityType::Work},     {"Organization", EntityType::Organization},
  };
  for (const auto& [n, t] : table)
    if (n == s) return t;
  return std::nullopt;
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Lexicon::Lexicon() {
  std::vector<std::string> forms;
  for (auto line : data::lines("awards.tsv")) {
    const auto f = split(line, '\t');
    if (f.size() < 4) throw std::runtime_error("awards.tsv: bad line: " + std::string(line));
    awards_.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2])});
    for (auto form : split(f[3], '|')) {
      award_forms_.emplace(lower_ascii(form), awards_.size() - 1);
      forms.emplace_back(form);
    }
  }
  award_re_ = alternation(forms, true, false);

  forms.clear();
  for (auto line : data::lines("roles.tsv")) {
    const auto f = split(line, '\t');
    if (f.size() < 2) throw std::runtime_error("roles.tsv: bad line: " + std::string(line));
    auto& [roles, kind] = role_forms_[lower_ascii(f[0])];
    for (auto r : split(f[1], ',')) roles.emplace_back(r);
    kind = f.size() > 2 && f[2] == "noun" ? RoleKind::noun : f.size() > 2 && f[2] == "gerund" ? RoleKind::gerund : RoleKind::verb;
    forms.emplace_back(f[0]);
  }
  role_re_ = alternation(forms, false);

  forms.clear();
  for (auto line : data::lines("work_types.tsv")) {
    const auto f = split(line, '\t');
    const auto type = f.size() == 2 ? type_from_string(f[1]) : std::nullopt;
    if (!type) throw std::runtime_error("work_types.tsv: bad line: " + std::string(line));
    work_forms_.emplace(lower_ascii(f[0]), *type);
    forms.emplace_back(f[0]);
  }
  work_re_ = alternation(forms, false);

  for (auto line : data::lines("organizations.tsv")) {
    const auto f = split(line, '\t');
    const auto type = f.size() == 2 ? type_from_string(f[1]) : std::nullopt;
    if (!type) throw std::runtime_error("organizations.tsv: bad line: " + std::string(line));
    organization_words_.emplace(std::string(f[0]), *type);
  }
  for (auto w : data::lines("title_words.txt")) title_words_.emplace(w);
  for (auto w : data::lines("pronouns.txt")) pronouns_.emplace(lower_ascii(w));
  for (auto w : data::lines("group_words.txt")) group_words_.emplace(lower_ascii(w));
  for (auto line : data::lines("count_scopes.tsv")) {
    const auto f = split(line, '\t');
    if (f.size() == 2) scopes_.emplace(lower_ascii(f[0]), std::string(f[1]));
  }
  // number_words.txt: `word<white space>value` a line.
  for (auto line : data::lines("number_words.txt")) {
    const std::size_t sp = line.find_first_of(" \t");
    if (sp == std::string_view::npos) continue;
    const std::string_view value = trim(line.substr(sp));
    int n = 0;
    bool ok = !value.empty();
    for (char c : value) ok = ok && c >= '0' && c <= '9', n = n * 10 + (c - '0');
    if (ok) numbers_.emplace(lower_ascii(line.substr(0, sp)), n);
  }
}

Lexicon::~Lexicon() = default;

std::vector<Match> Lexicon::find_awards(std::string_view text) const {
  std::vector<Match> out;
  scan(*award_re_, text, [&](std::size_t b, std::size_t e, std::string_view form) {
    const auto it = award_forms_.find(lower_ascii(form));
    if (it == award_forms_.end()) return;
    // A one-word form before another capitalized word is a name: "Oscar Peterson".
    if (form.find(' ') == std::string_view::npos && e + 1 < text.size() && text[e] == ' ' &&
        text[e + 1] >= 'A' && text[e + 1] <= 'Z' && !text.substr(e + 1).starts_with("Award"))
      return;
    {
      // "Award"/"Awards" after the form belongs to the mention: "Grammy Awards".
      std::size_t end = e;
      for (std::string_view tail : {" Awards", " Award", " awards", " award"})
        if (text.substr(end).starts_with(tail)) {
          end += tail.size();
          break;
        }
      out.push_back({b, end, it->second});
    }
  });
  return out;
}

std::vector<RoleMatch> Lexicon::find_roles(std::string_view text) const {
  std::vector<RoleMatch> out;
  scan(*role_re_, text, [&](std::size_t b, std::size_t e, std::string_view form) {
    if (const auto it = role_forms_.find(lower_ascii(form)); it != role_forms_.end())
      out.push_back({b, e, it->second.first, it->second.second});
  });
  return out;
}

std::vector<std::pair<Match, EntityType>> Lexicon::find_work_types(std::string_view text) const {
  std::vector<std::pair<Match, EntityType>> out;
  scan(*work_re_, text, [&](std::size_t b, std::size_t e, std::string_view form) {
    if (const auto it = work_forms_.find(lower_ascii(form)); it != work_forms_.end())
      out.push_back({{b, e, 0}, it->second});
  });
  return out;
}

std::optional<EntityType> Lexicon::organization_word(std::string_view word) const {
  const auto it = organization_words_.find(word);
  return it == organization_words_.end() ? std::nullopt : std::optional(it->second);
}

bool Lexicon::pronoun(std::string_view word) const { return pronouns_.contains(lower_ascii(word)); }
bool Lexicon::group_word(std::string_view word) const { return group_words_.contains(lower_ascii(word)); }

std::optional<int> Lexicon::number(std::string_view word) const {
  if (word.empty()) return std::nullopt;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) && word.size() <= 6) {
    int n = 0;
    for (char c : word) n = n * 10 + (c - '0');
    return n;
  }
  const std::string key = lower_ascii(word);
  if (key == "a" || key == "an") return std::nullopt;  // "won a Grammy" counts nothing
  if (const auto it = numbers_.find(key); it != numbers_.end()) return it->second;
  // "twenty-one"
  if (const std::size_t dash = key.find('-'); dash != std::string::npos) {
    const auto tens = numbers_.find(key.substr(0, dash));
    const auto ones = numbers_.find(key.substr(dash + 1));
    if (tens != numbers_.end() && ones != numbers_.end() && tens->second % 10 == 0 && ones->second < 10)
      return tens->second + ones->second;
  }
  return std::nullopt;
}

std::optional<std::string> Lexicon::scope_word(std::string_view word) const {
  const auto it = scopes_.find(lower_ascii(word));
  return it == scopes_.end() ? std::nullopt : std::optional(it->second);
}

}  // namespace liner::ingest
