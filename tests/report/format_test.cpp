// The table of output formats: names round-trip, and each command accepts
// exactly its formats, its default first (the order `--help` shows).

#include <gtest/gtest.h>

#include "report/format.h"

namespace liner::report {
namespace {

using Names = std::vector<std::string>;

TEST(format, names_round_trip) {
  for (auto f : {Format::text, Format::json, Format::sarif, Format::junit, Format::turtle, Format::ntriples,
                 Format::nquads, Format::html})
    EXPECT_EQ(format_from_string(to_string(f)), f) << to_string(f);
  EXPECT_EQ(format_from_string("TEXT"), std::nullopt);
  EXPECT_EQ(format_from_string("xml"), std::nullopt);
  EXPECT_EQ(format_from_string(""), std::nullopt);
}

TEST(format, each_command_lists_its_formats_default_first) {
  EXPECT_EQ(format_names(Command::check, Format::text), (Names{"text", "json", "sarif", "junit", "turtle", "html"}));
  EXPECT_EQ(format_names(Command::extract, Format::json), (Names{"json", "text"}));
  EXPECT_EQ(format_names(Command::export_), (Names{"turtle", "ntriples", "nquads"}));
  EXPECT_EQ(format_names(Command::export_, Format::json), (Names{"turtle", "ntriples", "nquads"}));
}

TEST(format, commands_write_only_their_formats) {
  EXPECT_TRUE(writes(Command::check, Format::sarif));
  EXPECT_FALSE(writes(Command::extract, Format::sarif));
  EXPECT_FALSE(writes(Command::check, Format::nquads));
  EXPECT_TRUE(writes(Command::export_, Format::turtle));
  EXPECT_FALSE(writes(Command::export_, Format::text));
}

TEST(format, rdf_formats_map_to_raptor_syntaxes) {
  EXPECT_EQ(rdf_syntax(Format::turtle), ontology::Syntax::turtle);
  EXPECT_EQ(rdf_syntax(Format::ntriples), ontology::Syntax::ntriples);
  EXPECT_EQ(rdf_syntax(Format::nquads), ontology::Syntax::nquads);
  EXPECT_EQ(rdf_syntax(Format::json), std::nullopt);
}

}  // namespace
}  // namespace liner::report
