#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "fixture.h"

namespace liner::ingest {
namespace {

using liner::testing::load;
using liner::testing::sentence_texts;

struct H {
  std::string heading;
  int level;
  std::string parent;  // empty for a top-level section
  bool operator==(const H&) const = default;
};

std::vector<H> headings(const Article& a) {
  std::vector<H> out;
  for (const auto& s : a.sections)
    out.push_back({s.heading, s.level, s.parent == none ? "" : a.sections[static_cast<std::size_t>(s.parent)].heading});
  return out;
}

std::ostream& operator<<(std::ostream& os, const H& h) {
  return os << "{" << h.heading << ", " << h.level << ", " << h.parent << "}";
}

const Sentence* sentence_with(const Article& a, std::string_view needle) {
  for (const auto& s : a.sentences)
    if (s.text.find(needle) != std::string::npos) return &s;
  return nullptr;
}

}  // namespace

TEST(flat_reader, seed_headings_nest_under_the_title) {
  const auto [doc, a] = load("articles/thom_russo.txt");
  EXPECT_EQ(a.title, "Thom Russo");
  EXPECT_EQ(a.title_span, (SourceSpan{0, 10, 1, 1}));
  EXPECT_EQ(a.format, Format::flat);
  const std::vector<H> expected{
      {"Early Life and Education", 2, ""},
      {"Childhood and Early Influences", 3, "Early Life and Education"},
      {"Academic Background and Training", 3, "Early Life and Education"},
      {"Music Career", 2, ""},
      {"Early Industry Roles", 3, "Music Career"},
      {"Major Productions and Collaborations", 3, "Music Career"},
      {"Specialization in Latin Music", 3, "Music Career"},
      {"Film and Television Work", 2, ""},
      {"Soundtrack Mixing and Production", 3, "Film and Television Work"},
      {"Scoring and Original Compositions", 3, "Film and Television Work"},
      {"Awards and Honors", 2, ""},
      {"Grammy Awards", 3, "Awards and Honors"},
  };
  EXPECT_EQ(headings(a), expected);
}

TEST(flat_reader, seed_has_32_distinct_citation_labels) {
  const auto [doc, a] = load("articles/thom_russo.txt");
  std::set<std::string> labels;
  for (const auto& m : a.markers) labels.insert(m.label);
  std::set<std::string> expected;
  for (int i = 1; i <= 32; ++i) expected.insert(std::to_string(i));
  EXPECT_EQ(labels, expected);
}

TEST(flat_reader, seed_table_has_three_rows_of_four_cells) {
  const auto [doc, a] = load("articles/thom_russo.txt");
  ASSERT_EQ(a.tables.size(), 1u);
  const Table& t = a.tables[0];
  std::vector<std::string> header;
  for (const auto& c : t.header) header.push_back(c.text);
  EXPECT_EQ(header, (std::vector<std::string>{"Year", "Category", "Project", "Role"}));
  ASSERT_EQ(t.rows.size(), 3u);
  for (const auto& row : t.rows) EXPECT_EQ(row.size(), 4u);
  EXPECT_EQ(t.rows[2][1].text, "Best Latin Pop, Rock or Urban Album");
  EXPECT_EQ(t.rows[0][3].text, "Engineer/Mixer");
  EXPECT_EQ(a.sections[static_cast<std::size_t>(t.section)].heading, "Grammy Awards");
  EXPECT_TRUE(a.diagnostics.empty());
}

TEST(flat_reader, seed_sentences_hold_no_heading_text) {
  const auto [doc, a] = load("articles/thom_russo.txt");
  for (const auto& s : a.sentences) {
    for (const auto& h : a.sections) {
      EXPECT_FALSE(s.span.start < h.span.end && h.span.start < s.span.end) << s.text << " overlaps " << h.heading;
      EXPECT_FALSE(s.text.ends_with(h.heading)) << s.text;
    }
    EXPECT_EQ(s.text.find('['), std::string::npos) << "marker left in: " << s.text;
  }
}

TEST(flat_reader, seed_titles_are_not_split) {
  const auto [doc, a] = load("articles/thom_russo.txt");
  EXPECT_NE(sentence_with(a, "La Vida... Es Un Ratico (2007)."), nullptr);
  EXPECT_NE(sentence_with(a, "On Mi Sangre, Russo served"), nullptr);
  EXPECT_NE(sentence_with(a, "His role on La Vida... Es Un Ratico similarly"), nullptr);
  EXPECT_NE(sentence_with(a, "Cher’s compilation Greatest Hits: 1965–1992 (1992)."), nullptr);
  EXPECT_NE(sentence_with(a, "Steal This Album! (2002), recording and mixing"), nullptr);
  for (const auto& s : a.sentences) EXPECT_FALSE(s.text.ends_with("Vida...")) << s.text;
}

TEST(flat_reader, seed_markers_attach_to_their_sentence) {
  const auto [doc, a] = load("articles/thom_russo.txt");
  const Sentence* born = sentence_with(a, "Born December 31, 1969, in Cleveland, Ohio, Russo began");
  ASSERT_NE(born, nullptr);
  EXPECT_EQ(born->citations, (std::vector<std::string>{"2", "1"}));  // mid-sentence [2], closing [1]
  const Sentence* last = sentence_with(a, "Four years later, in 2012");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->citations, std::vector<std::string>{"31"});
  const Sentence* uncited = sentence_with(a, "During his studies, Russo developed");
  ASSERT_NE(uncited, nullptr);
  EXPECT_TRUE(uncited->citations.empty());
  EXPECT_EQ(a.links.size(), 1u);
  EXPECT_EQ(a.links[0].target, "/page/Los Angeles");
  EXPECT_NE(sentence_with(a, "experience in Chicago and Los Angeles, allowing"), nullptr);
}

