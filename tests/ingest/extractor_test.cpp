// Per-predicate tests: small articles written here, claims checked by hand.

#include "ingest/extractor.h"

#include <gtest/gtest.h>

#include "fixture.h"
#include "ingest/entity.h"
#include "ingest/reader.h"

namespace liner::ingest {
namespace {

const ExtractorContext& extractor() {
  static const ExtractorContext ctx;
  return ctx;
}

struct Extracted {
  Document doc;
  Article article;
  std::vector<Claim> claims;
};

Extracted extract_text(const std::string& text) {
  auto doc = make_document("test.txt", text, Format::flat);
  EXPECT_TRUE(doc.ok());
  auto article = read_flat(*doc, liner::testing::context());
  EXPECT_TRUE(article.ok());
  Extracted out{std::move(*doc), std::move(*article), {}};
  out.claims = extract_claims(out.doc, out.article, extractor());
  return out;
}

// One line per claim: "predicate|subject|object-or-value|k=v;k=v" (qualifiers in a fixed order).
std::string line(const Claim& c) {
  std::string s = std::string(to_string(c.predicate)) + "|" + c.subject.name + "|" +
                  (c.object ? c.object->name : c.value.value_or("")) + "|";
  for (const auto& [key, value] : qualifier_list(c.qualifiers))
    if (key != "precision" && key != "workType" && key != "degree") s += std::string(key) + "=" + value + ";";
  return s;
}

std::vector<std::string> lines(const Extracted& e, Predicate p) {
  std::vector<std::string> out;
  for (const auto& c : e.claims)
    if (c.predicate == p) out.push_back(line(c));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(entity_key, folds_case_accents_and_punctuation) {
  EXPECT_EQ(entity_key("Amar Es Combatir"), entity_key("Amar es Combatir"));
  EXPECT_EQ(entity_key("Maná"), "mana");
  EXPECT_EQ(entity_key("Don’t Stop"), "dont stop");
  EXPECT_EQ(entity_key("  Jesse & Joy "), "jesse joy");
  EXPECT_NE(entity_key("Drama y Luz"), entity_key("Drama y Lux"));
}

// ASCII names take a fast path; a trailing "é" forces the ICU path on the
// same text, which must give the same key followed by "e".
TEST(entity_key, ascii_fast_path_agrees_with_icu) {
  EXPECT_EQ(entity_key("Ab\tC-D/E&F_G.H'I\x1fJ"), "ab c d e fghij");
  for (int c = 1; c < 0x80; ++c) {
    const std::string s = std::string("x") + static_cast<char>(c) + "Y9";
    const std::string ascii = entity_key(s);
    EXPECT_EQ(entity_key(s + " \xC3\xA9"), ascii + " e") << "byte " << c;
  }
}

TEST(extractor, birth_date_and_place) {
  const auto e = extract_text("Ana Vidal\nAna Vidal (born 4 May 1961) is a Brazilian record producer.[1] Vidal was born in Recife, Brazil, to a family of musicians.[2]\n");
  EXPECT_EQ(lines(e, Predicate::birthDate), V{"birthDate|Ana Vidal|1961-05-04|"});
  EXPECT_EQ(lines(e, Predicate::birthPlace), V{"birthPlace|Ana Vidal|Recife, Brazil|"});
}

TEST(extractor, a_relatives_birth_is_not_the_subjects) {
  const auto e = extract_text("Ana Vidal\nAna Vidal is a producer.[1] Her daughter was born in 1990 in Lisbon.[2]\n");
  EXPECT_TRUE(lines(e, Predicate::birthDate).empty());
  EXPECT_TRUE(lines(e, Predicate::birthPlace).empty());
}

TEST(extractor, infobox_field_gives_birth) {
  const auto e = extract_text("Ana Vidal\nBorn: 4 May 1961, Recife, Brazil\nAna Vidal is a producer.[1]\n");
  EXPECT_EQ(lines(e, Predicate::birthDate), V{"birthDate|Ana Vidal|1961-05-04|"});
  EXPECT_EQ(lines(e, Predicate::birthPlace), V{"birthPlace|Ana Vidal|Recife, Brazil|"});
}

TEST(extractor, education_and_graduation) {
  const auto e = extract_text("Ana Vidal\nVidal studied at Berklee College of Music, majoring in film scoring and graduating in 1983.[1]\n");
  EXPECT_EQ(lines(e, Predicate::educatedAt),
            V{"educatedAt|Ana Vidal|Berklee College of Music|field=film scoring;endYear=1983;"});
  EXPECT_EQ(lines(e, Predicate::graduationYear),
            V{"graduationYear|Ana Vidal|1983|institution=Berklee College of Music;"});
}

// Each school owns the clauses around it: a degree and year after the first
// school stay with it; the clause leading into the second belongs to the second.
TEST(extractor, education_two_schools_each_with_its_own_degree) {
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
TEST(extractor, education_fields_shared_and_split) {
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
TEST(extractor, education_division_degree_field_and_range) {
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

// A life span in parentheses after a person's name is a birth and a death
// year; after a title it is not.
TEST(extractor, life_span_after_a_person_not_a_title) {
  const auto e = extract_text(
      "Ana Vidal\nVidal studied with the arranger Joaquim Reis (1921–1999) and mixed Cidade Alta (2004), the "
      "last album by the singer Maria Lobo (1930–2008).[1] She later worked on the series Porto Seguro (2001–2006).[2]\n");
  EXPECT_EQ(lines(e, Predicate::birthDate), (V{"birthDate|Joaquim Reis|1921|", "birthDate|Maria Lobo|1930|"}));
  EXPECT_EQ(lines(e, Predicate::deathDate), (V{"deathDate|Joaquim Reis|1999|", "deathDate|Maria Lobo|2008|"}));
}

// A year between a category and "for" is the award's year, not part of the title.
TEST(extractor, award_list_item_with_its_own_year) {
  const auto e = extract_text(
      "Ana Vidal\nVidal has won two Grammy Awards, Best Tropical Latin Album in 2003 for Mar Aberto and Best "
      "Latin Pop Album in 2009 for Vento Sul.[1]\n");
  EXPECT_EQ(lines(e, Predicate::awardWon),
            (V{"awardWon|Ana Vidal|Grammy|year=2003;category=Best Tropical Latin Album;work=Mar Aberto;",
               "awardWon|Ana Vidal|Grammy|year=2009;category=Best Latin Pop Album;work=Vento Sul;"}));
}

// "with" after a category's head noun starts the work; a category that goes
// on to another head noun keeps it ("... Collaboration with Vocals").
TEST(extractor, category_ends_before_with_and_a_work) {
  const auto e = extract_text(
      "Ana Vidal\nVidal won the Grammy for Best Tropical Latin Album with Mar Aberto in 2003.[1] She won the Grammy "
      "for Best Pop Collaboration with Vocals in 2006.[2]\n");
  EXPECT_EQ(lines(e, Predicate::awardWon),
            (V{"awardWon|Ana Vidal|Grammy|year=2003;category=Best Tropical Latin Album;work=Mar Aberto;",
               "awardWon|Ana Vidal|Grammy|year=2006;category=Best Pop Collaboration with Vocals;"}));
}

// An artist after "by" may hold lowercase joining words; a place after "to" is no part of it.
TEST(extractor, artist_names_with_joining_words) {
  const auto e = extract_text(
      "Ana Vidal\nVidal produced Paper Moon (2010) by Death Cab for Cutie and mastered Salt Lines (2012) by "
      "Ode to Winter.[1] She moved to Lisbon in 2013.[2]\n");
  EXPECT_EQ(lines(e, Predicate::credit),
            (V{"credit|Ana Vidal|Paper Moon|year=2010;role=producer;artist=Death Cab for Cutie;",
               "credit|Ana Vidal|Salt Lines|year=2012;role=mastering engineer;artist=Ode to Winter;"}));
}

// A total after the counts it sums; a scope after "for"; a category after
// "<award> for" that ends in a head noun; a place after the birth year.
TEST(extractor, totals_scopes_categories_and_place_after_date) {
  const auto e = extract_text(
      "Ana Vidal\nVidal was born in 1961 in Porto.[1] She has won three Grammy Awards and five Latin Grammy Awards, "
      "eight in total.[2] She has won two Grammy Awards for Latin music.[3] Vidal won the Brit Award for "
      "International Female Solo Artist in 2009 for Mar Aberto.[4]\n");
  EXPECT_EQ(lines(e, Predicate::birthPlace), V{"birthPlace|Ana Vidal|Porto|"});
  EXPECT_EQ(lines(e, Predicate::awardCount),
            (V{"awardCount|Ana Vidal|3|award=Grammy;", "awardCount|Ana Vidal|5|award=Latin Grammy;",
               "awardCount|Ana Vidal|8|scope=total;", "awardCount|Ana Vidal|2|award=Grammy;scope=Latin;"}));
  EXPECT_EQ(lines(e, Predicate::awardWon),
            V{"awardWon|Ana Vidal|Brit Award|year=2009;category=International Female Solo Artist;work=Mar Aberto;"});
}

// A title taken from a file name gives way to the name the lead sentence
// starts with, unless the two share a word.
TEST(extractor, subject_from_the_lead_when_the_title_is_a_file_name) {
  auto subject_of = [](const std::string& file, const std::string& text) {
    auto doc = make_document(file, text, Format::wikitext);
    EXPECT_TRUE(doc.ok());
    auto article = read_wikitext(*doc, liner::testing::context());
    EXPECT_TRUE(article.ok());
    return article_subject(*article, extractor()).name;
  };
  const std::string lead = "'''Lena Holm''' (born 4 May 1950) is a Swedish record producer.<ref>x</ref>\n";
  EXPECT_EQ(subject_of("trigger.wiki", lead), "Lena Holm");
  EXPECT_EQ(subject_of("lena_holm.wiki", lead), "Lena Holm");              // same key: the lead's casing
  EXPECT_EQ(subject_of("Lena_Maria_Holm.wiki", lead), "Lena Maria Holm");  // shares a word: the title stays
  EXPECT_EQ(subject_of("notes.wiki", "In 1990 the studio closed.<ref>x</ref>\n"), "notes");  // no lead name
}

// A list of years after a category gives one award a year, in parentheses
// or after "in"; a category followed by years is no title.
TEST(extractor, year_lists_after_a_category) {
  const auto e = extract_text(
      "Ana Vidal\nHer eleven Juno Awards include three for Producer of the Year (1995, 1999 and 2004).[1] She won "
      "the Juno Award for Recording Engineer of the Year in 2001, 2003, and 2007.[2]\n");
  EXPECT_EQ(lines(e, Predicate::awardWon),
            (V{"awardWon|Ana Vidal|Juno|year=1995;category=Producer of the Year;",
               "awardWon|Ana Vidal|Juno|year=1999;category=Producer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2004;category=Producer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2001;category=Recording Engineer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2003;category=Recording Engineer of the Year;",
               "awardWon|Ana Vidal|Juno|year=2007;category=Recording Engineer of the Year;"}));
  EXPECT_TRUE(lines(e, Predicate::releaseYear).empty());
}

// Several roles at one place, each with its own period.
TEST(extractor, two_roles_at_one_studio) {
  const auto e = extract_text(
      "Ana Vidal\nVidal worked at Casa Azul Studios as an assistant engineer from 1988 to 1991 and as chief "
      "engineer from 1991 to 1999.[1]\n");
  EXPECT_EQ(lines(e, Predicate::workedAt),
            (V{"workedAt|Ana Vidal|Casa Azul Studios|role=assistant engineer;startYear=1988;endYear=1991;",
               "workedAt|Ana Vidal|Casa Azul Studios|role=chief engineer;startYear=1991;endYear=1999;"}));
}

TEST(extractor, studio_job_with_role_and_year) {
  const auto e = extract_text("Ana Vidal\nIn 1985 Vidal joined Estúdio Norte Sound Studios as a staff engineer.[1]\n");
  EXPECT_EQ(lines(e, Predicate::workedAt),
            V{"workedAt|Ana Vidal|Estúdio Norte Sound Studios|role=staff engineer;startYear=1985;"});
}

TEST(extractor, credits_roles_and_release_year) {
  const auto e = extract_text(
      "Ana Vidal\nVidal produced and mixed Lúa Brava's album Canción de Águas (2009), including the single \"Mar Aberto\".[1]\n");
  EXPECT_EQ(lines(e, Predicate::releaseYear), V{"releaseYear|Canción de Águas|2009|artist=Lúa Brava;"});
  EXPECT_EQ(lines(e, Predicate::credit),
            (V{"credit|Ana Vidal|Canción de Águas|year=2009;role=producer;artist=Lúa Brava;",
               "credit|Ana Vidal|Mar Aberto|role=producer;artist=Lúa Brava;",
               "credit|Ana Vidal|Canción de Águas|year=2009;role=mixer;artist=Lúa Brava;",
               "credit|Ana Vidal|Mar Aberto|role=mixer;artist=Lúa Brava;"}));  // the single shares the album's artist
}

TEST(extractor, another_persons_credit_is_theirs) {
  const auto e = extract_text("Ana Vidal\nVidal engineered Tomo's Sea Glass (2001), produced by Iris Lund.[1]\n");
  EXPECT_EQ(lines(e, Predicate::credit),
            (V{"credit|Ana Vidal|Sea Glass|year=2001;role=engineer;artist=Tomo;",
               "credit|Iris Lund|Sea Glass|year=2001;role=producer;artist=Tomo;"}));
}

TEST(extractor, generic_role_nouns_are_no_credit) {
  const auto e = extract_text("Ana Vidal\nVidal's work on Sea Glass (2001) shaped her reputation in pop production.[1]\n");
  // "work on" states a credit, but "pop production" names no role.
  EXPECT_EQ(lines(e, Predicate::credit), V{"credit|Ana Vidal|Sea Glass|year=2001;"});
}

TEST(extractor, award_parenthetical_is_an_award_year_not_a_release_year) {
  const auto e = extract_text(
      "Ana Vidal\nHer credits include Tomo's Sea Glass (2003 Latin Grammy for Best Pop Vocal Album).[1]\n");
  EXPECT_TRUE(lines(e, Predicate::releaseYear).empty());
  EXPECT_EQ(lines(e, Predicate::awardWon),
            V{"awardWon|Ana Vidal|Latin Grammy|year=2003;category=Best Pop Vocal Album;work=Sea Glass;"});
}

TEST(extractor, year_inside_a_title_is_no_date) {
  const auto e = extract_text("Ana Vidal\nShe mixed the compilation Live: 1979–1985 (1986) for Tomo.[1]\n");
  EXPECT_EQ(lines(e, Predicate::releaseYear), V{"releaseYear|Live: 1979–1985|1986|artist=Tomo;"});
}

TEST(extractor, counts_with_scope_and_qualifier) {
  const auto e = extract_text(
      "Ana Vidal\nVidal has won a total of six Grammy Awards—four for Anglo music and two Latin Grammy Awards.[1] She holds a record 11 Juno Awards.[2]\n");
  EXPECT_EQ(lines(e, Predicate::awardCount),
            (V{"awardCount|Ana Vidal|6|award=Grammy;scope=total;", "awardCount|Ana Vidal|4|award=Grammy;scope=Anglo;",
               "awardCount|Ana Vidal|2|award=Latin Grammy;", "awardCount|Ana Vidal|11|award=Juno;qualifier=record;"}));
}

TEST(extractor, won_a_grammy_is_not_a_count) {
  const auto e = extract_text("Ana Vidal\nIn 2004 Vidal won a Grammy for Sea Glass.[1]\n");
  EXPECT_TRUE(lines(e, Predicate::awardCount).empty());
  EXPECT_EQ(lines(e, Predicate::awardWon), V{"awardWon|Ana Vidal|Grammy|year=2004;work=Sea Glass;"});
}

TEST(extractor, nomination) {
  const auto e = extract_text("Ana Vidal\nShe was nominated for the 2010 Emmy for Outstanding Music for the series Blue Harbor.[1]\n");
  EXPECT_EQ(lines(e, Predicate::awardNominated),
            V{"awardNominated|Ana Vidal|Emmy|year=2010;category=Outstanding Music;work=Blue Harbor;"});
  EXPECT_TRUE(lines(e, Predicate::awardWon).empty());
}

TEST(extractor, first_event) {
  const auto e = extract_text("Ana Vidal\nHer first Grammy win came in 1999 for the song \"Paper Moons\".[1]\n");
  EXPECT_EQ(lines(e, Predicate::firstEvent), V{"firstEvent|Ana Vidal|awardWon|year=1999;work=Paper Moons;award=Grammy;"});
}

TEST(extractor, award_table_with_columns_in_any_order) {
  const auto e = extract_text(
      "Ana Vidal\nAwards\nVidal's awards are listed below.[1]\n| Category | Year | Result | Work |\n|---|---|---|---|\n"
      "| Best Pop Album | 2004 | Won | Sea Glass |\n| Best Engineered Album | 2006 | Nominated | Salt (Tomo) |\n");
  // The heading names no award and there is no award column: nothing to attach rows to.
  EXPECT_TRUE(lines(e, Predicate::awardWon).empty());
  const auto g = extract_text(
      "Ana Vidal\nGrammy Awards\nVidal's Grammy record is listed below.[1]\n| Category | Year | Result | Work |\n|---|---|---|---|\n"
      "| Best Pop Album | 2004 | Won | Sea Glass |\n| Best Engineered Album | 2006 | Nominated | Salt (Tomo) |\n");
  EXPECT_EQ(lines(g, Predicate::awardWon), V{"awardWon|Ana Vidal|Grammy|year=2004;category=Best Pop Album;work=Sea Glass;"});
  EXPECT_EQ(lines(g, Predicate::awardNominated),
            V{"awardNominated|Ana Vidal|Grammy|year=2006;category=Best Engineered Album;work=Salt;"});
}

TEST(extractor, age_at) {
  const auto e = extract_text("Ana Vidal\nAt the age of 17, in 1978, Vidal recorded her first demo.[1]\n");
  EXPECT_EQ(lines(e, Predicate::ageAt), V{"ageAt|Ana Vidal|17|year=1978;"});
}

TEST(extractor, band_members) {
  const auto e = extract_text(
      "The Lanterns\nThe Lanterns are a Ghanaian rock band.[1] Drummer Kofi Mensah joined in 1994 and left in 2001.[2]\n");
  EXPECT_EQ(lines(e, Predicate::memberOf),
            V{"memberOf|Kofi Mensah|The Lanterns|startYear=1994;endYear=2001;"});
  EXPECT_EQ(article_subject(e.article, extractor()).type, EntityType::Group);
}

TEST(extractor, every_quote_is_the_source_text) {
  const auto e = extract_text("Ana Vidal\nVidal produced Sea Glass (2001).[1][2] She mixed \"Salt\" (2003).[3]\n");
  ASSERT_FALSE(e.claims.empty());
  for (const auto& c : e.claims) {
    EXPECT_EQ(c.quote, e.doc.text.substr(c.span.start, c.span.end - c.span.start));
    EXPECT_FALSE(c.citations.empty());
  }
}

TEST(extractor, ids_are_stable_and_unique) {
  const auto a = extract_text("Ana Vidal\nVidal produced and mixed Sea Glass (2001).[1]\n");
  const auto b = extract_text("Ana Vidal\nVidal produced and mixed Sea Glass (2001).[1]\n");
  ASSERT_EQ(a.claims.size(), b.claims.size());
  std::set<std::string> ids;
  for (std::size_t i = 0; i < a.claims.size(); ++i) {
    EXPECT_EQ(a.claims[i].id, b.claims[i].id);
    ids.insert(a.claims[i].id);
  }
  EXPECT_EQ(ids.size(), a.claims.size());
}

}  // namespace liner::ingest
