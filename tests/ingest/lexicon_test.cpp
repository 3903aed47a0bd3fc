// The lexicon's gazetteer matcher against the RE2 alternations it replaced:
// the oracle below is the old Lexicon::find_awards/find_roles/find_work_types,
// built from the same data files, and both must agree on every sentence of
// every fixture and on hand-made edge cases.

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "ingest/data.h"
#include "ingest/extract/cues.h"
#include "ingest/extract/sentence.h"
#include "ingest/extract/tokens.h"
#include "ingest/gazetteer.h"
#include "ingest/lexicon.h"
#include "ingest/reader.h"
#include "ingest/source.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

// The old alternation(): forms longest first, then bytewise.
std::unique_ptr<re2::RE2> alternation(std::vector<std::string> forms, bool plural, bool ignore_case) {
  std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  std::string pattern = std::string(ignore_case ? "(?i)" : "") + (plural ? "\\b(" : "\\b(?:");
  for (std::size_t i = 0; i < forms.size(); ++i) pattern += (i ? "|" : "") + RE2::QuoteMeta(forms[i]);
  pattern += plural ? ")(?:s|es)?\\b" : ")\\b";
  auto re = std::make_unique<re2::RE2>(pattern);
  EXPECT_TRUE(re->ok()) << re->error();
  return re;
}

// The old scan().
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

struct Role {
  std::size_t begin, end;
  std::vector<std::string> roles;
  RoleKind kind;
  bool operator==(const Role&) const = default;
};
struct Award {
  std::size_t begin, end, index;
  bool operator==(const Award&) const = default;
};

// Readable failures: positions and what was found.
void PrintTo(const Role& r, std::ostream* os) {
  *os << "[" << r.begin << "," << r.end << ") kind " << static_cast<int>(r.kind) << " roles";
  for (const auto& x : r.roles) *os << " " << x;
}
void PrintTo(const Award& a, std::ostream* os) { *os << "[" << a.begin << "," << a.end << ") award " << a.index; }

// The RE2 lexicon as it was, from the same data files.
class Oracle {
 public:
  Oracle() {
    std::vector<std::string> forms;
    std::size_t award = 0;
    for (auto line : data::lines("awards.tsv")) {
      const auto f = data::split_fields(line, '\t');
      for (auto form : data::split_fields(f[3], '|')) {
        award_forms_.emplace(lower_ascii(form), award);
        forms.emplace_back(form);
      }
      ++award;
    }
    award_re_ = alternation(forms, true, false);
    forms.clear();
    for (auto line : data::lines("roles.tsv")) {
      const auto f = data::split_fields(line, '\t');
      auto& [roles, kind] = role_forms_[lower_ascii(f[0])];
      for (auto r : data::split_fields(f[1], ',')) roles.emplace_back(r);
      kind = f.size() > 2 && f[2] == "noun" ? RoleKind::noun : f.size() > 2 && f[2] == "gerund" ? RoleKind::gerund : RoleKind::verb;
      forms.emplace_back(f[0]);
    }
    role_re_ = alternation(forms, false, true);
    forms.clear();
    for (auto line : data::lines("work_types.tsv")) {
      const auto f = data::split_fields(line, '\t');
      work_forms_.emplace(lower_ascii(f[0]), f[1]);
      forms.emplace_back(f[0]);
    }
    work_re_ = alternation(forms, false, true);
  }

  std::vector<Award> awards(std::string_view text) const {
    std::vector<Award> out;
    scan(*award_re_, text, [&](std::size_t b, std::size_t e, std::string_view form) {
      const auto it = award_forms_.find(lower_ascii(form));
      if (it == award_forms_.end()) return;
      if (form.find(' ') == std::string_view::npos && e + 1 < text.size() && text[e] == ' ' &&
          text[e + 1] >= 'A' && text[e + 1] <= 'Z' && !text.substr(e + 1).starts_with("Award"))
        return;
      std::size_t end = e;
      for (std::string_view tail : {" Awards", " Award", " awards", " award"})
        if (text.substr(end).starts_with(tail)) {
          end += tail.size();
          break;
        }
      out.push_back({b, end, it->second});
    });
    return out;
  }

