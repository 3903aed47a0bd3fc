#include "validators/config.h"

#include <gtest/gtest.h>

#include "validators/check.h"

namespace liner::validators {
namespace {

TEST(config, rules_severities_options_and_fail_on) {
  const auto c = parse_config(
      "fail-on = \"warning\"\n"
      "[rules.LN112]\n"
      "enabled = false\n"
      "[rules.LN110]\n"
      "severity = \"error\"\n"
      "min-age = 21\n",
      ".liner.toml");
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->fail_on, FailOn::warning);
  EXPECT_FALSE(c->rules.at("LN112").enabled);
  EXPECT_EQ(c->rules.at("LN110").severity, Severity::error);
  EXPECT_EQ(c->rules.at("LN110").options.at("min-age"), 21);
  EXPECT_TRUE(c->rules.at("LN110").enabled);
}

TEST(config, empty_file_is_the_defaults) {
  const auto c = parse_config("", "x.toml");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(*c, Config{});
}

struct Bad {
  std::string text;
  std::string message;
};

class config_errors : public ::testing::TestWithParam<Bad> {};

TEST_P(config_errors, are_located) {
  const auto c = parse_config(GetParam().text, "cfg.toml");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().to_string(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    all, config_errors,
    ::testing::Values(
        Bad{"[rules.LN999]\nenabled = false\n", "cfg.toml:1:8: error: unknown rule 'LN999'"},
        Bad{"[rules.LN101]\nenabled = \"no\"\n", "cfg.toml:2:11: error: enabled must be true or false"},
        Bad{"[rules.LN101]\nseverity = \"fatal\"\n", "cfg.toml:2:12: error: severity must be one of error, warning, info"},
        Bad{"[rules.LN101]\nmin-age = 3\n", "cfg.toml:2:1: error: unknown setting 'min-age' for LN101"},
        Bad{"[rules.LN110]\nmin-age = \"old\"\n", "cfg.toml:2:11: error: min-age must be a whole number from 0 to 1000000"},
        Bad{"fail-on = \"sometimes\"\n", "cfg.toml:1:11: error: fail-on must be one of error, warning, info, none"},
        Bad{"colour = true\n", "cfg.toml:1:1: error: unknown setting 'colour'"},
        Bad{"[rules.LN101\n", "cfg.toml:1:13: error: error while parsing table header: expected ']', saw '\\n'"}));

TEST(config, fail_on_levels) {
  EXPECT_TRUE(reaches(Severity::error, FailOn::error));
  EXPECT_FALSE(reaches(Severity::warning, FailOn::error));
  EXPECT_TRUE(reaches(Severity::warning, FailOn::warning));
  EXPECT_FALSE(reaches(Severity::info, FailOn::warning));
  EXPECT_TRUE(reaches(Severity::info, FailOn::info));
  EXPECT_FALSE(reaches(Severity::error, FailOn::none));
  EXPECT_EQ(fail_on_from_string("none"), FailOn::none);
  EXPECT_EQ(fail_on_from_string("fatal"), std::nullopt);
}

}  // namespace
}  // namespace liner::validators
