// Every span the reader emits must be exact, and together they must account
// for every non-blank byte of the input: no text silently dropped.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "fixture.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

class every_fixture : public ::testing::TestWithParam<std::string> {};

std::string_view slice(std::string_view text, const SourceSpan& s) { return text.substr(s.start, s.end - s.start); }

// Line and column counted independently of LineIndex: walk the text.
std::pair<std::size_t, std::size_t> position(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < offset) {
    if (text[i] == '\n') {
      ++line, column = 1, ++i;
      continue;
    }
    next_code_point(text, i);
    ++column;
  }
  return {line, column};
}

void expect_located(std::string_view text, const SourceSpan& s, const std::string& what) {
  ASSERT_LE(s.start, s.end) << what;
  ASSERT_LE(s.end, text.size()) << what;
  const auto [line, column] = position(text, s.start);
  EXPECT_EQ(s.line, line) << what;
  EXPECT_EQ(s.column, column) << what;
}

// Whether the bytes of `readable` appear in `source` in order (markup removed between them).
bool subsequence(std::string_view readable, std::string_view source) {
  std::size_t k = 0;
  for (char c : source)
    if (k < readable.size() && readable[k] == c) ++k;
  return k == readable.size();
}

// In wikitext, text that markup renders (a date from {{birth date}}, a list
// separator, a decoded entity, an infobox label, a list item's "- ") maps to
// the first byte of that markup.
bool wikitext_synthetic(char source) { return std::string_view("{|}&*#:;<").find(source) != std::string_view::npos; }

// Wikitext bytes that are markup rather than text, so no element need cover
// them: comments, tags, template and argument names, the punctuation of
// markup, and the templates the reader drops by design (docs/formats.md).
// Letters and digits anywhere else must belong to an element.
std::vector<bool> wikitext_markup(std::string_view text) {
  static const std::vector<std::string_view> dropped{"short description", "use mdy dates",     "reflist",
                                                     "notelist",          "authority control", "citation needed"};
  std::vector<bool> out(text.size(), false);
  auto set = [&](std::size_t b, std::size_t e) {
    for (std::size_t k = b; k < e && k < text.size(); ++k) out[k] = true;
  };
  auto lower = [](std::string_view v) {
    std::string l(trim(v));
    for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return l;
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("<!--")) {
      const std::size_t e = text.find("-->", i);
      const std::size_t end = e == std::string_view::npos ? text.size() : e + 3;
      set(i, end);
      i = end;
      continue;
    }
    if (rest.size() > 1 && rest[0] == '<' && (std::isalpha(static_cast<unsigned char>(rest[1])) || rest[1] == '/')) {
      const std::size_t e = text.find('>', i);
      if (e != std::string_view::npos) {
        set(i, e + 1);
        i = e + 1;
        continue;
      }
    }
    if (rest.starts_with("__")) {  // a behaviour switch: __NOTOC__
      std::size_t j = i + 2;
      while (j < text.size() && std::isupper(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i + 2 && text.substr(j).starts_with("__")) {
        set(i, j + 2);
        i = j + 2;
        continue;
      }
    }
    if (rest.starts_with("{{")) {
      std::size_t j = i + 2;
      while (j < text.size() && text[j] != '|' && text[j] != '}' && text[j] != '\n') ++j;
      if (std::find(dropped.begin(), dropped.end(), lower(text.substr(i + 2, j - i - 2))) != dropped.end()) {
        int depth = 0;
        for (j = i; j + 1 < text.size(); ++j) {
          if (text[j] == '{' && text[j + 1] == '{') {
            ++depth, ++j;
          } else if (text[j] == '}' && text[j + 1] == '}') {
            if (--depth == 0) break;
            ++j;
          }
        }
        j = std::min(j + 2, text.size());
      }
      set(i, j);
      i = j;
      continue;
    }
    if (rest[0] == '|') {  // `| name =` of a template argument
      std::size_t j = i + 1;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_' || text[j] == ' '))
        ++j;
      if (j < text.size() && text[j] == '=' && !lower(text.substr(i + 1, j - i - 1)).empty()) {
        set(i, j + 1);
        i = j + 1;
        continue;
      }
    }
    if (std::string_view("{}[]|=!'*#:;-<>/_").find(rest[0]) != std::string_view::npos) out[i] = true;
    ++i;
  }
  return out;
}

}  // namespace