  std::vector<Role> roles(std::string_view text) const {
    std::vector<Role> out;
    scan(*role_re_, text, [&](std::size_t b, std::size_t e, std::string_view form) {
      if (const auto it = role_forms_.find(lower_ascii(form)); it != role_forms_.end())
        out.push_back({b, e, it->second.first, it->second.second});
    });
    return out;
  }

  // The type by its name in work_types.tsv.
  std::vector<std::pair<std::size_t, std::size_t>> works(std::string_view text, std::vector<std::string>* types) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    scan(*work_re_, text, [&](std::size_t b, std::size_t e, std::string_view form) {
      if (const auto it = work_forms_.find(lower_ascii(form)); it != work_forms_.end()) {
        out.emplace_back(b, e);
        types->push_back(it->second);
      }
    });
    return out;
  }

 private:
  std::unordered_map<std::string, std::size_t> award_forms_;
  std::unique_ptr<re2::RE2> award_re_;
  std::unordered_map<std::string, std::pair<std::vector<std::string>, RoleKind>> role_forms_;
  std::unique_ptr<re2::RE2> role_re_;
  std::unordered_map<std::string, std::string> work_forms_;
  std::unique_ptr<re2::RE2> work_re_;
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

const Oracle& oracle() {
  static const Oracle o;
  return o;
}

std::string type_name(EntityType t) {
  switch (t) {
    case EntityType::Album: return "Album";
    case EntityType::Song: return "Song";
    case EntityType::Film: return "Film";
    case EntityType::TVSeries: return "TVSeries";
    default: return "other";
  }
}

const extract::CueWords& cue_words() {
  static const extract::CueWords cues;
  return cues;
}

// The word index as SentenceView documents it: runs of letters and digits
// (as word_at() sees them), each the word_hash() of its bytes (in text that
// is not UTF-8, a code point may take an ASCII byte after its lead byte).
std::vector<std::pair<std::uint64_t, std::size_t>> reference_index(std::string_view t) {
  std::vector<std::pair<std::uint64_t, std::size_t>> out;
  auto in_word = [&](std::size_t i, std::size_t& next) {
    next = i;
    const char32_t c = next_code_point(t, next);
    return is_letter(c) || (c >= '0' && c <= '9');
  };
  std::size_t i = 0, next = 0;
  while (i < t.size()) {
    if (!in_word(i, next)) {
      i = next;
      continue;
    }
    const std::size_t b = i;
    std::string lowered;
    for (; i < t.size() && in_word(i, next); i = next)
      lowered += next == i + 1 ? lower_ascii(t.substr(i, 1)) : std::string(t.substr(i, next - i));
    out.emplace_back(word_hash(lowered), b);
  }
  return out;
}

// The sentence view of `text` finds what the lexicon finds in it (from its
// own word index where it can), and its words and word index are as documented.
void compare_view(std::string_view text) {
  const auto& lex = lexicon();
  Sentence s;
  s.text = std::string(text);
  const extract::SentenceView v(s, lex, cue_words());
  auto spans = [](const auto& ms) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const auto& m : ms) out.emplace_back(m.begin, m.end);
    return out;
  };
  const auto awards = lex.find_awards(text);
  EXPECT_EQ(spans(v.awards()), spans(awards)) << "view awards in: " << text;
  for (std::size_t k = 0; k < std::min(awards.size(), v.awards().size()); ++k)
    EXPECT_EQ(v.awards()[k].index, awards[k].index) << "view awards in: " << text;
  const auto roles = lex.find_roles(text);
  EXPECT_EQ(spans(v.roles()), spans(roles)) << "view roles in: " << text;
  for (std::size_t k = 0; k < std::min(roles.size(), v.roles().size()); ++k)
    EXPECT_TRUE(v.roles()[k].roles.data() == roles[k].roles.data() && v.roles()[k].kind == roles[k].kind) << text;
  std::vector<std::tuple<std::size_t, std::size_t, EntityType>> works, view_works;
  for (const auto& [m, t] : lex.find_work_types(text)) works.emplace_back(m.begin, m.end, t);
  for (const auto& [m, t] : v.work_types()) view_works.emplace_back(m.begin, m.end, t);
  EXPECT_EQ(view_works, works) << "view work types in: " << text;
  std::vector<std::pair<std::size_t, std::size_t>> tokens, view_tokens;
  for (const auto& tok : extract::split_words(text)) tokens.emplace_back(tok.begin, tok.end);
  for (const auto& tok : v.tokens()) view_tokens.emplace_back(tok.begin, tok.end);
  EXPECT_EQ(view_tokens, tokens) << "tokens of: " << text;
  EXPECT_EQ(v.word_index(), reference_index(text)) << "word index of: " << text;
}

