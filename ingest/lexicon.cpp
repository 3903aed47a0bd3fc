#include "ingest/lexicon.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "ingest/data.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

// `word` in lowercase ASCII, in `buf`; nullopt when it does not fit (no key is that long).
std::optional<std::string_view> lower_into(std::string_view word, std::array<char, 64>& buf) {
  if (word.size() > buf.size()) return std::nullopt;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf.data(), word.size());
}

// The bit of a word's length in a table of lengths by first byte.
std::uint64_t length_bit(std::size_t size) { return std::uint64_t{1} << std::min<std::size_t>(size, 63); }

// Whether some word of `lengths` (by first byte, `first`) has the length of `word` (not empty).
bool may_have(const std::array<std::uint64_t, 256>& lengths, char first, std::string_view word) {
  return (lengths[static_cast<unsigned char>(first)] & length_bit(word.size())) != 0;
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
  std::unordered_map<std::string, std::size_t> award_of;  // lowercase form -> award
  for (auto line : data::lines("awards.tsv")) {
    const auto f = data::split_fields(line, '\t');
    if (f.size() < 4) throw std::runtime_error("awards.tsv: bad line: " + std::string(line));
    awards_.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2])});
    for (auto form : data::split_fields(f[3], '|')) {
      award_of.emplace(lower_ascii(form), awards_.size() - 1);
      forms.emplace_back(form);
    }
  }
  award_forms_.emplace(std::move(forms), GazetteerOptions{.ignore_case = false, .plural = true}, "awards.tsv");
  for (const auto& form : award_forms_->forms()) award_of_form_.push_back(award_of.at(lower_ascii(form)));
  award_needs_letter_ = std::all_of(award_forms_->forms().begin(), award_forms_->forms().end(), [](const std::string& f) {
    return std::any_of(f.begin(), f.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
  });

  forms.clear();
  for (auto line : data::lines("roles.tsv")) {
    const auto f = data::split_fields(line, '\t');
    if (f.size() < 2) throw std::runtime_error("roles.tsv: bad line: " + std::string(line));
    auto& [roles, kind] = roles_[lower_ascii(f[0])];
    for (auto r : data::split_fields(f[1], ',')) roles.emplace_back(r);
    kind = f.size() > 2 && f[2] == "noun" ? RoleKind::noun : f.size() > 2 && f[2] == "gerund" ? RoleKind::gerund : RoleKind::verb;
    forms.emplace_back(f[0]);
  }
  role_forms_.emplace(std::move(forms), GazetteerOptions{}, "roles.tsv");
  for (const auto& form : role_forms_->forms()) role_of_form_.push_back(&roles_.at(lower_ascii(form)));

  forms.clear();
  std::unordered_map<std::string, EntityType> work_of;  // lowercase form -> type
  for (auto line : data::lines("work_types.tsv")) {
    const auto f = data::split_fields(line, '\t');
    const auto type = f.size() == 2 ? type_from_string(f[1]) : std::nullopt;
    if (!type) throw std::runtime_error("work_types.tsv: bad line: " + std::string(line));
    work_of.emplace(lower_ascii(f[0]), *type);
    forms.emplace_back(f[0]);
  }
  work_forms_.emplace(std::move(forms), GazetteerOptions{}, "work_types.tsv");
  for (const auto& form : work_forms_->forms()) work_of_form_.push_back(work_of.at(lower_ascii(form)));
  for (const auto* g : {&*award_forms_, &*role_forms_, &*work_forms_})
    for (std::size_t i = 0; i < any_form_.size(); ++i) any_form_[i] |= g->filter()[i];
  load_words();
}

