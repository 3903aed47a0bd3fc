// Claim extraction. Each sentence is scanned for mentions (works, awards,
// roles, times, organizations, people); predicate rules then combine the
// mentions. Works found anywhere in the article are recognized again by name
// in every other sentence, so "On Sea Glass, ..." resolves after "Sea Glass (2004)".

#include "ingest/extractor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_set>

#include "ingest/data.h"
#include "ingest/entity.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

// ---------------------------------------------------------------- text helpers

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Words split at spaces and at em dashes ("Awards—three for Anglo music").
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

// The last N answers of a function of a text, keyed by the text's content.
// The extractor asks about the same sentence (and the same parts of it) many
// times: splitting it into words, finding its award categories. Each
// extractor runs on one thread, so the caches are thread_local.
template <typename Result, std::size_t N>
class RecentResults {
 public:
  template <typename Compute>
  const Result& get(std::string_view text, Compute&& compute) {
    for (const auto& e : entries_)
      if (e.set && e.text.size() == text.size() && e.text == text) return e.result;
    auto& e = entries_[next_];
    next_ = (next_ + 1) % N;
    e.text.assign(text);
    e.result = compute(text);
    e.set = true;
    return e.result;
  }

 private:
  struct Entry {
    std::string text;
    Result result;
    bool set = false;
  };
  std::array<Entry, N> entries_;
  std::size_t next_ = 0;
};

// Token offsets are relative to the text, so equal text gives equal tokens.
std::vector<Token> tokenize(std::string_view t) {
  thread_local RecentResults<std::vector<Token>, 16> cache;
  return cache.get(t, split_words);
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

// A word without the quotes, brackets and punctuation around it.
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
  return ends_with_any(w, {"'s", "\xE2\x80\x99s"}) && w.size() > 3;
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

// The lowercase copy of the sentence being read, so that word searches in it
// and in its parts fold it once, not once per word searched, and an index of
// its words (ASCII-lowercased, with their offsets) so that a search looks up
// the searched word's first word instead of scanning. Set by the extractor
// per sentence; an extractor runs on one thread.
thread_local std::string_view folded_source;
thread_local std::string folded_text;
thread_local std::vector<std::pair<std::uint64_t, std::size_t>> folded_words;  // (hash of word, offset)
thread_local bool folded_indexed = false;

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Claim ids and the word index hash with it. (The offset basis lacks a digit
// of FNV's; claim ids are public, so it stays.)
std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

void fold_sentence(std::string_view t) {
  folded_source = t;
  folded_text = lower_ascii(t);
  folded_indexed = false;
}

// Built on the first indexed search in a sentence.
void index_folded_words() {
  folded_indexed = true;
  folded_words.clear();
  const std::string_view lt = folded_text;
  std::size_t i = 0;
  while (i < lt.size()) {
    // Words are runs of letters and digits, as word_at() sees them.
    std::size_t p = i;
    const char32_t c = next_code_point(lt, p);
    const bool alnum = is_letter(c) || (lt[i] >= '0' && lt[i] <= '9');
    if (!alnum) {
      i = p;
      continue;
    }
    const std::size_t b = i;
    i = p;
    while (i < lt.size()) {
      std::size_t q = i;
      const char32_t d = next_code_point(lt, q);
      if (!is_letter(d) && !(lt[i] >= '0' && lt[i] <= '9')) break;
      i = q;
    }
    folded_words.emplace_back(fnv1a(lt.substr(b, i - b)), b);
  }
  std::sort(folded_words.begin(), folded_words.end());
}

// Whole-word, case-insensitive (ASCII) search.
std::size_t find_word(std::string_view t, std::string_view w, std::size_t from = 0) {
  if (w.empty() || w.size() > t.size()) return std::string_view::npos;
  const bool lower = std::none_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const std::string lw_copy = lower ? std::string() : lower_ascii(w);
  const std::string_view lw = lower ? w : std::string_view(lw_copy);
  const bool inside = !folded_source.empty() && t.data() >= folded_source.data() &&
                      t.data() + t.size() <= folded_source.data() + folded_source.size();
  std::string local;
  std::string_view lt;
  if (inside) {
    const auto off = static_cast<std::size_t>(t.data() - folded_source.data());
    lt = std::string_view(folded_text).substr(off, t.size());
    // The index answers when `t` starts and ends at word boundaries of the
    // sentence and `w` starts with an ASCII word followed by ASCII or nothing;
    // otherwise scan.
    std::size_t h = 0;
    while (h < lw.size() && ascii_alnum(lw[h])) ++h;
    if (h > 0 && (h == lw.size() || static_cast<unsigned char>(lw[h]) < 0x80) &&
        word_at(folded_source, off, off + t.size())) {
      if (!folded_indexed) index_folded_words();
      const std::uint64_t head = fnv1a(lw.substr(0, h));
      auto it = std::lower_bound(folded_words.begin(), folded_words.end(), std::make_pair(head, off + from));
      for (; it != folded_words.end() && it->first == head; ++it) {
        const std::size_t at = it->second - off;
        if (at + lw.size() > lt.size()) break;
        if (lt.compare(at, lw.size(), lw) == 0 && word_at(t, at, at + lw.size())) return at;
      }
      return std::string_view::npos;
    }
  } else {
    local = lower_ascii(t);
    lt = local;
  }
  for (std::size_t at = lt.find(lw, from); at != std::string_view::npos; at = lt.find(lw, at + 1))
    if (word_at(t, at, at + w.size())) return at;
  return std::string_view::npos;
}

bool has_word(std::string_view t, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (find_word(t, w) != std::string_view::npos) return true;
  return false;
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


// ---------------------------------------------------------------- mentions

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] bool overlaps(const Range& o) const { return begin < o.end && o.begin < end; }
  [[nodiscard]] bool contains(std::size_t p) const { return p >= begin && p < end; }
};

struct Work {
  Range range;          // the title in the sentence text
  std::string name;
  EntityType type = EntityType::Work;
  std::string artist;
  int year = 0;          // release year
  std::size_t phrase_begin = 0;  // where its phrase (possessive, type noun) starts
  std::size_t after = 0;         // end of the title or of its parenthetical
  int award_year = 0;            // "(2011 Latin Grammy for ...)"
  std::optional<std::size_t> award;
  std::string award_category;
};

struct Category {
  Range range;
  std::string text;
};

struct Org {
  Range range;
  std::string name;
  EntityType type = EntityType::Organization;
  bool sub_unit = false;  // follows a possessive organization: "X University's Conservatory"
};

bool name_particle(std::string_view w) {
  static const std::set<std::string, std::less<>> particles = [] {
    std::set<std::string, std::less<>> out;
    for (auto p : data::lines("name_particles.txt")) out.emplace(p);
    return out;
  }();
  return particles.contains(w);
}

// A run of capitalized words (a name) starting at token i; allows inner
// lowercase particles (name_particles.txt: "de", "of") and "and"/"&" between two names when
// `pairs` is set. Returns the end token (exclusive).
std::size_t name_run(std::string_view t, const std::vector<Token>& toks, std::size_t i, bool pairs) {
  std::size_t j = i;
  std::size_t last_cap = i;
  // A name starts with a capitalized word; digits may follow one ("Sum 41").
  if (i >= toks.size() || !capitalized(t.substr(toks[i].begin, toks[i].end - toks[i].begin)) ||
      all_digits(core(t.substr(toks[i].begin, toks[i].end - toks[i].begin))))
    return i;
  while (j < toks.size()) {
    const std::string_view raw = t.substr(toks[j].begin, toks[j].end - toks[j].begin);
    const std::string_view w = core(raw);
    if (j > i && raw.front() == '(') break;  // "Puentes (2004)": the parenthetical is no name
    const bool cap = capitalized(raw) && !w.empty();
    // With `pairs` (an artist after "by"): "Simon & Garfunkel", "Ode to Winter", "Death Cab for Cutie".
    const bool particle = !cap && (name_particle(w) || (pairs && (w == "and" || w == "&" || w == "to" || w == "for")));
    if (!cap && !particle) break;
    if (cap) last_cap = j + 1;
    // Punctuation after a word ends the name (the word belongs to it when capitalized).
    if (raw.back() == ',' || raw.back() == ';' || raw.back() == '.' || raw.back() == ')' || raw.back() == ':' ||
        ends_with_any(raw, {"\xE2\x80\x9D", "\""}))
      break;
    ++j;
  }
  return last_cap;
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

// "Best Latin Pop, Rock or Urban Album", "Record of the Year".
// category_heads.txt: words that start award category names ("Best",
// "British") and words that end them ("Album", "Artist").
struct CategoryHeads {
  std::set<std::string, std::less<>> start, end;
};

const CategoryHeads& category_heads() {
  static const CategoryHeads heads = [] {
    CategoryHeads out;
    std::string_view rest = data::file("category_heads.txt");
    std::set<std::string, std::less<>>* group = nullptr;
    while (!rest.empty()) {
      const std::size_t nl = rest.find('\n');
      const std::string_view line = trim(rest.substr(0, nl));
      rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
      if (line == "# start:") group = &out.start;
      else if (line == "# end:") group = &out.end;
      else if (group && !line.empty() && line.front() != '#') group->emplace(line);
    }
    if (out.start.empty() || out.end.empty()) throw std::logic_error("category_heads.txt: a group is missing");
    return out;
  }();
  return heads;
}

bool category_end_word(std::string_view w) { return category_heads().end.contains(w); }

std::vector<Category> scan_categories(std::string_view t, const Lexicon& lex);

// Categories are asked for several times per sentence (finding works, then
// reading claims). The lexicon is the same for every call in a process.
std::vector<Category> find_categories(std::string_view t, const Lexicon& lex) {
  thread_local RecentResults<std::vector<Category>, 4> cache;
  return cache.get(t, [&](std::string_view x) { return scan_categories(x, lex); });
}

std::vector<Category> scan_categories(std::string_view t, const Lexicon& lex) {
  std::vector<Category> out;
  const auto toks = tokenize(t);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string_view w = core(t.substr(toks[i].begin, toks[i].end - toks[i].begin));
    if (w != "Best") continue;
    std::size_t j = i + 1;
    std::size_t last = i;
    while (j < toks.size()) {
      const std::string_view raw = t.substr(toks[j].begin, toks[j].end - toks[j].begin);
      const std::string_view c = core(raw);
      const bool cap = capitalized(raw) && !all_digits(c);
      const bool small = !cap && (c == "or" || c == "and" || c == "of" || c == "the" || c == "a" || c == "in" ||
                                  c == "with" || c == "by" || c == "&" || c == "de" || c == "y");
      if (!cap && !small) break;
      // "Best Tropical Latin Album with Son de Madrugada": after a head noun,
      // "with" or "by" starts the work or the artist, unless what follows
      // ends in a head noun too ("Best Pop Collaboration with Vocals").
      if ((c == "with" || c == "by") && category_end_word(core(t.substr(toks[last].begin, toks[last].end - toks[last].begin)))) {
        std::size_t k = j + 1, run_last = j;
        while (k < toks.size()) {
          const std::string_view r2 = t.substr(toks[k].begin, toks[k].end - toks[k].begin);
          if (!capitalized(r2) && core(r2) != "of" && core(r2) != "and" && core(r2) != "the") break;
          if (capitalized(r2)) run_last = k;
          if (r2.find_first_of(",;.)") != std::string_view::npos) break;
          ++k;
        }
        if (run_last == j || !category_end_word(core(t.substr(toks[run_last].begin, toks[run_last].end - toks[run_last].begin))))
          break;
      }
      if (cap) last = j;
      if (raw.back() == ')' || raw.back() == '.' || raw.back() == ';' || raw.find(')') != std::string_view::npos)
        break;
      if (raw.back() == ',') {
        // "Best Latin Pop, Rock or Urban Album": a comma inside, before a capital.
        if (j + 1 < toks.size() && capitalized(t.substr(toks[j + 1].begin, toks[j + 1].end - toks[j + 1].begin)) &&
            lex.find_awards(t.substr(toks[j + 1].begin, toks[j + 1].end - toks[j + 1].begin)).empty()) {
          ++j;
          continue;
        }
        break;
      }
      ++j;
    }
    if (last > i) {
      const std::string name = text_of(t, toks, i, last + 1);
      out.push_back({{toks[i].begin, toks[i].begin + name.size()}, name});
      i = last;
    }
  }
  // "the Brit Award for British Female Solo Artist": after "<award> for", a
  // capitalized phrase that starts or ends with a category head word.
  for (const auto& m : lex.find_awards(t)) {
    if (!t.substr(m.end).starts_with(" for ")) continue;
    std::size_t i = 0;
    while (i < toks.size() && toks[i].begin < m.end + 5) ++i;
    std::size_t last = i, j = i;
    for (; j < toks.size() && j < i + 8; ++j) {
      const std::string_view raw = t.substr(toks[j].begin, toks[j].end - toks[j].begin);
      const std::string_view c = core(raw);
      if (capitalized(raw) && !all_digits(c)) last = j + 1;
      else if (c != "of" && c != "and" && c != "or" && c != "the" && c != "in" && c != "by" && c != "with") break;
      if (raw.find_first_of(",;.)") != std::string_view::npos || raw.front() == '"') break;
    }
    if (last <= i) continue;
    const std::string_view first = core(t.substr(toks[i].begin, toks[i].end - toks[i].begin));
    const std::string_view final = core(t.substr(toks[last - 1].begin, toks[last - 1].end - toks[last - 1].begin));
    if (!category_heads().start.contains(first) && !category_heads().end.contains(final)) continue;
    const Range r{toks[i].begin, static_cast<std::size_t>(final.data() - t.data()) + final.size()};
    bool inside = false;
    for (const auto& c : out) inside = inside || c.range.overlaps(r);
    if (!inside) out.push_back({r, std::string(t.substr(r.begin, r.end - r.begin))});
  }
  // "in the Mastering Engineer category"
  for (std::size_t at = t.find(" category"); at != std::string_view::npos; at = t.find(" category", at + 1)) {
    const std::size_t the = t.rfind("the ", at);
    if (the == std::string_view::npos || at - the > 80) continue;
    const std::string_view inner = t.substr(the + 4, at - the - 4);
    if (!capitalized(inner) || inner.find_first_of(",;()") != std::string_view::npos) continue;
    const Range r{the + 4, at};
    bool inside = false;
    for (const auto& c : out) inside = inside || c.range.overlaps(r);
    if (!inside) out.push_back({r, std::string(inner)});
  }
  // "... of the Year": the capitalized words before it.
  for (std::size_t at = t.find(" of the Year"); at != std::string_view::npos; at = t.find(" of the Year", at + 1)) {
    std::size_t b = at;
    while (b > 0) {
      std::size_t s = t.rfind(' ', b - 1);
      s = s == std::string_view::npos ? 0 : s + 1;
      const std::string_view w = t.substr(s, b - s);
      if (!capitalized(w) || w.find_first_of(",;()") != std::string_view::npos || w == "The") break;
      b = s == 0 ? 0 : s - 1;
      if (s == 0) break;
    }
    while (b < at && t[b] == ' ') ++b;
    const Range r{b, at + 12};
    if (r.begin >= r.end - 12) continue;
    bool inside = false;
    for (const auto& c : out) inside = inside || c.range.overlaps(r);
    if (!inside) out.push_back({r, std::string(t.substr(r.begin, r.end - r.begin))});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.range.begin < b.range.begin; });
  return out;
}

// ---------------------------------------------------------------- extractor

class Extractor {
 public:
  Extractor(const Document& doc, const Article& article, const ExtractorContext& ctx)
      : doc_(doc), article_(article), ctx_(ctx), lex_(ctx.lexicon), subject_(article_subject(article, ctx)) {
    const auto parts = tokenize(subject_.name);
    if (subject_.type == EntityType::Person && parts.size() >= 2)
      surname_ = std::string(core(subject_.name.substr(parts.back().begin)));
  }