// Compares the lexicon with the oracle on `text`; returns how many mentions the oracle found.
std::size_t compare(std::string_view text) {
  const auto& lex = lexicon();
  compare_view(text);
  std::vector<Award> awards;
  for (const auto& m : lex.find_awards(text)) awards.push_back({m.begin, m.end, m.index});
  EXPECT_EQ(awards, oracle().awards(text)) << "awards in: " << text;
  std::vector<Role> roles;
  for (const auto& m : lex.find_roles(text))
    roles.push_back({m.begin, m.end, std::vector<std::string>(m.roles.begin(), m.roles.end()), m.kind});
  EXPECT_EQ(roles, oracle().roles(text)) << "roles in: " << text;
  std::vector<std::pair<std::size_t, std::size_t>> works;
  std::vector<std::string> types, oracle_types;
  for (const auto& [m, t] : lex.find_work_types(text)) {
    works.emplace_back(m.begin, m.end);
    types.push_back(type_name(t));
  }
  const auto expected = oracle().works(text, &oracle_types);
  EXPECT_EQ(works, expected) << "work types in: " << text;
  EXPECT_EQ(types, oracle_types) << "work types in: " << text;
  return awards.size() + roles.size() + works.size();
}

std::vector<std::string> all_forms() {
  std::vector<std::string> out;
  for (auto line : data::lines("awards.tsv"))
    for (auto form : data::split_fields(data::split_fields(line, '\t')[3], '|')) out.emplace_back(form);
  for (auto file : {"roles.tsv", "work_types.tsv"})
    for (auto line : data::lines(file)) out.emplace_back(data::split_fields(line, '\t')[0]);
  return out;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(lexicon, matches_the_re2_alternation_on_every_fixture_sentence) {
  ReaderContext ctx;
  std::size_t files = 0, sentences = 0, found = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(LINER_FIXTURES)) {
    const auto ext = e.path().extension();
    if (!e.is_regular_file() || (ext != ".txt" && ext != ".md" && ext != ".wiki")) continue;
    ++files;
    const std::string raw = read_file(e.path());
    found += compare(raw);
    for (auto line : data::split_fields(raw, '\n')) found += compare(line);
    auto doc = load_document(e.path().string(), Format::automatic, std::cin);
    if (!doc.ok()) continue;
    auto article = read_article(*doc, ctx);
    if (!article.ok()) continue;
    for (const auto& s : article->sentences) {
      ++sentences;
      found += compare(s.text);
    }
  }
  EXPECT_GT(files, 50u);
  EXPECT_GT(sentences, 500u);
  EXPECT_GT(found, 1000u);  // the comparison is not vacuous
}