void Lexicon::load_words() {
  for (auto line : data::lines("organizations.tsv")) {
    const auto f = data::split_fields(line, '\t');
    const auto type = f.size() == 2 ? type_from_string(f[1]) : std::nullopt;
    if (!type) throw std::runtime_error("organizations.tsv: bad line: " + std::string(line));
    organization_words_.emplace(std::string(f[0]), *type);
    if (!f[0].empty()) organization_lengths_[static_cast<unsigned char>(f[0][0])] |= length_bit(f[0].size());
  }
  for (auto w : data::lines("title_words.txt")) {
    title_words_.emplace(w);
    if (!w.empty()) title_lengths_[static_cast<unsigned char>(w[0])] |= length_bit(w.size());
  }
  for (auto w : data::lines("pronouns.txt")) pronouns_.emplace(lower_ascii(w));
  for (const auto& w : pronouns_)
    if (!w.empty()) pronoun_lengths_[static_cast<unsigned char>(w[0])] |= length_bit(w.size());
  for (auto w : data::lines("group_words.txt")) group_words_.emplace(lower_ascii(w));
  for (auto line : data::lines("count_scopes.tsv")) {
    const auto f = data::split_fields(line, '\t');
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
  for (const auto& [w, n] : numbers_) {
    std::uint64_t h = gazetteer_detail::basis;
    for (const char c : w) h = gazetteer_detail::step(h, c);
    add_to_filter(number_words_, h);
    if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      throw std::runtime_error("number_words.txt: a word must be ASCII letters: " + w);
    if (w.size() >= 32) throw std::runtime_error("number_words.txt: a word over 31 letters: " + w);
    number_lengths_[w[0] - 'a'][w.size() == 1 ? 26 : w[1] - 'a'] |= std::uint32_t{1} << w.size();
    number_length_ = std::max(number_length_, 2 * w.size() + 1);
  }
  for (const auto* words : {&pronouns_, &group_words_})
    for (const auto& w : *words) longest_word_ = std::max(longest_word_, w.size());
  for (const auto& [w, n] : numbers_) longest_word_ = std::max(longest_word_, w.size());
  for (const auto& [w, s] : scopes_) longest_word_ = std::max(longest_word_, w.size());
  // number() reads "twenty-one" from a 64-byte buffer.
  if (2 * longest_word_ + 1 > 64) throw std::runtime_error("lexicon: a pronoun, group, number or scope word over 31 bytes");
}

Lexicon::~Lexicon() = default;

void Lexicon::add_award(std::string_view text, const FormHit& hit, std::vector<Match>& out) const {
  const std::size_t e = hit.end;
  // A one-word form before another capitalized word is a name: "Oscar Peterson".
  if (award_forms_->forms()[hit.form].find(' ') == std::string::npos && e + 1 < text.size() && text[e] == ' ' &&
      text[e + 1] >= 'A' && text[e + 1] <= 'Z' && !text.substr(e + 1).starts_with("Award"))
    return;
  // "Award"/"Awards" after the form belongs to the mention: "Grammy Awards".
  std::size_t end = e;
  for (std::string_view tail : {" Awards", " Award", " awards", " award"})
    if (text.substr(end).starts_with(tail)) {
      end += tail.size();
      break;
    }
  out.push_back({hit.begin, end, award_of_form_[hit.form]});
}

// A role or work-type hit whose text is longer than its form took a code point
// that folds to an ASCII letter (U+017F, U+212A); such text names no form.
void Lexicon::add_mention(std::string_view text, std::size_t g, const FormHit& hit, std::vector<Match>* awards,
                          std::vector<RoleMatch>* roles, std::vector<std::pair<Match, EntityType>>* work_types) const {
  if (g == 0) {
    add_award(text, hit, *awards);
    return;
  }
  const Gazetteer& forms = g == 1 ? *role_forms_ : *work_forms_;
  if (hit.end - hit.begin != forms.forms()[hit.form].size()) return;
  if (g == 1) {
    const RoleEntry& entry = *role_of_form_[hit.form];
    roles->push_back({hit.begin, hit.end, std::span<const std::string>(entry.first), entry.second});
  } else {
    work_types->push_back({{hit.begin, hit.end, 0}, work_of_form_[hit.form]});
  }
}

void Lexicon::find_mentions(std::string_view text, std::vector<Match>* awards, std::vector<RoleMatch>* roles,
                            std::vector<std::pair<Match, EntityType>>* work_types) const {
  const std::array<const Gazetteer*, 3> gs = {awards ? &*award_forms_ : nullptr, roles ? &*role_forms_ : nullptr,
                                               work_types ? &*work_forms_ : nullptr};
  scan_gazetteers(gs, any_form_, text,
                  [&](std::size_t g, const FormHit& hit) { add_mention(text, g, hit, awards, roles, work_types); });
}

void Lexicon::find_mentions(std::string_view text, std::span<const std::pair<std::uint64_t, std::size_t>> words,
                            std::vector<Match>* awards, std::vector<RoleMatch>* roles,
                            std::vector<std::pair<Match, EntityType>>* work_types) const {
  const std::array<const Gazetteer*, 3> gs = {awards ? &*award_forms_ : nullptr, roles ? &*role_forms_ : nullptr,
                                               work_types ? &*work_forms_ : nullptr};
  scan_gazetteers(gs, any_form_, text, words,
                  [&](std::size_t g, const FormHit& hit) { add_mention(text, g, hit, awards, roles, work_types); });
}

std::vector<Match> Lexicon::find_awards(std::string_view text) const {
  std::vector<Match> out;
  find_mentions(text, &out, nullptr, nullptr);
  return out;
}

std::vector<RoleMatch> Lexicon::find_roles(std::string_view text) const {
  std::vector<RoleMatch> out;
  find_mentions(text, nullptr, &out, nullptr);
  return out;
}

std::vector<std::pair<Match, EntityType>> Lexicon::find_work_types(std::string_view text) const {
  std::vector<std::pair<Match, EntityType>> out;
  find_mentions(text, nullptr, nullptr, &out);
  return out;
}

std::optional<EntityType> Lexicon::find_organization_word(std::string_view word) const {
  const auto it = organization_words_.find(word);
  return it == organization_words_.end() ? std::nullopt : std::optional(it->second);
}

bool Lexicon::pronoun(std::string_view word) const {
  if (!word.empty() && !may_have(pronoun_lengths_, gazetteer_detail::lower_bytes[static_cast<unsigned char>(word[0])], word))
    return false;
  std::array<char, 64> buf;
  const auto key = lower_into(word, buf);
  return key && pronouns_.contains(*key);
}

bool Lexicon::group_word(std::string_view word) const {
  std::array<char, 64> buf;
  const auto key = lower_into(word, buf);
  return key && group_words_.contains(*key);
}

std::optional<int> Lexicon::read_number(std::string_view word) const {
  if (word.empty()) return std::nullopt;
  // A word that starts with a digit is a number only when all digits (no number word starts with one).
  if (word[0] >= '0' && word[0] <= '9') {
    if (word.size() > 6 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    int n = 0;
    for (char c : word) n = n * 10 + (c - '0');
    return n;
  }
  // Most words that pass may_be_number() are no number word still: their
  // hashes (case-insensitive, of the whole word and of its halves around a
  // first '-') say so without a copy.
  std::uint64_t whole = gazetteer_detail::basis, before_dash = whole, after_dash = whole;
  bool dashed = false;
  for (const char c : word) {
    whole = gazetteer_detail::step(whole, c);
    if (dashed) after_dash = gazetteer_detail::step(after_dash, c);
    else if (c == '-') dashed = true;
    else before_dash = gazetteer_detail::step(before_dash, c);
  }
  if (!in_filter(number_words_, whole) && !(dashed && in_filter(number_words_, before_dash) && in_filter(number_words_, after_dash)))
    return std::nullopt;
  std::array<char, 64> buf;
  const auto lowered = lower_into(word, buf);
  if (!lowered) return std::nullopt;  // longer than any number word, and than two joined by '-'
  const std::string_view key = *lowered;
  if (key == "a" || key == "an") return std::nullopt;  // "won a Grammy" counts nothing
  if (const auto it = numbers_.find(key); it != numbers_.end()) return it->second;
  // "twenty-one"
  if (const std::size_t dash = key.find('-'); dash != std::string_view::npos) {
    const auto tens = numbers_.find(key.substr(0, dash));
    const auto ones = numbers_.find(key.substr(dash + 1));
    if (tens != numbers_.end() && ones != numbers_.end() && tens->second % 10 == 0 && ones->second < 10)
      return tens->second + ones->second;
  }
  return std::nullopt;
}

std::optional<std::string> Lexicon::scope_word(std::string_view word) const {
  std::array<char, 64> buf;
  const auto key = lower_into(word, buf);
  if (!key) return std::nullopt;
  const auto it = scopes_.find(*key);
  return it == scopes_.end() ? std::nullopt : std::optional(it->second);
}

}  // namespace liner::ingest
