// The life dimension: its corpus (fixtures/claims/life/) and cases checked by hand.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
TEST(life, corpus) { liner::testing::expect_corpus("life"); }

TEST(life, birth_date_and_place) {
  const auto e = extract_text("Ana Vidal\nAna Vidal (born 4 May 1961) is a Brazilian record producer.[1] Vidal was born in Recife, Brazil, to a family of musicians.[2]\n");
  EXPECT_EQ(lines(e, Predicate::birthDate), V{"birthDate|Ana Vidal|1961-05-04|"});
  EXPECT_EQ(lines(e, Predicate::birthPlace), V{"birthPlace|Ana Vidal|Recife, Brazil|"});
}

TEST(life, a_relatives_birth_is_not_the_subjects) {
  const auto e = extract_text("Ana Vidal\nAna Vidal is a producer.[1] Her daughter was born in 1990 in Lisbon.[2]\n");
  EXPECT_TRUE(lines(e, Predicate::birthDate).empty());
  EXPECT_TRUE(lines(e, Predicate::birthPlace).empty());
}

TEST(life, infobox_field_gives_birth) {
  const auto e = extract_text("Ana Vidal\nBorn: 4 May 1961, Recife, Brazil\nAna Vidal is a producer.[1]\n");
  EXPECT_EQ(lines(e, Predicate::birthDate), V{"birthDate|Ana Vidal|1961-05-04|"});
  EXPECT_EQ(lines(e, Predicate::birthPlace), V{"birthPlace|Ana Vidal|Recife, Brazil|"});
}

// A life span in parentheses after a person's name is a birth and a death
// year; after a title it is not.
TEST(life, life_span_after_a_person_not_a_title) {
  const auto e = extract_text(
      "Ana Vidal\nVidal studied with the arranger Joaquim Reis (1921–1999) and mixed Cidade Alta (2004), the "
      "last album by the singer Maria Lobo (1930–2008).[1] She later worked on the series Porto Seguro (2001–2006).[2]\n");
  EXPECT_EQ(lines(e, Predicate::birthDate), (V{"birthDate|Joaquim Reis|1921|", "birthDate|Maria Lobo|1930|"}));
  EXPECT_EQ(lines(e, Predicate::deathDate), (V{"deathDate|Joaquim Reis|1999|", "deathDate|Maria Lobo|2008|"}));
}

TEST(life, age_at) {
  const auto e = extract_text("Ana Vidal\nAt the age of 17, in 1978, Vidal recorded her first demo.[1]\n");
  EXPECT_EQ(lines(e, Predicate::ageAt), V{"ageAt|Ana Vidal|17|year=1978;"});
}

}  // namespace liner::ingest
