// The wikitext reader's pure parts on their own: the template kinds read from
// ingest/data/wikitext_templates.tsv, parse_template over a SourceIndex, the
// ref labels of RefTable, first_url and decode_entity. Expected values come
// from the data files and MediaWiki's conventions, worked out by hand.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ingest/wikitext/entities.h"
#include "ingest/wikitext/refs.h"
#include "ingest/wikitext/source_index.h"
#include "ingest/wikitext/syntax.h"
#include "ingest/wikitext/template.h"

namespace liner::ingest::wikitext {
namespace {

TEST(wikitext_template, kinds_from_the_data_file) {
  EXPECT_EQ(kind_of("citation needed"), Kind::drop);
  EXPECT_EQ(kind_of("reflist"), Kind::reflist);
  EXPECT_EQ(kind_of("nowrap"), Kind::last);
  EXPECT_EQ(kind_of("abbr"), Kind::first);
  EXPECT_EQ(kind_of("birth date and age"), Kind::date);
  EXPECT_EQ(kind_of("birth year and age"), Kind::year);
  EXPECT_EQ(kind_of("cslist"), Kind::list);
  EXPECT_EQ(kind_of("#tag:ref"), Kind::refn);  // a line that must not read as a comment
  EXPECT_EQ(kind_of("cquote"), Kind::quote);   // the last line of the file
}

TEST(wikitext_template, fixed_texts_keep_their_spaces) {
  std::string_view fixed;
  EXPECT_EQ(kind_of("snd", &fixed), Kind::text);
  EXPECT_EQ(fixed, " \u2013 ");
  EXPECT_EQ(kind_of("nbsp", &fixed), Kind::text);
  EXPECT_EQ(fixed, " ");
  EXPECT_EQ(kind_of("!", &fixed), Kind::text);
  EXPECT_EQ(fixed, "|");
  EXPECT_EQ(kind_of("efn-lr", &fixed), Kind::efn);
  EXPECT_EQ(fixed, "lower-roman");
}

TEST(wikitext_template, prefix_rules_after_the_table) {
  EXPECT_EQ(kind_of("infobox musical artist"), Kind::infobox);
  EXPECT_EQ(kind_of("cite web"), Kind::cite);
  EXPECT_EQ(kind_of("lang-es"), Kind::last);
  EXPECT_EQ(kind_of("jazz-stub"), Kind::drop);
  EXPECT_EQ(kind_of("band of horses navbox"), Kind::drop);
  EXPECT_EQ(kind_of("displaytitle:"), Kind::displaytitle);
  EXPECT_EQ(kind_of("band of horses"), Kind::unknown);
}

TEST(wikitext_template, arguments_split_at_top_level_pipes) {
  const std::string text = "{{Template:Birth_date |1956| 3 |day={{nowrap|4|x}}}}";
  const SourceIndex index(text);
  ASSERT_EQ(index.brace_end(0, text.size()), text.size());
  const Template t = parse_template(index, 0, text.size());
  EXPECT_EQ(t.raw_name, "Template:Birth_date");
  EXPECT_EQ(t.name, "birth date");
  ASSERT_EQ(t.args.size(), 3u);
  EXPECT_EQ(t.args[0].pipe, 22u);
  EXPECT_EQ(text.substr(t.args[1].begin, t.args[1].end - t.args[1].begin), "3");
  EXPECT_EQ(t.args[2].name, "day");
  EXPECT_EQ(text.substr(t.args[2].begin, t.args[2].end - t.args[2].begin), "{{nowrap|4|x}}");
  EXPECT_EQ(t.positional().size(), 2u);
  EXPECT_EQ(t.nth(2), &t.args[1]);
}

TEST(wikitext_source_index, pairs_and_logical_lines) {
  const std::string text = "a {{b|\nc}} [[d]] <!-- e\n--> f\ng";
  const SourceIndex index(text);
  EXPECT_EQ(index.brace_end(2, text.size()), 10u);
  EXPECT_EQ(index.brace_end(2, 9), npos);  // its end is past the limit
  EXPECT_EQ(index.link_end(11, text.size()), 16u);
  EXPECT_EQ(index.comment_end(17), 27u);
  EXPECT_EQ(index.logical_line_end(0), 29u);  // over the template's and the comment's line breaks
  EXPECT_EQ(index.top_level(0, text.size(), 'c'), npos);
  EXPECT_EQ(index.trimmed(0, 2), (std::pair<std::size_t, std::size_t>{0, 1}));
}

TEST(wikitext_refs, labels_by_group_in_order_of_first_use) {
  RefTable refs;
  EXPECT_EQ(refs.entry("", "", 0, 1), 0u);
  EXPECT_EQ(refs.entry("", "x", 1, 2), 1u);
  EXPECT_EQ(refs.entry("", "x", 5, 6), 1u);  // a named ref keeps its number
  for (int k = 0; k < 26; ++k) refs.entry("lower-alpha", "", 0, 0);
  EXPECT_EQ(refs.entry("lower-alpha", "", 0, 0), 28u);
  EXPECT_EQ(refs.entry("upper-roman", "", 0, 0), 29u);
  refs.entry("upper-roman", "", 0, 0);
  refs.entry("upper-roman", "", 0, 0);
  EXPECT_EQ(refs.entry("upper-roman", "", 0, 0), 32u);
  EXPECT_EQ(refs.entry("note", "", 0, 0), 33u);
  const auto& e = refs.entries();
  EXPECT_EQ(e[0].label, "1");
  EXPECT_EQ(e[1].label, "2");
  EXPECT_EQ(e[2].label, "a");
  EXPECT_EQ(e[27].label, "z");
  EXPECT_EQ(e[28].label, "aa");
  EXPECT_EQ(e[29].label, "I");
  EXPECT_EQ(e[32].label, "IV");
  EXPECT_EQ(e[33].label, "note 1");
}

TEST(wikitext_refs, the_first_non_empty_content_defines) {
  RefTable refs;
  const std::size_t i = refs.entry("", "x", 0, 1);
  EXPECT_FALSE(refs.define(i, {2, 2}, ""));
  EXPECT_TRUE(refs.define(i, {3, 9}, "Sub Pop"));
  EXPECT_FALSE(refs.define(i, {12, 20}, "Later"));
  EXPECT_EQ(refs.entries()[i].text, "Sub Pop");
  EXPECT_EQ(refs.entries()[i].begin, 3u);
}

TEST(wikitext_refs, first_url) {
  EXPECT_EQ(first_url({"http://a.org"}, "see https://b.org"), "http://a.org");
  EXPECT_EQ(first_url({}, "Sub Pop, https://www.subpop.com/eps]. 2005"), "https://www.subpop.com/eps");
  EXPECT_EQ(first_url({}, "see http://jazzhall.com."), "http://jazzhall.com");
  EXPECT_EQ(first_url({}, "no link"), "");
}

TEST(wikitext_entities, named_and_numeric) {
  EXPECT_EQ(decode_entity("amp"), "&");
  EXPECT_EQ(decode_entity("ndash"), "\u2013");
  EXPECT_EQ(decode_entity("#8211"), "\u2013");
  EXPECT_EQ(decode_entity("#x2013"), "\u2013");
  EXPECT_EQ(decode_entity("#xA0"), " ");  // a no-break space reads as a space
  EXPECT_EQ(decode_entity("#x1F3B7"), "\U0001F3B7");
  EXPECT_EQ(decode_entity("#7"), std::nullopt);  // a control character
  EXPECT_EQ(decode_entity("#xD800"), std::nullopt);
  EXPECT_EQ(decode_entity("bogus"), std::nullopt);
}

}  // namespace
}  // namespace liner::ingest::wikitext