  std::vector<Claim> run() {
    index_names();
    claims_.reserve(article_.sentences.size() * 2 + 16);
    // Pass 1: works named with evidence (quotes, a year, a type noun) anywhere.
    for (const auto& s : article_.sentences) {
      fold_sentence(s.text);
      base_works_.emplace_back();
      for (const auto& w : find_works(s.text, false, nullptr, &base_works_.back())) remember_work(w);
    }
    for (const auto& t : article_.tables) table_works(t);
    // Pass 2: claims.
    int paragraph = none;
    for (std::size_t i = 0; i < article_.sentences.size(); ++i) {
      const Sentence& s = article_.sentences[i];
      if (s.paragraph != paragraph) {
        paragraph = s.paragraph;
        anchor_year_ = 0;
        last_org_.reset();
      }
      if (s.section != section_) {
        section_ = s.section;
        award_context_ = section_award(s.section);
      }
      sentence(s, i);
    }
    for (const auto& t : article_.tables) table(t);
    return std::move(claims_);
  }

 private:
  // ------------------------------------------------------------ claim output

  struct Origin {
    SourceSpan span;
    std::vector<std::string> citations;
  };

  Origin origin(const Sentence& s) const { return {s.span, s.citations}; }

  void add(Predicate p, Entity subject, std::optional<Entity> object, std::optional<std::string> value,
           Qualifiers q, const Origin& o) {
    Claim c;
    c.predicate = p;
    c.subject = std::move(subject);
    c.object = std::move(object);
    c.value = std::move(value);
    c.qualifiers = std::move(q);
    c.span = o.span;
    c.quote = std::string(std::string_view(doc_.text).substr(o.span.start, o.span.end - o.span.start));
    c.citations = o.citations;
    std::string key = std::string(to_string(p)) + "|" + c.subject.key + "|" + (c.object ? c.object->key : "") + "|" +
                      c.value.value_or("") + "|" + std::to_string(o.span.start) + "|" +
                      c.qualifiers.year.value_or("") + "|" + c.qualifiers.role.value_or("") + "|" +
                      c.qualifiers.category.value_or("") + "|" + c.qualifiers.work.value_or("") + "|" +
                      c.qualifiers.field.value_or("") + "|" + c.qualifiers.scope.value_or("");
    static constexpr char hex[] = "0123456789abcdef";
    std::uint64_t h = fnv1a(key);
    c.id = "c";
    for (int k = 15; k >= 0; --k) c.id += hex[(h >> (k * 4)) & 15];
    if (!claim_ids_.insert(c.id).second) return;  // the same claim from the same place
    if (c.predicate == Predicate::credit && c.object)
      credited_.insert(std::to_string(c.span.start) + "|" + c.subject.key + "|" + c.object->key);
    claims_.push_back(std::move(c));
  }

  Entity entity(std::string name, EntityType type) const {
    Entity e{std::move(name), type, {}};
    e.key = entity_key(e.name);
    return e;
  }

  Entity work_entity(const Work& w) const { return entity(w.name, w.type); }

  // ------------------------------------------------------------ works

  void remember_work(const Work& w) {
    const std::string key = entity_key(w.name);
    if (key.empty() || all_digits(w.name)) return;
    auto [it, fresh] = known_works_.try_emplace(key, w);
    if (!fresh) {
      if (it->second.type == EntityType::Work) it->second.type = w.type;
      if (it->second.artist.empty()) it->second.artist = w.artist;
      if (!it->second.year) it->second.year = w.year;
    }
  }

  void table_works(const Table& t) {
    const int col = column(t, {"project", "work", "album", "song", "film", "title", "nominee", "recipient"});
    if (col < 0) return;
    for (const auto& row : t.rows)
      if (static_cast<std::size_t>(col) < row.size()) remember_work(cell_work(row[static_cast<std::size_t>(col)].text));
  }

