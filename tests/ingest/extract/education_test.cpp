// The education dimension: its corpus (fixtures/claims/education/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"
#include "ingest/data.h"

namespace liner::ingest {
TEST(education, corpus) { liner::testing::expect_corpus("education"); }

TEST(education, education_and_graduation) {
  const auto e = extract_text("Ana Vidal\nVidal studied at Berklee College of Music, majoring in film scoring and graduating in 1983.[1]\n");
  EXPECT_EQ(lines(e, Predicate::educatedAt),
            V{"educatedAt|Ana Vidal|Berklee College of Music|field=film scoring;endYear=1983;"});
  EXPECT_EQ(lines(e, Predicate::graduationYear),
            V{"graduationYear|Ana Vidal|1983|institution=Berklee College of Music;"});
}

// Each school owns the clauses around it: a degree and year after the first
// school stay with it; the clause leading into the second belongs to the second.
TEST(education, education_two_schools_each_with_its_own_degree) {
  const auto e = extract_text(
      "Ana Vidal\nVidal studied chemistry at the University of Leeds, earning a bachelor's degree in 1979, before "
      "completing a master's degree in orchestration at the Royal Northern College of Music in 1982.[1]\n");
  EXPECT_EQ(lines(e, Predicate::educatedAt),
            (V{"educatedAt|Ana Vidal|University of Leeds|field=chemistry;endYear=1979;",
               "educatedAt|Ana Vidal|Royal Northern College of Music|field=orchestration;endYear=1982;"}));
  ASSERT_EQ(e.claims.size(), 4u);
  EXPECT_EQ(e.claims[0].qualifiers.degree, "bachelor's degree");
  EXPECT_EQ(e.claims[2].qualifiers.degree, "master's degree");
  EXPECT_EQ(lines(e, Predicate::graduationYear),
            (V{"graduationYear|Ana Vidal|1979|institution=University of Leeds;",
               "graduationYear|Ana Vidal|1982|institution=Royal Northern College of Music;"}));
}

// "X at A and Y at B": each field to its school; "later at B" shares A's field;
// names that follow their head word ("Conservatorio ...") are read whole.
TEST(education, education_fields_shared_and_split) {
  const auto split = extract_text(
      "Ana Vidal\nShe studied harmony at the Universidad de Chile and sound design at the École nationale "
      "supérieure Louis-Lumière in Lyon, graduating from the latter in 2001.[1]\n");
  EXPECT_EQ(lines(split, Predicate::educatedAt),
            (V{"educatedAt|Ana Vidal|Universidad de Chile|field=harmony;",
               "educatedAt|Ana Vidal|École nationale supérieure Louis-Lumière|field=sound design;endYear=2001;"}));
  const auto shared = extract_text(
      "Ana Vidal\nShe studied piano at the Conservatorio Arrigo Boito in Parma and later at Yale University.[1]\n");
  EXPECT_EQ(lines(shared, Predicate::educatedAt),
            (V{"educatedAt|Ana Vidal|Conservatorio Arrigo Boito|field=piano;",
               "educatedAt|Ana Vidal|Yale University|field=piano;"}));
}

// A school of a university, joined by "where", is part of it; a degree names
// its field even when the field is a proper noun; a range gives start and end.
TEST(education, education_division_degree_field_and_range) {
  const auto division = extract_text(
      "Ana Vidal\nVidal enrolled at Rice University, where she majored in voice at the Shepherd School of Music, "
      "graduating in 1990.[1]\n");
  EXPECT_EQ(lines(division, Predicate::educatedAt),
            V{"educatedAt|Ana Vidal|Rice University|field=voice;endYear=1990;"});
  const auto degree = extract_text("Ana Vidal\nShe graduated from Oberlin College in 1980 with a Bachelor of Arts in French.[1]\n");
  EXPECT_EQ(lines(degree, Predicate::educatedAt),
            V{"educatedAt|Ana Vidal|Oberlin College|field=French;endYear=1980;"});
  ASSERT_FALSE(degree.claims.empty());
  EXPECT_EQ(degree.claims[0].qualifiers.degree, "Bachelor of Arts");
  const auto range = extract_text("Ana Vidal\nVidal studied audio engineering at the University of Surrey from 1984 to 1987.[1]\n");
  EXPECT_EQ(lines(range, Predicate::educatedAt),
            V{"educatedAt|Ana Vidal|University of Surrey|field=audio engineering;startYear=1984;endYear=1987;"});
  EXPECT_TRUE(lines(range, Predicate::graduationYear).empty());  // a span of study is not a graduation
}

// Adding a pattern is a data-file line: "trained" is no education cue in
// education_cues.tsv, so "trained at" names no school; the same file with one
// more `trigger` line, and no other change, makes it one.
TEST(education, a_data_file_line_alone_adds_a_pattern) {
  const std::string text = "Ana Vidal\nAna Vidal trained at the Juilliard School.[1]\n";
  EXPECT_TRUE(lines(extract_text(text), Predicate::educatedAt).empty());
  const ExtractorContext with_line(
      {{"education_cues.tsv", std::string(data::file("education_cues.tsv")) + "trigger\ttrained\n"}});
  EXPECT_EQ(lines(extract_text(text, with_line), Predicate::educatedAt), V{"educatedAt|Ana Vidal|Juilliard School|"});
}

}  // namespace liner::ingest
