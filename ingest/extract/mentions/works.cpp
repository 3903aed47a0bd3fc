#include "ingest/extract/mentions/works.h"

#include <algorithm>
#include <array>

#include "ingest/extract/mentions/names.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

// The value of four ASCII digits (all_digits() was checked): std::stoi without a string.
int four_digits(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// `w` in ASCII lowercase, in `buf` when it fits (most words), else in `spill`.
std::string_view lower_into(std::string_view w, std::array<char, 64>& buf, std::string& spill) {
  if (w.size() > buf.size()) return spill = lower_ascii(w);
  for (std::size_t k = 0; k < w.size(); ++k) buf[k] = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
  return {buf.data(), w.size()};
}

// The first token that ends after `pos` / starts at or after `pos`: the
// tokens are in text order, so a binary search.
std::size_t first_ending_after(const std::vector<Token>& toks, std::size_t pos) {
  return static_cast<std::size_t>(
      std::partition_point(toks.begin(), toks.end(), [&](const Token& k) { return k.end <= pos; }) - toks.begin());
}
std::size_t first_starting_at(const std::vector<Token>& toks, std::size_t pos) {
  return static_cast<std::size_t>(
      std::partition_point(toks.begin(), toks.end(), [&](const Token& k) { return k.begin < pos; }) - toks.begin());
}

// The finders share the sentence, its mentions and what was found so far.
class WorkFinder {
 public:
  WorkFinder(const SentenceView& v, ArticleState& st)
      : v_(v), st_(st), lex_(st.lex), t_(v.text()), toks_(v.tokens()), types_(v.work_types()),
        awards_(v.awards()), cats_(v.categories()) {}

  std::vector<Work> base() {
    quoted_titles();
    titles_before_year();
    titles_after_type_noun();
    return std::move(out_);
  }

  /// `keys` is the state itself: finish() asks its key cache.
  std::vector<Work> complete(std::vector<Work> base, bool known, ArticleState& keys) {
    out_ = std::move(base);
    if (known) known_titles();
    if (!out_.empty()) finish(keys);
    return std::move(out_);
  }

 private:
  EntityType type_before(std::size_t pos, std::size_t& phrase) const;
  std::string artist_before(std::size_t pos) const;
  std::string artist_after(std::size_t pos) const;
  bool overlaps_award(Range r) const;
  void push(Work&& w);
  void paren(Work& w, std::size_t pos);
  const ArticleState::ParenAward& paren_award(std::string_view inner);
  void quoted_titles();
  void titles_before_year();
  std::size_t title_start(std::size_t ti) const;
  void self_titled(std::size_t p);
  void titles_after_type_noun();
  void known_titles();
  void finish(ArticleState& keys);
  void subject_owns();
  bool owned_by_subject(std::size_t phrase_begin) const;

  const SentenceView& v_;
  ArticleState& st_;  // read, but for its caches (keys, parenthetical awards)
  const Lexicon& lex_;
  std::string_view t_;
  const std::vector<Token>& toks_;
  const std::vector<std::pair<Match, EntityType>>& types_;
  const std::vector<Match>& awards_;
  const std::vector<Category>& cats_;
  std::vector<Work> out_;
};

// The characters that end a title or a name inside a word: a comma, a
// semicolon, a bracket; `quotes` adds the straight double quote.
constexpr auto breaks = [] {
  std::array<unsigned char, 256> b{};
  for (unsigned char c : std::string_view(",;()")) b[c] = 1;
  b[static_cast<unsigned char>('"')] = 2;
  return b;
}();

// Whether `s` holds a break: one table look-up a character.
bool has_break(std::string_view s, bool quotes = false) {
  const unsigned char mask = quotes ? 3 : 1;
  for (char c : s)
    if (breaks[static_cast<unsigned char>(c)] & mask) return true;
  return false;
}

// A type noun ending within a few words before `pos`: "the song", "debut album".
EntityType WorkFinder::type_before(std::size_t pos, std::size_t& phrase) const {
  const std::string_view t = t_;
  for (auto it = types_.rbegin(); it != types_.rend(); ++it) {
    if (it->first.end > pos) continue;
    const std::string_view gap = t.substr(it->first.end, pos - it->first.end);
    if (std::count(gap.begin(), gap.end(), ' ') > 2 || gap.find(';') != std::string_view::npos ||
        (gap.find(',') != std::string_view::npos && gap != ", "))
      break;
    phrase = it->first.begin;
    // "tracks on Salt and Silver", "songs from X": X holds the songs.
    if (it->second == EntityType::Song &&
        (gap.find(" on ") != std::string_view::npos || gap.find(" from ") != std::string_view::npos))
      return EntityType::Album;
    return it->second;
  }
  return EntityType::Work;
}

// "Lúa Brava's Sea Glass", "Tomo's debut album On a Clear Day ...": a possessive
// name within two words before `pos`.
std::string WorkFinder::artist_before(std::size_t pos) const {
  const std::string_view t = t_;
  const auto& toks = toks_;
  std::size_t ti = first_ending_after(toks, pos);
  for (std::size_t k = ti; k > 0 && ti - k < 4; --k) {
    const std::string_view raw = word_of(t, toks, k - 1);
    // "Velvet Canal's next album, Paper Suns": a comma may follow the type noun.
    const bool type_comma = k == ti && raw.back() == ',' && !lex_.find_work_types(core(raw)).empty();
    if (!type_comma && has_break(raw)) break;
    if (!is_possessive(raw)) continue;
    // "Vidal's work on Sea Glass", "his contributions to X": a preposition between the
    // possessive and the title means the possessive owns something else.
    bool owns_other = false;
    for (std::size_t m = k; m < ti; ++m) owns_other = owns_other || lex_.title_word(core(word_of(t, toks, m)));
    if (owns_other) break;
    std::size_t b = k - 1;
    while (b > 0 && capitalized(word_of(t, toks, b - 1)) &&
           !has_break(word_of(t, toks, b - 1)))
      --b;
    std::string name = b + 1 < k ? text_of(t, toks, b, k - 1) + " " : std::string();
    name += std::string(possessor(raw));
    if (capitalized(name)) return st_.full_name(name);
    break;
  }
  return {};
}

// `"Title" by Ana Vidal and Tomo`, `Title (1988) for the singer Joana Queiroz`,
// `Title (1991), an album by the duo Irmãos Brasa`, `Title (1984), the debut album of the group X`.
std::string WorkFinder::artist_after(std::size_t pos) const {
  const std::string_view t = t_;
  const auto& toks = toks_;
  std::size_t ti = first_starting_at(toks, pos);
  if (ti < toks.size() && t.substr(pos, toks[ti].begin - pos).find_first_not_of(" ,") != std::string_view::npos)
    return {};
  const bool comma = t.substr(pos, ti < toks.size() ? toks[ti].begin - pos : 0).find(',') != std::string_view::npos;
  std::size_t k = ti;
  auto w = [&](std::size_t i) { return i < toks.size() ? core(word_of(t, toks, i)) : std::string_view{}; };
  if (comma) {  // an appositive: "an album by", "the debut album of"
    if (w(k) != "a" && w(k) != "an" && w(k) != "the") return {};
    ++k;
    std::size_t limit = k + 3;
    while (k < toks.size() && k < limit && w(k) != "by" && w(k) != "of" && !capitalized(w(k))) ++k;
    if (w(k) != "by" && w(k) != "of") return {};
  } else if (w(k) == "performed" && w(k + 1) == "by") {
    ++k;
  } else if (w(k) != "by" && w(k) != "for") {
    return {};
  }
  ++k;
  return name_after_descriptor(t, toks, k, st_);
}

bool WorkFinder::overlaps_award(Range r) const {
  for (const auto& a : awards_)
    if (r.overlaps({a.begin, a.end})) return true;
  return false;
}

// Adds a work unless it is a category or an award; a title that overlaps one
// found before completes that one instead.
void WorkFinder::push(Work&& w) {
  const std::string_view t = t_;
  // A title never holds a category or an award: "British Album of the Year for Weather Kit".
  for (const auto& c : cats_) {
    // "Producer of the Year (1995, 1999)": the whole title is a category.
    if (c.range.begin <= w.range.begin && c.range.end >= w.range.end) return;
    if (w.range.overlaps(c.range) && c.range.end < w.range.end) {
      std::size_t b = c.range.end;
      for (auto lead : st_.cues.category_leads)
        if (t.substr(b).starts_with(lead)) b += lead.size();
      // "Best Rock Album in 2014 for X": the year is the award's, not the title's.
      if (b + 4 <= t.size() && all_digits(t.substr(b, 4)) &&
          (b + 4 == t.size() || !is_digit(static_cast<unsigned char>(t[b + 4]))))
        for (std::string_view lead : {" for ", ", for ", " with "})
          if (t.substr(b + 4).starts_with(lead)) {
            b += 4 + lead.size();
            break;
          }
      if (b >= w.range.end) return;
      w.name = w.name.substr(b - w.range.begin);
      w.range.begin = b;
    }
  }
  if (w.name.empty() || overlaps_award(w.range) || !capitalized(w.name)) return;
  for (auto& o : out_)
    if (o.range.overlaps(w.range)) {
      if (!o.year) o.year = w.year;
      if (o.artist.empty()) o.artist = w.artist;
      if (o.type == EntityType::Work) o.type = w.type;
      return;
    }
  out_.push_back(std::move(w));
}

// The award of a parenthetical's text and its first category, read once per
// parenthetical: a title found in pass 1 is found again in pass 2 as a known title.
const ArticleState::ParenAward& WorkFinder::paren_award(std::string_view inner) {
  auto [it, fresh] = st_.paren_awards.try_emplace(inner.data());
  if (fresh) {
    const auto in_awards = lex_.find_awards(inner);
    if (!in_awards.empty()) {
      it->second.award = in_awards.front().index;
      const auto inner_cats = v_.categories_of(inner, in_awards);
      if (!inner_cats.empty()) it->second.category = inner_cats.front().text;
    }
  }
  return it->second;
}

// The parenthetical after a title: "(1995)", "(1993–1995)", "(2011 Latin Grammy for Best Rock Album)".
void WorkFinder::paren(Work& w, std::size_t pos) {
  const std::string_view t = t_;
  std::size_t p = pos;
  while (p < t.size() && t[p] == ' ') ++p;
  if (p >= t.size() || t[p] != '(') return;
  const std::size_t close = t.find(')', p);
  if (close == std::string_view::npos) return;
  const std::string_view inner = t.substr(p + 1, close - p - 1);
  w.after = close + 1;
  if (inner.size() >= 4 && all_digits(inner.substr(0, 4))) {
    const int year = four_digits(inner.substr(0, 4));
    const std::string_view rest = trim(inner.substr(4));
    // "(2004)", "(1993–1995)": no letter, so no award (when the lexicon's forms all have one).
    const bool lettered = std::any_of(inner.begin(), inner.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    const ArticleState::ParenAward* in_award = lettered || !lex_.award_needs_letter() ? &paren_award(inner) : nullptr;
    if (in_award && in_award->award) {
      w.award_year = year;
      w.award = in_award->award;
      if (in_award->category) w.award_category = *in_award->category;
    } else if (rest.empty()) {
      w.year = year;
    } else if (!rest.empty() && (rest[0] == '-' || rest.starts_with("\xE2\x80\x93"))) {
      // A range: a series, not one release year.
    } else {
      const auto kinds = lex_.find_work_types(rest);
      if (!kinds.empty() && kinds.front().first.begin == 0) {
        w.year = year;
        w.type = kinds.front().second;
      }
    }
  } else if (!inner.empty() && capitalized(inner) && w.artist.empty()) {
    const auto in_awards = lex_.find_awards(inner);
    if (in_awards.empty() && v_.categories_of(inner, in_awards).empty())
      w.artist = std::string(inner);  // "Vivir es Cantar (Lúa Brava)"
  }
}

// The next opening quote (straight or curly) at or after `i`; npos when none.
std::size_t next_quote(std::string_view t, std::size_t i) {
  return std::min(t.find('"', i), t.find("\xE2\x80\x9C", i));
}

// 1. Quoted titles.
void WorkFinder::quoted_titles() {
  const std::string_view t = t_;
  for (std::size_t i = next_quote(t, 0); i < t.size(); i = next_quote(t, i + 1)) {
    const bool curly = t[i] != '"';
    const std::size_t open_end = i + (curly ? 3 : 1);
    const std::size_t close = curly ? t.find("\xE2\x80\x9D", open_end) : t.find('"', open_end);
    if (close == std::string_view::npos) break;
    std::string_view inner = t.substr(open_end, close - open_end);
    const std::size_t close_end = close + (curly ? 3 : 1);
    i = close_end - 1;
    while (!inner.empty() && (inner.back() == '.' || inner.back() == ',')) inner.remove_suffix(1);
    if (inner.empty() || inner.size() > 100 || !capitalized(inner)) continue;
    Work w;
    w.range = {open_end, open_end + inner.size()};
    w.name = std::string(inner);
    w.phrase_begin = i;
    std::size_t phrase = open_end;
    w.type = type_before(open_end - (curly ? 3 : 1), phrase);
    if (w.type == EntityType::Work) w.type = EntityType::Song;
    w.phrase_begin = std::min(phrase, static_cast<std::size_t>(w.range.begin));
    w.artist = artist_before(w.phrase_begin);
    w.after = close_end;
    paren(w, close_end);
    if (w.artist.empty()) w.artist = artist_after(w.after);
    push(std::move(w));
  }
}

// The first token of a title that ends before token ti (the first after
// " ("): back over capitalized words and title words.
std::size_t WorkFinder::title_start(std::size_t ti) const {
  const std::string_view t = t_;
  const auto& toks = toks_;
  std::size_t first = ti;
  std::size_t k = ti;
  while (k > 0) {
    const std::string_view raw = word_of(t, toks, k - 1);
    if (k < ti && (raw.back() == ',' || raw.back() == ';' || raw.back() == ')')) break;
    if (raw.find('"') != std::string_view::npos || raw.ends_with("\xE2\x80\x9D")) break;
    if (is_possessive(raw)) break;
    const std::string_view w = core(raw);
    if (all_digits(w) && w.size() == 4 && raw == w) break;  // "in 1999 for Glass Fields (1998)"
    if (w == "by" && k >= 2 && word_of(t, toks, k - 2).back() == ')') break;
    if (capitalized(raw)) {
      first = k - 1;
    } else if (!lex_.title_word(w)) {
      break;
    }
    --k;
  }
  return first;
}

// "The Lanterns' self-titled debut album (2002)": the artist's name is the title.
void WorkFinder::self_titled(std::size_t p) {
  const std::string_view t = t_;
  const std::size_t st = v_.find_word(t.substr(0, p), "self-titled");
  if (st == std::string_view::npos || p - st >= 40) return;
  const std::string artist = artist_before(st);
  if (artist.empty()) return;
  Work w;
  w.name = artist;
  w.artist = artist;
  w.range = {st, p};
  std::size_t phrase = st;
  w.type = type_before(p, phrase);
  w.phrase_begin = st;
  w.after = p;
  paren(w, p);
  push(std::move(w));
}

// 2. A title before "(YYYY...)": scan back over title words.
void WorkFinder::titles_before_year() {
  const std::string_view t = t_;
  const auto& toks = toks_;
  constexpr Needle paren_open(" (");
  for (std::size_t p = find_text(t, paren_open); p != std::string_view::npos; p = find_text(t, paren_open, p + 1)) {
    if (p + 6 > t.size() || !all_digits(t.substr(p + 2, 4))) continue;
    const std::size_t ti = first_ending_after(toks, p);
    std::size_t first = title_start(ti);
    // "the fado singer Ana Reis (1941–2012)", "by Kim Aalto (1950–2001)": a person, not a title.
    if (first < ti && first > 0 && names_person(t, toks, first, st_)) continue;
    // "Les Sœurs Gagné's En attendant la pluie (2012)": a title in sentence case runs
    // from the possessive's next word when that word is capitalized.
    if (first >= ti || (first > 0 && !is_possessive(word_of(t, toks, first - 1)))) {
      for (std::size_t k2 = ti; k2 > 0 && ti - k2 < 8; --k2) {
        const std::string_view raw = word_of(t, toks, k2 - 1);
        if (has_break(raw, true)) break;
        if (is_possessive(raw)) {
          if (k2 < ti && capitalized(word_of(t, toks, k2))) first = k2;
          break;
        }
      }
    }
    if (first >= ti) {
      self_titled(p);
      continue;
    }
    Work w;
    std::string name = text_of(t, toks, first, ti);
    // "worked with Echo of a Storm on Stop This Train!": the artist, then the title.
    if (first > 0 && core(word_of(t, toks, first - 1)) == "with") {
      for (std::size_t m = first + 1; m + 1 < ti; ++m)
        if (word_of(t, toks, m) == "on") {
          w.artist = text_of(t, toks, first, m);
          first = m + 1;
          name = text_of(t, toks, first, ti);
          break;
        }
    }
    // "Silver Maps (2007) by Ode to Winter and Northern Static (2013)": the first
    // work's artist and "and" are no part of this title.
    for (const auto& prev : out_)
      if (!prev.artist.empty() && name.starts_with(prev.artist + " and ")) {
        const std::size_t cut = prev.artist.size() + 5;
        name = name.substr(cut);
        while (first < ti && toks[first].begin < toks[first].begin + cut && t.substr(toks[first].begin, name.size()) != name)
          ++first;
      }
    w.name = name;
    w.range = {toks[first].begin, toks[first].begin + name.size()};
    std::size_t phrase = w.range.begin;
    w.type = type_before(w.range.begin, phrase);
    w.phrase_begin = phrase;
    if (w.artist.empty()) w.artist = artist_before(phrase);
    w.after = p;
    paren(w, p);
    if (w.name.size() == 4 && all_digits(w.name)) continue;
    if (w.artist.empty() && w.after > p) w.artist = artist_after(w.after);
    push(std::move(w));
  }
}

// 3. A type noun then a capitalized title: "the album The Night Comes Down",
//    "the 1998 comedy-drama Patch Adams", "her final album, Evening Psalms,".
void WorkFinder::titles_after_type_noun() {
  const std::string_view t = t_;
  const auto& toks = toks_;
  for (const auto& [m, type] : types_) {
    const std::size_t ti = first_starting_at(toks, m.end);
    const bool appositive = t.substr(m.end).starts_with(", ");
    if (ti >= toks.size() || toks[ti].begin != m.end + (appositive ? 2 : 1)) continue;
    const std::string_view raw = word_of(t, toks, ti);
    if (!capitalized(raw) || raw.front() == '"' || raw.starts_with("\xE2\x80\x9C") || raw.front() == '(') continue;
    if (all_digits(core(raw))) continue;
    std::size_t e = ti;
    std::size_t last_cap = ti;
    while (e < toks.size()) {
      const std::string_view r = word_of(t, toks, e);
      if (is_possessive(r) || r.front() == '(' || r.front() == '"') break;
      const bool cap = capitalized(r);
      if (!cap && !lex_.title_word(core(r))) break;
      if (cap) last_cap = e + 1;
      ++e;
      if (r.back() == ',' || r.back() == ';' || r.back() == '.' || r.back() == ')') break;
    }
    if (last_cap <= ti) continue;
    Work w;
    w.name = text_of(t, toks, ti, last_cap);
    w.range = {toks[ti].begin, toks[ti].begin + w.name.size()};
    w.type = type;
    w.phrase_begin = m.begin;
    w.artist = artist_before(m.begin);
    w.after = w.range.end;
    paren(w, w.range.end);
    // "Her debut album, Paper Lanterns, was released in 1982": the year that follows "released".
    if (!w.year) {
      const std::size_t rel = v_.find_word(t, "released");
      if (rel != std::string_view::npos && (rel > w.range.end ? rel - w.range.end < 12 : w.range.begin - rel < 40)) {
        const std::size_t in = t.find(" in ", std::max(rel, w.range.end));
        if (in != std::string_view::npos && in + 8 <= t.size() && in - std::max(rel, w.range.end) < 30 &&
            all_digits(t.substr(in + 4, 4)))
          w.year = four_digits(t.substr(in + 4, 4));
      }
    }
    // "the 1998 comedy-drama": a year just before the type noun.
    if (!w.year && m.begin >= 5 && all_digits(t.substr(m.begin - 5, 4)) && t[m.begin - 1] == ' ')
      w.year = four_digits(t.substr(m.begin - 5, 4));
    push(std::move(w));
  }
}

// 4. Titles known from other sentences, in the order of their keys. Only
// those whose exact name stands at one of the sentence's word starts can
// occur in it: found by the first word, then compared.
void WorkFinder::known_titles() {
  const std::string_view t = t_;
  // The known works, sorted by key and once each.
  using Entry = ArticleState::KnownEntry;
  std::vector<Entry> candidates(st_.known_unindexed.begin(), st_.known_unindexed.end());
  for (const auto& [hash, at] : v_.word_index()) {
    if (!st_.known_heads[hash % st_.known_heads.size()]) continue;
    const auto head = st_.known_by_head.find(hash);
    if (head == st_.known_by_head.end()) continue;
    if (head->second.names.size() <= ArticleState::few_known_names) {
      for (const Entry entry : head->second.names) {
        const std::string& name = entry->second.name;
        if (at + name.size() <= t.size() && t.substr(at, name.size()) == name) candidates.push_back(entry);
      }
      continue;
    }
    for (const std::size_t length : head->second.lengths) {
      if (at + length > t.size()) continue;
      const std::string_view here = t.substr(at, length);
      const auto [first, last] = st_.known_by_name.equal_range(std::hash<std::string_view>{}(here));
      for (auto it = first; it != last; ++it)
        if (it->second->second.name == here) candidates.push_back(it->second);
    }
  }
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end(), [](Entry a, Entry b) { return a->first < b->first; });
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const Entry entry : candidates) {
    const Work& kw = entry->second;
    for (std::size_t at = t.find(kw.name); at != std::string_view::npos; at = t.find(kw.name, at + 1)) {
      if (!word_at(t, at, at + kw.name.size())) continue;
      // What the title keeps of the known work: its name, type and award category.
      Work w;
      w.name = kw.name;
      w.type = kw.type;
      w.award_category = kw.award_category;
      w.key = kw.key;
      w.range = {at, at + kw.name.size()};
      w.phrase_begin = at;
      w.after = w.range.end;
      paren(w, w.range.end);
      if (w.artist.empty()) w.artist = kw.artist;
      push(std::move(w));
    }
  }
}

