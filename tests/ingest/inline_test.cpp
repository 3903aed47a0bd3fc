#include "ingest/inline.h"

#include <gtest/gtest.h>

namespace liner::ingest {

TEST(match_marker, accepts_citation_labels) {
  std::string_view label;
  EXPECT_EQ(match_marker("[12] next", 0, &label), 4u);
  EXPECT_EQ(label, "12");
  EXPECT_EQ(match_marker("[^note-1]", 0, &label), 9u);
  EXPECT_EQ(label, "note-1");
  EXPECT_EQ(match_marker("[a]", 0, &label), 3u);
  EXPECT_EQ(label, "a");
  EXPECT_EQ(match_marker("[note 3]", 0, &label), 8u);
  EXPECT_EQ(label, "note 3");  // a note, not reference 3
}

TEST(match_marker, rejects_other_brackets) {
  EXPECT_EQ(match_marker("[sic]", 0), 0u);
  EXPECT_EQ(match_marker("[Los Angeles](/x)", 0), 0u);
  EXPECT_EQ(match_marker("[12](/x)", 0), 0u);  // a link whose anchor is a number
  EXPECT_EQ(match_marker("[]", 0), 0u);
  EXPECT_EQ(match_marker("[123456]", 0), 0u);
  EXPECT_EQ(match_marker("[12", 0), 0u);
  EXPECT_EQ(match_marker("x[1]", 0), 0u);
}

TEST(scan_inline, removes_markers_and_maps_back) {
  const std::string src = "One.[1][2] Two,[3] three.";
  const LineIndex lines(src);
  const InlineText in = scan_inline(src, 0, src.size(), lines);
  EXPECT_EQ(in.text, "One. Two, three.");
  ASSERT_EQ(in.markers.size(), 3u);
  EXPECT_EQ(in.markers[0].label, "1");
  EXPECT_EQ(in.markers[2].span, (SourceSpan{15, 18, 1, 16}));
  ASSERT_EQ(in.offsets.size(), in.text.size() + 1);
  for (std::size_t i = 0; i < in.text.size(); ++i) EXPECT_EQ(src[in.offsets[i]], in.text[i]) << i;
}

TEST(scan_inline, marker_between_words_becomes_a_space) {
  const std::string src = "end.[4]Next";
  const LineIndex lines(src);
  const InlineText in = scan_inline(src, 0, src.size(), lines);
  EXPECT_EQ(in.text, "end. Next");
  EXPECT_EQ(in.offsets[4], 4u);  // the space stands for the marker
}

TEST(scan_inline, links_keep_anchor_and_record_target) {
  const std::string src = "in [Osaka (city)](/page/Osaka_(city)) now";
  const LineIndex lines(src);
  const InlineText in = scan_inline(src, 0, src.size(), lines);
  EXPECT_EQ(in.text, "in Osaka (city) now");
  ASSERT_EQ(in.links.size(), 1u);
  EXPECT_EQ(in.links[0].anchor, "Osaka (city)");
  EXPECT_EQ(in.links[0].target, "/page/Osaka_(city)");
  EXPECT_EQ(src.substr(in.links[0].span.start, in.links[0].span.end - in.links[0].span.start),
            "[Osaka (city)](/page/Osaka_(city))");
}

TEST(scan_inline, unclosed_markup_stays_text) {
  const std::string src = "a [b](c d [e";
  const LineIndex lines(src);
  const InlineText in = scan_inline(src, 0, src.size(), lines);
  EXPECT_EQ(in.text, src);
  EXPECT_TRUE(in.links.empty());
  EXPECT_TRUE(in.markers.empty());
}

}  // namespace liner::ingest