TEST(flat_reader, heading_glued_after_two_markers) {
  const auto [doc, a] = load("ingest/good/glued_after_double_marker.txt");
  EXPECT_EQ(headings(a), (std::vector<H>{{"Early Life", 2, ""}, {"Career", 2, ""}, {"Studio Work", 3, "Career"}}));
  EXPECT_EQ(sentence_texts(a),
            (std::vector<std::string>{"Ada Moreno is a Chilean record producer and mixing engineer.",
                                      "She has worked on more than forty albums.",
                                      "Moreno was born in Valparaíso in 1975.", "She studied piano as a child.",
                                      "Moreno joined Estudio Norte in 1996 as an assistant engineer."}));
  EXPECT_EQ(a.sentences[1].citations, (std::vector<std::string>{"2", "3"}));
  EXPECT_EQ(a.sentences[3].citations, (std::vector<std::string>{"4", "1"}));
  EXPECT_EQ(a.sentences[4].section, 2);
}

TEST(flat_reader, table_glued_after_a_marker) {
  const auto [doc, a] = load("ingest/good/table_glued.txt");
  ASSERT_EQ(a.tables.size(), 1u);
  const Table& t = a.tables[0];
  EXPECT_EQ(t.header.size(), 3u);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0][2].text, "Nachtzug");
  EXPECT_EQ(t.rows[0][2].citations, std::vector<std::string>{"3"});
  EXPECT_EQ(t.rows[1][2].text, "Stille Wasser");
  EXPECT_EQ(doc.text.substr(t.span.start, 7), "| Year ");
  EXPECT_EQ(t.span.line, 3u);
  EXPECT_EQ(headings(a), (std::vector<H>{{"Awards", 2, ""}, {"Later Work", 2, ""}}));
  EXPECT_EQ(a.sentences.back().text, "Since 2012 Fischer has taught at a conservatory in Leipzig.");
  EXPECT_EQ(a.sentences.back().section, 1);
  EXPECT_TRUE(a.diagnostics.empty());
}

TEST(flat_reader, title_case_lines_that_are_sentences) {
  const auto [doc, a] = load("ingest/good/title_case_sentence.txt");
  EXPECT_EQ(headings(a), (std::vector<H>{{"Discography", 2, ""}}));
  EXPECT_EQ(sentence_texts(a), (std::vector<std::string>{"Marcus Oyelaran Produced Three Albums For The Lagos Collective.",
                                                         "Marcus Oyelaran Moved To London In 1999",
                                                         "Born: 12 March 1972",
                                                         "Oyelaran's first solo album appeared in 2001."}));
  EXPECT_EQ(a.sentences[1].citations, std::vector<std::string>{"1"});
}

TEST(flat_reader, abbreviations_initials_and_ellipses) {
  const auto [doc, a] = load("ingest/good/abbreviations.txt");
  EXPECT_EQ(a.title, "J. R. Whitfield");
  EXPECT_TRUE(a.sections.empty());
  EXPECT_EQ(sentence_texts(a),
            (std::vector<std::string>{
                "J. R. Whitfield Jr. is an American mixing engineer based in St. Louis, Missouri.",
                "He worked with Dr. Dre in the U.S. and abroad.", "His mentor was Robert W. Hale.",
                "Whitfield mixed La Noche... Es Nuestra (2008) for Los Faros.",
                "He also recorded Stop This Train! (2010), a live album.", "The album sold well in the U.S.",
                "The band toured Europe in 2011.", "He waited...", "Nothing happened.",
                "Whitfield moved to Nashville, Tenn. in 2015."}));
}

