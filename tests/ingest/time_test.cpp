#include "ingest/time.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

namespace liner::ingest {

void PrintTo(const TimeMention& m, std::ostream* os) {
  *os << "[" << m.begin << ", " << m.end << ") " << m.value.begin_year << "-" << m.value.begin_month << "-"
      << m.value.begin_day << " .. " << m.value.end_year << "-" << m.value.end_month << "-" << m.value.end_day
      << " precision " << static_cast<int>(m.value.precision) << " iso \"" << m.value.iso << "\""
      << (m.relative ? " relative" : "") << (m.decade_relative ? " decade_relative" : "");
}

namespace {

using Mentions = std::vector<TimeMention>;

const TimeParser& parser() {
  static const TimeParser p;
  return p;
}

Mentions find(std::string_view s, const std::vector<std::pair<std::size_t, std::size_t>>& exclude = {}) {
  return parser().find(s, exclude);
}

TimeMention day(std::size_t b, std::size_t e, int y, int m, int d, std::string iso) {
  return {b, e, {y, m, d, y, m, d, TimePrecision::day, std::move(iso)}};
}

TimeMention month(std::size_t b, std::size_t e, int y, int m, std::string iso) {
  return {b, e, {y, m, 0, y, m, 0, TimePrecision::month, std::move(iso)}};
}

TimeMention year(std::size_t b, std::size_t e, int y, std::string iso) {
  return {b, e, {y, 0, 0, y, 0, 0, TimePrecision::year, std::move(iso)}};
}

TimeMention span(std::size_t b, std::size_t e, int from, int to, TimePrecision p, std::string iso) {
  return {b, e, {from, 0, 0, to, 0, 0, p, std::move(iso)}};
}

TimeMention offset(std::size_t b, std::size_t e, int years) {
  return {b, e, {years, 0, 0, years, 0, 0, TimePrecision::year, ""}, true};
}

constexpr auto range = TimePrecision::range;
constexpr auto decade = TimePrecision::decade;
constexpr auto approximate = TimePrecision::approximate;

}  // namespace

// Full dates

TEST(time_parser, month_day_year) {
  EXPECT_EQ(find("He was born on December 31, 1969, in Ohio."), (Mentions{day(15, 32, 1969, 12, 31, "1969-12-31")}));
  EXPECT_EQ(find("December 31st 1969"), (Mentions{day(0, 18, 1969, 12, 31, "1969-12-31")}));
}

TEST(time_parser, day_month_year) {
  EXPECT_EQ(find("Born 31 December 1969 in Leeds."), (Mentions{day(5, 21, 1969, 12, 31, "1969-12-31")}));
  EXPECT_EQ(find("On the 1st of May, 2001 she left."), (Mentions{day(7, 23, 2001, 5, 1, "2001-05-01")}));
}

TEST(time_parser, abbreviated_month) {
  EXPECT_EQ(find("Dec. 31, 1969"), (Mentions{day(0, 13, 1969, 12, 31, "1969-12-31")}));
  EXPECT_EQ(find("on Sept. 9, 1999."), (Mentions{day(3, 16, 1999, 9, 9, "1999-09-09")}));
  EXPECT_EQ(find("Feb 2, 2004"), (Mentions{day(0, 11, 2004, 2, 2, "2004-02-02")}));
}

TEST(time_parser, iso_date) {
  EXPECT_EQ(find("Released 1969-12-31."), (Mentions{day(9, 19, 1969, 12, 31, "1969-12-31")}));
}

TEST(time_parser, impossible_day_leaves_the_year) {
  EXPECT_EQ(find("December 32, 1969"), (Mentions{year(13, 17, 1969, "1969")}));
  EXPECT_EQ(find("February 29, 1900"), (Mentions{year(13, 17, 1900, "1900")}));  // 1900 was not a leap year
  EXPECT_EQ(find("February 29, 2000"), (Mentions{day(0, 17, 2000, 2, 29, "2000-02-29")}));
  EXPECT_EQ(find("1969-13-01"), (Mentions{year(0, 4, 1969, "1969")}));
}

// Months and years

TEST(time_parser, month_year) {
  EXPECT_EQ(find("In December 1969 the band split."), (Mentions{month(3, 16, 1969, 12, "1969-12")}));
  EXPECT_EQ(find("In Dec. 1969"), (Mentions{month(3, 12, 1969, 12, "1969-12")}));
  EXPECT_EQ(find("MAY 1970"), (Mentions{month(0, 8, 1970, 5, "1970-05")}));
}

TEST(time_parser, lowercase_month_is_a_word) {
  // "may" and "march" are also a verb: months need a capital first letter.
  EXPECT_EQ(find("they may 1969"), (Mentions{year(9, 13, 1969, "1969")}));
}

TEST(time_parser, bare_year) {
  EXPECT_EQ(find("In 1969 he moved."), (Mentions{year(3, 7, 1969, "1969")}));
  EXPECT_EQ(find("1000 and 2099"), (Mentions{year(0, 4, 1000, "1000"), year(9, 13, 2099, "2099")}));
  EXPECT_EQ(find("1969's festival"), (Mentions{year(0, 4, 1969, "1969")}));
}

TEST(time_parser, years_outside_1000_to_2099_are_numbers) {
  EXPECT_EQ(find("0999 2100 3000 12345 19690"), Mentions{});
}

// Ranges

TEST(time_parser, range_with_en_dash) {
  // "1993–1995": the en dash is 3 bytes.
  EXPECT_EQ(find("He toured 1993\xE2\x80\x93" "1995 with them."),
            (Mentions{span(10, 21, 1993, 1995, range, "1993/1995")}));
}

TEST(time_parser, range_with_em_dash_hyphen_and_spaces) {
  EXPECT_EQ(find("1993\xE2\x80\x94" "1995"), (Mentions{span(0, 11, 1993, 1995, range, "1993/1995")}));
  EXPECT_EQ(find("1993-1995"), (Mentions{span(0, 9, 1993, 1995, range, "1993/1995")}));
  EXPECT_EQ(find("(1993 \xE2\x80\x93 1995)"), (Mentions{span(1, 14, 1993, 1995, range, "1993/1995")}));
}

TEST(time_parser, range_with_two_digit_end) {
  EXPECT_EQ(find("The 1993-95 tour"), (Mentions{span(4, 11, 1993, 1995, range, "1993/1995")}));
  EXPECT_EQ(find("1993\xE2\x80\x93" "95"), (Mentions{span(0, 9, 1993, 1995, range, "1993/1995")}));
  EXPECT_EQ(find("1998\xE2\x80\x93" "02"), (Mentions{span(0, 9, 1998, 2002, range, "1998/2002")}));
}

TEST(time_parser, two_digit_end_that_is_not_a_range) {
  // 1969 to 2012 is too long a jump for a two-digit end; only the year is taken.
  EXPECT_EQ(find("1969-12"), (Mentions{year(0, 4, 1969, "1969")}));
  EXPECT_EQ(find("1995-93"), (Mentions{year(0, 4, 1995, "1995")}));
}

TEST(time_parser, range_with_slash) {
  EXPECT_EQ(find("the 2005/06 season"), (Mentions{span(4, 11, 2005, 2006, range, "2005/2006")}));
  EXPECT_EQ(find("1993/1994"), (Mentions{span(0, 9, 1993, 1994, range, "1993/1994")}));
}

TEST(time_parser, open_range) {
  EXPECT_EQ(find("2001\xE2\x80\x93present"), (Mentions{span(0, 14, 2001, 0, range, "2001/..")}));
}

TEST(time_parser, from_to_and_between_and) {
  EXPECT_EQ(find("He lived there from 1993 to 1995."), (Mentions{span(15, 32, 1993, 1995, range, "1993/1995")}));
  EXPECT_EQ(find("It was recorded between 1993 and 1995."),
            (Mentions{span(16, 37, 1993, 1995, range, "1993/1995")}));
  EXPECT_EQ(find("From 1993 until 2001"), (Mentions{span(0, 20, 1993, 2001, range, "1993/2001")}));
}

TEST(time_parser, backwards_or_mismatched_range_gives_two_years) {
  EXPECT_EQ(find("from 1995 to 1993"), (Mentions{year(5, 9, 1995, "1995"), year(13, 17, 1993, "1993")}));
  EXPECT_EQ(find("from 1993 and 1995"), (Mentions{year(5, 9, 1993, "1993"), year(14, 18, 1995, "1995")}));
  EXPECT_EQ(find("1995\xE2\x80\x93" "1993"), (Mentions{year(0, 4, 1995, "1995"), year(7, 11, 1993, "1993")}));
}

// Decades

TEST(time_parser, decades) {
  EXPECT_EQ(find("During the 1990s she toured."), (Mentions{span(7, 16, 1990, 1999, decade, "1990/1999")}));
  EXPECT_EQ(find("1990s pop"), (Mentions{span(0, 5, 1990, 1999, decade, "1990/1999")}));
  EXPECT_EQ(find("the 1960's"), (Mentions{span(0, 10, 1960, 1969, decade, "1960/1969")}));
}

TEST(time_parser, short_decades) {
  EXPECT_EQ(find("In the '90s"), (Mentions{span(3, 11, 1990, 1999, decade, "1990/1999")}));
  EXPECT_EQ(find("the \xE2\x80\x99" "80s"), (Mentions{span(0, 10, 1980, 1989, decade, "1980/1989")}));  // ’80s
  EXPECT_EQ(find("in the 70s"), (Mentions{span(3, 10, 1970, 1979, decade, "1970/1979")}));
  EXPECT_EQ(find("the '10s"), (Mentions{span(0, 8, 2010, 2019, decade, "2010/2019")}));
  EXPECT_EQ(find("'50s rock"), (Mentions{span(0, 4, 1950, 1959, decade, "1950/1959")}));
}

TEST(time_parser, hundreds_before_2000_are_centuries) {
  EXPECT_EQ(find("the 1800s"), (Mentions{span(0, 9, 1800, 1899, range, "1800/1899")}));
  EXPECT_EQ(find("the late 1800s"), (Mentions{span(0, 14, 1867, 1899, approximate, "1867/1899")}));
  EXPECT_EQ(find("the early 1900s"), (Mentions{span(0, 15, 1900, 1933, approximate, "1900/1933")}));
  EXPECT_EQ(find("the 2000s"), (Mentions{span(0, 9, 2000, 2009, decade, "2000/2009")}));  // the decade
}

TEST(time_parser, age_is_not_a_decade) {
  EXPECT_EQ(find("in his 90s"), Mentions{});
  EXPECT_EQ(find("in her early 20s"), Mentions{});
}

TEST(time_parser, parts_of_a_decade) {
  EXPECT_EQ(find("In the early 1990s"), (Mentions{span(3, 18, 1990, 1993, approximate, "1990/1993")}));
  EXPECT_EQ(find("By the mid-1990s"), (Mentions{span(3, 16, 1994, 1996, approximate, "1994/1996")}));
  EXPECT_EQ(find("late 1990s"), (Mentions{span(0, 10, 1997, 1999, approximate, "1997/1999")}));
  EXPECT_EQ(find("mid 1970s"), (Mentions{span(0, 9, 1974, 1976, approximate, "1974/1976")}));
  EXPECT_EQ(find("the mid-'60s"), (Mentions{span(0, 12, 1964, 1966, approximate, "1964/1966")}));
  EXPECT_EQ(find("the mid-to-late '80s"), (Mentions{span(0, 20, 1984, 1989, approximate, "1984/1989")}));
  EXPECT_EQ(find("early to mid 2000s"), (Mentions{span(0, 18, 2000, 2006, approximate, "2000/2006")}));
}

TEST(time_parser, preposition_stays_outside_the_span) {
  EXPECT_EQ(find("Fame came by the late 1980s."), (Mentions{span(13, 27, 1987, 1989, approximate, "1987/1989")}));
  EXPECT_EQ(find("He retired in the early 2000s."), (Mentions{span(14, 29, 2000, 2003, approximate, "2000/2003")}));
}

// Approximate years

TEST(time_parser, approximate_years) {
  EXPECT_EQ(find("Formed around 2000."), (Mentions{span(7, 18, 1999, 2001, approximate, "1999/2001")}));
  EXPECT_EQ(find("circa 2000"), (Mentions{span(0, 10, 1999, 2001, approximate, "1999/2001")}));
  EXPECT_EQ(find("(c. 2000)"), (Mentions{span(1, 8, 1999, 2001, approximate, "1999/2001")}));
  EXPECT_EQ(find("c.2000"), (Mentions{span(0, 6, 1999, 2001, approximate, "1999/2001")}));
  EXPECT_EQ(find("about 2000"), (Mentions{span(0, 10, 1999, 2001, approximate, "1999/2001")}));
  EXPECT_EQ(find("Around 1970"), (Mentions{span(0, 11, 1969, 1971, approximate, "1969/1971")}));
}

TEST(time_parser, abbreviation_ending_in_c_is_not_circa) {
  EXPECT_EQ(find("etc. 2000"), (Mentions{year(5, 9, 2000, "2000")}));
}

TEST(time_parser, about_a_count_is_not_a_year) {
  EXPECT_EQ(find("about 2000 people came"), Mentions{});
  EXPECT_EQ(find("around 1500 copies"), Mentions{});
}

// Relative years

TEST(time_parser, years_later_and_earlier) {
  EXPECT_EQ(find("A year later, she left."), (Mentions{offset(0, 12, 1)}));
  EXPECT_EQ(find("one year later"), (Mentions{offset(0, 14, 1)}));
  EXPECT_EQ(find("Two years later"), (Mentions{offset(0, 15, 2)}));
  EXPECT_EQ(find("and four years later"), (Mentions{offset(4, 20, 4)}));
  EXPECT_EQ(find("a year earlier"), (Mentions{offset(0, 14, -1)}));
  EXPECT_EQ(find("twenty-five years later"), (Mentions{offset(0, 23, 25)}));
  EXPECT_EQ(find("3 years afterwards"), (Mentions{offset(0, 18, 3)}));
}

TEST(time_parser, named_relative_years) {
  EXPECT_EQ(find("the following year"), (Mentions{offset(0, 18, 1)}));
  EXPECT_EQ(find("The next year, he"), (Mentions{offset(0, 13, 1)}));
  EXPECT_EQ(find("in the previous year"), (Mentions{offset(3, 20, -1)}));
  EXPECT_EQ(find("Later that same year"), (Mentions{offset(6, 20, 0)}));
  EXPECT_EQ(find("the same year"), (Mentions{offset(0, 13, 0)}));
}

TEST(time_parser, not_relative_years) {
  EXPECT_EQ(find("a years later"), Mentions{});        // "a" only before a singular unit
  EXPECT_EQ(find("one years later"), Mentions{});
  EXPECT_EQ(find("two year later"), Mentions{});
  EXPECT_EQ(find("several years later"), Mentions{});  // no number to count
  EXPECT_EQ(find("a year on the road"), Mentions{});
  EXPECT_EQ(find("the following years"), Mentions{});
  EXPECT_EQ(find("twenty-a years later"), Mentions{});
  EXPECT_EQ(find("Half a year later"), Mentions{});
}

TEST(time_parser, mid_decade_is_relative_to_the_decade) {
  const Mentions found = find("By mid-decade the band had split.");
  const TimeValue years_4_to_6{4, 0, 0, 6, 0, 0, approximate, ""};
  EXPECT_EQ(found, (Mentions{{3, 13, years_4_to_6, true, true}}));
  EXPECT_EQ(find("late in the decade"), (Mentions{{0, 18, {7, 0, 0, 9, 0, 0, approximate, ""}, true, true}}));
}

TEST(time_parser, resolve_offsets) {
  EXPECT_EQ(TimeParser::resolve(offset(0, 0, 2), 1993), (TimeValue{1995, 0, 0, 1995, 0, 0, TimePrecision::year, "1995"}));
  EXPECT_EQ(TimeParser::resolve(offset(0, 0, -1), 2000), (TimeValue{1999, 0, 0, 1999, 0, 0, TimePrecision::year, "1999"}));
  EXPECT_EQ(TimeParser::resolve(offset(0, 0, 0), 1969), (TimeValue{1969, 0, 0, 1969, 0, 0, TimePrecision::year, "1969"}));
}

TEST(time_parser, resolve_mid_decade) {
  const TimeMention mid{3, 13, {4, 0, 0, 6, 0, 0, approximate, ""}, true, true};
  EXPECT_EQ(TimeParser::resolve(mid, 1993), (TimeValue{1994, 0, 0, 1996, 0, 0, approximate, "1994/1996"}));
  EXPECT_EQ(TimeParser::resolve(mid, 2000), (TimeValue{2004, 0, 0, 2006, 0, 0, approximate, "2004/2006"}));
}

TEST(time_parser, resolve_refuses) {
  EXPECT_EQ(TimeParser::resolve(year(0, 4, 1969, "1969"), 1993), std::nullopt);  // not relative
  EXPECT_EQ(TimeParser::resolve(offset(0, 0, 2), 0), std::nullopt);              // no anchor
  EXPECT_EQ(TimeParser::resolve(offset(0, 0, 90), 2050), std::nullopt);          // past 2099
}

// Numbers that are not years

TEST(time_parser, numbers_that_are_not_years) {
  EXPECT_EQ(find("Jay-Z released 99 Problems."), Mentions{});
  EXPECT_EQ(find("It sold 1 million copies."), Mentions{});
  EXPECT_EQ(find("She won 16 Grammy Awards."), Mentions{});
  EXPECT_EQ(find("He scored Free Willy 2."), Mentions{});
  EXPECT_EQ(find("It sold 2000 copies."), Mentions{});
  EXPECT_EQ(find("between 1000 and 2000 fans"), Mentions{});
  EXPECT_EQ(find("1500\xE2\x80\x93" "2000 people"), Mentions{});
  EXPECT_EQ(find("a $1999 guitar, 1,2000 and 2000.5, a 1999% rise"), Mentions{});
  EXPECT_EQ(find("\xC2\xA3" "1500"), Mentions{});  // £1500
}

TEST(time_parser, empty_and_plain_text) {
  EXPECT_EQ(find(""), Mentions{});
  EXPECT_EQ(find("No dates here at all."), Mentions{});
}

// Overlaps and exclusions

TEST(time_parser, longest_match_wins) {
  EXPECT_EQ(find("1969-12-31"), (Mentions{day(0, 10, 1969, 12, 31, "1969-12-31")}));
  EXPECT_EQ(find("in the mid-1990s"), (Mentions{span(3, 16, 1994, 1996, approximate, "1994/1996")}));
  EXPECT_EQ(find("between 1993 and 1995"), (Mentions{span(0, 21, 1993, 1995, range, "1993/1995")}));
}

TEST(time_parser, several_in_text_order) {
  EXPECT_EQ(find("Born on 3 May 1950, he joined in 1968 and left two years later."),
            (Mentions{day(8, 18, 1950, 5, 3, "1950-05-03"), year(33, 37, 1968, "1968"), offset(47, 62, 2)}));
}

TEST(time_parser, list_of_years) {
  EXPECT_EQ(find("in 1969, 1970 and 1971"),
            (Mentions{year(3, 7, 1969, "1969"), year(9, 13, 1970, "1970"), year(18, 22, 1971, "1971")}));
}

TEST(time_parser, excluded_title_is_skipped) {
  // "He released Greatest Hits: 1965–1992 in 1993."; the title is [12, 38).
  const std::string_view s = "He released Greatest Hits: 1965\xE2\x80\x93" "1992 in 1993.";
  EXPECT_EQ(find(s, {{12, 38}}), (Mentions{year(42, 46, 1993, "1993")}));
  EXPECT_EQ(find(s), (Mentions{span(27, 38, 1965, 1992, range, "1965/1992"), year(42, 46, 1993, "1993")}));
}

TEST(time_parser, overlapping_and_unsorted_exclusions) {
  // "1969 1970 1971 1972": years at [0, 4), [5, 9), [10, 14), [15, 19).
  EXPECT_EQ(find("1969 1970 1971 1972", {{16, 17}, {0, 2}, {1, 6}, {12, 12}}),
            (Mentions{year(10, 14, 1971, "1971")}));
}

TEST(time_parser, exclusion_lets_a_shorter_mention_through) {
  // The title "Woodstock 1969" is [0, 14); the range 1969–1970 overlaps it, the year 1970 does not.
  EXPECT_EQ(find("Woodstock 1969\xE2\x80\x93" "1970 reissue", {{0, 14}}), (Mentions{year(17, 21, 1970, "1970")}));
}

TEST(time_parser, one_parser_serves_many_threads) {
  const std::string_view s = "Between 1993 and 1995, then in the late '90s and two years later.";
  const Mentions expected = find(s);
  ASSERT_EQ(expected.size(), 3u);
  std::vector<Mentions> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results)
    threads.emplace_back([&r, s] {
      for (int i = 0; i < 200; ++i) r = parser().find(s);
    });
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

// find() reads clues first (ingest/time_clues.h) and skips the patterns they
// rule out; it must find what every pattern scanning the whole sentence finds.
TEST(time_parser, clues_skip_nothing) {
  const std::vector<std::string> sentences = {
      "Born December 31, 1969, in Cleveland.", "born on Dec. 31st 1969", "31st of December, 1969", "1 MAY 2001",
      "May. 2001", "in may 2001", "Sept. 9, 1999", "Sept 1999", "the 5th of June,\t2001", "13 Jun 2001-2002",
      "1969-12-31", "1969-12", "1969 - 12 - 31", "1993\xE2\x80\x93" "1995", "1993 \xE2\x80\x94 present",
      "1993 -now", "1998\xE2\x88\x92" "02", "2005/06", "1969-12", "1993 /1995", "From 1993 to 1995",
      "BETWEEN  1993\nand 1995", "from1993 to 1995", "xfrom 1993 to 1995", "between 1000 and 2000 fans",
      "the 1990s", "the 1990's", "the 1990\xE2\x80\x99s", "the '90s", "the \xE2\x80\x98" "90s", "mid-90s",
      "in his 90s", "the Early-to-Late 1980S", "the 1800s", "the 2000s", "around 2000", "c. 2000", "ca.2000",
      "Circa  1999", "approximately\t2001", "etc. 2000", "xaround 2000", "5around 2000", "about. 2000",
      "two years later", "Twenty-five YEARS afterwards", "a year earlier", "half a year later", "12 years later",
      "the following year", "that same year", "the Year", "yearly", "years", "mid-decade", "middecade",
      "late in the decade", "decades", "2000 copies", "1999%", "1999 percent", "1999percent", "$1999",
      "1,2000", "2000.5", "Record of the Year (2008)", "\xC2\xA3" "1500", "a_1999", "1999_", "19999", "0999",
      "2100", "2099", "1000", "Woodstock 1969\xE2\x80\x93" "1970 reissue", "Auguſt 1999", "the 1990ſ",
      "two yearſ later", "1999 \xE2\x84\xAA" "m", "\xE2\x80\x9C" "1999\xE2\x80\x9D", "(1991)", "1991,1992",
      "The Following  Year", "that year", "the\tsame year", "that same year year", "the mid-to-late '80s",
      "late'90s", "the early-to-mid 1990s", "THE 1990S", "in the \xE2\x80\x99" "90s", "early in the decade",
      "x-twenty-five years later", "3 years\tlater", "Dec. 31, 1969", "31 of December 1969", "31 Of December 1969",
      "December  31st,  1969", "December 131, 1969", "Born 1 Dec. 1999", "1993\xE2\x80\x93present",
      "About 2000", "ROUGHLY 1999", "roughly2000", "CA. 1999", "two years afterward", "two years Afterwards",
      "three years Earlier", "a-b-two years later", "twenty-a year later", "twelve years latest",
  };
  const std::vector<std::string> parts = {
      "1969", "1993", "2005", "1800", "90", "12", "31", "0s", "'90s", "s", "-", "\xE2\x80\x93", "/", " ", "  ",
      ", ", ".", "December", "Dec.", "may", "May", "31st", "of", "from", "between", "and", "to", "the", "early",
      "mid", "late", "around", "c.", "year", "years", "later", "decade", "copies", "%", "present", "two", "a",
      "same", "following", "\xE2\x80\x99", "(", ")", "x", "that", "'", "\t", "Of", "next", "prior", "about", "roughly", "afterwards",
      "earlier", "twenty", "five", "ca."};
  std::vector<std::string> all = sentences;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    const int n = 1 + static_cast<int>(seed % 12);
    for (int k = 0; k < n; ++k) {
      seed = seed * 1664525u + 1013904223u;
      s += parts[(seed >> 8) % parts.size()];
    }
    all.push_back(s);
  }
  std::string many;
  for (int i = 0; i < 30; ++i) many += "in " + std::to_string(1970 + i) + " and ";
  all.push_back(many);
  for (const auto& s : all) EXPECT_EQ(find(s), parser().find_unfiltered(s)) << s;
  EXPECT_EQ(find("the early 1990s, from 1993 to 1995, c. 2000", {{4, 9}}),
            parser().find_unfiltered("the early 1990s, from 1993 to 1995, c. 2000", {{4, 9}}));
}

TEST(time_parser, long_hostile_input_is_linear) {
  // RE2 has no backtracking; this only has to finish and find the one year at the end.
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "the early 19 mid- from 1 between 2000 copies ";
  const std::size_t at = s.size();
  s += "1969";
  EXPECT_EQ(find(s), (Mentions{year(at, at + 4, 1969, "1969")}));
}

}  // namespace liner::ingest