  Work cell_work(std::string_view cell) const {
    Work w;
    std::string_view name = trim(cell);
    if (name.ends_with(")")) {
      const std::size_t open = name.rfind('(');
      if (open != std::string_view::npos && open > 0) {
        const std::string_view inner = name.substr(open + 1, name.size() - open - 2);
        if (!all_digits(inner)) w.artist = std::string(trim(inner));
        else if (inner.size() == 4) w.year = std::stoi(std::string(inner));
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

  // Works in one sentence. With `known`, titles remembered from elsewhere
  // count too. Steps 1-3 depend on the sentence alone: `base_in` hands in
  // their result from an earlier call on the same text (pass 1 for pass 2),
  // `base_out` keeps it.
  std::vector<Work> find_works(std::string_view t, bool known, const std::vector<Work>* base_in = nullptr,
                               std::vector<Work>* base_out = nullptr) const {
    std::vector<Work> out;
    const auto toks = tokenize(t);
    const auto types = lex_.find_work_types(t);
    const auto awards = lex_.find_awards(t);
    auto type_before = [&](std::size_t pos, std::size_t& phrase) -> EntityType {
      // A type noun ending within a few words before `pos`: "the song", "debut album".
      for (auto it = types.rbegin(); it != types.rend(); ++it) {
        if (it->first.end > pos) continue;
        const std::string_view gap = t.substr(it->first.end, pos - it->first.end);
        if (std::count(gap.begin(), gap.end(), ' ') > 2 || gap.find(';') != std::string_view::npos ||
            (gap.find(',') != std::string_view::npos && gap != ", "))
          break;
        phrase = it->first.begin;
        // "tracks on Salt and Silver", "songs from X": X holds the songs.
        if (it->second == EntityType::Song && (gap.find(" on ") != std::string_view::npos ||
                                                gap.find(" from ") != std::string_view::npos))
          return EntityType::Album;
        return it->second;
      }
      return EntityType::Work;
    };
    auto artist_before = [&](std::size_t pos) -> std::string {
      // "Lúa Brava's Sea Glass", "Tomo's debut album On a Clear Day ...": a possessive
      // name within two words before `pos`.
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].end <= pos) ++ti;
      for (std::size_t k = ti; k > 0 && ti - k < 4; --k) {
        const std::string_view raw = t.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
        // "Velvet Canal's next album, Paper Suns": a comma may follow the type noun.
        const bool type_comma = k == ti && raw.back() == ',' && !lex_.find_work_types(core(raw)).empty();
        if (!type_comma && raw.find_first_of(",;()") != std::string_view::npos) break;
        if (!is_possessive(raw)) continue;
        // "Vidal's work on Sea Glass", "his contributions to X": a preposition between the
        // possessive and the title means the possessive owns something else.
        bool owns_other = false;
        for (std::size_t m = k; m < ti; ++m)
          owns_other = owns_other || lex_.title_word(core(t.substr(toks[m].begin, toks[m].end - toks[m].begin)));
        if (owns_other) break;
        std::size_t b = k - 1;
        while (b > 0 && capitalized(t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin)) &&
               t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin).find_first_of(",;()") ==
                   std::string_view::npos)
          --b;
        std::string name = b + 1 < k ? text_of(t, toks, b, k - 1) + " " : std::string();
        name += std::string(possessor(raw));
        if (capitalized(name)) return full_name(name);
        break;
      }
      return {};
    };
    auto artist_after = [&](std::size_t pos) -> std::string {
      // `"Title" by Ana Vidal and Tomo`, `Title (1988) for the singer Joana Queiroz`,
      // `Title (1991), an album by the duo Irmãos Brasa`, `Title (1984), the debut album of the group X`.
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].begin < pos) ++ti;
      if (ti < toks.size() && t.substr(pos, toks[ti].begin - pos).find_first_not_of(" ,") != std::string_view::npos)
        return {};
      const bool comma = t.substr(pos, ti < toks.size() ? toks[ti].begin - pos : 0).find(',') != std::string_view::npos;
      std::size_t k = ti;
      auto w = [&](std::size_t i) { return i < toks.size() ? core(t.substr(toks[i].begin, toks[i].end - toks[i].begin)) : std::string_view{}; };
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
      return name_after_descriptor(t, toks, k);
    };
    auto overlaps_award = [&](Range r) {
      for (const auto& a : awards)
        if (r.overlaps({a.begin, a.end})) return true;
      return false;
    };
    const auto cats = find_categories(t, lex_);
    auto push = [&](Work w) {
      // A title never holds a category or an award: "British Album of the Year for Weather Kit".
      for (const auto& c : cats) {
        // "Producer of the Year (1995, 1999)": the whole title is a category.
        if (c.range.begin <= w.range.begin && c.range.end >= w.range.end) return;
        if (w.range.overlaps(c.range) && c.range.end < w.range.end) {
          std::size_t b = c.range.end;
          for (std::string_view lead : {" for ", " with ", " in ", ", "})
            if (t.substr(b).starts_with(lead)) b += lead.size();
          // "Best Rock Album in 2014 for X": the year is the award's, not the title's.
          if (b + 4 <= t.size() && all_digits(t.substr(b, 4)) && (b + 4 == t.size() || !is_digit(static_cast<unsigned char>(t[b + 4]))))
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
      for (auto& o : out)
        if (o.range.overlaps(w.range)) {
          if (!o.year) o.year = w.year;
          if (o.artist.empty()) o.artist = w.artist;
          if (o.type == EntityType::Work) o.type = w.type;
          return;
        }
      out.push_back(std::move(w));
    };
    // The parenthetical after a title: "(1995)", "(1993–1995)", "(2011 Latin Grammy for Best Rock Album)".
    auto paren = [&](Work& w, std::size_t pos) {
      std::size_t p = pos;
      while (p < t.size() && t[p] == ' ') ++p;
      if (p >= t.size() || t[p] != '(') return;
      const std::size_t close = t.find(')', p);
      if (close == std::string_view::npos) return;
      const std::string_view inner = t.substr(p + 1, close - p - 1);
      w.after = close + 1;
      if (inner.size() >= 4 && all_digits(inner.substr(0, 4))) {
        const int year = std::stoi(std::string(inner.substr(0, 4)));
        const std::string_view rest = trim(inner.substr(4));
        const auto in_awards = lex_.find_awards(inner);
        if (!in_awards.empty()) {
          w.award_year = year;
          w.award = in_awards.front().index;
          const auto inner_cats = find_categories(inner, lex_);
          if (!inner_cats.empty()) w.award_category = inner_cats.front().text;
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
      } else if (!inner.empty() && capitalized(inner) && w.artist.empty() && lex_.find_awards(inner).empty() &&
                 find_categories(inner, lex_).empty()) {
        w.artist = std::string(inner);  // "Vivir es Cantar (Lúa Brava)"
      }
    };

    if (base_in) {
      out = *base_in;
    } else {
    // 1. Quoted titles.
    for (std::size_t i = 0; i < t.size(); ++i) {
      const bool curly = t.substr(i).starts_with("\xE2\x80\x9C");
      if (t[i] != '"' && !curly) continue;
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
    // 2. A title before "(YYYY...)": scan back over title words.
    for (std::size_t p = t.find(" ("); p != std::string_view::npos; p = t.find(" (", p + 1)) {
      if (p + 6 > t.size() || !all_digits(t.substr(p + 2, 4))) continue;
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].end <= p) ++ti;
      std::size_t first = ti;  // first title token
      std::size_t k = ti;
      while (k > 0) {
        const std::string_view raw = t.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
        if (k < ti && (raw.back() == ',' || raw.back() == ';' || raw.back() == ')')) break;
        if (raw.find('"') != std::string_view::npos || ends_with_any(raw, {"\xE2\x80\x9D"})) break;
        if (is_possessive(raw)) break;
        const std::string_view w = core(raw);
        if (all_digits(w) && w.size() == 4 && raw == w) break;  // "in 1999 for Glass Fields (1998)"
        if (w == "by" && k >= 2 && t.substr(toks[k - 2].begin, toks[k - 2].end - toks[k - 2].begin).back() == ')') break;
        if (capitalized(raw)) {
          first = k - 1;
        } else if (!lex_.title_word(w)) {
          break;
        }
        --k;
      }
      // "the fado singer Ana Reis (1941–2012)", "by Kim Aalto (1950–2001)": a person, not a title.
      if (first < ti && first > 0 && names_person(t, toks, first)) continue;
      // "Les Sœurs Gagné's En attendant la pluie (2012)": a title in sentence case runs
      // from the possessive's next word when that word is capitalized.
      if (first >= ti || (first > 0 && !is_possessive(t.substr(toks[first - 1].begin, toks[first - 1].end - toks[first - 1].begin)))) {
        for (std::size_t k2 = ti; k2 > 0 && ti - k2 < 8; --k2) {
          const std::string_view raw = t.substr(toks[k2 - 1].begin, toks[k2 - 1].end - toks[k2 - 1].begin);
          if (raw.find_first_of(",;()\"") != std::string_view::npos) break;
          if (is_possessive(raw)) {
            if (k2 < ti && capitalized(t.substr(toks[k2].begin, toks[k2].end - toks[k2].begin))) first = k2;
            break;
          }
        }
      }
      if (first >= ti) {
        // "The Lanterns' self-titled debut album (2002)"
        const std::size_t st = find_word(t.substr(0, p), "self-titled");
        if (st != std::string_view::npos && p - st < 40) {
          const std::string artist = artist_before(st);
          if (!artist.empty()) {
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
        }
        continue;
      }
      Work w;
      std::string name = text_of(t, toks, first, ti);
      // "worked with Echo of a Storm on Stop This Train!": the artist, then the title.
      if (first > 0 && core(t.substr(toks[first - 1].begin, toks[first - 1].end - toks[first - 1].begin)) == "with") {
        for (std::size_t m = first + 1; m + 1 < ti; ++m)
          if (t.substr(toks[m].begin, toks[m].end - toks[m].begin) == "on") {
            w.artist = text_of(t, toks, first, m);
            first = m + 1;
            name = text_of(t, toks, first, ti);
            break;
          }
      }
      // "Silver Maps (2007) by Ode to Winter and Northern Static (2013)": the first
      // work's artist and "and" are no part of this title.
      for (const auto& prev : out)
        if (!prev.artist.empty() && name.starts_with(prev.artist + " and ")) {
          const std::size_t cut = prev.artist.size() + 5;
          name = name.substr(cut);
          while (first < ti && toks[first].begin < toks[first].begin + cut &&
                 t.substr(toks[first].begin, name.size()) != name)
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
    // 3. A type noun then a capitalized title: "the album The Night Comes Down",
    //    "the 1998 comedy-drama Patch Adams".
    for (const auto& [m, type] : types) {
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].begin < m.end) ++ti;
      // "the album The Night Comes Down", or "her final album, Evening Psalms,".
      const bool appositive = t.substr(m.end).starts_with(", ");
      if (ti >= toks.size() || toks[ti].begin != m.end + (appositive ? 2 : 1)) continue;
      const std::string_view raw = t.substr(toks[ti].begin, toks[ti].end - toks[ti].begin);
      if (!capitalized(raw) || raw.front() == '"' || raw.starts_with("\xE2\x80\x9C") || raw.front() == '(') continue;
      if (all_digits(core(raw))) continue;
      std::size_t e = ti;
      std::size_t last_cap = ti;
      while (e < toks.size()) {
        const std::string_view r = t.substr(toks[e].begin, toks[e].end - toks[e].begin);
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
        const std::size_t rel = find_word(t, "released");
        if (rel != std::string_view::npos && (rel > w.range.end ? rel - w.range.end < 12 : w.range.begin - rel < 40)) {
          const std::size_t in = t.find(" in ", std::max(rel, w.range.end));
          if (in != std::string_view::npos && in + 8 <= t.size() && in - std::max(rel, w.range.end) < 30 && all_digits(t.substr(in + 4, 4)))
            w.year = std::stoi(std::string(t.substr(in + 4, 4)));
        }
      }
      // "the 1998 comedy-drama": a year just before the type noun.
      if (!w.year && m.begin >= 5 && all_digits(t.substr(m.begin - 5, 4)) && t[m.begin - 1] == ' ')
        w.year = std::stoi(std::string(t.substr(m.begin - 5, 4)));
      push(std::move(w));
    }
    }
    if (base_out) *base_out = out;
    // 4. Titles known from other sentences.
    if (known) {
      for (const auto& [key, kw] : known_works_) {
        for (std::size_t at = t.find(kw.name); at != std::string_view::npos; at = t.find(kw.name, at + 1)) {
          if (!word_at(t, at, at + kw.name.size())) continue;
          Work w = kw;
          w.range = {at, at + kw.name.size()};
          w.phrase_begin = at;
          w.after = w.range.end;
          w.award.reset();
          w.award_year = 0;
          w.year = 0;
          w.artist.clear();
          paren(w, w.range.end);
          w.artist = w.artist.empty() ? kw.artist : w.artist;
          push(std::move(w));
        }
      }
    }
    std::sort(out.begin(), out.end(), [](const Work& a, const Work& b) { return a.range.begin < b.range.begin; });
    for (std::size_t k = 0; k < out.size(); ++k) {
      Work& w = out[k];
      // "albums Mar Azul (2004) and La Noche... Es Nuestra (2007)": the second shares artist and kind.
      if (k > 0 && w.phrase_begin >= 4 && t.substr(w.phrase_begin - 4, 4) == "and " &&
          out[k - 1].after + 5 >= w.phrase_begin) {
        if (w.artist.empty()) w.artist = out[k - 1].artist;
        if (w.type == EntityType::Work) w.type = out[k - 1].type;
      }
      // "Diana Ross's Take Me Higher (1995)": an artist's unquoted title is an album.
      const bool quoted = w.range.begin > 0 && (t[w.range.begin - 1] == '"' ||
                                                (w.range.begin >= 3 && t.substr(w.range.begin - 3, 3) == "\xE2\x80\x9C"));
      if (w.type == EntityType::Work && !w.artist.empty() && !quoted && w.name != w.artist) w.type = EntityType::Album;
    }
    // "Her debut album, Paper Lanterns", "Their debut album", "The band's sixth album": the subject's own work.
    for (auto& w : out) {
      if (!w.artist.empty()) continue;
      const std::string_view before = trim(t.substr(0, w.phrase_begin));
      const auto toks_before = tokenize(before);
      for (std::size_t k = toks_before.size(); k > 0 && toks_before.size() - k < 3; --k) {
        const std::string_view raw = before.substr(toks_before[k - 1].begin, toks_before[k - 1].end - toks_before[k - 1].begin);
        const std::string lw = lower_ascii(core(raw));
        if (raw.find_first_of(",;()") != std::string_view::npos && k != toks_before.size()) break;
        if (lex_.title_word(lw)) break;  // "her work on X": the pronoun owns the work, not X
        const bool own = (lex_.pronoun(lw) && lw != "he" && lw != "she" && lw != "they" && lw != "him" && lw != "them") ||
                         ((lw == "band's" || lw == "group's") && subject_.type == EntityType::Group);
        if (own) {
          w.artist = subject_.name;
          break;
        }
      }
    }
    // In a band's article a work with no other artist is the band's.
    if (subject_.type == EntityType::Group)
      for (auto& w : out)
        if (w.artist.empty()) w.artist = subject_.name;
    // Songs named as parts of an album in the same sentence ("tracks like "Paper Moons"") share its artist.
    std::string album_artist;
    for (const auto& w : out)
      if (w.type != EntityType::Song && !w.artist.empty() && album_artist.empty()) album_artist = w.artist;
    for (auto& w : out)
      if (w.type == EntityType::Song && w.artist.empty()) w.artist = album_artist;
    // A known work that was found with less information takes what was learned elsewhere.
    for (auto& w : out) {
      const auto it = known_works_.find(entity_key(w.name));
      if (it == known_works_.end()) continue;
      if (w.type == EntityType::Work) w.type = it->second.type;
      if (w.artist.empty()) w.artist = it->second.artist;
    }
    return out;
  }

  // The name at token k, after an optional descriptor: "the singer X",
  // "the Amsterdam band X", "singer X", "the duo X", "Averkamp's brother, X".
  std::string name_after_descriptor(std::string_view t, const std::vector<Token>& toks, std::size_t k) const {
    auto w = [&](std::size_t i) { return i < toks.size() ? core(t.substr(toks[i].begin, toks[i].end - toks[i].begin)) : std::string_view{}; };
    std::size_t d = k;
    if (w(d) == "the" || w(d) == "a" || w(d) == "an") ++d;
    for (std::size_t j = d; j < toks.size() && j < d + 4; ++j) {
      if (descriptors_.contains(std::string(w(j)))) {
        k = j + 1;
        break;
      }
    }
    std::size_t e = name_run(t, toks, k, true);
    if (e <= k || !capitalized(w(k))) return {};
    // "by Ode to Winter and Northern Static (2013)": after the last "and" starts the next title.
    if (e < toks.size() && t.substr(toks[e].begin).starts_with("(") && e < toks.size() &&
        all_digits(core(t.substr(toks[e].begin, std::min<std::size_t>(5, toks[e].end - toks[e].begin))).substr(0, 4)))
      for (std::size_t m = e - 1; m > k; --m)
        if (w(m) == "and") {
          e = m;
          break;
        }
    const std::string name = text_of(t, toks, k, e);
    return full_name(name);
  }

  // ------------------------------------------------------------ subject

  bool mentions_subject(std::string_view t) const {
    if (t.find(subject_.name) != std::string_view::npos) return true;
    if (!surname_.empty() && find_word(t, surname_) != std::string_view::npos) return true;
    for (const auto& tok : tokenize(t))
      if (lex_.pronoun(core(t.substr(tok.begin, tok.end - tok.begin)))) return true;
    if (subject_.type == EntityType::Group &&
        has_word(t, {"the band", "the group", "the duo", "the trio", "the band's", "the group's"}))
      return true;
    return false;
  }

  std::optional<std::size_t> section_award(int section) const {
    for (int s = section; s != none; s = article_.sections[static_cast<std::size_t>(s)].parent) {
      const auto found = lex_.find_awards(article_.sections[static_cast<std::size_t>(s)].heading);
      if (!found.empty()) return found.front().index;
    }
    return std::nullopt;
  }

  // ------------------------------------------------------------ times

  std::vector<TimeMention> times(std::string_view t, const std::vector<Work>& works) const {
    // A title and the parenthetical after it ("(1995)", "(2011 Latin Grammy ...)") hold
    // no time of the sentence's own: the year there is the work's.
    std::vector<std::pair<std::size_t, std::size_t>> exclude;
    for (const auto& w : works) exclude.emplace_back(w.range.begin, std::max(w.range.end, w.after));
    return ctx_.time.find(t, exclude);
  }

  // The first absolute year in the sentence at or after `from`, else the first
  // anywhere, else a resolved relative year.
  int year_near(const std::vector<TimeMention>& ts, std::size_t from = 0) const {
    int fallback = 0;
    for (const auto& m : ts) {
      if (m.relative) continue;
      if (m.begin >= from) return m.value.begin_year;
      if (!fallback) fallback = m.value.begin_year;
    }
    if (fallback) return fallback;
    for (const auto& m : ts)
      if (m.relative && anchor_year_)
        if (const auto v = TimeParser::resolve(m, anchor_year_)) return v->begin_year;
    return 0;
  }

  // ------------------------------------------------------------ one sentence

  // A credits list item: "- 1998 – Ocean Hours (Talia Brook) – producer, mixer",
  // "* "Paper Boats" by Ines Valcourt: remix", "1. Tidewater (2004 film) – composer".
  // Returns false when the line is not such an item.
  bool list_item(const Sentence& s) {
    std::string_view t = s.text;
    std::size_t skip = 0;
    if (starts_with_any(t, {"- ", "* ", "\xE2\x80\xA2 "})) skip = t.find(' ') + 1;
    else {
      while (skip < t.size() && skip < 3 && t[skip] >= '0' && t[skip] <= '9') ++skip;
      if (skip == 0 || skip + 1 >= t.size() || (t[skip] != '.' && t[skip] != ')') || t[skip + 1] != ' ') return false;
      skip += 2;
    }
    const std::string_view item = t.substr(skip);
    const auto roles_found = lex_.find_roles(item);
    if (roles_found.empty()) return false;
    Work w;
    std::size_t pos = 0;
    // A leading year field: "1998 – ".
    if (item.size() > 7 && all_digits(item.substr(0, 4)) && !capitalized(item.substr(4, 1)) ) {
      w.year = std::stoi(std::string(item.substr(0, 4)));
      pos = 4;
      while (pos < item.size() && (item[pos] == ' ' || item[pos] == '-' || item[pos] == ':' ||
                                   item.substr(pos).starts_with("\xE2\x80\x93") || item.substr(pos).starts_with("\xE2\x80\x94")))
        pos += item.substr(pos).starts_with("\xE2\x80") ? 3 : 1;
    }
    std::size_t title_end = 0;
    if (item[pos] == '"' || item.substr(pos).starts_with("\xE2\x80\x9C")) {
      const bool curly = item[pos] != '"';
      const std::size_t open_end = pos + (curly ? 3 : 1);
      const std::size_t close = curly ? item.find("\xE2\x80\x9D", open_end) : item.find('"', open_end);
      if (close == std::string_view::npos) return false;
      w.name = std::string(item.substr(open_end, close - open_end));
      w.type = EntityType::Song;
      title_end = close + (curly ? 3 : 1);
    } else {
      std::size_t e = pos;
      while (e < item.size() && item[e] != '(' && !item.substr(e).starts_with(" \xE2\x80\x93") &&
             !item.substr(e).starts_with(" \xE2\x80\x94") && !item.substr(e).starts_with(" - ") && item[e] != ',' &&
             !item.substr(e).starts_with(": "))
        ++e;
      w.name = std::string(trim(item.substr(pos, e - pos)));
      title_end = e;
    }
    if (w.name.empty() || !capitalized(w.name)) return false;
    // What follows the title: "(Artist)", "(Artist, 2011)", "(2004 film)", "(BBC series, 2012)",
    // "– Artist (2001)", "by Artist:".
    std::string_view rest = item.substr(title_end);
    auto take_paren = [&](std::string_view inner) {
      for (auto part : {inner.substr(0, inner.find(',')), inner.find(',') == std::string_view::npos ? std::string_view{} : trim(inner.substr(inner.find(',') + 1))}) {
        part = trim(part);
        if (part.empty()) continue;
        if (part.size() >= 4 && all_digits(part.substr(0, 4))) {
          w.year = std::stoi(std::string(part.substr(0, 4)));
          const auto kinds = lex_.find_work_types(part.substr(4));
          if (!kinds.empty()) w.type = kinds.front().second;
        } else if (const auto kinds = lex_.find_work_types(part); !kinds.empty() && kinds.back().first.end == part.size()) {
          w.type = kinds.back().second;
        } else if (capitalized(part) && part.find("with ") != 0 && lex_.find_roles(part).empty()) {
          w.artist = std::string(part);
        }
      }
    };
    rest = trim(rest);
    if (rest.starts_with("(")) {
      const std::size_t close = rest.find(')');
      if (close != std::string_view::npos) {
        take_paren(rest.substr(1, close - 1));
        rest = trim(rest.substr(close + 1));
      }
    }
    if (rest.starts_with("by ")) {
      const std::size_t stop = rest.find_first_of(":(");
      w.artist = std::string(trim(rest.substr(3, stop == std::string_view::npos ? std::string_view::npos : stop - 3)));
      rest = stop == std::string_view::npos ? std::string_view{} : rest.substr(stop);
    }
    // "– The Loch Varley (2001) – mixing": an artist field before the roles.
    for (std::string_view dash : {"\xE2\x80\x93 ", "\xE2\x80\x94 ", "- "}) {
      if (!rest.starts_with(dash)) continue;
      const std::string_view field = trim(rest.substr(dash.size(), rest.find(dash, dash.size()) - dash.size()));
      if (capitalized(field) && lex_.find_roles(field).empty()) {
        const std::size_t open = field.find('(');
        if (w.artist.empty()) w.artist = std::string(trim(field.substr(0, open)));
        if (open != std::string_view::npos) take_paren(field.substr(open + 1, field.find(')') - open - 1));
      }
    }
    if (w.type == EntityType::Work && s.section != none) {
      const auto kinds = lex_.find_work_types(article_.sections[static_cast<std::size_t>(s.section)].heading);
      if (!kinds.empty()) w.type = kinds.front().second;
    }
    const Origin o = origin(s);
    std::vector<Entity> agents{subject_};
    if (const std::size_t with = item.find("(with "); with != std::string_view::npos) {
      const std::size_t close = item.find(')', with);
      const std::string co(trim(item.substr(with + 6, close - with - 6)));
      if (capitalized(co)) agents.push_back(entity(co, EntityType::Person));
    }
    const std::size_t roles_from = static_cast<std::size_t>(item.data() - t.data()) + title_end;
    std::set<std::string> done;
    for (const auto& r : lex_.find_roles(t.substr(roles_from)))
      for (const auto& role : r.roles) {
        if (!done.insert(role).second) continue;
        for (const auto& who : agents) {
          Qualifiers q;
          q.role = role;
          if (!w.artist.empty()) q.artist = w.artist;
          if (w.year) q.year = year_string(w.year);
          add(Predicate::credit, who, work_entity(w), std::nullopt, q, o);
        }
      }
    if (w.year) {
      Qualifiers q;
      if (!w.artist.empty()) q.artist = w.artist;
      q.work_type = std::string(type_word(w.type));
      add(Predicate::releaseYear, work_entity(w), std::nullopt, year_string(w.year), q, o);
    }
    remember_work(w);
    return true;
  }

  // "- Owen Tull – vocals, guitar (1989–2016)" under a heading about members.
  bool member_item(const Sentence& s) {
    if (subject_.type != EntityType::Group || s.section == none || !starts_with_any(s.text, {"- ", "* ", "\xE2\x80\xA2 "}))
      return false;
    bool members = false;
    for (int sec = s.section; sec != none; sec = article_.sections[static_cast<std::size_t>(sec)].parent) {
      const std::string h = lower_ascii(article_.sections[static_cast<std::size_t>(sec)].heading);
      members = members || h.find("member") != std::string::npos || h.find("lineup") != std::string::npos ||
                h.find("line-up") != std::string::npos || h.find("personnel") != std::string::npos;
    }
    if (!members) return false;
    const std::string_view item = std::string_view(s.text).substr(s.text.find(' ') + 1);
    const auto toks = tokenize(item);
    const std::size_t e = name_run(item, toks, 0, false);
    if (e == 0) return false;
    Qualifiers q;
    const auto ts = ctx_.time.find(item);
    period(item, ts, q);
    add(Predicate::memberOf, entity(text_of(item, toks, 0, e), EntityType::Person), subject_, std::nullopt, q, origin(s));
    return true;
  }

  // Sentence `index` of the article.
  void sentence(const Sentence& s, std::size_t index) {
    fold_sentence(s.text);
    if (member_item(s) || list_item(s)) return;
    const std::string_view t = s.text;
    const auto works = find_works(t, true, index < base_works_.size() ? &base_works_[index] : nullptr);
    const auto ts = times(t, works);
    const auto awards = lex_.find_awards(t);
    const auto cats = find_categories(t, lex_);
    const bool about_subject = mentions_subject(t) || t.starts_with("There") || t.starts_with("Born");
    const Origin o = origin(s);

    release_years(works, o);
    birth_and_death(t, ts, o);
    life_span(t, ts, works, o);
    if (about_subject) {
      education(t, ts, o);
      employment(t, ts, o);
      credits(t, works, awards, cats, ts, o);
      roleless_credits(t, works, o);
      age(t, ts, o);
    }
    award_claims(t, works, awards, cats, ts, o, about_subject);
    membership(t, ts, works, o);

    for (const auto& m : ts)
      if (!m.relative) anchor_year_ = m.value.end_year ? m.value.end_year : m.value.begin_year;
    if (!awards.empty()) award_context_ = awards.back().index;
  }

  // Whether the word before token `first` says a person's name follows: a
  // descriptor ("the singer"), a role noun ("the arranger") or "by".
  bool names_person(std::string_view t, const std::vector<Token>& toks, std::size_t first) const {
    if (first == 0) return false;
    const std::string_view before = core(t.substr(toks[first - 1].begin, toks[first - 1].end - toks[first - 1].begin));
    if (descriptors_.contains(std::string(before)) || before == "by") return true;
    const auto roles = lex_.find_roles(before);
    return roles.size() == 1 && roles.front().kind == RoleKind::noun && roles.front().begin == 0 &&
           roles.front().end == before.size();
  }

  // "the singer Ana Reis (1941–2012)": a person's life span in parentheses
  // after the name gives a birth and a death year. The name is the subject's,
  // or another person's when the words before say a person is named.
  void life_span(std::string_view t, const std::vector<TimeMention>& ts, const std::vector<Work>& works, const Origin& o) {
    for (const auto& m : ts) {
      const int born = m.value.begin_year, died = m.value.end_year;
      if (m.relative || m.value.precision != TimePrecision::range || died - born < 10 || died - born > 110) continue;
      if (m.begin < 2 || t[m.begin - 1] != '(' || t[m.begin - 2] != ' ' || m.end >= t.size() || t[m.end] != ')') continue;
      const std::size_t open = m.begin - 2;
      bool work = false;
      for (const auto& w : works) work = work || (w.range.end <= open && open - w.range.end <= 1);
      if (work) continue;
      const auto toks = tokenize(t.substr(0, open));
      std::size_t b = toks.size();
      while (b > 0 && toks.size() - b < 4) {
        const std::string_view raw = t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin);
        if (!capitalized(raw) || (b < toks.size() && raw.find_first_of(",;:") != std::string_view::npos) ||
            core(raw) != raw)
          break;
        --b;
      }
      if (b == toks.size()) continue;
      const std::string name = text_of(t, toks, b, toks.size());
      Entity who;
      if (entity_key(name) == subject_.key || name == surname_) {
        who = subject_;
      } else if (toks.size() - b >= 2 && names_person(t, toks, b) && lex_.find_awards(name).empty()) {
        who = entity(name, EntityType::Person);
      } else {
        continue;
      }
      Qualifiers q;
      q.precision = "year";
      add(Predicate::birthDate, who, std::nullopt, year_string(born), q, o);
      add(Predicate::deathDate, who, std::nullopt, year_string(died), q, o);
    }
  }

  void release_years(const std::vector<Work>& works, const Origin& o) {
    for (const auto& w : works) {
      if (!w.year) continue;
      Qualifiers q;
      if (!w.artist.empty()) q.artist = w.artist;
      q.work_type = std::string(type_word(w.type));
      add(Predicate::releaseYear, work_entity(w), std::nullopt, year_string(w.year), q, o);
    }
  }

  // "born on May 4, 1961, in Recife, Brazil"; "Born: 4 May 1961, Recife, Brazil"; "died in 2010".
  void birth_and_death(std::string_view t, const std::vector<TimeMention>& ts, const Origin& o) {
    for (const auto& [verb, date_pred] : {std::pair{std::string_view("born"), Predicate::birthDate},
                                          std::pair{std::string_view("died"), Predicate::deathDate}}) {
      const std::size_t at = find_word(t, verb);
      if (at == std::string_view::npos) continue;
      // The clause before the verb must be about the subject, not a relative.
      const std::size_t clause = t.substr(0, at).find_last_of(";");
      const std::string_view before = t.substr(clause == std::string_view::npos ? 0 : clause + 1,
                                               at - (clause == std::string_view::npos ? 0 : clause + 1));
      bool relative = false;
      for (auto w : relatives_) relative = relative || find_word(before, w) != std::string_view::npos;
      if (relative) continue;
      // "Earl Voss (born 1931; died February 1990)": the dates are the named person's.
      Entity who = subject_;
      const std::size_t open = t.substr(0, at).rfind('(');
      if (open != std::string_view::npos && open > 1 && t.substr(open, at - open).find(')') == std::string_view::npos) {
        const auto toks = tokenize(t.substr(0, open));
        std::size_t b = toks.size();
        while (b > 0 && capitalized(t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin)) &&
               t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin).find_first_of(",;") == std::string_view::npos)
          --b;
        if (b < toks.size()) {
          const std::string name = text_of(t.substr(0, open), toks, b, toks.size());
          if (entity_key(name) != subject_.key && name != surname_ && tokenize(name).size() >= 2 && lex_.find_awards(name).empty())
            who = entity(name, EntityType::Person);
        }
      } else if (at > 0 && !mentions_subject(before)) {
        continue;
      }
      // The date: the first time after the verb, before another verb of its kind.
      const TimeMention* date = nullptr;
      for (const auto& m : ts)
        if (m.begin > at && !m.relative && (!date)) date = &m;
      if (date && date->begin - at < 40) {
        Qualifiers q;
        q.precision = std::string(precision_name(date->value.precision));
        add(date_pred, who, std::nullopt, date->value.iso, q, o);
      }
      if (date_pred != Predicate::birthDate || who.key != subject_.key) continue;
      // The place: "in City, Region" after the verb, or the names after the date in a field.
      std::size_t from = at + verb.size();
      // "born in 1959 in York": an "in" before a date is the date's.
      std::size_t in = t.find(" in ", from);
      while (in != std::string_view::npos && in + 4 < t.size() && date && date->begin == in + 4)
        in = t.find(" in ", date->end);
      std::size_t start = std::string_view::npos;
      if (in != std::string_view::npos && in - from < 40) start = in + 4;
      else if (date && t.substr(date->end).starts_with(", ") && at < 2) start = date->end + 2;
      if (start == std::string_view::npos) continue;
      const auto toks = tokenize(t.substr(start));
      std::size_t e = 0;
      std::size_t last = 0;
      while (e < toks.size()) {
        const std::string_view raw = t.substr(start + toks[e].begin, toks[e].end - toks[e].begin);
        const std::string_view w = core(raw);
        if (!capitalized(raw) || all_digits(w) || lex_.pronoun(w) || w == subject_.name || w == surname_) break;
        bool month = false;
        for (const auto& m : ts) month = month || (m.begin <= start + toks[e].begin && start + toks[e].begin < m.end);
        if (month) break;
        last = e + 1;
        ++e;
        if (raw.back() != ',' && raw.back() != ' ' && std::string_view(".;)").find(raw.back()) != std::string_view::npos)
          break;
        if (raw.back() == ',' && (e >= toks.size() || !capitalized(t.substr(start + toks[e].begin, toks[e].end - toks[e].begin))))
          break;
      }
      if (last == 0) continue;
      std::string place(t.substr(start, toks[last - 1].end));
      if (const std::size_t paren = place.find(')'); paren != std::string::npos) place.erase(paren);
      while (!place.empty() && std::string_view(",.;").find(place.back()) != std::string_view::npos) place.pop_back();
      add(Predicate::birthPlace, subject_, entity(place, EntityType::Place), std::nullopt, {}, o);
    }
  }

  // "around 1988" is 1987/1989 as an interval, but the year stated is 1988.
  static std::string stated_year(const TimeMention& m) {
    if (m.value.precision == TimePrecision::year) return year_string(m.value.begin_year);
    if (m.value.precision == TimePrecision::approximate && m.value.end_year - m.value.begin_year == 2)
      return year_string(m.value.begin_year + 1);
    return m.value.iso;
  }

  // Start and end of a period stated in the sentence: a range ("from 1990 to
  // 1993", "1986–1994"), or a year and "until 1986" / "stayed until".
  void period(std::string_view t, const std::vector<TimeMention>& ts, Qualifiers& q, std::size_t from = 0) const {
    const TimeMention* start = nullptr;
    const TimeMention* end = nullptr;
    for (const auto& m : ts) {
      if (m.relative || m.begin < from) continue;
      if (m.value.precision == TimePrecision::range && m.value.end_year != m.value.begin_year) {
        q.start_year = year_string(m.value.begin_year);
        if (m.value.end_year) q.end_year = year_string(m.value.end_year);  // 0 for "2001–present"
        return;
      }
      const std::string_view before = t.substr(0, m.begin);
      if (ends_with_any(before, {"until ", "till ", "through ", "to ", "left in ", "in "}) && start &&
          !ends_with_any(before, {" in "}))
        end = &m;
      else if (ends_with_any(before, {"until ", "till ", "through "}))
        end = &m;
      else if (!start)
        start = &m;
    }
    if (start) q.start_year = stated_year(*start);
    if (start && start->value.precision == TimePrecision::approximate &&
        start->value.end_year - start->value.begin_year == 2)
      q.qualifier = "around";
    if (end) q.end_year = stated_year(*end);
  }

  static std::string_view precision_name(TimePrecision p) {
    switch (p) {
      case TimePrecision::day: return "day";
      case TimePrecision::month: return "month";
      case TimePrecision::year: return "year";
      case TimePrecision::range: return "range";
      case TimePrecision::decade: return "decade";
      case TimePrecision::approximate: return "approximate";
    }
    return "year";
  }

  // Capitalized names containing an organization word.
  std::vector<Org> organizations(std::string_view t) const {
    std::vector<Org> out;
    const auto toks = tokenize(t);
    const auto awards = lex_.find_awards(t);
    for (std::size_t i = 0; i < toks.size(); ++i) {
      const std::string_view raw = t.substr(toks[i].begin, toks[i].end - toks[i].begin);
      const std::string_view w = is_possessive(raw) ? possessor(raw) : core(raw);
      const auto type = lex_.organization_word(w);
      if (!type) continue;
      bool in_award = false;
      for (const auto& a : awards) in_award = in_award || (toks[i].begin < a.end && a.begin < toks[i].end);
      if (in_award) continue;
      // Back over capitalized words ("Castlegate Sound Studios"), forward over "of Music".
      std::size_t b = i;
      while (b > 0) {
        const std::string_view r = t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin);
        if (!capitalized(r) || r.find_first_of(",;()") != std::string_view::npos || is_possessive(r) ||
            r == "The" || r == "In" || r == "At")
          break;
        --b;
      }
      std::size_t e = i + 1;
      // Further organization words belong to the same name: "Castlegate Sound Studios".
      while (!is_possessive(t.substr(toks[e - 1].begin, toks[e - 1].end - toks[e - 1].begin)) && e < toks.size() &&
             t.substr(toks[e - 1].begin, toks[e - 1].end - toks[e - 1].begin).find_first_of(",;.)") == std::string_view::npos) {
        const std::string_view nr = t.substr(toks[e].begin, toks[e].end - toks[e].begin);
        if (!lex_.organization_word(is_possessive(nr) ? possessor(nr) : core(nr))) break;
        ++e;
      }
      if (!is_possessive(t.substr(toks[e - 1].begin, toks[e - 1].end - toks[e - 1].begin)) &&
          t.substr(toks[e - 1].begin, toks[e - 1].end - toks[e - 1].begin).find_first_of(",;.)") == std::string_view::npos) {
        if (e + 1 < toks.size() && core(t.substr(toks[e].begin, toks[e].end - toks[e].begin)) == "of" &&
            capitalized(t.substr(toks[e + 1].begin, toks[e + 1].end - toks[e + 1].begin))) {
          const std::size_t run = name_run(t, toks, e + 1, false);  // "of The Hague", "of Music"
          if (run > e + 1) e = run;
        }
      }
      if (b == i && e == i + 1 && !is_possessive(raw) && raw.find_first_of(",;.)") == std::string_view::npos)
        e = name_after_head(t, toks, e);  // "Conservatorio Giuseppe Verdi", "École nationale supérieure Louis-Lumière"
      if (b == i && e == i + 1 && !(is_possessive(raw) || i + 1 < toks.size())) continue;
      std::string name = text_of(t, toks, b, e);
      if (is_possessive(t.substr(toks[e - 1].begin, toks[e - 1].end - toks[e - 1].begin))) {
        const std::size_t cut = name.rfind(possessor(t.substr(toks[e - 1].begin, toks[e - 1].end - toks[e - 1].begin)));
        name = name.substr(0, cut) + std::string(possessor(t.substr(toks[e - 1].begin, toks[e - 1].end - toks[e - 1].begin)));
      }
      if (tokenize(name).size() < 2) continue;  // "School" alone names nothing
      Org org{{toks[b].begin, toks[e - 1].end}, name, *type, false};
      org.sub_unit = !out.empty() && b > 0 && out.back().range.end == toks[b - 1].end &&
                     is_possessive(t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin));
      out.push_back(std::move(org));
      i = e - 1;
    }
    return out;
  }

  // The end of a name that follows its head word, as names in many languages
  // do: capitalized words, and lowercase particles or adjectives that a
  // capitalized word soon follows ("Universidad de Buenos Aires", "École
  // nationale supérieure Louis-Lumière"). Stops at a clause word or punctuation.
  std::size_t name_after_head(std::string_view t, const std::vector<Token>& toks, std::size_t e) const {
    static constexpr std::array<std::string_view, 17> stops{"in", "at", "and", "with", "from", "for", "to", "where",
                                                            "while", "before", "after", "on", "by", "as", "the", "a", "an"};
    auto word = [&](std::size_t k) { return t.substr(toks[k].begin, toks[k].end - toks[k].begin); };
    std::size_t end = e;
    for (std::size_t k = e; k < toks.size() && k < e + 6; ++k) {
      const std::string_view w = word(k);
      const std::string_view c = core(w);
      bool take = false;
      if (capitalized(w) && !lex_.pronoun(lower_ascii(c))) {
        take = true;
      } else if (std::find(stops.begin(), stops.end(), c) == stops.end() && c == w) {
        for (std::size_t n = k + 1; n < toks.size() && n <= k + 2 && !take; ++n) take = capitalized(word(n));
      }
      if (!take) break;
      if (capitalized(w)) end = k + 1;
      if (w.find_first_of(",;.)") != std::string_view::npos) break;
    }
    return end;
  }

  // A phrase after `marker` up to a clause end: "majoring in percussion and music theory".
  static std::string phrase_after(std::string_view t, std::size_t at) {
    std::size_t e = at;
    while (e < t.size() && t[e] != ',' && t[e] != ';' && t[e] != '.' && t[e] != '(') ++e;
    std::string_view p = t.substr(at, e - at);
    for (std::string_view stop : {" at ", " from ", " under ", " with ", " before ", " in 1", " in 2", " and graduat",
                                  " graduating", " and earn", " and receiv"}) {
      const std::size_t s = p.find(stop);
      if (s != std::string_view::npos) p = p.substr(0, s);
    }
    return std::string(trim(p));
  }

  // The first degree named in t[b, e): its range and form.
  std::optional<std::pair<Range, std::string>> degree_in(std::string_view t, std::size_t b, std::size_t e) const {
    std::optional<std::pair<Range, std::string>> best;
    for (std::string_view form : degrees_) {
      std::string capital(form);
      if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
      for (std::string_view f : {form, std::string_view(capital)}) {
        for (std::size_t at = t.find(f, b); at != std::string_view::npos && at + f.size() <= e; at = t.find(f, at + 1)) {
          if (!word_at(t, at, at + f.size()) && !(f.back() == '.' && word_at(t, at, at + f.size() - 1))) continue;
          if (!best || at < best->first.begin || (at == best->first.begin && at + f.size() > best->first.end))
            best = std::make_pair(Range{at, at + f.size()}, std::string(form));
          break;
        }
      }
    }
    return best;
  }

  // Where the last clause of t[b, e) starts: the clause that leads into what
  // follows e ("..., before completing a degree at <school>").
  static std::size_t last_clause(std::string_view t, std::size_t b, std::size_t e) {
    std::size_t cut = b;
    for (std::string_view brk : {", ", "; ", " before ", " after ", " and ", " then ", " while ", " where "}) {
      const std::size_t at = t.substr(0, e).rfind(brk);
      if (at != std::string_view::npos && at >= b && at > cut) cut = at;
    }
    return cut;
  }

  // Each school in a sentence owns the text around it: the text before the
  // first school, and after the last, belongs to them; between two schools,
  // the last clause leads into the second and the rest trails the first.
  // Fields, degrees and years are read in the parts a school owns, so "studied
  // physics at A, earning a degree in 1988, before completing a master's
  // degree in acoustics at B in 1990" gives each school its own.
  void education(std::string_view t, const std::vector<TimeMention>& ts, const Origin& o) {
    if (!has_word(t, {"attend", "attended", "attending", "enrolled", "studied", "studies", "study", "graduated",
                      "graduating", "graduation", "graduate", "degree", "majoring", "major", "education", "educated",
                      "alumnus", "alumna", "coursework", "student", "alma mater", "pursued", "diploma"}))
      return;
    std::vector<Org> schools;
    for (auto& org : organizations(t))
      if (org.type == EntityType::School && !org.sub_unit) schools.push_back(std::move(org));
    if (schools.empty()) {
      const int grad = graduation_year(t, ts, {Range{0, t.size()}});
      if (grad && last_school_) {
        Qualifiers q;
        q.institution = *last_school_;
        add(Predicate::graduationYear, subject_, std::nullopt, year_string(grad), q, o);
      }
      return;
    }
    std::vector<std::vector<Range>> owned(schools.size());
    std::vector<bool> continues(schools.size(), false);  // "... and later at B": B shares A's field
    std::vector<std::string> lead_field(schools.size());  // "... and sound engineering at B"
    owned[0].push_back({0, schools[0].range.begin});
    for (std::size_t i = 1; i < schools.size(); ++i) {
      const std::size_t from = schools[i - 1].range.end, to = schools[i].range.begin;
      const std::size_t cut = last_clause(t, from, to);
      owned[i - 1].push_back({from, cut});
      owned[i].push_back({cut, to});
      // The leading clause: connective, then words, then "at"/"from" (and "the").
      std::string_view lead = trim(t.substr(cut, to - cut));
      for (std::string_view c : {",", ";", "and ", "then ", "before ", "after ", "while "})
        if (lead.starts_with(c)) lead = trim(lead.substr(c.size()));
      if (lead.ends_with(" the") || lead == "the") lead.remove_suffix(std::min<std::size_t>(lead.size(), 4));
      lead = trim(lead);
      bool at_end = false;
      for (std::string_view a : {" at", " from"})
        if (lead.ends_with(a)) lead.remove_suffix(a.size()), at_end = true;
      if (lead == "at" || lead == "from") lead = {}, at_end = true;
      if (!at_end) continue;
      std::string words;
      for (const auto& tok : tokenize(lead)) {
        const std::string_view w = lead.substr(tok.begin, tok.end - tok.begin);
        if (w == "later" || w == "then" || w == "subsequently" || w == "afterwards" || w == "also" || w == "briefly")
          continue;
        words += (words.empty() ? "" : " ") + std::string(w);
      }
      if (words.empty()) continues[i] = true;
      else if (cut == from && !capitalized(words) && tokenize(words).size() <= 4 && !lex_.pronoun(lower_ascii(words.substr(0, words.find(' ')))) &&
               !lex_.title_word(lower_ascii(words.substr(0, words.find(' ')))) && degree_in(words, 0, words.size()) == std::nullopt)
        lead_field[i] = words;
    }
    owned.back().push_back({schools.back().range.end, t.size()});
    // "at A University, where she majored in X at its B School of Music": B
    // is a division of A, and what is said of B is said of A.
    for (std::size_t i = schools.size() - 1; i > 0; --i) {
      const std::string_view gap = t.substr(schools[i - 1].range.end, schools[i].range.begin - schools[i - 1].range.end);
      if (!has_word(gap, {"where", "within", "its"}) || has_word(gap, {"later", "then", "before", "after"}) ||
          schools[i - 1].name.find("Universit") == std::string::npos)
        continue;
      owned[i - 1].push_back(schools[i].range);
      owned[i - 1].insert(owned[i - 1].end(), owned[i].begin(), owned[i].end());
      if (continues[i] || !lead_field[i].empty()) lead_field[i - 1] = lead_field[i];
      schools.erase(schools.begin() + static_cast<std::ptrdiff_t>(i));
      owned.erase(owned.begin() + static_cast<std::ptrdiff_t>(i));
      continues.erase(continues.begin() + static_cast<std::ptrdiff_t>(i));
      lead_field.erase(lead_field.begin() + static_cast<std::ptrdiff_t>(i));
    }

    std::vector<std::string> previous_fields;
    for (std::size_t i = 0; i < schools.size(); ++i) {
      const auto& school = schools[i];
      const auto& parts = owned[i];
      // Someone else's schooling: "..., whose father taught at B".
      bool other = false;
      for (const auto& r : parts)
        other = other || has_word(t.substr(r.begin, r.end - r.begin), {"who", "whose", "met"});
      if (i > 0 && other) continue;
      std::vector<std::string> fields;
      auto add_field = [&](std::string f) {
        if (!f.empty() && std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(std::move(f));
      };
      for (const auto& r : parts)
        for (std::string_view lead : {"majoring in ", "majored in ", "major in ", "specializing in ", "specialized in ",
                                      "degree in ", "studies in ", "education in ", "studied ", "study of ", "diploma in "})
          for (std::size_t at = t.find(lead, r.begin); at != std::string_view::npos && at < r.end; at = t.find(lead, at + 1)) {
            std::string f = phrase_after(t, at + lead.size());
            const std::string first_word = lower_ascii(f.substr(0, f.find(' ')));
            if (f.empty() || capitalized(f) || f.size() > 60 || lex_.pronoun(first_word) || first_word == "the" ||
                first_word == "a" || first_word == "an" || lex_.title_word(first_word) || (f[0] >= '0' && f[0] <= '9'))
              continue;
            add_field(std::move(f));
          }
      if (!lead_field[i].empty()) add_field(lead_field[i]);
      std::optional<std::string> degree;
      for (const auto& r : parts) {
        if (degree) break;
        if (auto d = degree_in(t, r.begin, r.end)) {
          degree = d->second;
          // "a Bachelor of Arts in English": the field may be a proper noun.
          if (t.substr(d->first.end).starts_with(" in ")) {
            std::string f = phrase_after(t, d->first.end + 4);
            if (!f.empty() && f.size() <= 60 && !(f[0] >= '0' && f[0] <= '9') && !lex_.organization_word(f.substr(f.rfind(' ') + 1))) add_field(std::move(f));
          }
        }
      }
      if (fields.empty() && continues[i]) fields = previous_fields;
      previous_fields = fields;
      const int grad = graduation_year(t, ts, parts);
      std::optional<std::pair<int, int>> span;
      for (const auto& m : ts)
        if (!m.relative && m.value.precision == TimePrecision::range && m.value.end_year != 0)
          for (const auto& r : parts)
            if (m.begin >= r.begin && m.end <= r.end && !span) span = std::make_pair(m.value.begin_year, m.value.end_year);
      last_school_ = school.name;
      const Entity obj = entity(school.name, EntityType::School);
      auto base = [&] {
        Qualifiers q;
        if (degree) q.degree = degree;
        if (span) {
          q.start_year = year_string(span->first);
          q.end_year = year_string(span->second);
        }
        if (grad) q.end_year = year_string(grad);
        return q;
      };
      if (fields.empty()) add(Predicate::educatedAt, subject_, obj, std::nullopt, base(), o);
      for (const auto& f : fields) {
        Qualifiers q = base();
        q.field = f;
        add(Predicate::educatedAt, subject_, obj, std::nullopt, q, o);
      }
      if (grad) {
        Qualifiers q;
        q.institution = school.name;
        add(Predicate::graduationYear, subject_, std::nullopt, year_string(grad), q, o);
      }
    }
  }

  // The year after a word that ends a course of study, inside the parts.
  int graduation_year(std::string_view t, const std::vector<TimeMention>& ts, const std::vector<Range>& parts) const {
    for (const auto& r : parts) {
      const std::string_view part = t.substr(r.begin, r.end - r.begin);
      for (std::string_view g : completion_words_) {
        const std::size_t at = find_word(part, g);
        if (at == std::string_view::npos) continue;
        // The year after the word, in a part the school owns: "completing a
        // master's degree in orchestration at <school> in 1982".
        for (const auto& m : ts) {
          bool owned = false;
          for (const auto& p : parts) owned = owned || (m.begin >= p.begin && m.end <= p.end);
          if (owned && !m.relative && m.begin > r.begin + at && m.begin - (r.begin + at) < 160 &&
              m.value.precision != TimePrecision::decade && m.value.precision != TimePrecision::range)
            return m.value.begin_year;
        }
      }
    }
    return 0;
  }

  // "as a staff engineer", "as an assistant engineer"
  // Every "as a staff engineer", "as chief mastering engineer" in t, in order:
  // where the role phrase starts, and the phrase (up to its last role word).
  std::vector<std::pair<std::size_t, std::string>> roles_after_as(std::string_view t) const {
    std::vector<std::pair<std::size_t, std::string>> out;
    for (std::size_t at = find_word(t, "as"); at != std::string_view::npos; at = find_word(t, "as", at + 1)) {
      std::size_t start = at + 3;
      for (std::string_view article : {"an ", "a ", "the "})
        if (t.substr(start).starts_with(article)) {
          start += article.size();
          break;
        }
      std::size_t e = start;
      int words = 0;
      while (e < t.size() && words < 4) {
        std::size_t n = t.find(' ', e);
        if (n == std::string_view::npos) n = t.size();
        const std::string_view w = core(t.substr(e, n - e));
        const auto roles = lex_.find_roles(w);
        ++words;
        const bool ends = t.substr(e, n - e).find_first_of(",;.") != std::string_view::npos;
        e = n;
        if (!roles.empty() && (ends || e >= t.size() || lex_.find_roles(core(t.substr(e + 1, t.find(' ', e + 1) - e - 1))).empty())) {
          out.emplace_back(start, std::string(core(t.substr(start, e - start))));
          break;
        }
        if (ends) break;
        ++e;
      }
    }
    return out;
  }

  // "as a staff engineer", "as an assistant engineer"
  std::optional<std::string> role_after_as(std::string_view t) const {
    const auto all = roles_after_as(t);
    if (all.empty()) return std::nullopt;
    return all.front().second;
  }

  // An organization named by how the sentence speaks of it, though its name
  // has no organization word: "joined Estúdio Farol", "a staff producer at
  // Orbita Discos", "her own label, Selo Maré".
  std::vector<Org> employers(std::string_view t) const {
    std::vector<Org> out;
    for (auto& org : organizations(t))
      if (org.type == EntityType::Studio || org.type == EntityType::Label) out.push_back(std::move(org));
    const auto toks = tokenize(t);
    for (std::string_view lead : {"joined ", " at ", " for ", "label, ", "label ", "studio, ", "studio ", "facility, ",
                                  "deal with ", "signed with ", "signed to "}) {
      for (std::size_t at = t.find(lead); at != std::string_view::npos; at = t.find(lead, at + 1)) {
        const std::size_t start = at + lead.size();
        if (lead == " for " && !has_word(t.substr(0, at), {"worked", "working", "work"})) continue;
        if (lead == " at " && !has_word(t.substr(at > 40 ? at - 40 : 0, std::min<std::size_t>(at, 40)),
                                        {"engineer", "producer", "mixer", "songwriter", "staff", "house", "chief",
                                         "assistant", "worked", "working", "job", "position", "lecturer",
                                         "teacher", "professor", "orchestrator", "arranger", "career"}))
          continue;
        std::size_t ti = 0;
        while (ti < toks.size() && toks[ti].begin < start) ++ti;
        const std::size_t e = name_run(t, toks, ti, false);
        if (e <= ti) continue;
        const std::string name = text_of(t, toks, ti, e);
        const Range r{toks[ti].begin, toks[e - 1].end};
        bool seen = false;
        for (const auto& o : out) seen = seen || o.range.overlaps(r);
        if (seen || name == subject_.name || name == surname_ || !lex_.find_awards(name).empty()) continue;
        // "at Berklee College of Music": a school is no employer unless the sentence says so.
        EntityType type = lead.starts_with("label") ? EntityType::Label : EntityType::Organization;
        for (const auto& tok : tokenize(name))
          if (const auto ot = lex_.organization_word(core(name.substr(tok.begin, tok.end - tok.begin)))) type = *ot;
        if (type == EntityType::School && !has_word(t, {"taught", "teaching", "lecturer", "professor", "faculty", "teacher"}))
          continue;
        out.push_back({r, name, type, false});
      }
    }
    std::sort(out.begin(), out.end(), [](const Org& a, const Org& b) { return a.range.begin < b.range.begin; });
    return out;
  }

  void employment(std::string_view t, const std::vector<TimeMention>& ts, const Origin& o) {
    std::vector<Org> places;
    if (has_word(t, {"joined", "join", "joining", "worked", "working", "staff", "hired", "employed", "entered",
                     "served", "house", "position", "job", "tenure", "engineer", "producer", "signed", "began",
                     "started", "founded", "label", "lecturer", "taught", "orchestrator", "stayed", "chief",
                     "career", "opened", "launched", "established", "facility", "deal"}))
      places = employers(t);
    if (places.empty()) {
      // "There, he served as an assistant engineer": the place of the previous sentence.
      if (!last_org_ || !(t.starts_with("There") || t.starts_with("At "))) return;
      if (const auto role = role_after_as(t)) {
        Qualifiers q;
        q.role = role;
        add(Predicate::workedAt, subject_, *last_org_, std::nullopt, q, o);
      }
      return;
    }
    const auto all_roles = roles_after_as(t);
    const std::optional<std::string> role =
        all_roles.empty() ? std::nullopt : std::optional<std::string>(all_roles.front().second);
    for (const auto& org : places) {
      Qualifiers q;
      // "a staff producer at Orbita Discos": the role just before "at".
      if (role) q.role = role;
      else if (org.range.begin > 4 && t.substr(0, org.range.begin).ends_with(" at ")) {
        const std::string_view before = t.substr(0, org.range.begin - 4);
        const std::size_t cut = before.find_last_of(",;");
        const std::string_view clause = before.substr(cut == std::string_view::npos ? 0 : cut + 1);
        const auto toks = tokenize(clause);
        for (std::size_t k = toks.size(); k > 0 && toks.size() - k < 3; --k) {
          const std::string_view phrase = clause.substr(toks[k - 1].begin);
          if (!lex_.find_roles(phrase).empty() && lex_.find_roles(phrase).back().end == phrase.size()) {
            const std::string_view lead = clause.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
            if (lead != "a" && lead != "an" && lead != "the") q.role = std::string(core(phrase));
          }
        }
      }
      // Each organization takes the times of its own clause: "In the early 1990s she joined
      // X as a house producer, and around 2000 she left to found her own label, Y."
      std::size_t cb = 0, ce = t.size();
      for (std::size_t at = t.find(", and "); at != std::string_view::npos; at = t.find(", and ", at + 1))
        (at < org.range.begin ? cb : ce) = at < org.range.begin ? std::max(cb, at) : std::min(ce, at);
      std::vector<TimeMention> own;
      for (const auto& m : ts)
        if (m.begin >= cb && m.end <= ce) own.push_back(m);
      const Entity obj = entity(org.name, org.type);
      last_org_ = obj;
      // Several roles at the one place: "worked as an assistant from 1990 to
      // 1993 and as chief engineer from 1993 to 2004". Each role takes the
      // times up to the next one.
      if (const auto& roles = all_roles; places.size() == 1 && roles.size() >= 2) {
        for (std::size_t k = 0; k < roles.size(); ++k) {
          const std::size_t from = roles[k].first, to = k + 1 < roles.size() ? roles[k + 1].first : t.size();
          std::vector<TimeMention> mine;
          for (const auto& m : own)
            if (m.begin >= from && m.end <= to) mine.push_back(m);
          Qualifiers rq;
          rq.role = roles[k].second;
          period(t, mine, rq);
          add(Predicate::workedAt, subject_, obj, std::nullopt, rq, o);
        }
        continue;
      }
      period(t, own, q);
      add(Predicate::workedAt, subject_, obj, std::nullopt, q, o);
    }
  }

  // Roles in the sentence, without those inside titles, categories and awards.
  std::vector<RoleMatch> free_roles(std::string_view t, const std::vector<Work>& works,
                                    const std::vector<Match>& awards, const std::vector<Category>& cats) const {
    std::vector<RoleMatch> out;
    for (auto& r : lex_.find_roles(t)) {
      const Range rr{r.begin, r.end};
      bool inside = false;
      for (const auto& w : works) inside = inside || w.range.overlaps(rr);
      for (const auto& a : awards) inside = inside || rr.overlaps({a.begin, a.end});
      for (const auto& c : cats) inside = inside || c.range.overlaps(rr);
      if (!inside) out.push_back(std::move(r));
    }
    return out;
  }

  // The clause around `pos`: split at ";" and at ", and he", ", while", ", but" and the like.
  std::pair<std::size_t, std::size_t> clause_of(std::string_view t, std::size_t pos) const {
    std::size_t b = 0, e = t.size();
    auto split_at = [&](std::size_t at) {
      if (at < pos) b = std::max(b, at);
      else e = std::min(e, at);
    };
    for (std::size_t at = t.find(';'); at != std::string_view::npos; at = t.find(';', at + 1)) split_at(at);
    for (std::string_view sep : {", while ", ", but ", ", whereas "})
      for (std::size_t at = t.find(sep); at != std::string_view::npos; at = t.find(sep, at + 1)) split_at(at);
    for (std::size_t at = t.find(", and "); at != std::string_view::npos; at = t.find(", and ", at + 1)) {
      const std::string_view next = t.substr(at + 6, t.find(' ', at + 6) - at - 6);
      if (lex_.pronoun(next) || next == surname_ || next == subject_.name) split_at(at);
    }
    return {b, e};
  }

  // A noun role counts only where it names a credit: "production and mixing on
  // X", "mixing duties", "as a producer"; not "pop production" or "a score".
  static bool noun_counts(std::string_view t, const RoleMatch& r, const std::vector<RoleMatch>& all) {
    const std::string_view after = t.substr(r.end);
    for (std::string_view next : {" on ", " of ", " for ", " duties", " credits", " credit", " work", " role"})
      if (after.starts_with(next)) return true;
    const std::string_view before = t.substr(0, r.begin);
    if (ends_with_any(before, {" as a ", " as an ", " as ", "As a ", "as the ", " was the ", " was a ", " is the ",
                               " was an ", " was executive ", " was chief "}))
      return true;
    // Coordinated with a role that counts: "production and mixing duties".
    for (const auto& o : all) {
      if (&o == &r) continue;
      const bool adjacent = (o.begin > r.end && o.begin - r.end <= 6 &&
                             trim(t.substr(r.end, o.begin - r.end)).find_first_not_of(",and ") == std::string_view::npos) ||
                            (r.begin > o.end && r.begin - o.end <= 6 &&
                             trim(t.substr(o.end, r.begin - o.end)).find_first_not_of(",and ") == std::string_view::npos);
      if (adjacent && (o.kind != RoleKind::noun || t.substr(o.end).starts_with(" on ") ||
                       t.substr(o.end).starts_with(" duties")))
        return true;
    }
    return false;
  }

  // A one-word name ("Lund") as the two-word name that ends with it elsewhere
  // in the article ("Iris Lund"), when there is exactly one such name.
  std::string full_name(const std::string& name) const {
    if (name.find(' ') != std::string::npos) return name;
    const auto it = full_names_.find(name);
    return it == full_names_.end() || it->second.empty() ? name : it->second;
  }

  void index_names() {
    for (const auto& s : article_.sentences) {
      const std::string_view t = s.text;
      const auto toks = tokenize(t);
      for (std::size_t i = 1; i < toks.size(); ++i) {
        const std::string_view a = t.substr(toks[i - 1].begin, toks[i - 1].end - toks[i - 1].begin);
        const std::string_view b = core(t.substr(toks[i].begin, toks[i].end - toks[i].begin));
        const std::string_view last = is_possessive(b) ? possessor(b) : b;
        if (i == 1 || !capitalized(a) || core(a) != a || !capitalized(last) || all_digits(last) ||
            lex_.title_word(lower_ascii(a)) || lex_.organization_word(last))
          continue;
        const std::string full = std::string(a) + " " + std::string(last);
        auto [it, fresh] = full_names_.try_emplace(std::string(last), full);
        if (!fresh && it->second != full) it->second.clear();  // ambiguous: two people share the surname
      }
    }
  }

  void credits(std::string_view t, const std::vector<Work>& works, const std::vector<Match>& awards,
               const std::vector<Category>& cats, const std::vector<TimeMention>& ts, const Origin& o) {
    if (works.empty()) return;
    bool negated = false;
    for (auto w : negations_) negated = negated || find_word(t, w) != std::string_view::npos;
    int sentence_year = 0;
    for (const auto& m : ts)
      if (!m.relative && m.value.precision == TimePrecision::year) {
        sentence_year = sentence_year ? -1 : m.value.begin_year;  // only when one year is stated
      }
    if (sentence_year < 0) sentence_year = 0;
    const auto all = free_roles(t, works, awards, cats);
    std::vector<RoleMatch> roles;
    for (const auto& r : all) roles.push_back(r);
    if (roles.empty()) return;
    const auto toks = tokenize(t);
    std::set<std::pair<std::string, std::string>> done;
    for (const auto& r : roles) {
      // Another agent: "produced by Iris Lund", "under Lund's production", "producer Iris Lund".
      std::string agent;
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].begin < r.end) ++ti;
      if (t.substr(r.end).starts_with(" by ")) {
        std::size_t bi = ti;
        while (bi < toks.size() && toks[bi].begin < r.end + 4) ++bi;
        agent = name_after_descriptor(t, toks, bi);
        const std::string_view by = t.substr(r.end + 4);
        if (agent.empty() && subject_.type == EntityType::Group &&
            starts_with_any(by, {"the band", "the group", "themselves", "the duo", "the trio"}))
          agent = subject_.name;
        if (agent.empty()) continue;  // "produced by the label": nobody named
      } else if (r.kind == RoleKind::verb && r.begin > 0) {
        // "Ruud Verbeek engineered the sessions": a name right before the verb is its agent.
        std::size_t pi = 0;
        while (pi < toks.size() && toks[pi].end < r.begin) ++pi;
        std::size_t b = pi;
        // "the session drummer Erik Solberg, played drums": the name may end with a comma.
        auto name_token = [&](std::size_t i) {
          const std::string_view raw = t.substr(toks[i].begin, toks[i].end - toks[i].begin);
          const std::string_view inner = i + 1 == pi && raw.back() == ',' ? raw.substr(0, raw.size() - 1) : raw;
          return capitalized(inner) && inner.find_first_of(",;()\"") == std::string_view::npos && !all_digits(core(inner));
        };
        while (b > 0 && name_token(b - 1)) --b;
        if (pi >= b + 2 && toks[pi - 1].end + 1 == r.begin && b > 0 && !starters_.contains(std::string(core(t.substr(toks[b].begin, toks[b].end - toks[b].begin))))) {
          const std::string name = text_of(t, toks, b, pi);
          bool title = false;
          for (const auto& w : works) title = title || w.range.overlaps({toks[b].begin, toks[pi - 1].end});
          if (!title && !lex_.title_word(lower_ascii(core(t.substr(toks[b].begin, toks[b].end - toks[b].begin)))))
            agent = name;
        }
      }
      if (agent.empty() && r.kind == RoleKind::noun && ti < toks.size() && toks[ti].begin == r.end + 1 &&
                 capitalized(t.substr(toks[ti].begin, toks[ti].end - toks[ti].begin))) {
        const std::size_t e = name_run(t, toks, ti, false);
        if (e >= ti + 2) agent = text_of(t, toks, ti, e);
      } else if (agent.empty() && r.begin >= 3) {
        std::size_t pi = 0;
        while (pi < toks.size() && toks[pi].end < r.begin - 1) ++pi;
        if (pi < toks.size() && toks[pi].end == r.begin - 1) {
          const std::string_view raw = t.substr(toks[pi].begin, toks[pi].end - toks[pi].begin);
          if (is_possessive(raw) && capitalized(raw) && !lex_.pronoun(possessor(raw))) {
            std::size_t b = pi;
            while (b > 0 && capitalized(t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin)) &&
                   t.substr(toks[b - 1].begin, toks[b - 1].end - toks[b - 1].begin).find_first_of(",;") ==
                       std::string_view::npos)
              --b;
            agent = (b < pi ? text_of(t, toks, b, pi) + " " : std::string()) + std::string(possessor(raw));
          }
        }
      }
      if (!agent.empty()) agent = full_name(agent);
      // "performed by Rod Stewart" names the artist (see find_works), not a credit.
      if (!agent.empty() && std::find(r.roles.begin(), r.roles.end(), "performer") != r.roles.end()) continue;
      const bool subject_agent = agent.empty() || entity_key(agent) == subject_.key ||
                                 (!surname_.empty() && entity_key(agent) == entity_key(surname_));
      if (r.kind == RoleKind::noun && subject_agent && !noun_counts(t, r, all)) continue;
      if (subject_agent && negated) continue;
      // Which works: for another agent, the nearest work before the phrase (an
      // album before a song); for the subject, every work in the sentence.
      std::vector<const Work*> targets;
      if (!subject_agent) {
        const Work* best = nullptr;
        const Work* best_song = nullptr;
        for (const auto& w : works) {
          if (w.range.begin >= r.begin && !(r.kind == RoleKind::noun && w.range.begin > r.end)) continue;
          if (w.type == EntityType::Song) best_song = &w;
          else best = &w;
        }
        if (!best) best = best_song;
        if (!best) {
          for (const auto& w : works)
            if (w.range.begin > r.end) {
              best = &w;
              break;
            }
        }
        if (best) targets.push_back(best);
        if (r.kind == RoleKind::noun)  // "producer Iris Lund on projects including X and Y": all of them
          for (const auto& w : works)
            if (w.range.begin > r.end && &w != best) targets.push_back(&w);
      } else {
        // "X (1992) by A, which she mastered": a relative clause binds the role to the work before it.
        const Work* before = nullptr;
        for (const auto& w : works)
          if (w.range.end <= r.begin) before = &w;
        const std::string_view gap = before ? t.substr(before->range.end, r.begin - before->range.end) : std::string_view{};
        // "She recorded X and mixed Y": a verb's objects are the works after it, up to
        // the next verb that is neither coordinated with it ("produced and mixed X")
        // nor passive ("produced by Iris Lund").
        std::vector<const Work*> objects;
        if (r.kind == RoleKind::verb) {
          std::size_t limit = clause_of(t, r.begin).second;
          std::size_t chain_end = r.end;
          for (const auto& later : all) {
            if (later.begin <= r.begin) continue;
            const std::string_view between = trim(t.substr(chain_end, later.begin - chain_end));
            if (between.empty() || between == "and" || between == "," || between == ", and" || between == "or") {
              chain_end = later.end;
              continue;
            }
            if (later.kind == RoleKind::verb && !t.substr(later.end).starts_with(" by ")) {
              limit = std::min(limit, later.begin);
              break;
            }
          }
          for (const auto& w : works)
            if (w.range.begin >= r.end && w.range.begin < limit) objects.push_back(&w);
        }
        const bool relative = before && gap.find(';') == std::string_view::npos &&
                              (gap.find(" which ") != std::string_view::npos || gap.find(" where ") != std::string_view::npos ||
                               gap.find(", which") != std::string_view::npos);
        // The end of the role's coordinated chain ("mastered and co-produced").
        std::size_t chain_end = r.end;
        for (const auto& later : all)
          if (later.begin > chain_end && trim(t.substr(chain_end, later.begin - chain_end)).find_first_not_of(",and ") == std::string_view::npos)
            chain_end = later.end;
        const std::string_view after_chain = t.substr(chain_end);
        if (relative && (after_chain.empty() || after_chain.starts_with(",") || after_chain.starts_with(".") ||
                         after_chain.starts_with(";"))) {
          // "Prairie Fire (1992), which she mastered, and ...": the antecedent alone.
          targets.push_back(before);
        } else if (!objects.empty()) {
          targets = objects;
          // "which she wrote for her album X": the antecedent too.
          if (relative) targets.insert(targets.begin(), before);
          // "For Blue Harbor (2004), she engineered ...": a work fronted before the clause.
          const std::size_t comma = t.find(", ");
          if (starts_with_any(t, {"For ", "On ", "In ", "With ", "At "}) && comma < r.begin)
            for (const auto& w : works)
              if (w.range.end <= comma) targets.insert(targets.begin(), &w);
        } else if (relative) {
          targets.push_back(before);
          const std::size_t clause_end = std::min(t.find(';', r.end), t.find(", and ", r.end));
          for (const auto& w : works)
            if (w.range.begin > r.end && w.range.begin < clause_end) targets.push_back(&w);
        } else {
          // The works in the role's own clause: "he produced X, Y and Z, and he co-produced W".
          const auto [cb, ce] = clause_of(t, r.begin);
          for (const auto& w : works)
            if (w.range.begin >= cb && w.range.begin < ce) targets.push_back(&w);
          if (targets.empty())
            for (const auto& w : works) targets.push_back(&w);
        }
      }
      std::vector<Entity> agents{subject_agent ? subject_ : entity(agent, EntityType::Person)};
      std::vector<const Work*> co_works;
      {
        const std::size_t stop = std::min(t.find(';', r.end), t.find(". ", r.end));
        const std::string_view clause = t.substr(r.end, stop == std::string_view::npos ? std::string_view::npos : stop - r.end);
        const std::size_t with = clause.find(" with ");
        const std::size_t paren_with = clause.find("(with ");
        std::size_t at = with != std::string_view::npos ? with + 6 : paren_with != std::string_view::npos ? paren_with + 6 : std::string_view::npos;
        // "co-produced by the band and Ana Ribeiro": the second agent.
        if (at == std::string_view::npos && clause.starts_with(" by ")) {
          const std::size_t and_at = clause.find(" and ");
          if (and_at != std::string_view::npos && and_at < 40) at = and_at + 5;
        }
        // Only the role just before "with" is shared: "mastered and co-produced with X".
        if (at != std::string_view::npos && at < 80) {
          for (const auto& other : all)
            if (other.begin > r.end && other.begin < r.end + at) at = std::string_view::npos;
        }
        if (at != std::string_view::npos && at < 80) {
          std::size_t wi = 0;
          while (wi < toks.size() && toks[wi].begin < r.end + at) ++wi;
          const std::string co = name_after_descriptor(t, toks, wi);
          bool title = false;
          for (const auto& w : works) title = title || entity_key(w.name) == entity_key(co) || entity_key(w.artist) == entity_key(co);
          if (!co.empty() && !title && entity_key(co) != agents.front().key && lex_.find_awards(co).empty()) {
            agents.push_back(entity(co, EntityType::Person));
            co_works.clear();
            for (const auto& w : works)
              if (w.range.begin >= r.end && w.range.begin < r.end + at) co_works.push_back(&w);
            if (co_works.empty() && !targets.empty()) co_works.push_back(targets.back());
          }
        }
      }
      for (const Entity& who : agents)
      for (const Work* w : who.key == agents.front().key ? targets : co_works) {
        // "Faith of the Heart" performed by Rod Stewart: the artist, not a credit.
        if (!subject_agent && entity_key(w->artist) == who.key) continue;
        for (const auto& role : r.roles) {
          if (!done.emplace(who.key + "|" + entity_key(w->name), role).second) continue;
          Qualifiers q;
          q.role = role;
          if (!w->artist.empty()) q.artist = w->artist;
          const auto known = known_works_.find(entity_key(w->name));
          int year = w->year ? w->year : (known != known_works_.end() ? known->second.year : 0);
          if (!year) year = sentence_year;  // "In 2012 he remixed X"
          if (year) q.year = year_string(year);
          add(Predicate::credit, who, work_entity(*w), std::nullopt, q, o);
        }
      }
    }
  }

  // "his contributions to X", "contributed to the soundtrack for X": a credit with no role,
  // for each work that got none from a role word.
  void roleless_credits(std::string_view t, const std::vector<Work>& works, const Origin& o) {
    if (works.empty()) return;
    bool said = false;
    for (auto w : credit_words_) said = said || find_word(t, w) != std::string_view::npos;
    for (auto w : negations_) said = said && find_word(t, w) == std::string_view::npos;
    if (!said) return;
    for (const auto& w : works) {
      if (credited_.contains(std::to_string(o.span.start) + "|" + subject_.key + "|" + entity_key(w.name))) continue;
      Qualifiers q;
      if (!w.artist.empty()) q.artist = w.artist;
      const auto known = known_works_.find(entity_key(w.name));
      const int year = w.year ? w.year : (known != known_works_.end() ? known->second.year : 0);
      if (year) q.year = year_string(year);
      add(Predicate::credit, subject_, work_entity(w), std::nullopt, q, o);
    }
  }

  void age(std::string_view t, const std::vector<TimeMention>& ts, const Origin& o) {
    const auto toks = tokenize(t);
    for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
      const std::string_view w = core(t.substr(toks[i].begin, toks[i].end - toks[i].begin));
      std::optional<int> n;
      if ((w == "age" || w == "aged") && i + 1 < toks.size())
        n = lex_.number(core(t.substr(toks[i + 1].begin, toks[i + 1].end - toks[i + 1].begin)));
      if (w == "age" && i + 2 < toks.size() && core(t.substr(toks[i + 1].begin, toks[i + 1].end - toks[i + 1].begin)) == "of")
        n = lex_.number(core(t.substr(toks[i + 2].begin, toks[i + 2].end - toks[i + 2].begin)));
      if (w.ends_with("-year-old")) n = lex_.number(w.substr(0, w.size() - 9));
      if (!n || *n <= 0 || *n > 120) continue;
      Qualifiers q;
      if (const int y = year_near(ts)) q.year = year_string(y);
      add(Predicate::ageAt, subject_, std::nullopt, std::to_string(*n), q, o);
      return;
    }
  }

  // Counts, wins, nominations, firsts.
  void award_claims(std::string_view t, const std::vector<Work>& works, const std::vector<Match>& awards,
                    const std::vector<Category>& cats, const std::vector<TimeMention>& ts, const Origin& o,
                    bool about_subject) {
    const auto toks = tokenize(t);
    auto token_index = [&](std::size_t pos) {
      std::size_t i = 0;
      while (i < toks.size() && toks[i].end <= pos) ++i;
      return i;
    };
    auto word = [&](std::size_t i) { return core(t.substr(toks[i].begin, toks[i].end - toks[i].begin)); };
    std::set<std::size_t> counted;  // award mentions used as counts
    std::optional<std::size_t> count_award;
    std::optional<std::string> category_of_count;

    // 1. Counts: "16 Grammy Awards", "a record 13 Latin Grammy Awards", "three for Anglo music",
    //    "three victories in Latin album categories".
    std::vector<std::size_t> counted_awards;  // the awards counted so far in this sentence
    for (std::size_t i = 0; i < toks.size(); ++i) {
      const auto n = lex_.number(word(i));
      if (!n || *n >= 1000 || *n <= 0) continue;
      if (i > 0 && (word(i - 1) == "No" || word(i - 1) == "the")) continue;
      // "four Grammy Awards and two Latin Grammy Awards, six in total": a total
      // of the counts before it, of one award when they all count the same one.
      bool total_tail = false;
      for (std::string_view tail : {" in total", " in all", " overall", " altogether", " combined", " awards in total",
                                    " awards in all", " awards overall"})
        total_tail = total_tail || t.substr(toks[i].end).starts_with(tail);
      if (total_tail && !counted_awards.empty()) {
        Qualifiers q;
        q.scope = "total";
        if (std::all_of(counted_awards.begin(), counted_awards.end(), [&](std::size_t a) { return a == counted_awards.front(); }))
          q.award = lex_.awards()[counted_awards.front()].name;
        add(Predicate::awardCount, subject_, std::nullopt, std::to_string(*n), q, o);
        continue;
      }
      std::optional<std::size_t> award;
      std::size_t award_mention = awards.size();
      for (std::size_t a = 0; a < awards.size(); ++a)
        if (awards[a].begin == toks[i].end + 1) award = awards[a].index, award_mention = a;
      std::optional<std::string> scope;
      const std::size_t next = i + 1;
      if (!award && next < toks.size()) {
        const std::string nw = lower_ascii(word(next));
        const bool noun = nw == "victories" || nw == "wins" || nw == "awards" || nw == "trophies" || nw == "for";
        if (!noun) continue;
        if (nw == "for" && next + 1 < toks.size()) scope = lex_.scope_word(word(next + 1));
        std::optional<std::string> count_category;
        if (nw == "for" && !scope)
          for (const auto& c : cats)
            if (next + 1 < toks.size() && c.range.begin == toks[next + 1].begin) count_category = c.text;
        if (nw == "for" && !scope && !count_category) continue;
        category_of_count = count_category;
        for (std::size_t k = next; k < std::min(toks.size(), next + 5) && !scope; ++k) scope = lex_.scope_word(word(k));
        if (count_award) {
          award = count_award;
        } else if (!awards.empty()) {
          award = awards.front().index;
          counted.insert(0);
        } else {
          award = award_context_;
        }
        if (!award) continue;
      }
      if (!award) continue;
      Qualifiers q;
      q.award = lex_.awards()[*award].name;
      // Words just before the number, back to the previous clause: "a total of 16", "a record 13".
      for (std::size_t k = i; k > 0 && i - k < 4; --k) {
        const std::string_view raw = t.substr(toks[k - 1].begin, toks[k - 1].end - toks[k - 1].begin);
        const std::string lw = lower_ascii(core(raw));
        if (lw == "and" || lw == "or" || raw.back() == ',' || raw.back() == ';') break;
        if (lw == "record") q.qualifier = "record";
        if (lw == "least") q.qualifier = "at least";
        if (lw == "over" || lw == "than") q.qualifier = "more than";
        if (const auto sw = lex_.scope_word(lw)) scope = *sw;
      }
      if (award_mention < awards.size()) {
        for (std::string_view tail : {" in all", " in total", " overall", " altogether", " combined"})
          if (t.substr(awards[award_mention].end).starts_with(tail)) scope = "total";
        // "two Grammy Awards for Latin music"
        if (!scope && t.substr(awards[award_mention].end).starts_with(" for ")) {
          const std::size_t k = token_index(awards[award_mention].end + 5);
          if (k < toks.size()) scope = lex_.scope_word(word(k));
        }
      }
      if (scope) q.scope = *scope;
      if (category_of_count) q.category = *category_of_count;
      category_of_count.reset();
      if (award_mention < awards.size()) counted.insert(award_mention);
      count_award = award;
      counted_awards.push_back(*award);
      add(Predicate::awardCount, subject_, std::nullopt, std::to_string(*n), q, o);
    }

    // 2. First events: "His first Grammy wins came in 1997 for the song ...".
    std::set<std::size_t> firsts;
    for (std::size_t a = 0; a < awards.size(); ++a) {
      const std::size_t i = token_index(awards[a].begin);
      if (i == 0 || lower_ascii(word(i - 1)) != "first") continue;
      firsts.insert(a);
      Qualifiers q;
      q.award = lex_.awards()[awards[a].index].name;
      if (const int y = year_near(ts, awards[a].end)) q.year = year_string(y);
      for (const auto& w : works)
        if (w.range.begin > awards[a].end) {
          q.work = w.name;
          break;
        }
      const bool nomination = has_word(t.substr(awards[a].end, 20), {"nomination", "nominations"});
      add(Predicate::firstEvent, subject_, std::nullopt,
          std::string(nomination ? "awardNominated" : "awardWon"), q, o);
      // "His first Grammy wins came in 1997 for X" also says he won it then.
      Qualifiers win;
      win.year = q.year;
      win.work = q.work;
      if (win.year || win.work)
        add(nomination ? Predicate::awardNominated : Predicate::awardWon, subject_,
            entity(lex_.awards()[awards[a].index].name, EntityType::Award), std::nullopt, win, o);
    }

    // 3. Wins and nominations. Each award takes the verb nearest before it in its
    //    clause ("won the BAFTA ... and was nominated for the Academy Award").
    static constexpr std::string_view win_words[] = {"won", "win", "wins", "winning", "earned", "received",
                                                     "awarded", "secured", "victory", "victories", "honored",
                                                     "honoured", "took home", "earning", "collected", "garnered",
                                                     "came"};
    static constexpr std::string_view nomination_words[] = {"nominated", "nomination", "nominations", "nominee",
                                                            "shortlisted"};
    auto verb_before = [&](std::size_t pos) -> int {  // 1 won, -1 nominated, 0 none
      std::size_t best = std::string_view::npos;
      int kind = 0;
      const std::size_t clause = t.substr(0, pos).find_last_of(";");
      const std::size_t from = clause == std::string_view::npos ? 0 : clause;
      auto scan = [&](std::string_view w, int k) {
        for (std::size_t at = find_word(t, w, from); at != std::string_view::npos && at < pos; at = find_word(t, w, at + 1))
          if (best == std::string_view::npos || at > best) best = at, kind = k;
      };
      for (auto w : win_words) scan(w, 1);
      for (auto w : nomination_words) scan(w, -1);
      return kind;
    };
    auto emit = [&](std::size_t award, int year, const std::string& category, const Work* w, bool win,
                    std::optional<std::string> role, bool work_is_subject) {
      if (!year && category.empty() && !w) return;  // "her Grammy successes" states no particular award
      Qualifiers q;
      if (year) q.year = year_string(year);
      if (!category.empty()) q.category = category;
      if (w && !work_is_subject) q.work = w->name;
      if (role) q.role = role;
      add(win ? Predicate::awardWon : Predicate::awardNominated, work_is_subject && w ? work_entity(*w) : subject_,
          entity(lex_.awards()[award].name, EntityType::Award), std::nullopt, q, o);
    };
    // "the album won", "which won", "Tempo Bom won": the work is the winner.
    auto work_subject = [&](std::size_t verb_at, const Work* w) {
      if (!w || verb_at == std::string_view::npos) return false;
      const std::size_t clause = t.substr(0, verb_at).find_last_of(";,");
      std::string_view lead = trim(t.substr(clause == std::string_view::npos ? 0 : clause + 1,
                                            verb_at - (clause == std::string_view::npos ? 0 : clause + 1)));
      if (lead.starts_with("which") || lead.starts_with("that")) return true;
      for (const auto& [m, type] : lex_.find_work_types(lead))
        if (m.begin <= 4 && (lead.starts_with("the ") || lead.starts_with("The ") || m.begin == 0)) return true;
      return lead.starts_with(w->name) && lead.size() <= w->name.size() + 12;
    };
    // Parenthetical awards after a work: "Noche y Día (2011 Latin Grammy for Best Rock Album)".
    for (const auto& w : works)
      if (w.award) emit(*w.award, w.award_year, w.award_category, &w, true, std::nullopt, false);
    const bool nominated = has_word(t, {"nominated", "nomination", "nominations", "nominee", "shortlisted"});
    bool won = false;
    for (auto w : win_words) won = won || find_word(t, w) != std::string_view::npos;
    if (!won && !nominated && cats.empty()) return;
    const auto roles = free_roles(t, works, awards, cats);
    auto role_between = [&](std::size_t b, std::size_t e) -> std::optional<std::string> {
      for (const auto& r : roles)
        if (r.begin >= b && r.end <= e) return r.roles.front();
      return std::nullopt;
    };
    auto nearest_year = [&](std::size_t b, std::size_t e) {
      int year = 0;
      std::size_t best = std::string_view::npos;
      for (auto m : ts) {
        // "The following year she won ...": counted from the previous dated statement.
        if (m.relative && anchor_year_)
          if (const auto v = TimeParser::resolve(m, anchor_year_)) m.value = *v, m.relative = false;
        if (m.relative || m.value.precision == TimePrecision::decade) continue;
        const std::size_t d = m.begin >= e ? m.begin - e : (m.end <= b ? b - m.end : 0);
        if (d < best) best = d, year = m.value.begin_year;
      }
      return year;
    };
    // A title named after "for" or "with", past an optional year: "... Album in 2014 for Vento Sul".
    auto named_for = [&](std::size_t pos, Work& named) {
      std::size_t at = pos;
      if (t.substr(at).starts_with(" in ") && at + 8 <= t.size() && all_digits(t.substr(at + 4, 4))) at += 8;
      std::size_t lead = 0;
      for (std::string_view l : {" for ", " with "})
        if (t.substr(at).starts_with(l)) lead = l.size();
      if (lead == 0) return false;
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].begin < at + lead) ++ti;
      const std::size_t e = name_run(t, toks, ti, false);
      if (e <= ti || word(ti) == "Best" || !lex_.find_awards(text_of(t, toks, ti, e)).empty()) return false;
      named.name = text_of(t, toks, ti, e);
      named.range = {toks[ti].begin, toks[e - 1].end};
      return true;
    };
    // Two or more years listed from `pos` on: " (1995, 1999 and 2004)",
    // " in 1995, 1999, and 2004". Empty when fewer than two.
    auto year_list_after = [&](std::size_t pos) {
      std::vector<int> years;
      std::size_t at = pos;
      for (std::string_view lead : {" (", " in "})
        if (t.substr(at).starts_with(lead)) {
          at += lead.size();
          break;
        }
      while (true) {
        const TimeMention* here = nullptr;
        for (const auto& m : ts)
          if (m.begin == at && !m.relative && m.value.precision == TimePrecision::year) here = &m;
        if (!here) break;
        years.push_back(here->value.begin_year);
        at = here->end;
        bool more = false;
        for (std::string_view sep : {", and ", ", ", " and ", " & "})
          if (t.substr(at).starts_with(sep)) {
            at += sep.size();
            more = true;
            break;
          }
        if (!more) break;
      }
      if (years.size() < 2) years.clear();
      return years;
    };
    bool any = false;
    std::set<std::size_t> used_cats;
    for (std::size_t a = 0; a < awards.size(); ++a) {
      if (counted.contains(a) || firsts.contains(a)) continue;
      bool in_paren = false;
      for (const auto& w : works) in_paren = in_paren || (w.award && awards[a].begin >= w.range.end && awards[a].end <= w.after);
      if (in_paren) continue;
      int kind = verb_before(awards[a].begin);
      const std::string_view after = t.substr(awards[a].end);
      if (after.starts_with(" nomination") || after.starts_with(" nominee")) kind = -1;
      if (kind == 0) kind = won ? 1 : -1;
      // The year: written before it ("the 2007 Grammy"), else the nearest in the sentence.
      int year = 0;
      if (awards[a].begin >= 5 && all_digits(t.substr(awards[a].begin - 5, 4))) year = std::stoi(std::string(t.substr(awards[a].begin - 5, 4)));
      if (!year) year = nearest_year(awards[a].begin, awards[a].end);
      std::string category;
      std::size_t cat_end = awards[a].end;
      for (std::size_t ci = 0; ci < cats.size(); ++ci) {
        const auto& c = cats[ci];
        if (c.range.begin >= awards[a].end && c.range.begin - awards[a].end < 12 && category.empty()) {
          category = c.text;
          cat_end = c.range.end;
          used_cats.insert(ci);
        }
      }
      // The work: named after the award or its category ("for Harbour Lights"), else the nearest before.
      const Work* work = nullptr;
      for (const auto& w : works)
        if (w.range.begin >= cat_end && t.substr(cat_end, w.range.begin - cat_end).find_first_of(";,") == std::string_view::npos &&
            w.range.begin - cat_end < 40) {
          work = &w;
          break;
        }
      Work named;
      if (!work && named_for(cat_end, named)) work = &named;
      if (!work)
        for (const auto& w : works)
          if (w.range.end <= awards[a].begin) work = &w;
      // Where the verb stands decides who won: the person, or the work.
      std::size_t verb_at = std::string_view::npos;
      for (auto w : kind > 0 ? std::vector<std::string_view>(std::begin(win_words), std::end(win_words))
                             : std::vector<std::string_view>(std::begin(nomination_words), std::end(nomination_words)))
        for (std::size_t at = find_word(t, w); at != std::string_view::npos && at < awards[a].begin; at = find_word(t, w, at + 1))
          if (verb_at == std::string_view::npos || at > verb_at) verb_at = at;
      // "Mirrors earned Averkamp a nomination": the person named after the verb is the recipient.
      const bool gives = verb_at != std::string_view::npos &&
                         (t.substr(verb_at).starts_with("earned") || t.substr(verb_at).starts_with("earning") ||
                          t.substr(verb_at).starts_with("garnered")) &&
                         verb_at + 12 < awards[a].begin && mentions_subject(t.substr(verb_at, awards[a].begin - verb_at));
      const bool by_work = work && work->range.end <= awards[a].begin && !gives && work_subject(verb_at, work);
      // "the X Award for Producer of the Year in 1995, 1999 and 2004": one award a year.
      auto years = year_list_after(cat_end);
      if (years.empty()) years.push_back(year);
      for (const int y : years)
        emit(awards[a].index, y, category, work, kind > 0, role_between(awards[a].end, work ? work->range.begin : t.size()), by_work);
      any = true;
    }
    // Categories no award mention took: "won Record of the Year in 2003 for X and Best
    // Engineered Album in 2010 for Y", "Puentes (Best Latin Pop Album)", "three for
    // Producer of the Year (1995, 1999 and 2004)". Each takes the award named before
    // it in the sentence, or the section's.
    for (std::size_t ci = 0; ci < cats.size(); ++ci) {
      if (used_cats.contains(ci)) continue;
      const Category& c = cats[ci];
      bool in_work_paren = false;  // "(2011 Latin Grammy for Best Rock Album)" was read with its work
      for (const auto& w : works) in_work_paren = in_work_paren || (w.award && c.range.begin >= w.range.end && c.range.end <= w.after);
      if (in_work_paren) continue;
      std::optional<std::size_t> award = award_context_;
      for (const auto& m : awards)
        if (m.end <= c.range.begin) award = m.index;
      if (!award) continue;
      int kind = verb_before(c.range.begin);
      if (kind == 0) kind = nominated && !won ? -1 : 1;
      // A list of years right after: "(1995, 1999 and 2004)", "in 1995, 1999 and 2004".
      std::vector<int> years = year_list_after(c.range.end);
      if (years.empty()) years.push_back(nearest_year(c.range.begin, c.range.end));
      // The work: the one the category stands in parentheses after, or the one named after it.
      const Work* work = nullptr;
      for (const auto& w : works)
        if (w.range.end < c.range.begin && c.range.begin - w.range.end <= 3 && t[c.range.begin - 1] == '(') work = &w;
      if (!work)
        for (const auto& w : works)
          if (w.range.begin >= c.range.end && w.range.begin - c.range.end < 30 &&
              t.substr(c.range.end, w.range.begin - c.range.end).find_first_of(";") == std::string_view::npos &&
              t.substr(c.range.end, w.range.begin - c.range.end).find(" and ") == std::string_view::npos) {
            work = &w;
            break;
          }
      Work named;
      if (!work && named_for(c.range.end, named)) work = &named;
      for (int y : years) emit(*award, y, c.text, work, kind > 0, std::nullopt, false);
      any = true;
    }
    // No award named: the section's or paragraph's award, when the sentence
    // says what was won ("In 2007, she won for engineering Lúa's Vivir es Cantar").
    if (!any && awards.empty() && about_subject && award_context_ && (won || nominated) && (!works.empty() || !cats.empty())) {
      const int year = nearest_year(0, t.size());
      const std::string category = cats.empty() ? std::string() : cats.front().text;
      const Work* work = works.empty() ? nullptr : &works.back();
      if (year || work) emit(*award_context_, year, category, work, won, role_between(0, work ? work->range.begin : t.size()), false);
    }
  }

  // memberOf: band members in a group's article; "member of the band X" in a person's.
  void membership(std::string_view sentence, const std::vector<TimeMention>& all_times, const std::vector<Work>& works,
                  const Origin& o) {
    // Clause by clause: "X joined in 1994 and left in 2001; he was replaced by Y."
    std::size_t start = 0;
    while (start < sentence.size()) {
      std::size_t end = sentence.find(';', start);
      if (end == std::string_view::npos) end = sentence.size();
      std::vector<TimeMention> ts;
      for (auto m : all_times)
        if (m.begin >= start && m.end <= end) {
          m.begin -= start;
          m.end -= start;
          ts.push_back(m);
        }
      std::vector<Work> ws;
      for (auto w : works)
        if (w.range.begin >= start && w.range.end <= end) {
          w.range = {w.range.begin - start, w.range.end - start};
          ws.push_back(w);
        }
      membership_clause(sentence.substr(start, end - start), ts, ws, o);
      start = end + 1;
    }
  }

  void membership_clause(std::string_view t, const std::vector<TimeMention>& ts, const std::vector<Work>& works,
                         const Origin& o) {
    const auto toks = tokenize(t);
    auto year_after = [&](std::initializer_list<std::string_view> verbs) -> int {
      for (auto v : verbs) {
        const std::size_t at = find_word(t, v);
        if (at == std::string_view::npos) continue;
        for (const auto& m : ts)
          if (!m.relative && m.begin > at && m.begin - at < 30) return m.value.begin_year;
      }
      return 0;
    };
    if (subject_.type == EntityType::Group) {
      bool member_context = false;
      for (auto w : member_list_) member_context = member_context || find_word(t, w) != std::string_view::npos;
      if (!member_context) return;
      const int start = year_after({"joined", "founded", "formed", "co-founded"});
      Qualifiers period_q;
      period(t, ts, period_q);
      for (std::size_t i = 0; i < toks.size(); ++i) {
        const std::string_view raw = t.substr(toks[i].begin, toks[i].end - toks[i].begin);
        if (!capitalized(raw) || all_digits(core(raw))) continue;
        // "After Nandakumar left": a sentence opener is no part of the name.
        if (starters_.contains(std::string(core(raw)))) continue;
        std::size_t e = name_run(t, toks, i, false);
        if (e <= i) continue;
        const Range r{toks[i].begin, toks[e - 1].end};
        bool other = false;
        for (const auto& w : works) other = other || w.range.overlaps(r);
        for (const auto& m : ts) other = other || r.overlaps({m.begin, m.end});
        std::string name = text_of(t, toks, i, e);
        // "Drummer Kofi Mensah": drop a leading role noun.
        const std::string first(lower_ascii(core(raw)));
        if (descriptors_.contains(first) || member_words_.contains(first)) {
          name = name.find(' ') == std::string::npos ? std::string() : name.substr(name.find(' ') + 1);
          if (name.empty()) continue;
        }
        for (const auto& tok : tokenize(name)) other = other || lex_.organization_word(core(name.substr(tok.begin, tok.end - tok.begin)));
        name = full_name(name);  // "Tull left in 2016" is Owen Tull
        if (other || entity_key(name) == subject_.key || tokenize(name).size() < 2 || !lex_.find_awards(name).empty()) {
          i = e - 1;
          continue;
        }
        // The verbs that follow this name, up to the next name or clause: "X joined in
        // 1994 and left in 2001", not "Tull left in 2016, and Crane took over".
        std::size_t stop = t.find(',', r.end);
        for (std::size_t k = e; k < toks.size(); ++k)
          if (k > e && capitalized(t.substr(toks[k].begin, toks[k].end - toks[k].begin)) &&
              !all_digits(core(t.substr(toks[k].begin, toks[k].end - toks[k].begin)))) {
            stop = std::min(stop, toks[k].begin);
            break;
          }
        const std::string_view own = t.substr(r.end, stop == std::string_view::npos ? std::string_view::npos : stop - r.end);
        auto year_in = [&](std::initializer_list<std::string_view> verbs) -> int {
          for (auto v : verbs) {
            const std::size_t at = find_word(own, v);
            if (at == std::string_view::npos) continue;
            for (const auto& m : ts)
              if (!m.relative && m.begin > r.end + at && m.begin - (r.end + at) < 30) return m.value.begin_year;
          }
          return 0;
        };
        Qualifiers q;
        const int joined = year_in({"joined", "founded", "formed", "co-founded"});
        const int left = year_in({"left", "departed", "quit"});
        if (joined) q.start_year = year_string(joined);
        if (left) q.end_year = year_string(left);
        if (!joined && !left && find_word(own, "member") != std::string_view::npos) {
          q.start_year = period_q.start_year;
          q.end_year = period_q.end_year;
        }
        // "formed in 1989 by singer Owen Tull": the founding year belongs to each founder.
        if (!joined && !left && start && (find_word(t, "formed") < r.begin || find_word(t, "founded") < r.begin))
          q.start_year = year_string(start);
        add(Predicate::memberOf, entity(name, EntityType::Person), subject_, std::nullopt, q, o);
        i = e - 1;
      }
      return;
    }
    // A person: "a member of the band X", "joined the group X", "formed the band X".
    for (std::string_view lead : {"member of the band ", "member of the group ", "member of ", "joined the band ",
                                  "joined the group ", "formed the band ", "founded the band ", "co-founded the band "}) {
      const std::size_t at = t.find(lead);
      if (at == std::string_view::npos) continue;
      std::size_t ti = 0;
      while (ti < toks.size() && toks[ti].begin < at + lead.size()) ++ti;
      const std::size_t e = name_run(t, toks, ti, false);
      if (e <= ti) continue;
      Qualifiers q;
      for (const auto& m : ts)
        if (!m.relative && m.begin > at) {
          q.start_year = year_string(m.value.begin_year);
          if (m.value.end_year && m.value.end_year != m.value.begin_year) q.end_year = year_string(m.value.end_year);
          break;
        }
      add(Predicate::memberOf, subject_, entity(text_of(t, toks, ti, e), EntityType::Group), std::nullopt, q, o);
      return;
    }
  }

  // ------------------------------------------------------------ tables

  static int column(const Table& t, std::initializer_list<std::string_view> names) {
    for (std::size_t i = 0; i < t.header.size(); ++i) {
      const std::string h = lower_ascii(t.header[i].text);
      for (auto n : names)
        if (h.find(n) != std::string::npos) return static_cast<int>(i);
    }
    return -1;
  }

  void table(const Table& t) {
    const int year_col = column(t, {"year", "date"});
    const int cat_col = column(t, {"category"});
    const int work_col = column(t, {"project", "work", "album", "song", "film", "title", "nominee", "recipient"});
    const int role_col = column(t, {"role", "credit"});
    const int result_col = column(t, {"result", "outcome", "status"});
    const int award_col = column(t, {"award", "ceremony", "prize"});
    const int artist_col = column(t, {"artist", "performer"});
    const std::optional<std::size_t> heading_award = section_award(t.section);
    const bool awards_table = cat_col >= 0 || result_col >= 0 || award_col >= 0 || heading_award;
    for (const auto& row : t.rows) {
      if (row.empty()) continue;
      auto cell = [&](int c) -> std::string {
        return c >= 0 && static_cast<std::size_t>(c) < row.size() ? row[static_cast<std::size_t>(c)].text : std::string();
      };
      Origin o;
      o.span = row.front().span;
      o.span.end = row.back().span.end;
      for (const auto& c : row)
        for (const auto& l : c.citations)
          if (std::find(o.citations.begin(), o.citations.end(), l) == o.citations.end()) o.citations.push_back(l);
      const std::string year_text = cell(year_col);
      const int year = year_text.size() >= 4 && all_digits(year_text.substr(0, 4)) ? std::stoi(year_text.substr(0, 4)) : 0;
      Work w = work_col >= 0 ? cell_work(cell(work_col)) : Work{};
      if (w.artist.empty()) w.artist = cell(artist_col);
      if (const auto known = known_works_.find(entity_key(w.name)); known != known_works_.end() && w.type == EntityType::Work)
        w.type = known->second.type;
      std::vector<std::string> roles;
      for (const auto& r : lex_.find_roles(cell(role_col)))
        for (const auto& name : r.roles)
          if (std::find(roles.begin(), roles.end(), name) == roles.end()) roles.push_back(name);
      if (!w.name.empty()) {
        for (const auto& role : roles) {
          Qualifiers q;
          q.role = role;
          if (!w.artist.empty()) q.artist = w.artist;
          if (!awards_table && year) q.year = year_string(year);
          add(Predicate::credit, subject_, work_entity(w), std::nullopt, q, o);
        }
        if (!awards_table && year) {
          Qualifiers q;
          if (!w.artist.empty()) q.artist = w.artist;
          q.work_type = std::string(type_word(w.type));
          add(Predicate::releaseYear, work_entity(w), std::nullopt, year_string(year), q, o);
        }
      }
      if (!awards_table) continue;
      std::optional<std::size_t> award = heading_award;
      if (award_col >= 0) {
        const auto found = lex_.find_awards(cell(award_col));
        if (!found.empty()) award = found.front().index;
      }
      if (!award) continue;
      const std::string result = lower_ascii(cell(result_col));
      const bool nominated = result.find("nomin") != std::string::npos;
      Qualifiers q;
      if (year) q.year = year_string(year);
      if (!cell(cat_col).empty()) q.category = cell(cat_col);
      if (!w.name.empty()) q.work = w.name;
      if (!roles.empty()) {
        std::string joined;
        for (const auto& r : roles) joined += (joined.empty() ? "" : ", ") + r;
        q.role = joined;
      }
      add(nominated ? Predicate::awardNominated : Predicate::awardWon, subject_,
          entity(lex_.awards()[*award].name, EntityType::Award), std::nullopt, q, o);
    }
  }

  const Document& doc_;
  const Article& article_;
  const ExtractorContext& ctx_;
  const Lexicon& lex_;
  Entity subject_;
  std::string surname_;
  std::map<std::string, Work> known_works_;  // by entity key; ordered for determinism
  std::map<std::string, std::string> full_names_;  // last name -> "First Last"; empty when ambiguous
  // Word lists, read once per extractor.
  const std::vector<std::string_view> relatives_ = data::lines("relatives.txt");
  const std::vector<std::string_view> member_list_ = data::lines("member_words.txt");
  const std::vector<std::string_view> negations_ = data::lines("negations.txt");
  const std::vector<std::string_view> credit_words_ = data::lines("credit_words.txt");
  const std::vector<std::string_view> degrees_ = data::lines("degrees.txt");
  const std::vector<std::string_view> completion_words_ = data::lines("completion_words.txt");
  std::set<std::string> starters_ = [] {
    std::set<std::string> out;
    for (auto w : data::lines("sentence_starters.txt")) out.emplace(w);
    return out;
  }();
  std::set<std::string> member_words_ = [] {
    std::set<std::string> out;
    for (auto w : data::lines("member_words.txt")) out.emplace(lower_ascii(w));
    return out;
  }();
  std::set<std::string> descriptors_ = [] {
    std::set<std::string> out;
    for (auto w : data::lines("descriptors.txt")) out.emplace(w);
    return out;
  }();
  std::vector<Claim> claims_;
  std::vector<std::vector<Work>> base_works_;  // per sentence: find_works steps 1-3, from pass 1
  std::unordered_set<std::string> claim_ids_;
  std::unordered_set<std::string> credited_;  // "start|subject|work" of credits made
  int anchor_year_ = 0;
  int section_ = none - 1;
  std::optional<std::size_t> award_context_;
  std::optional<Entity> last_org_;
  std::optional<std::string> last_school_;
};

}  // namespace