TEST(lexicon, matches_the_re2_alternation_on_edge_cases) {
  const std::vector<std::string> before = {"", " ", "x", "_", "1", "\xC3\xA9", "\xC3\x89", "-", "(", "\xC5\xBF", "a ", "The "};
  const std::vector<std::string> after = {"",  "s", "es", "S",  "ES", " ",  "_", "9",      "\xC3\xA9", "'s", "-",
                                          "x", ".", "ses", " Award", " Awards", " award", " Peterson", " Award-winning",
                                          "\xE2\x84\xAA", "\xC5\xBF", " for Best Album"};
  std::size_t found = 0;
  for (const auto& form : all_forms()) {
    std::vector<std::string> variants = {form, lower_ascii(form)};
    std::string upper = form, swapped = form, folded = form, kelvin = form;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    swapped[0] = static_cast<char>(std::isupper(static_cast<unsigned char>(form[0])) ? std::tolower(form[0]) : std::toupper(form[0]));
    variants.push_back(upper);
    variants.push_back(swapped);
    // RE2's (?i) lets `s` match U+017F and `k` match U+212A.
    for (std::size_t at = 0; (at = folded.find_first_of("sS", at)) != std::string::npos;) folded.replace(at, 1, "\xC5\xBF");
    for (std::size_t at = 0; (at = kelvin.find_first_of("kK", at)) != std::string::npos;) kelvin.replace(at, 1, "\xE2\x84\xAA");
    variants.push_back(folded);
    variants.push_back(kelvin);
    for (const auto& v : variants)
      for (const auto& b : before)
        for (const auto& a : after) {
          found += compare(b + v + a);
          found += compare(b + v + a + " " + v + a + v);
        }
  }
  for (std::string_view text :
       {"Grammys", "Grammyes", "Grammyses", "Latin Grammys", "Latin Grammyes", "Latin Grammy Awards", "Grammy Latino",
        "Latin Grammy Grammy", "GrammyGrammy", "Oscar Peterson", "Oscar Award", "Oscar nominee", "Brits Brit Award",
        "mixing engineer", "mixing engineering", "assistant engineering", "assistant engineer", "recorded and mixed",
        "co-producer co-produced", "co-producerx", "executive-produced", "TV seriess", "the LP and EP", "song\xC3\xA9",
        "\xC3\xA9song", "_song", "song_", "2songs", "songs2", "ſong", "xſong", "xſongs", "maſtered", "trackſ",
        "\xE2\x84\xAAind", "ſcore ſcored ſcoring", "engineer\xE2\x84\xAA", "", "s", "es"})
    found += compare(text);
  EXPECT_GT(found, 10000u);
}

TEST(lexicon, matches_the_re2_alternation_on_random_text) {
  std::vector<std::string> pieces = all_forms();
  for (std::string p : {" ", " ", " ", "s", "es", "-", "_", "1", ".", "\xC3\xA9", "\xC5\xBF", "\xE2\x84\xAA", "Award",
                        " Awards", "Peterson", "and", "x", "S", "E", "\n", ",", "'"})
    pieces.push_back(p);
  std::mt19937 rng(20261128);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const int count = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < count; ++k) {
      std::string p = pieces[rng() % pieces.size()];
      if (rng() % 4 == 0) p = lower_ascii(p);
      if (rng() % 8 == 0 && !p.empty()) p.erase(rng() % p.size(), 1);
      text += p;
    }
    compare(text);
  }
}

// The two code points RE2's case folding maps onto ASCII word characters,
// which the matcher handles by hand.
TEST(lexicon, only_long_s_and_kelvin_sign_fold_to_ascii) {
  const re2::RE2 word("(?i)[a-z0-9_]");
  std::vector<char32_t> folding;
  for (char32_t c = 0x80; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    if (c < 0x800) {
      s = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    } else if (c < 0x10000) {
      s = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    } else {
      s = {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
           static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    }
    if (re2::RE2::FullMatch(s, word)) folding.push_back(c);
  }
  EXPECT_EQ(folding, (std::vector<char32_t>{0x17F, 0x212A}));
}

TEST(lexicon, rejects_forms_that_start_or_end_without_a_word_character) {
  EXPECT_THROW(Gazetteer({"ok", "-bad"}, {}, "test.tsv"), std::runtime_error);
  EXPECT_THROW(Gazetteer({"bad."}, {}, "test.tsv"), std::runtime_error);
  EXPECT_THROW(Gazetteer({"caf\xC3\xA9"}, {}, "test.tsv"), std::runtime_error);
  EXPECT_THROW(Gazetteer({""}, {}, "test.tsv"), std::runtime_error);
  EXPECT_NO_THROW(Gazetteer({"a b-c_d"}, {}, "test.tsv"));
}

TEST(lexicon, gazetteer_finds_leftmost_then_first_in_priority) {
  const Gazetteer g({"ab", "ab cd", "cd"}, {}, "test.tsv");
  const auto hit = g.next("xx AB CD cd", 0);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->begin, 3u);
  EXPECT_EQ(hit->end, 8u);
  EXPECT_EQ(g.forms()[hit->form], "ab cd");
  const auto second = g.next("xx AB CD cd", hit->end);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->begin, 9u);
  EXPECT_FALSE(g.next("abcd", 0));
}

}  // namespace liner::ingest

