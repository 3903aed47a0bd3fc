#include <gtest/gtest.h>

#include "fixture.h"

namespace liner::ingest {

using liner::testing::load;
using liner::testing::sentence_texts;

TEST(markdown_reader, headings_keep_their_levels) {
  const auto [doc, a] = load("ingest/good/markdown/rosa_quintero.md");
  EXPECT_EQ(a.format, Format::markdown);
  EXPECT_EQ(a.title, "Rosa Quintero");
  EXPECT_EQ(a.title_span, (SourceSpan{2, 15, 1, 3}));  // after "# "
  ASSERT_EQ(a.sections.size(), 5u);
  EXPECT_EQ(a.sections[0].heading, "Early life");
  EXPECT_EQ(a.sections[0].level, 2);
  EXPECT_EQ(a.sections[2].heading, "Studio work");
  EXPECT_EQ(a.sections[2].level, 3);
  EXPECT_EQ(a.sections[2].parent, 1);
  EXPECT_EQ(a.sections[4].heading, "References");
}

TEST(markdown_reader, paragraphs_run_over_lines_and_lose_emphasis) {
  const auto [doc, a] = load("ingest/good/markdown/rosa_quintero.md");
  const auto texts = sentence_texts(a);
  ASSERT_GE(texts.size(), 6u);
  EXPECT_EQ(texts[0], "Rosa Quintero (born 9 August 1972) is a Colombian record producer and mixing engineer.");
  EXPECT_EQ(texts[1], "She is known for her work on Noches de Cumbia (2001) and on the soundtrack of the film El Río (2010).");
  EXPECT_EQ(texts[5], "She produced and mixed Noches de Cumbia (2001) for the singer Lina Ortega.");
  EXPECT_EQ(a.sentences[1].citations, (std::vector<std::string>{"2", "3"}));
  EXPECT_EQ(a.sentences[0].span.line, 3u);
}

TEST(markdown_reader, list_items_tables_footnotes_and_code) {
  const auto [doc, a] = load("ingest/good/markdown/rosa_quintero.md");
  const auto texts = sentence_texts(a);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "- 2004 – Mar de Fondo (Los Alcatraces) – producer"), texts.end());
  ASSERT_EQ(a.tables.size(), 1u);
  EXPECT_EQ(a.tables[0].rows.size(), 2u);
  EXPECT_EQ(a.tables[0].rows[1][3].text, "El Río");
  ASSERT_EQ(a.references.size(), 3u);
  EXPECT_EQ(a.references[0].label, "1");
  EXPECT_EQ(a.references[0].url, "https://example.org/quintero");
  EXPECT_EQ(a.references[2].text, "El Río soundtrack, liner notes (2010).");
  // The code block is reported, not read as prose and not dropped silently.
  ASSERT_EQ(a.diagnostics.size(), 1u);
  EXPECT_EQ(a.diagnostics[0].message, "code block not read as prose");
  for (const auto& t : texts) EXPECT_EQ(t.find("code block"), std::string::npos);
}

}  // namespace liner::ingest