Entity article_subject(const Article& article, const ExtractorContext& ctx) {
  EntityType type = EntityType::Person;
  if (!article.sentences.empty()) {
    const std::string_view first = article.sentences.front().text;
    std::size_t at = std::string_view::npos;
    for (std::string_view verb : {" is ", " are ", " was ", " were "}) at = std::min(at, first.find(verb));
    if (at != std::string_view::npos) {
      const std::string_view rest = first.substr(at, 80);
      for (const auto& tok : tokenize(rest))
        if (ctx.lexicon.group_word(core(rest.substr(tok.begin, tok.end - tok.begin)))) {
          type = EntityType::Group;
          break;
        }
    }
  }
  // A title that is not in the text came from a file name ("lena_holm.wiki",
  // "trigger.wiki"). The lead sentence names the subject first ("Lena Holm
  // (born 1950) is ..."): that name wins over a title that shares no word
  // with it, and gives the display form when the keys agree.
  std::string name = article.title;
  if (article.title_span.end == article.title_span.start && !article.sentences.empty()) {
    const std::string_view first = article.sentences.front().text;
    const auto toks = tokenize(first);
    const std::size_t e = name_run(first, toks, 0, true);
    if (e > 0 && e <= 6 && e < toks.size()) {
      const std::string_view next = first.substr(toks[e - 1].end);
      bool lead = next.starts_with(" (") || next.starts_with(", ");
      for (std::string_view verb : {" is ", " are ", " was ", " were "}) lead = lead || next.starts_with(verb);
      const std::string lead_name = text_of(first, toks, 0, e);
      const std::string lead_key = entity_key(lead_name), title_key = entity_key(article.title);
      bool shared = false;
      for (const auto& tok : tokenize(title_key)) {
        const std::string_view w = std::string_view(title_key).substr(tok.begin, tok.end - tok.begin);
        shared = shared || find_word(lead_key, w) != std::string_view::npos;
      }
      if (lead && !lead_name.empty() && (lead_key == title_key || !shared)) name = lead_name;
    }
  }
  Entity e{name, type, entity_key(name)};
  return e;
}

std::vector<Claim> extract_claims(const Document& doc, const Article& article, const ExtractorContext& ctx) {
  auto claims = Extractor(doc, article, ctx).run();
  fold_sentence({});  // the article's text may go away
  return claims;
}

}  // namespace liner::ingest