namespace liner::ingest {
namespace {

// The old Lexicon::number(), on a map read from number_words.txt.
std::optional<int> old_number(const std::unordered_map<std::string, int>& numbers, std::string_view word) {
  if (word.empty()) return std::nullopt;
  if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) && word.size() <= 6) {
    int n = 0;
    for (char c : word) n = n * 10 + (c - '0');
    return n;
  }
  const std::string key = lower_ascii(word);
  if (key == "a" || key == "an") return std::nullopt;
  if (const auto it = numbers.find(key); it != numbers.end()) return it->second;
  if (const std::size_t dash = key.find('-'); dash != std::string::npos) {
    const auto tens = numbers.find(key.substr(0, dash));
    const auto ones = numbers.find(key.substr(dash + 1));
    if (tens != numbers.end() && ones != numbers.end() && tens->second % 10 == 0 && ones->second < 10)
      return tens->second + ones->second;
  }
  return std::nullopt;
}

}  // namespace

TEST(lexicon, number_words_as_before) {
  std::unordered_map<std::string, int> numbers;
  std::vector<std::string> words = {"", "a", "An", "13", "123456", "1234567", "twenty-one", "Twenty-One", "twenty-ten",
                                    "one-twenty", "twenty-", "-one", "thirteen", "THIRTEEN", "twenty-one-two", "zero",
                                    "a-", "a-b", "AN", "aN", "an-", "t[", "T{", "t`", "tw-x", "the", "Thr33", "se@",
                                    std::string("t\0o", 3), "\xC3\xA9", "one\xC3\xA9"};
  for (auto line : data::lines("number_words.txt")) {
    const std::size_t sp = line.find_first_of(" \t");
    if (sp == std::string_view::npos) continue;
    numbers.emplace(lower_ascii(line.substr(0, sp)), std::stoi(std::string(trim(line.substr(sp)))));
    words.emplace_back(line.substr(0, sp));
  }
  for (const auto& [tens, t] : numbers)
    for (const auto& [ones, o] : numbers) words.push_back(tens + "-" + ones);
  for (const auto& e : std::filesystem::recursive_directory_iterator(LINER_FIXTURES)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::istringstream in(read_file(e.path()));
    for (std::string w; in >> w;) words.push_back(w);
  }
  std::size_t found = 0;
  for (const auto& w : words) {
    EXPECT_EQ(lexicon().number(w), old_number(numbers, w)) << w;
    found += lexicon().number(w).has_value();
  }
  EXPECT_GT(found, 100u);
}

}  // namespace liner::ingest