// The last words of split_words(s), from the end backwards (up to three),
// found from the end: a word's end and start are the same read either way.
struct LastWords {
  std::array<std::string_view, 3> word;  // word[0] is the last
  std::size_t count = 0;
};
LastWords last_words(std::string_view s) {
  static constexpr std::string_view em_dash = "\xE2\x80\x94";
  // The length of the separator (a space or an em dash) that ends at `e`, or 0.
  const auto separator_before = [&](std::size_t e) -> std::size_t {
    if (e >= 1 && s[e - 1] == ' ') return 1;
    return e >= 3 && s.substr(e - 3, 3) == em_dash ? 3 : 0;
  };
  LastWords out;
  std::size_t e = s.size();
  while (out.count < out.word.size()) {
    while (e > 0 && separator_before(e)) e -= separator_before(e);
    if (e == 0) break;
    std::size_t b = e;
    while (b > 0 && !separator_before(b)) --b;
    out.word[out.count++] = s.substr(b, e - b);
    e = b;
  }
  return out;
}

// "Her debut album, Paper Lanterns", "Their debut album", "The band's sixth album": the subject's own work.
void WorkFinder::subject_owns() {
  for (auto& w : out_) {
    if (!w.artist.empty()) continue;
    // What the words before say depends on the place alone: read once for both passes.
    const auto [at, fresh] = st_.subject_owns_at.try_emplace(t_.data() + w.phrase_begin);
    if (fresh) at->second = owned_by_subject(w.phrase_begin);
    if (at->second) w.artist = st_.subject.name;
  }
}

