#include "ingest/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace liner::ingest {
namespace {

std::vector<std::string> split(std::string_view text) {
  static SentenceSplitter splitter;
  std::vector<std::string> out;
  for (const auto& [b, e] : splitter.split(text)) out.emplace_back(text.substr(b, e - b));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(sentence_splitter, plain_sentences) {
  EXPECT_EQ(split("He was born in 1970. He moved in 1990."), (V{"He was born in 1970.", "He moved in 1990."}));
  EXPECT_EQ(split("  "), V{});
  EXPECT_EQ(split("No final period"), V{"No final period"});
}

TEST(sentence_splitter, ellipsis_inside_a_title) {
  EXPECT_EQ(split("He made La Vida... Es Un Ratico (2007). It sold well."),
            (V{"He made La Vida... Es Un Ratico (2007).", "It sold well."}));
  EXPECT_EQ(split("He waited... Nothing happened."), (V{"He waited...", "Nothing happened."}));
  EXPECT_EQ(split("She sang Ay\xE2\x80\xA6 Mi Amor live."), V{"She sang Ay\xE2\x80\xA6 Mi Amor live."});
}

TEST(sentence_splitter, abbreviations_and_initials) {
  EXPECT_EQ(split("He toured the U.S. and Canada."), V{"He toured the U.S. and Canada."});
  EXPECT_EQ(split("It sold well in the U.S. The band split."), (V{"It sold well in the U.S.", "The band split."}));
  EXPECT_EQ(split("Sammy Davis Jr. sang it."), V{"Sammy Davis Jr. sang it."});
  EXPECT_EQ(split("Produced by J. R. Smith and Dr. Dre in St. Louis."),
            V{"Produced by J. R. Smith and Dr. Dre in St. Louis."});
  EXPECT_EQ(split("His teacher was Robert W. Hale. He left."), (V{"His teacher was Robert W. Hale.", "He left."}));
}

TEST(sentence_splitter, punctuation_inside_titles) {
  EXPECT_EQ(split("He recorded Steal This Album! (2002), a hit. Then he left."),
            (V{"He recorded Steal This Album! (2002), a hit.", "Then he left."}));
  EXPECT_EQ(split("Jay-Z's track \"99 Problems.\" Russo mixed it."),
            (V{"Jay-Z's track \"99 Problems.\"", "Russo mixed it."}));
}

TEST(sentence_splitter, lowercase_after_question_mark_continues) {
  EXPECT_EQ(split("Who Are You? was a hit. He left."), (V{"Who Are You? was a hit.", "He left."}));
}

}  // namespace liner::ingest