namespace liner::ingest {

// find_text (extract/tokens.h) searches from its needle's rarest byte; it
// must find what std::string_view::find finds, from every position.
TEST(tokens, find_text_is_find) {
  const std::vector<std::string> needles = {" of the Year", " category", " at ", " (", "ab", "Ya", "  ", "\xE2\x80\x94", "zz", "of"};
  std::mt19937 rng(11282026);
  const std::string alphabet = " oftheYarcgy(\xE2\x80\x94zb.";
  for (int n = 0; n < 3000; ++n) {
    std::string text;
    const int size = static_cast<int>(rng() % 40);
    for (int k = 0; k < size; ++k) {
      if (rng() % 6 == 0) text += needles[rng() % needles.size()];
      else text += alphabet[rng() % alphabet.size()];
    }
    for (const auto& needle : needles)
      for (std::size_t from = 0; from <= text.size() + 1; ++from)
        ASSERT_EQ(extract::find_text(text, needle, from), std::string_view(text).find(needle, from))
            << "'" << needle << "' in '" << text << "' from " << from;
  }
}

// core() answers most words inline; it must strip what strip_core() strips.
TEST(tokens, core_inline_is_strip_core) {
  const std::vector<std::string> pieces = {"a", "Z", "9", "\"", "(", "'", "[", "]", ")", ",", ";", ":", ".", "!", "?",
                                           "\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9D", "\xE2\x80\x99",
                                           "\xE2\x80\x94", "\xC3\xA9", "\x9D", "\x99", "s", "-"};
  std::mt19937 rng(281126);
  EXPECT_EQ(extract::core(""), "");
  for (int n = 0; n < 20000; ++n) {
    std::string w;
    const int size = 1 + static_cast<int>(rng() % 5);
    for (int k = 0; k < size; ++k) w += pieces[rng() % pieces.size()];
    EXPECT_EQ(extract::core(w), extract::strip_core(w)) << w;
    // is_possessive's quick test of the last byte keeps its answer.
    auto possessive = [](std::string_view x) {
      if (x.size() <= 3 || x.find('s') == std::string_view::npos) return false;
      x = extract::strip_core(x);
      return x.size() > 3 && x.back() == 's' && (x.ends_with("'s") || x.ends_with("\xE2\x80\x99s"));
    };
    EXPECT_EQ(extract::is_possessive(w), possessive(w)) << w;
    EXPECT_EQ(extract::is_possessive("Lund" + w), possessive("Lund" + w)) << w;
    // capitalized and word_at answer ASCII inline, as their full paths do.
    const std::string_view c = extract::strip_core(w);
    EXPECT_EQ(extract::capitalized(w), !c.empty() && extract::capitalized_past_ascii(c)) << w;
    for (std::size_t b = 0; b <= w.size(); ++b)
      for (std::size_t e = b; e <= w.size(); ++e)
        if ((b == 0 || (static_cast<unsigned char>(w[b]) & 0xC0) != 0x80) &&
            (e == w.size() || (static_cast<unsigned char>(w[e]) & 0xC0) != 0x80)) {
          EXPECT_EQ(extract::word_at(w, b, e), extract::word_at_past_ascii(w, b, e)) << w << " " << b << " " << e;
        }
  }
}

// organization_word(), pronoun() and title_word() reject by first byte and length before
// any lookup; they must answer as a plain lookup of their data files does.
TEST(lexicon, organization_words_and_pronouns_as_a_lookup) {
  std::unordered_map<std::string, std::string> organizations;
  std::vector<std::string> words = {"", "U", "university", "UNIVERSITY", "He", "HE", "hE", "h", "the", "Hers"};
  for (auto line : data::lines("organizations.tsv")) {
    const auto f = data::split_fields(line, '\t');
    organizations.emplace(std::string(f[0]), std::string(f[1]));
    words.emplace_back(f[0]);
    words.push_back(std::string(f[0]) + "s");
  }
  std::unordered_map<std::string, bool> pronouns;
  for (auto w : data::lines("pronouns.txt")) {
    pronouns.emplace(lower_ascii(w), true);
    words.emplace_back(w);
    words.push_back(std::string(w) + "m");
  }
  std::unordered_map<std::string, bool> titles;
  for (auto w : data::lines("title_words.txt")) {
    titles.emplace(std::string(w), true);
    words.emplace_back(w);
    words.push_back(std::string(w) + "s");
  }
  for (const auto& e : std::filesystem::recursive_directory_iterator(LINER_FIXTURES)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::istringstream in(read_file(e.path()));
    for (std::string w; in >> w;) {
      words.push_back(lower_ascii(w));
      words.push_back(w);
    }
  }
  std::size_t found = 0;
  for (const auto& w : words) {
    EXPECT_EQ(lexicon().title_word(w), titles.contains(w)) << w;
    EXPECT_EQ(lexicon().organization_word(w).has_value(), organizations.contains(w)) << w;
    EXPECT_EQ(lexicon().pronoun(w), pronouns.contains(lower_ascii(w))) << w;
    found += organizations.contains(w) + pronouns.contains(lower_ascii(w));
  }
  EXPECT_GT(found, 50u);
}

// SentenceView::find_word answers from its word index for parts of the
// sentence that cut words too: it must find what the plain scan finds.
TEST(lexicon, view_find_word_is_the_plain_scan_on_any_part) {
  ReaderContext ctx;
  std::mt19937 rng(1128);
  std::size_t sentences = 0, found = 0, any_found = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(LINER_FIXTURES)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    auto doc = load_document(e.path().string(), Format::automatic, std::cin);
    if (!doc.ok()) continue;
    auto article = read_article(*doc, ctx);
    if (!article.ok()) continue;
    for (const auto& s : article->sentences) {
      if (s.text.empty() || ++sentences > 400) continue;
      const extract::SentenceView v(s, lexicon(), cue_words());
      const std::string_view t = v.text();
      std::vector<std::string> words = {"as", "the", "won", "a", "an", "and", "of the", "in 2"};
      const auto& toks = v.tokens();
      for (std::size_t k = 0; k < toks.size(); ++k) {
        words.emplace_back(extract::core(extract::word_of(t, toks, k)));
        if (k + 1 < toks.size()) words.push_back(extract::text_of(t, toks, k, k + 2));
      }
      for (int n = 0; n < 30; ++n) {
        std::size_t b = rng() % (t.size() + 1), e2 = rng() % (t.size() + 1);
        if (b > e2) std::swap(b, e2);
        const std::string_view part = n == 0 ? t : t.substr(b, e2 - b);
        const std::string& w = words[rng() % words.size()];
        const std::size_t from = rng() % 3 == 0 ? rng() % (part.size() + 1) : 0;
        const std::size_t at = v.find_word(part, w, from);
        EXPECT_EQ(at, extract::find_word(part, w, from)) << "'" << w << "' in '" << part << "' from " << from;
        EXPECT_EQ(v.find_word(part, extract::CueWord(w), from), at) << "'" << w << "' in '" << part << "'";
        found += at != std::string_view::npos;
        // has_any, which goes straight to the index for parts from word to word.
        extract::WordList list;
        for (int k = 0; k < 3; ++k) list.emplace_back(words[rng() % words.size()]);
        std::string_view whole_words = part;
        if (!toks.empty() && n % 2 == 1) {
          std::size_t a = rng() % toks.size(), z = rng() % toks.size();
          if (a > z) std::swap(a, z);
          whole_words = t.substr(toks[a].begin, toks[z].end - toks[a].begin);
        }
        for (const std::string_view p : {part, whole_words}) {
          bool any = false;
          for (const auto& cue : list) any = any || extract::find_word(p, cue.text) != std::string_view::npos;
          EXPECT_EQ(v.has_any(p, list), any) << "'" << p << "'";
          any_found += any;
        }
      }
    }
  }
  EXPECT_GT(found, 1000u);
  EXPECT_GT(any_found, 1000u);
}