// Whether the last words before `phrase_begin` make what follows the subject's.
bool WorkFinder::owned_by_subject(std::size_t phrase_begin) const {
  const LastWords before = last_words(trim(t_.substr(0, phrase_begin)));
  for (std::size_t k = 0; k < before.count; ++k) {
    const std::string_view raw = before.word[k];
    if (k != 0 && has_break(raw)) break;
    std::array<char, 64> buf;
    std::string spill;
    const std::string_view lw = lower_into(core(raw), buf, spill);
    if (lex_.title_word(lw)) break;  // "her work on X": the pronoun owns the work, not X
    if ((lex_.pronoun(lw) && !st_.cues.third_person.contains(lw)) ||
        ((lw == "band's" || lw == "group's") && st_.subject.type == EntityType::Group))
      return true;
  }
  return false;
}

// Fix-ups in this order: the order matters.
void WorkFinder::finish(ArticleState& keys) {
  const std::string_view t = t_;
  // No two works overlap, so their starts differ and the order is unique: sort only when needed.
  const auto by_start = [](const Work& a, const Work& b) { return a.range.begin < b.range.begin; };
  if (!std::is_sorted(out_.begin(), out_.end(), by_start)) std::sort(out_.begin(), out_.end(), by_start);
  for (std::size_t k = 0; k < out_.size(); ++k) {
    Work& w = out_[k];
    // "albums Mar Azul (2004) and La Noche... Es Nuestra (2007)": the second shares artist and kind.
    if (k > 0 && w.phrase_begin >= 4 && t.substr(w.phrase_begin - 4, 4) == "and " &&
        out_[k - 1].after + 5 >= w.phrase_begin) {
      if (w.artist.empty()) w.artist = out_[k - 1].artist;
      if (w.type == EntityType::Work) w.type = out_[k - 1].type;
    }
    // "Diana Ross's Take Me Higher (1995)": an artist's unquoted title is an album.
    const bool quoted = w.range.begin > 0 && (t[w.range.begin - 1] == '"' ||
                                              (w.range.begin >= 3 && t.substr(w.range.begin - 3, 3) == "\xE2\x80\x9C"));
    if (w.type == EntityType::Work && !w.artist.empty() && !quoted && w.name != w.artist) w.type = EntityType::Album;
  }
  subject_owns();
  // In a band's article a work with no other artist is the band's.
  if (st_.subject.type == EntityType::Group)
    for (auto& w : out_)
      if (w.artist.empty()) w.artist = st_.subject.name;
  // Songs named as parts of an album in the same sentence ("tracks like "Paper Moons"") share its artist.
  const std::string* album_artist = nullptr;
  for (const auto& w : out_)
    if (w.type != EntityType::Song && !w.artist.empty() && !album_artist) album_artist = &w.artist;
  for (auto& w : out_)
    if (w.type == EntityType::Song && w.artist.empty() && album_artist) w.artist = *album_artist;
  // A known work that was found with less information takes what was learned elsewhere.
  for (auto& w : out_) {
    w.key = &keys.name_key(w);
    const Work* known = keys.known_work(*w.key);
    if (!known) continue;
    if (w.type == EntityType::Work) w.type = known->type;
    if (w.artist.empty()) w.artist = known->artist;
  }
}

}  // namespace