TEST(flat_reader, crlf_and_byte_order_mark) {
  const auto [doc, a] = load("ingest/good/crlf_bom.txt");
  EXPECT_EQ(a.title, "Nora Lindqvist");
  EXPECT_EQ(a.title_span, (SourceSpan{3, 17, 1, 1}));
  ASSERT_EQ(a.sections.size(), 1u);
  EXPECT_EQ(a.sections[0].heading, "Career");  // no '\r'
  EXPECT_EQ(sentence_texts(a), (std::vector<std::string>{"Nora Lindqvist is a Swedish producer.",
                                                         "She was born in Malmö.", "Lindqvist opened a studio in 2003."}));
  EXPECT_EQ(a.sentences[2].span.line, 3u);
  EXPECT_EQ(a.sentences[2].span.column, 1u);
}

TEST(flat_reader, non_ascii_headings) {
  const auto [doc, a] = load("ingest/good/non_ascii_headings.txt");
  EXPECT_EQ(a.title, "Émilie Gagnon");
  EXPECT_EQ(headings(a), (std::vector<H>{{"Débuts à Montréal", 2, ""},
                                         {"Ørsted-prisen og æresbevisninger", 2, ""},
                                         {"Награды", 2, ""}}));
  // Columns count code points: "Émilie Gagnon is a Québécois record producer.[1] She produced
  // Ça va aller (2014).[2]" is 84 code points, so the heading starts in column 85.
  EXPECT_EQ(a.sections[0].span.line, 2u);
  EXPECT_EQ(a.sections[0].span.column, 85u);
  EXPECT_EQ(a.sentences[1].text, "She produced Ça va aller (2014).");
}

TEST(flat_reader, reference_list_entries) {
  const auto [doc, a] = load("ingest/good/references.txt");
  ASSERT_EQ(a.references.size(), 3u);
  EXPECT_EQ(a.references[0].label, "1");
  EXPECT_EQ(a.references[0].url, "https://example.org/herrera");
  EXPECT_EQ(a.references[1].label, "2");
  EXPECT_EQ(a.references[1].url, "");
  EXPECT_EQ(a.references[2].label, "3");
  EXPECT_EQ(a.references[2].text, "Liner notes, Luz de Agosto (2010).");
  EXPECT_EQ(a.sentences.size(), 2u);  // reference entries are not prose
  EXPECT_EQ(a.sentences[1].citations, (std::vector<std::string>{"2", "3"}));
}

TEST(flat_reader, links_keep_anchor_text) {
  const auto [doc, a] = load("ingest/good/links.txt");
  EXPECT_EQ(sentence_texts(a), (std::vector<std::string>{"Kai Nakamura is a Japanese composer born in Osaka (city).",
                                                         "He scored Blue Tide in 2005."}));
  ASSERT_EQ(a.links.size(), 3u);
  EXPECT_EQ(a.links[1].target, "/page/Osaka_(city)");
  EXPECT_EQ(a.links[2].anchor, "Blue Tide");
  EXPECT_EQ(a.links[2].target, "https://example.org/films/blue_tide");
}

TEST(flat_reader, prose_on_line_one_is_not_a_title) {
  const auto [doc, a] = load("ingest/good/no_title.txt");
  EXPECT_EQ(a.title, "no title");  // from the file name, underscores as spaces
  EXPECT_EQ(a.title_span.start, a.title_span.end);
  EXPECT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].text, "Rosa Quispe is a Peruvian recording engineer.");
}

TEST(flat_reader, ragged_table_row_is_a_diagnostic) {
  const auto [doc, a] = load("ingest/good/ragged_table.txt");
  ASSERT_EQ(a.diagnostics.size(), 1u);
  EXPECT_EQ(a.diagnostics[0].message, "table row has 2 cells, header has 3");
  EXPECT_EQ(a.diagnostics[0].span.line, 5u);
  EXPECT_EQ(a.diagnostics[0].span.column, 1u);
  ASSERT_EQ(a.tables.size(), 1u);
  EXPECT_EQ(a.tables[0].rows.size(), 2u);  // kept, not dropped
}

}  // namespace liner::ingest