TEST_P(every_fixture, spans_are_exact) {
  const auto [doc, a] = liner::testing::load(GetParam());
  const std::string_view text = doc.text;
  if (a.title_span.end > a.title_span.start) {
    EXPECT_EQ(slice(text, a.title_span), a.title);
    expect_located(text, a.title_span, "title");
  }
  for (const auto& s : a.sections) {
    EXPECT_EQ(slice(text, s.span), s.heading);
    expect_located(text, s.span, s.heading);
  }
  const bool wiki = a.format == Format::wikitext;
  for (const auto& m : a.markers) {
    const std::string_view raw = slice(text, m.span);
    if (wiki)  // <ref ...>...</ref>, <ref .../>, {{efn|...}}: numbered, so the label need not be in the text
      EXPECT_TRUE((raw.starts_with("<ref") && raw.ends_with(">")) || (raw.starts_with("{{") && raw.ends_with("}}")))
          << raw;
    else
      EXPECT_TRUE(raw.front() == '[' && raw.back() == ']' && raw.find(m.label) != std::string_view::npos) << raw;
    expect_located(text, m.span, std::string(raw));
  }
  for (const auto& l : a.links) {
    if (wiki) {  // [[target|anchor]], [[target]], [url anchor]: the anchor may hold markup
      EXPECT_TRUE(slice(text, l.span).starts_with("[") && slice(text, l.span).ends_with("]")) << slice(text, l.span);
      EXPECT_TRUE(subsequence(l.anchor, slice(text, l.anchor_span))) << l.anchor;
      EXPECT_TRUE(l.span.start <= l.anchor_span.start && l.anchor_span.end <= l.span.end) << l.anchor;
      EXPECT_TRUE(l.span.start <= l.target_span.start && l.target_span.end <= l.span.end) << l.target;
    } else {
      EXPECT_EQ(slice(text, l.span), "[" + l.anchor + "](" + l.target + ")");
      EXPECT_EQ(slice(text, l.anchor_span), l.anchor);
    }
    EXPECT_EQ(slice(text, l.target_span), l.target);
    expect_located(text, l.span, l.anchor);
  }
  for (const auto& s : a.sentences) {
    expect_located(text, s.span, s.text);
    ASSERT_EQ(s.offsets.size(), s.text.size() + 1) << s.text;
    // A wikitext sentence's span also takes the markup before its first
    // readable byte (bold quotes, the `[[target|` of a link).
    if (wiki) EXPECT_LE(s.span.start, s.offsets.front()) << s.text;
    else EXPECT_EQ(s.offsets.front(), s.span.start) << s.text;
    EXPECT_EQ(s.offsets.back(), s.span.end) << s.text;
    for (std::size_t i = 0; wiki && i + 1 < s.offsets.size(); ++i)
      EXPECT_LE(s.offsets[i], s.offsets[i + 1]) << s.text << " @" << i;
    // Each byte of the readable text is the source byte it maps to, except a
    // space that stands for a removed marker or a line break inside a paragraph.
    for (std::size_t i = 0; i < s.text.size(); ++i) {
      const char src = text[s.offsets[i]];
      EXPECT_TRUE(src == s.text[i] || (s.text[i] == ' ' && (src == '[' || src == '\n' || src == '\t')) ||
                  (wiki && wikitext_synthetic(src)))
          << s.text << " @" << i;
    }
  }
  for (const auto& t : a.tables) {
    expect_located(text, t.span, "table");
    for (const auto& c : t.header) {
      if (wiki) EXPECT_TRUE(subsequence(c.text, slice(text, c.span))) << c.text;
      else EXPECT_EQ(slice(text, c.span), c.text);
    }
    for (const auto& row : t.rows)
      for (const auto& c : row) {
        expect_located(text, c.span, c.text);
        const std::string_view raw = slice(text, c.span);
        // Wikitext cells lose their markup; a template ({{won}}) renders its own text.
        if (wiki) EXPECT_TRUE(raw.starts_with("{{") || subsequence(c.text, raw)) << c.text;
        else if (c.citations.empty()) EXPECT_EQ(raw, c.text);
        else EXPECT_TRUE(raw.starts_with(c.text)) << c.text;
      }
  }
  for (const auto& r : a.references) expect_located(text, r.span, r.text);
}

TEST_P(every_fixture, no_text_is_dropped) {
  const auto [doc, a] = liner::testing::load(GetParam());
  const std::string_view text = doc.text;
  std::vector<bool> covered(text.size(), false);
  auto cover = [&](const SourceSpan& s) {
    for (std::size_t i = s.start; i < s.end && i < text.size(); ++i) covered[i] = true;
  };
  cover(a.title_span);
  for (const auto& s : a.sections) cover(s.span);
  for (const auto& s : a.sentences) cover(s.span);
  for (const auto& m : a.markers) cover(m.span);
  for (const auto& t : a.tables) cover(t.span);
  for (const auto& r : a.references) cover(r.span);
  for (const auto& d : a.diagnostics) cover(d.span);  // reported, so not silently dropped
  for (const auto& l : a.links) cover(l.span);        // wikitext category links stand outside prose
  // Markup is no text: markdown's heading hashes, emphasis, quote markers.
  const std::string_view markup = a.format == Format::markdown ? "#*_>`" : "";
  const std::vector<bool> wiki_markup = a.format == Format::wikitext ? wikitext_markup(text) : std::vector<bool>{};
  for (std::size_t i = bom_length(text); i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (markup.find(c) != std::string_view::npos) continue;
    if (!wiki_markup.empty() && wiki_markup[i]) continue;
    EXPECT_TRUE(covered[i]) << GetParam() << ": byte " << i << " ('" << c << "') belongs to no element, near \""
                            << text.substr(i >= 20 ? i - 20 : 0, 40) << "\"";
    if (!covered[i]) break;  // one report per file is enough
  }
}

TEST_P(every_fixture, reading_is_deterministic) {
  const auto first = liner::testing::load(GetParam());
  const auto second = liner::testing::load(GetParam());
  EXPECT_EQ(first.article.sentences, second.article.sentences);
  EXPECT_EQ(first.article.sections, second.article.sections);
  EXPECT_EQ(first.article.tables, second.article.tables);
}

INSTANTIATE_TEST_SUITE_P(fixtures, every_fixture,
                         ::testing::ValuesIn(liner::testing::fixture_files(
                             {"articles", "ingest/good", "ingest/good/markdown", "ingest/good/wikitext",
                              "ingest/wikitext/comment", "ingest/wikitext/heading", "ingest/wikitext/infobox",
                              "ingest/wikitext/inline", "ingest/wikitext/limits", "ingest/wikitext/line_templates",
                              "ingest/wikitext/link_line", "ingest/wikitext/list_item", "ingest/wikitext/ref",
                              "ingest/wikitext/source_line", "ingest/wikitext/table", "ingest/wikitext/tag",
                              "ingest/wikitext/template"})),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           for (char& c : name)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace liner::ingest
