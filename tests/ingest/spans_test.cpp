// Every span the reader emits must be exact, and together they must account
// for every non-blank byte of the input: no text silently dropped.

#include <gtest/gtest.h>

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
  for (const auto& m : a.markers) {
    const std::string_view raw = slice(text, m.span);
    EXPECT_TRUE(raw.front() == '[' && raw.back() == ']' && raw.find(m.label) != std::string_view::npos) << raw;
    expect_located(text, m.span, std::string(raw));
  }
  for (const auto& l : a.links) {
    EXPECT_EQ(slice(text, l.span), "[" + l.anchor + "](" + l.target + ")");
    EXPECT_EQ(slice(text, l.anchor_span), l.anchor);
    EXPECT_EQ(slice(text, l.target_span), l.target);
    expect_located(text, l.span, l.anchor);
  }
  for (const auto& s : a.sentences) {
    expect_located(text, s.span, s.text);
    ASSERT_EQ(s.offsets.size(), s.text.size() + 1) << s.text;
    EXPECT_EQ(s.offsets.front(), s.span.start) << s.text;
    EXPECT_EQ(s.offsets.back(), s.span.end) << s.text;
    // Each byte of the readable text is the source byte it maps to, except a
    // space that stands for a removed marker or a line break inside a paragraph.
    for (std::size_t i = 0; i < s.text.size(); ++i) {
      const char src = text[s.offsets[i]];
      EXPECT_TRUE(src == s.text[i] || (s.text[i] == ' ' && (src == '[' || src == '\n'))) << s.text << " @" << i;
    }
  }
  for (const auto& t : a.tables) {
    expect_located(text, t.span, "table");
    for (const auto& c : t.header) EXPECT_EQ(slice(text, c.span), c.text);
    for (const auto& row : t.rows)
      for (const auto& c : row) {
        expect_located(text, c.span, c.text);
        if (c.citations.empty()) EXPECT_EQ(slice(text, c.span), c.text);
        else EXPECT_TRUE(slice(text, c.span).starts_with(c.text)) << c.text;
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
  // Markup is no text: markdown's heading hashes, emphasis, quote markers.
  const std::string_view markup = a.format == Format::markdown ? "#*_>`" : "";
  for (std::size_t i = bom_length(text); i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (markup.find(c) != std::string_view::npos) continue;
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
                         ::testing::ValuesIn(liner::testing::fixture_files({"articles", "ingest/good", "ingest/good/markdown"})),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           for (char& c : name)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace liner::ingest
