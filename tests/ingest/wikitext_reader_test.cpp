// The wikitext reader on hand-written MediaWiki sources. Every expected value
// was worked out from the fixture text, not copied from the reader's output.

#include <gtest/gtest.h>

#include "fixture.h"

namespace liner::ingest {
namespace {

using liner::testing::load;
using liner::testing::sentence_texts;
using Ranges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

struct H {
  std::string heading;
  int level;
  std::string parent;  // empty for a top-level section
  bool operator==(const H&) const = default;
};

std::ostream& operator<<(std::ostream& os, const H& h) {
  return os << "{" << h.heading << ", " << h.level << ", " << h.parent << "}";
}

std::vector<H> headings(const Article& a) {
  std::vector<H> out;
  for (const auto& s : a.sections)
    out.push_back({s.heading, s.level, s.parent == none ? "" : a.sections[static_cast<std::size_t>(s.parent)].heading});
  return out;
}

const Sentence& sentence(const Article& a, std::string_view text) {
  for (const auto& s : a.sentences)
    if (s.text == text) return s;
  ADD_FAILURE() << "no sentence: " << text;
  static const Sentence empty;
  return empty;
}

std::vector<std::string> cells(const std::vector<Cell>& row) {
  std::vector<std::string> out;
  for (const auto& c : row) out.push_back(c.text);
  return out;
}

std::vector<std::string> messages(const Article& a) {
  std::vector<std::string> out;
  for (const auto& d : a.diagnostics) out.push_back(d.message);
  return out;
}

std::string_view slice(std::string_view text, const SourceSpan& s) { return text.substr(s.start, s.end - s.start); }

}  // namespace

TEST(wikitext_reader, infobox_fields_read_as_field_lines) {
  const auto [doc, a] = load("ingest/good/wikitext/infobox_refs.wiki");
  EXPECT_EQ(a.format, Format::wikitext);
  EXPECT_EQ(a.title, "Lucía Ferraro");  // from {{DISPLAYTITLE:}}
  EXPECT_EQ(slice(doc.text, a.title_span), "Lucía Ferraro");
  EXPECT_EQ(a.title_span.line, 3u);
  const std::vector<std::string> texts = sentence_texts(a);
  ASSERT_GE(texts.size(), 8u);
  EXPECT_EQ(std::vector<std::string>(texts.begin(), texts.begin() + 8),
            (std::vector<std::string>{"Name: Lucía Ferraro", "Birth name: Lucía Inés Ferraro",
                                      "Born: 1974-03-09, Rosario, Argentina", "Genres: Tango, Electronic",
                                      "Occupation: Record producer, mixing engineer", "Years active: 1995–present",
                                      "Labels: Sello Austral", "Associated acts: Los Faroles"}));
  // A field's span covers its source line(s): the folded birth place is on the next line.
  const Sentence& born = a.sentences[2];
  EXPECT_EQ(slice(doc.text, born.span),
            "| birth_date = {{birth date and age|1974|3|9}}\n| birth_place = [[Rosario, Santa Fe|Rosario]], Argentina");
  EXPECT_EQ(born.span.line, 7u);
  EXPECT_EQ(born.span.column, 1u);
  // "Born: " stands for the field name; the date for its template; "Rosario" is exact.
  EXPECT_EQ(doc.text[born.offsets[0]], '|');
  EXPECT_EQ(doc.text.substr(born.offsets[6], 2), "{{");
  const std::size_t rosario = born.text.find("Rosario");
  EXPECT_EQ(doc.text.substr(born.offsets[rosario], 7), "Rosario");
  EXPECT_EQ(born.offsets[rosario], doc.text.find("Rosario]], Argentina"));
  for (std::size_t i = 0; i < 8; ++i) EXPECT_EQ(a.sentences[i].section, none);
}

TEST(wikitext_reader, refs_numbered_by_first_use_named_refs_reused) {
  const auto [doc, a] = load("ingest/good/wikitext/infobox_refs.wiki");
  EXPECT_EQ(headings(a), (std::vector<H>{{"Early life", 2, ""}, {"Career", 2, ""}, {"References", 2, ""}}));
  const std::vector<std::string> texts = sentence_texts(a);
  EXPECT_EQ(std::vector<std::string>(texts.begin() + 8, texts.end()),
            (std::vector<std::string>{
                "Lucía Ferraro (born March 9, 1974) is an Argentine record producer and mixing engineer.",
                "She has produced more than thirty albums.", "Ferraro was born in Rosario.",
                "She studied piano at the National University of Rosario.",
                "In 1995 Ferraro joined Estudio Paraná as an assistant engineer.",
                "Her first production was Viento Norte (1999) for Los Faroles."}));
  EXPECT_EQ(a.sentences[8].citations, std::vector<std::string>{"1"});
  EXPECT_EQ(a.sentences[9].citations, std::vector<std::string>{"2"});
  EXPECT_EQ(a.sentences[10].citations, std::vector<std::string>{"1"});  // <ref name="bio" /> again
  EXPECT_EQ(a.sentences[11].citations, std::vector<std::string>{"3"});
  EXPECT_EQ(a.sentences[12].citations, std::vector<std::string>{"3"});  // <ref name=unr />
  EXPECT_EQ(a.sentences[13].citations, std::vector<std::string>{"1"});  // <ref name="bio"/>
  EXPECT_EQ(a.sentences[13].section, 1);
  ASSERT_EQ(a.markers.size(), 6u);
  EXPECT_TRUE(slice(doc.text, a.markers[0].span).starts_with("<ref name=\"bio\">{{cite web"));
  EXPECT_TRUE(slice(doc.text, a.markers[0].span).ends_with("</ref>"));
  EXPECT_EQ(slice(doc.text, a.markers[2].span), "<ref name=\"bio\" />");
  // The bold name's quotes belong to the first sentence's span, the marker does not.
  EXPECT_TRUE(slice(doc.text, a.sentences[8].span).starts_with("'''Lucía Ferraro''' (born"));
  EXPECT_TRUE(slice(doc.text, a.sentences[8].span).ends_with("engineer."));

  ASSERT_EQ(a.references.size(), 3u);
  EXPECT_EQ(a.references[0].label, "1");
  EXPECT_EQ(a.references[0].text, "Lucía Ferraro biography. Música Sur. 2015-04-02.");
  EXPECT_EQ(a.references[0].url, "https://example.org/ferraro-bio");
  EXPECT_EQ(a.references[1].label, "2");
  EXPECT_EQ(a.references[1].text, "Quiroga, Ana. The sound of Rosario. Diario Litoral. 2012.");
  EXPECT_EQ(a.references[1].url, "");
  EXPECT_EQ(a.references[2].label, "3");
  EXPECT_EQ(a.references[2].text, "Alumni list, National University of Rosario, 1996. https://example.edu/unr/alumni");
  EXPECT_EQ(a.references[2].url, "https://example.edu/unr/alumni");
  EXPECT_EQ(slice(doc.text, a.references[2].span), a.references[2].text);
  EXPECT_TRUE(a.diagnostics.empty()) << ::testing::PrintToString(messages(a));
}

TEST(wikitext_reader, links_keep_anchors_and_record_targets) {
  const auto [doc, a] = load("ingest/good/wikitext/infobox_refs.wiki");
  std::vector<std::pair<std::string, std::string>> links;
  for (const auto& l : a.links) links.emplace_back(l.anchor, l.target);
  EXPECT_EQ(links, (std::vector<std::pair<std::string, std::string>>{
                       {"Rosario", "Rosario, Santa Fe"},
                       {"Tango", "Tango"},
                       {"Sello Austral", "Sello Austral"},
                       {"Rosario", "Rosario, Santa Fe"},
                       {"National University of Rosario", "National University of Rosario"}}));
  const Link& l = a.links[3];
  EXPECT_EQ(slice(doc.text, l.span), "[[Rosario, Santa Fe|Rosario]]");
  EXPECT_EQ(slice(doc.text, l.anchor_span), "Rosario");
  EXPECT_EQ(slice(doc.text, l.target_span), "Rosario, Santa Fe");
  EXPECT_EQ(l.span.line, 19u);
}

TEST(wikitext_reader, italic_titles_are_ranges_of_the_readable_text) {
  const auto [doc, a] = load("ingest/good/wikitext/infobox_refs.wiki");
  const Sentence& s = sentence(a, "Her first production was Viento Norte (1999) for Los Faroles.");
  EXPECT_EQ(s.italics, (Ranges{{25, 37}}));
  EXPECT_EQ(s.text.substr(25, 12), "Viento Norte");
  EXPECT_TRUE(sentence(a, "Lucía Ferraro (born March 9, 1974) is an Argentine record producer and mixing engineer.")
                  .italics.empty());  // bold is not italic
}

TEST(wikitext_reader, awards_table_cells_with_rowspan) {
  const auto [doc, a] = load("ingest/good/wikitext/awards_table.wiki");
  EXPECT_EQ(a.title, "awards table");  // the file name, `_` read as a space
  EXPECT_EQ(a.title_span.start, a.title_span.end);
  EXPECT_EQ(headings(a), (std::vector<H>{{"Awards and nominations", 2, ""}, {"Later work", 2, ""}}));
  ASSERT_EQ(a.tables.size(), 1u);
  const Table& t = a.tables[0];
  EXPECT_EQ(t.section, 0);
  EXPECT_EQ(t.span.line, 6u);
  EXPECT_TRUE(slice(doc.text, t.span).starts_with("{| class=\"wikitable sortable\""));
  EXPECT_TRUE(slice(doc.text, t.span).ends_with("Best Film Score\n|}"));
  EXPECT_EQ(cells(t.header), (std::vector<std::string>{"Year", "Award", "Category", "Work", "Result"}));
  EXPECT_EQ(slice(doc.text, t.header[0].span), "Year");  // after the attributes `scope="col" |`
  ASSERT_EQ(t.rows.size(), 4u);
  using Row = std::vector<std::string>;
  EXPECT_EQ(cells(t.rows[0]), (Row{"2004", "Eagle Award", "Best Film Score", "Zimowy sen", "Won"}));
  // rowspan="2" carries 2004 into the next row.
  EXPECT_EQ(cells(t.rows[1]), (Row{"2004", "Gdynia Film Festival", "Best Sound", "Zimowy sen", "Nominated"}));
  EXPECT_EQ(t.rows[1][0].span, t.rows[0][0].span);
  EXPECT_EQ(slice(doc.text, t.rows[0][0].span), "2004");
  EXPECT_EQ(t.rows[0][0].span.line, 10u);
  // One cell a line, a ref inside a cell.
  EXPECT_EQ(cells(t.rows[2]), (Row{"2009", "Eagle Award", "Best Film Score", "Ostatni prom", "Nominated"}));
  EXPECT_EQ(t.rows[2][3].citations, std::vector<std::string>{"2"});
  EXPECT_EQ(t.rows[2][3].span.line, 17u);
  // A short row is kept and reported.
  EXPECT_EQ(cells(t.rows[3]), (Row{"2012", "Eagle Award", "Best Film Score"}));
  ASSERT_EQ(messages(a), std::vector<std::string>{"table row has 3 cells, header has 5"});
  EXPECT_EQ(a.diagnostics[0].span.line, 20u);
  EXPECT_EQ(a.diagnostics[0].span.column, 1u);
}

TEST(wikitext_reader, references_without_a_references_section) {
  const auto [doc, a] = load("ingest/good/wikitext/awards_table.wiki");
  EXPECT_EQ(sentence_texts(a),
            (std::vector<std::string>{"Tomasz Wielgosz is a Polish film composer and sound engineer.",
                                      "Wielgosz has been nominated for the Eagle Award three times.",
                                      "Since 2015 Wielgosz has taught orchestration in Łódź."}));
  EXPECT_EQ(a.sentences[0].citations, std::vector<std::string>{"1"});
  EXPECT_EQ(a.sentences[2].section, 1);
  ASSERT_EQ(a.references.size(), 2u);
  EXPECT_EQ(a.references[0].label, "1");
  EXPECT_EQ(a.references[0].text, "Jan Nowak, Polish Film Music (Kraków, 2010), p. 44.");
  EXPECT_EQ(a.references[0].url, "");
  EXPECT_EQ(a.references[1].label, "2");
  EXPECT_EQ(a.references[1].text, "Orły 2009 nominations.");
  EXPECT_EQ(a.references[1].url, "http://example.pl/orly-2009");
  std::vector<std::string> targets;
  for (const auto& l : a.links) targets.push_back(l.target);
  EXPECT_EQ(targets, (std::vector<std::string>{"Eagle Award", "Eagle Award"}));
}

TEST(wikitext_reader, nested_templates_comments_italics_external_links) {
  const auto [doc, a] = load("ingest/good/wikitext/templates_lists.wiki");
  EXPECT_EQ(a.title, "Ines Okafor");
  // A comment after the closing `==` is not part of the heading.
  EXPECT_EQ(headings(a), (std::vector<H>{{"Discography", 2, ""}, {"See also", 2, ""}, {"Notes", 2, ""},
                                         {"External links", 2, ""}}));
  EXPECT_EQ(sentence_texts(a),
            (std::vector<std::string>{
                "Ines Okafor (Ìnẹ̀s Ọ̀kàfọ̀; born 1981-06-02) is a Nigerian-British singer, songwriter and producer.",
                "Her debut album Harmattan was released by Ovation Records in 2006.",
                "Okafor's style mixes highlife, soul and drum and bass.",
                "She has cited Fela Kuti as an influence.",
                "She toured with The Lagos Collective in 2012.",
                "- Harmattan (2006)",
                "- Blue Lagoon (2010) – with Kofi Mensah",
                "- Red Earth (2015)"}));
  // The efn note is "a"; the ref inside the note is the first numbered one.
  EXPECT_EQ(a.sentences[0].citations, (std::vector<std::string>{"a", "1"}));
  EXPECT_TRUE(a.sentences[1].citations.empty());
  EXPECT_TRUE(a.sentences[3].citations.empty());  // {{citation needed}} is no citation
  EXPECT_EQ(a.sentences[1].italics, (Ranges{{16, 25}}));
  EXPECT_EQ(a.sentences[3].italics, (Ranges{{14, 23}}));  // '''''Fela Kuti''''': bold and italic
  EXPECT_EQ(a.sentences[5].italics, (Ranges{{2, 11}}));
  EXPECT_EQ(a.sentences[6].italics, (Ranges{{2, 13}}));
  EXPECT_EQ(a.sentences[7].italics, (Ranges{{2, 11}}));
  for (std::size_t i = 5; i < 8; ++i) EXPECT_EQ(a.sentences[i].section, 0);
  // The rendered date maps to its template, the decoded dash to its entity.
  const Sentence& s0 = a.sentences[0];
  const std::size_t date = s0.text.find("1981-06-02");
  EXPECT_EQ(doc.text.substr(s0.offsets[date], 12), "{{birth date");
  const Sentence& s6 = a.sentences[6];
  EXPECT_EQ(doc.text.substr(s6.offsets[s6.text.find("–")], 7), "&ndash;");

  std::vector<std::pair<std::string, std::string>> links;
  for (const auto& l : a.links) links.emplace_back(l.anchor, l.target);
  EXPECT_EQ(links, (std::vector<std::pair<std::string, std::string>>{{"Ovation Records", "https://example.com/ovation"},
                                                                      {"highlife", "highlife"},
                                                                      {"", "Category:Nigerian singers"}}));
  EXPECT_EQ(slice(doc.text, a.links[0].span), "[https://example.com/ovation Ovation Records]");
}

TEST(wikitext_reader, notes_and_source_sections) {
  const auto [doc, a] = load("ingest/good/wikitext/templates_lists.wiki");
  ASSERT_EQ(a.references.size(), 4u);
  EXPECT_EQ(a.references[0].label, "a");
  EXPECT_EQ(a.references[0].text, "Some sources give 1980.");
  EXPECT_EQ(a.references[1].label, "1");
  EXPECT_EQ(a.references[1].text, "Adeyemi, Kola. Lagos Sound. 2019.");
  // See also and External links entries are sources no marker cites: no label.
  EXPECT_EQ(a.references[2].label, "");
  EXPECT_EQ(a.references[2].text, "List of Nigerian musicians");
  EXPECT_EQ(a.references[3].label, "");
  EXPECT_EQ(a.references[3].text, "Official website");
  EXPECT_EQ(a.references[3].url, "https://example.com/okafor");
  EXPECT_EQ(slice(doc.text, a.references[3].span), "* [https://example.com/okafor Official website]");
  // The unknown template is read, and reported.
  EXPECT_EQ(messages(a), std::vector<std::string>{"unknown template {{Band name}} read as its last argument"});
  EXPECT_EQ(a.diagnostics[0].span.line, 5u);
}

TEST(wikitext_reader, multi_line_paragraphs_with_crlf) {
  const auto [doc, a] = load("ingest/good/wikitext/multiline_crlf.wiki");
  EXPECT_EQ(a.title, "multiline crlf");
  EXPECT_EQ(headings(a), (std::vector<H>{{"Raúl Benedetti", 1, ""}, {"Career", 2, "Raúl Benedetti"},
                                         {"Equipment", 3, "Career"}}));
  EXPECT_EQ(sentence_texts(a),
            (std::vector<std::string>{
                "Raúl Benedetti is an Uruguayan recording engineer who has worked in Montevideo and Buenos Aires.",
                "He founded the studio Casa Sur in 2001.",
                "Benedetti mixed records for Los Tres Caminos and other bands of the 1990s.",
                "Benedetti records to tape whenever a budget allows it."}));
  EXPECT_EQ(a.sentences[0].citations, std::vector<std::string>{"1"});
  EXPECT_EQ(a.sentences[0].section, 0);
  EXPECT_EQ(a.sentences[3].section, 2);
  // The line break reads as a space that maps to the '\n' (the '\r' is skipped).
  const Sentence& s0 = a.sentences[0];
  const std::size_t space = s0.text.find(" who");
  EXPECT_EQ(doc.text[s0.offsets[space]], '\n');
  EXPECT_EQ(doc.text[s0.offsets[space] - 1], '\r');
  EXPECT_EQ(doc.text.substr(s0.offsets[space + 1], 3), "who");
  // The second sentence starts on line 3, after the ref.
  EXPECT_EQ(a.sentences[1].span.line, 3u);
  EXPECT_EQ(a.sentences[1].span.column, 88u);
  EXPECT_EQ(slice(doc.text, a.sentences[1].span), "He founded\r\nthe studio Casa Sur in 2001.");
  ASSERT_EQ(a.references.size(), 1u);
  EXPECT_EQ(a.references[0].text, "Interview, El País, 2014.");
  EXPECT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.links.size(), 1u);
  EXPECT_EQ(a.links[0].span.line, 8u);
  EXPECT_TRUE(a.diagnostics.empty()) << ::testing::PrintToString(messages(a));
}