// head_hash() hashes the lowercased first word of a name without a copy:
// as the hash of the first word of the lowercased name.
TEST(lexicon, head_hash_is_of_the_lowercased_first_word) {
  auto reference = [](std::string_view name) -> std::optional<std::uint64_t> {
    const std::string lower = lower_ascii(name);
    std::size_t p = 0;
    if (lower.empty()) return std::nullopt;
    const char32_t c = next_code_point(lower, p);
    if (!is_letter(c) && !(lower[0] >= '0' && lower[0] <= '9')) return std::nullopt;
    for (std::size_t q = p; p < lower.size(); p = q) {
      q = p;
      const char32_t d = next_code_point(lower, q);
      if (!is_letter(d) && !(lower[p] >= '0' && lower[p] <= '9')) break;
    }
    return word_hash(std::string_view(lower).substr(0, p));
  };
  std::vector<std::string> names = {"", "A", "Ab Cd", "\xC3\x89" "cole Normale", "9 to 5", "'Tis", "ABC-def", "x\xC3\xA9Y z"};
  for (const auto& e : std::filesystem::recursive_directory_iterator(LINER_FIXTURES)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::istringstream in(read_file(e.path()));
    for (std::string w; in >> w;) names.push_back(w + " Rest");
  }
  for (const auto& n : names) EXPECT_EQ(extract::head_hash(n), reference(n)) << n;
}

// Works' parentheticals skip find_awards when they have no ASCII letter
// ("(2004)"), which is right only while every award form has one.
TEST(lexicon, award_forms_all_have_a_letter) {
  const auto& lex = lexicon();
  EXPECT_TRUE(lex.award_needs_letter());
  for (const std::string_view t : {"2004", "1993\xE2\x80\x93" "1995", "2004 ", "2011-12", "(1999)", "\xC5\xBF"})
    EXPECT_TRUE(lex.find_awards(t).empty()) << t;
}

}  // namespace liner::ingest