std::vector<Work> find_base_works(const SentenceView& v, ArticleState& st) {
  std::vector<Work> works = WorkFinder(v, st).base();
  // Their names are final: looked up once for both passes.
  for (auto& w : works) w.key = &st.name_key(w.name);
  return works;
}

std::vector<Work> complete_works(const SentenceView& v, ArticleState& st, std::vector<Work> base, bool known) {
  return WorkFinder(v, st).complete(std::move(base), known, st);
}

namespace {

// `W` is const Work& or Work: the work is copied or moved into known_works.
template <class W>
void remember(ArticleState& st, W&& w) {
  NameKey& name = st.name_key(w);
  if (name.key.empty() || all_digits(w.name)) return;
  // try_emplace moves `w` only when it inserts; then read the name where it went.
  auto [it, fresh] = st.known_works.try_emplace(name.key, std::forward<W>(w));
  name.known = &it->second;
  if (fresh) {
    const std::string& w_name = it->second.name;
    it->second.key = &name;
    if (const auto head = head_hash(w_name)) {
      auto& known = st.known_by_head[*head];
      known.names.push_back(&*it);
      // The names of a head are hashed, and their lengths kept, once they
      // are many (known_titles reads them only then).
      const auto by_name = [&st, &known](ArticleState::KnownEntry e) {
        const std::size_t length = e->second.name.size();
        if (std::find(known.lengths.begin(), known.lengths.end(), length) == known.lengths.end())
          known.lengths.push_back(length);
        st.known_by_name.emplace(std::hash<std::string_view>{}(e->second.name), e);
      };
      if (known.names.size() == ArticleState::few_known_names + 1)
        std::for_each(known.names.begin(), known.names.end(), by_name);
      else if (known.names.size() > ArticleState::few_known_names + 1)
        by_name(&*it);
      st.known_heads.set(*head % st.known_heads.size());
    } else {
      st.known_unindexed.push_back(&*it);
    }
  } else {
    if (it->second.type == EntityType::Work) it->second.type = w.type;
    if (it->second.artist.empty()) it->second.artist = w.artist;
    if (!it->second.year) it->second.year = w.year;
  }
}

}  // namespace

void remember_work(ArticleState& st, const Work& w) { remember(st, w); }
void remember_work(ArticleState& st, Work&& w) { remember(st, std::move(w)); }

Work cell_work(std::string_view cell) {
  Work w;
  std::string_view name = trim(cell);
  if (name.ends_with(")")) {
    const std::size_t open = name.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      const std::string_view inner = name.substr(open + 1, name.size() - open - 2);
      if (!all_digits(inner)) w.artist = std::string(trim(inner));
      else if (inner.size() == 4) w.year = four_digits(inner);
      name = trim(name.substr(0, open));
    }
  }
  if (name.size() >= 2 && (name.front() == '"' || name.starts_with("\xE2\x80\x9C"))) name = core(name);
  // A placeholder ("—", "–", "N/A") names no work.
  bool named = false;
  for (std::size_t p = 0; p < name.size() && !named;) {
    const std::size_t at = p;
    const char32_t c = next_code_point(name, p);
    named = is_letter(c) || (name[at] >= '0' && name[at] <= '9');
  }
  if (!named || lower_ascii(name) == "n/a") return w;
  w.name = std::string(name);
  return w;
}

}  // namespace liner::ingest::extract