TEST(wikitext_reader, unclosed_markup_is_reported_and_kept) {
  const auto [doc, a] = load("ingest/good/wikitext/unclosed.wiki");
  EXPECT_EQ(messages(a), (std::vector<std::string>{"table not closed: missing |}", "ref not closed: <ref>",
                                                   "template not closed: {{Band"}));
  EXPECT_EQ(a.diagnostics[0].span.line, 3u);
  EXPECT_EQ(a.diagnostics[1].span.line, 9u);
  EXPECT_EQ(a.diagnostics[1].span.column, 37u);
  EXPECT_EQ(a.diagnostics[2].span.line, 11u);
  EXPECT_EQ(a.diagnostics[2].span.column, 18u);
  // The table ends at its last row; the heading after it is still a heading.
  ASSERT_EQ(a.tables.size(), 1u);
  EXPECT_EQ(cells(a.tables[0].header), (std::vector<std::string>{"Year", "Album"}));
  ASSERT_EQ(a.tables[0].rows.size(), 1u);
  EXPECT_EQ(cells(a.tables[0].rows[0]), (std::vector<std::string>{"2008", "Skuggor"}));
  EXPECT_EQ(headings(a), (std::vector<H>{{"Career", 2, ""}}));
  // The unclosed ref's text and the unclosed template's text stay prose.
  EXPECT_EQ(sentence_texts(a), (std::vector<std::string>{"Mara Lind is a Swedish session drummer.",
                                                         "Lind toured with Norrsken from 2009.",
                                                         "Tour programme, 2009.",
                                                         "She later joined Band|Ljusår in 2014."}));
  EXPECT_TRUE(a.references.empty());
  EXPECT_TRUE(a.markers.empty());
  // The dangling tag is markup of the sentence it opens.
  EXPECT_EQ(slice(doc.text, a.sentences[2].span), "<ref>Tour programme, 2009.");
}

TEST(wikitext_reader, sniffed_from_the_extension) {
  const auto [doc, a] = load("ingest/good/wikitext/multiline_crlf.wiki");
  EXPECT_EQ(doc.format, Format::automatic);
  EXPECT_EQ(a.format, Format::wikitext);
}

}  // namespace liner::ingest
