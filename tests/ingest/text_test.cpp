#include "ingest/text.h"

#include <gtest/gtest.h>

#include "ingest/span.h"

namespace liner::ingest {

TEST(utf8, valid_text_has_no_invalid_byte) {
  EXPECT_EQ(find_invalid_utf8("plain ascii"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("Man\xC3\xA1 \xE2\x80\x94 \xF0\x9F\x8E\xB8"), std::nullopt);  // á — 🎸
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
}

TEST(utf8, finds_first_bad_byte) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF" "cd"), 2u);
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);             // overlong '/'
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);        // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("ab\xE2\x82"), 2u);           // truncated at the end
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);     // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xC3\xA1\x80"), 2u);         // stray continuation byte
}

TEST(utf8, decodes_forward_and_backward) {
  const std::string_view s = "a\xC3\xA9\xF0\x9F\x8E\xB8";
  std::size_t p = 0;
  EXPECT_EQ(next_code_point(s, p), U'a');
  EXPECT_EQ(next_code_point(s, p), U'\u00E9');
  EXPECT_EQ(next_code_point(s, p), U'\U0001F3B8');
  EXPECT_EQ(p, s.size());
  EXPECT_EQ(previous_code_point(s, p), U'\U0001F3B8');
  EXPECT_EQ(p, 3u);
  EXPECT_EQ(count_code_points(s), 3u);
}

TEST(utf8, trim_removes_unicode_white_space) {
  EXPECT_EQ(trim("\xC2\xA0 text\t\r\n"), "text");  // leading no-break space
  EXPECT_EQ(trim("   "), "");
}

TEST(line_index, columns_count_code_points) {
  const std::string text = "ab\n\xC3\xA9t\xC3\xA9 x\nlast";
  const LineIndex lines(text);
  EXPECT_EQ(lines.span(0, 1), (SourceSpan{0, 1, 1, 1}));
  const std::size_t x = text.find('x');
  EXPECT_EQ(lines.line(x), 2u);
  EXPECT_EQ(lines.column(x), 5u);  // é t é space x
  EXPECT_EQ(lines.span(text.find("last"), text.size()).line, 3u);
}

TEST(line_index, byte_order_mark_is_not_a_column) {
  const std::string text = "\xEF\xBB\xBFTitle\r\nBody";
  const LineIndex lines(text);
  EXPECT_EQ(lines.column(3), 1u);
  EXPECT_EQ(lines.column(text.find("Body")), 1u);
  EXPECT_EQ(lines.line(text.find("Body")), 2u);
}

}  // namespace liner::ingest
