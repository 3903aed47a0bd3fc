// The ontology library on hand-built inputs: IRI checks, the Raptor writer
// (hostile literals round-trip, bad IRIs refused), the claim mapper, and
// mc.ttl declaring every mc: term the output uses. The findings report
// (report/shacl.h) is tested in tests/report/shacl_test.cpp.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/data.h"
#include "ingest/entity.h"
#include "ontology/iri.h"
#include "ontology/mapper.h"
#include "ontology/graph_helpers.h"
#include "ontology/rdf.h"
#include "ontology/vocabulary.h"

namespace liner::ontology {
namespace {

using ingest::EntityType;
using ingest::Predicate;

using namespace liner::ontology::graph_test;

}  // namespace

// Readable failures: a term as in N-Triples (without escapes).
void PrintTo(const Term& t, std::ostream* os) {
  switch (t.kind) {
    case Term::Kind::iri: *os << "<" << t.value << ">"; break;
    case Term::Kind::blank: *os << "_:" << t.value; break;
    case Term::Kind::literal:
      *os << "\"" << printable(t.value) << "\"";
      if (!t.datatype.empty()) *os << "^^<" << t.datatype << ">";
      if (!t.language.empty()) *os << "@" << t.language;
      break;
  }
}
void PrintTo(const Triple& t, std::ostream* os) {
  PrintTo(t.subject, os);
  *os << " ";
  PrintTo(t.predicate, os);
  *os << " ";
  PrintTo(t.object, os);
}

namespace {

// --- IRIs -------------------------------------------------------------------

TEST(iri, accepts_absolute_iris) {
  EXPECT_EQ(iri_problem("https://w3id.org/liner/id/person/thom"), std::nullopt);
  EXPECT_EQ(iri_problem("https://example.org/a?b=1&c=2#x"), std::nullopt);
  EXPECT_EQ(iri_problem("https://example.org/caf%C3%A9"), std::nullopt);
  EXPECT_EQ(iri_problem("https://example.org/caf\xC3\xA9"), std::nullopt);
  EXPECT_EQ(iri_problem("urn:isbn:123"), std::nullopt);
}

TEST(iri, refuses_what_raptor_would_write_and_truncate) {
  EXPECT_EQ(iri_problem(""), "empty IRI");
  EXPECT_EQ(iri_problem("person/x"), "IRI has no scheme");
  EXPECT_EQ(iri_problem("1http://x"), "IRI has no scheme");
  EXPECT_EQ(iri_problem("https://example.org/a b"), "IRI contains U+0020");
  EXPECT_EQ(iri_problem("https://example.org/a>b"), "IRI contains '>'");
  EXPECT_EQ(iri_problem("https://example.org/a\"b"), "IRI contains '\"'");
  EXPECT_EQ(iri_problem("https://example.org/a\\b"), "IRI contains '\\'");
  EXPECT_EQ(iri_problem("https://example.org/a\nb"), "IRI contains U+000A");
  EXPECT_EQ(iri_problem("https://example.org/a%4"), "IRI has a '%' not followed by two hex digits");
  EXPECT_EQ(iri_problem("https://example.org/a%zz"), "IRI has a '%' not followed by two hex digits");
  EXPECT_EQ(iri_problem("https://example.org/\xFF"), "IRI is not valid UTF-8");
  EXPECT_EQ(iri_problem("https://example.org/\xE2\x80\x8F"), "IRI contains U+200F");  // right-to-left mark
}

TEST(iri, base_must_be_http_with_host_and_end_in_slash_or_hash) {
  EXPECT_EQ(base_problem("https://w3id.org/liner/id/"), std::nullopt);
  EXPECT_EQ(base_problem("http://localhost:8890/data#"), std::nullopt);
  EXPECT_EQ(base_problem("https://example.org/id"), "base IRI must end with '/' or '#'");
  EXPECT_EQ(base_problem("ftp://example.org/"), "base IRI must start with http:// or https://");
  EXPECT_EQ(base_problem("https:///x/"), "base IRI has no host");
  EXPECT_EQ(base_problem("https://example.org/a b/"), "IRI contains U+0020");
  EXPECT_EQ(base_problem("https://example.org/?q/"), "base IRI must not have a query");
}

TEST(iri, literals_must_be_utf8_without_nul) {
  EXPECT_EQ(literal_problem("\"quotes\" \\ \n \x01 \xF0\x9F\x8E\xB8"), std::nullopt);
  EXPECT_EQ(literal_problem(std::string("a\0b", 3)), "literal contains a NUL character");
  EXPECT_EQ(literal_problem("a\xC3"), "literal is not valid UTF-8");
  EXPECT_EQ(literal_problem("\xC0\xAF"), "literal is not valid UTF-8");       // overlong '/'
  EXPECT_EQ(literal_problem("\xED\xA0\x80"), "literal is not valid UTF-8");   // a surrogate
}

TEST(iri, slug_keeps_a_to_z_digits_and_dashes_and_encodes_the_rest) {
  EXPECT_EQ(slug("amar es combatir"), "amar-es-combatir");
  EXPECT_EQ(slug("jay-z 99"), "jay-z-99");
  EXPECT_EQ(slug("caf\xC3\xA9"), "caf%C3%A9");
  EXPECT_EQ(slug("a/b"), "a%2Fb");
  EXPECT_EQ(slug(""), "_");
}

TEST(iri, code_points_count_characters_not_bytes) {
  const std::string text = "a\xC3\xA9\xF0\x9F\x8E\xB8\xD7\xA9z";  // a é 🎸 ש z
  EXPECT_EQ(code_points(text, 1), 1u);
  EXPECT_EQ(code_points(text, 3), 2u);
  EXPECT_EQ(code_points(text, 7), 3u);
  EXPECT_EQ(code_points(text, text.size()), 5u);
}

TEST(iri, entity_iris_put_subtypes_under_their_parent) {
  EXPECT_EQ(entity_iri(base, {"Amar Es Combatir", EntityType::Album, "amar es combatir"}),
            base + "work/amar-es-combatir");
  EXPECT_EQ(entity_iri(base, {"Amar es Combatir", EntityType::Work, "amar es combatir"}),
            base + "work/amar-es-combatir");
  EXPECT_EQ(entity_iri(base, {"Northwest U", EntityType::School, "northwest u"}), base + "organization/northwest-u");
  EXPECT_EQ(entity_iri(base, {"Jo", EntityType::Person, "jo"}), base + "person/jo");
}

// --- Writer -------------------------------------------------------------------

const std::vector<std::string> hostile = {
    "say \"hi\"",
    "line one\nline two\r\nthree",
    "back\\slash and trailing\\",
    "ends with a quote\"",
    "three \"\"\" quotes",
    "a > b < c & d",
    "  spaces  ",
    "emoji \xF0\x9F\x8E\xB8\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x8E\xA4",
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A",  // Hebrew, Arabic
    "ctrl \x01\x07\x1B\x7F tab\t",
    "C1 \xC2\x85 and LS \xE2\x80\xA8 and RLM \xE2\x80\x8F",
    "",
};

Graph hostile_graph() {
  Graph g;
  g.name = base + "graph/1";
  for (std::size_t i = 0; i < hostile.size(); ++i)
    g.add(iri(base + "thing/" + std::to_string(i)), iri(term(ns::rdfs, "label")), literal(hostile[i]));
  g.add(iri(base + "thing/x"), iri(m("year")), literal("2001", xsd + "gYear"));
  g.add(iri(base + "thing/x"), iri(term(ns::rdfs, "label")), Term{Term::Kind::literal, "Zo\xC3\xAB", "", "fr-ca"});
  g.normalize();
  return g;
}

TEST(writer, hostile_literals_survive_a_round_trip_in_every_syntax) {
  Rdf rdf;
  const Graph g = hostile_graph();
  for (Syntax s : {Syntax::turtle, Syntax::ntriples, Syntax::nquads}) {
    auto text = rdf.write({g}, s);
    ASSERT_TRUE(text.ok()) << text.error().message;
    auto back = rdf.read(*text, s, "https://example.org/");
    ASSERT_TRUE(back.ok()) << to_string(s) << ": " << back.error().message;
    std::vector<Triple> triples;
    for (const auto& q : *back) {
      triples.push_back(q.triple);
      EXPECT_EQ(q.graph, s == Syntax::nquads ? g.name : "");
    }
    std::sort(triples.begin(), triples.end());
    EXPECT_EQ(triples, g.triples) << to_string(s);
  }
}

TEST(writer, output_is_byte_identical_whatever_the_insertion_order) {
  Rdf rdf;
  Graph a = hostile_graph();
  Graph b = a;
  std::reverse(b.triples.begin(), b.triples.end());
  b.triples.push_back(b.triples.front());  // a duplicate
  b.normalize();
  for (Syntax s : {Syntax::turtle, Syntax::ntriples, Syntax::nquads}) {
    auto x = rdf.write({a}, s), y = rdf.write({b}, s);
    ASSERT_TRUE(x.ok() && y.ok());
    EXPECT_EQ(*x, *y);
  }
}

TEST(writer, turtle_uses_the_prefixes) {
  Rdf rdf;
  Graph g;
  g.add(iri(base + "claim/c1"), iri(rdf_type), iri(m("Claim")));
  auto text = rdf.write({g}, Syntax::turtle);
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->find("@prefix mc: <https://w3id.org/liner/mc#> ."), std::string::npos) << *text;
  EXPECT_NE(text->find("a mc:Claim"), std::string::npos) << *text;
}

TEST(writer, refuses_bad_iris_and_literals_before_raptor_sees_them) {
  Rdf rdf;
  auto one = [&](Term s, Term p, Term o) {
    Graph g;
    g.add(std::move(s), std::move(p), std::move(o));
    auto r = rdf.write({g}, Syntax::ntriples);
    return r.ok() ? std::string("ok") : r.error().message;
  };
  const Term label = iri(term(ns::rdfs, "label"));
  EXPECT_EQ(one(iri("https://example.org/a b"), label, literal("x")),
            "invalid IRI \"https://example.org/a b\": IRI contains U+0020");
  EXPECT_EQ(one(iri("https://example.org/a>b"), label, literal("x")),
            "invalid IRI \"https://example.org/a>b\": IRI contains '>'");
  EXPECT_EQ(one(iri("https://example.org/a"), label, literal(std::string("a\0b", 3))),
            "invalid literal \"a\\x00b\": literal contains a NUL character");
  EXPECT_EQ(one(iri("https://example.org/a"), label, literal("\xFF")),
            "invalid literal \"\xFF\": literal is not valid UTF-8");
  EXPECT_EQ(one(literal("x"), label, literal("x")), "a literal as subject: \"x\"");
  EXPECT_EQ(one(iri("https://example.org/a"), label, literal("1", "not an iri")),
            "invalid datatype IRI \"not an iri\": IRI has no scheme");
  EXPECT_EQ(one(iri("https://example.org/a"), label, Term{Term::Kind::literal, "x", "", "en us"}),
            "invalid language tag \"en us\"");
  EXPECT_EQ(one(blank("a b"), label, literal("x")), "invalid blank node label \"a b\"");
  Graph named;
  named.name = "not an iri";
  EXPECT_FALSE(rdf.write({named}, Syntax::nquads).ok());
}

TEST(reader, reports_raptor_errors_as_failures) {
  Rdf rdf;
  auto r = rdf.read("<https://example.org/a> <https://example.org/b> \"unterminated .\n", Syntax::ntriples,
                    "https://example.org/");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().message.starts_with("parse error: ")) << r.error().message;
}

// --- Mapper -------------------------------------------------------------------

// A document whose text starts with a BOM and has a two-byte character before
// the claims, so byte and code-point offsets differ.
struct Sample {
  ingest::Document doc;
  ingest::Article article;
  std::vector<ingest::Claim> claims;
};

ingest::Claim claim(const ingest::Document& doc, std::string id, Predicate p, ingest::Entity subject,
                    std::string_view quote) {
  ingest::Claim c;
  c.id = std::move(id);
  c.predicate = p;
  c.subject = std::move(subject);
  c.span.start = doc.text.find(quote);
  c.span.end = c.span.start + quote.size();
  c.quote = std::string(quote);
  return c;
}

ingest::Entity person(std::string name) { return {name, EntityType::Person, ingest::entity_key(name)}; }
ingest::Entity thing(std::string name, EntityType t) { return {name, t, ingest::entity_key(name)}; }

Sample sample() {
  Sample s;
  s.doc.id = "dir/Jo Cruz.md";
  s.doc.uri = "dir/Jo Cruz.md";
  s.doc.format = ingest::Format::markdown;
  // BOM (3 bytes, not counted), "# Jo Cruz\n\n" (11), "Jos\xC3\xA9" (José, 4 code points, 5 bytes)...
  s.doc.text = "\xEF\xBB\xBF# Jo Cruz\n\nJos\xC3\xA9 says so. Jo Cruz won a Prize in 2001 for Blue.[1] "
               "Jo Cruz produced and mixed Blue (2001) by The Hums.[1][2] Jo Cruz was born on 1970-02-30.";
  s.article.title = "Jo Cruz";
  s.article.format = ingest::Format::markdown;
  ingest::Reference ref;
  ref.label = "2";
  ref.text = "Liner notes. https://example.org/notes";
  ref.url = "https://example.org/notes";
  s.article.references.push_back(ref);

  auto award = claim(s.doc, "ca1", Predicate::awardWon, person("Jo Cruz"), "Jo Cruz won a Prize in 2001 for Blue.");
  award.object = thing("Prize", EntityType::Award);
  award.qualifiers.year = "2001";
  award.qualifiers.category = "Best \"Blue\" Record";
  award.qualifiers.work = "Blue";
  award.qualifiers.role = "engineer, mixer";
  award.citations = {"1"};
  auto credit = claim(s.doc, "cc1", Predicate::credit, person("Jo Cruz"),
                      "Jo Cruz produced and mixed Blue (2001) by The Hums.");
  credit.object = thing("Blue", EntityType::Album);
  credit.qualifiers.year = "2001";
  credit.qualifiers.role = "producer and sound designer";
  credit.qualifiers.artist = "The Hums";
  credit.citations = {"1", "2"};
  auto release = claim(s.doc, "cr1", Predicate::releaseYear, thing("BLUE", EntityType::Work),
                       "Jo Cruz produced and mixed Blue (2001) by The Hums.");
  release.value = "2001";
  auto born = claim(s.doc, "cb1", Predicate::birthDate, person("Jo Cruz"), "Jo Cruz was born on 1970-02-30.");
  born.value = "1970-02-30";
  auto count = claim(s.doc, "cn1", Predicate::awardCount, person("Jo Cruz"), "Jo Cruz won a Prize in 2001 for Blue.");
  count.value = "1";
  count.qualifiers.award = "Prize";
  count.qualifiers.qualifier = "at least";
  s.claims = {award, credit, release, born, count};
  return s;
}

MapOptions options() {
  MapOptions o;
  o.base = base;
  o.award_bodies = {{"prize", "Prize Academy"}};
  return o;
}

TEST(mapper, names_the_graph_after_the_document) {
  const auto s = sample();
  EXPECT_EQ(document_iri(base, s.doc), base + "document/dir-jo-cruz-md");
  EXPECT_EQ(map_document(s.doc, s.article, s.claims, options()).name, base + "document/dir-jo-cruz-md");
}

TEST(mapper, a_wiki_page_is_named_by_site_title_and_revision_and_derived_from_that_revision) {
  auto s = sample();
  s.doc.id = s.doc.uri = "dumps/enwiki-pages.xml.bz2#Jo Cruz (singer)";
  s.doc.title = "Jo Cruz (singer)";
  s.doc.page = ingest::Document::Page{"https://en.wikipedia.org/wiki/", "4321", "987654", "2019-05-04T12:00:00Z", 0};
  const std::string doc = base + "document/en.wikipedia.org/Jo_Cruz_%28singer%29/987654";
  EXPECT_EQ(document_iri(base, s.doc), doc);
  const Graph g = map_document(s.doc, s.article, s.claims, options());
  EXPECT_EQ(g.name, doc);
  EXPECT_TRUE(has(g, doc, "http://www.w3.org/ns/prov#wasDerivedFrom",
                  iri("https://en.wikipedia.org/wiki/Special:Redirect/revision/987654")));
  // Without the site, the IRI still names the page and revision, and nothing claims where it came from.
  s.doc.page->site.clear();
  EXPECT_EQ(document_iri(base, s.doc), base + "document/wiki/Jo_Cruz_%28singer%29/987654");
  EXPECT_EQ(revision_url(s.doc), "");
}

TEST(mapper, award_win_is_a_statement_node_with_award_year_category_work_recipient_and_body) {
  const auto s = sample();
  const Graph g = map_document(s.doc, s.article, s.claims, options());
  const auto wins = subjects_of_type(g, m("AwardWin"));
  ASSERT_EQ(wins.size(), 1u);
  const std::string& w = wins[0];
  EXPECT_TRUE(w.starts_with(base + "award-win/")) << w;
  EXPECT_TRUE(has(g, w, m("award"), iri(base + "award/prize")));
  EXPECT_TRUE(has(g, w, m("recipient"), iri(base + "person/jo-cruz")));
  EXPECT_TRUE(has(g, w, m("year"), literal("2001", xsd + "gYear")));
  EXPECT_TRUE(has(g, w, m("category"), literal("Best \"Blue\" Record")));
  EXPECT_TRUE(has(g, w, m("forWork"), iri(base + "work/blue")));
  EXPECT_TRUE(has(g, w, m("role"), iri(m("role-engineer"))));
  EXPECT_TRUE(has(g, w, m("role"), iri(m("role-mixer"))));
  EXPECT_TRUE(has(g, base + "award/prize", m("conferredBy"), iri(base + "organization/prize-academy")));
  EXPECT_TRUE(has(g, base + "organization/prize-academy", rdf_type, iri(m("AwardBody"))));
  EXPECT_TRUE(has(g, base + "claim/ca1", m("statement"), iri(w)));
  EXPECT_TRUE(has(g, base + "person/jo-cruz", m("awardWon"), iri(base + "award/prize")));
}

TEST(mapper, credit_gives_one_node_per_role_with_agent_work_year_and_artist) {
  const auto s = sample();
  const Graph g = map_document(s.doc, s.article, s.claims, options());
  const auto credits = subjects_of_type(g, m("Credit"));
  ASSERT_EQ(credits.size(), 2u);
  std::set<std::string> roles;
  for (const auto& c : credits) {
    EXPECT_TRUE(has(g, c, m("agent"), iri(base + "person/jo-cruz")));
    EXPECT_TRUE(has(g, c, m("work"), iri(base + "work/blue")));
    EXPECT_TRUE(has(g, c, m("year"), literal("2001", xsd + "gYear")));
    EXPECT_TRUE(has(g, c, m("artist"), iri(base + "agent/the-hums")));
    EXPECT_TRUE(has(g, base + "claim/cc1", m("statement"), iri(c)));
    for (const auto& r : objects(g, c, m("role"))) roles.insert(r.value);
  }
  // A role outside the scheme is minted under the base, with its name.
  EXPECT_EQ(roles, (std::set<std::string>{m("role-producer"), base + "role/sound-designer"}));
  EXPECT_TRUE(has(g, base + "role/sound-designer", term(ns::skos, "prefLabel"), literal("sound designer")));
  EXPECT_TRUE(has(g, base + "role/sound-designer", rdf_type, iri(m("Role"))));
}

TEST(mapper, claim_is_reified_with_document_span_and_references) {
  const auto s = sample();
  const Graph g = map_document(s.doc, s.article, s.claims, options());
  const std::string c = base + "claim/cc1", doc = base + "document/dir-jo-cruz-md";
  EXPECT_TRUE(has(g, c, rdf_type, iri(m("Claim"))));
  EXPECT_TRUE(has(g, c, std::string(ns::rdf) + "subject", iri(base + "person/jo-cruz")));
  EXPECT_TRUE(has(g, c, std::string(ns::rdf) + "predicate", iri(m("credited"))));
  EXPECT_TRUE(has(g, c, std::string(ns::rdf) + "object", iri(base + "work/blue")));
  EXPECT_TRUE(has(g, c, m("document"), iri(doc)));
  EXPECT_TRUE(has(g, c, term(ns::dcterms, "identifier"), literal("cc1")));
  // Hand-counted: after the BOM, "# Jo Cruz\n\n" is 11 code points, "José says so. " 14,
  // "Jo Cruz won a Prize in 2001 for Blue.[1] " 41: the credit sentence starts at 66.
  const std::string sentence = "Jo Cruz produced and mixed Blue (2001) by The Hums.";
  const std::string span = doc + "#char=66," + std::to_string(66 + sentence.size());
  EXPECT_TRUE(has(g, c, m("textSpan"), iri(span)));
  const std::string nif(ns::nif);
  EXPECT_TRUE(has(g, span, nif + "beginIndex", literal("66", xsd + "nonNegativeInteger")));
  EXPECT_TRUE(has(g, span, nif + "anchorOf", literal(sentence)));
  const std::string context = doc + "#char=0," + std::to_string(code_points(s.doc.text, s.doc.text.size()) - 1);
  EXPECT_TRUE(has(g, span, nif + "referenceContext", iri(context)));
  EXPECT_TRUE(has(g, context, nif + "isString", literal(s.doc.text.substr(3))));
  EXPECT_TRUE(has(g, c, term(ns::prov, "wasDerivedFrom"), iri(doc + "/reference/1")));
  EXPECT_TRUE(has(g, c, term(ns::prov, "wasDerivedFrom"), iri(doc + "/reference/2")));
  EXPECT_TRUE(has(g, doc + "/reference/1", term(ns::rdfs, "label"), literal("1")));
  EXPECT_TRUE(has(g, doc + "/reference/2", term(ns::schema, "url"), iri("https://example.org/notes")));
  EXPECT_TRUE(has(g, doc + "/reference/2", term(ns::dcterms, "bibliographicCitation"),
                  literal("Liner notes. https://example.org/notes")));
  EXPECT_TRUE(has(g, doc, term(ns::foaf, "primaryTopic"), iri(base + "person/jo-cruz")));
}

TEST(mapper, one_node_per_work_with_the_most_specific_class_and_first_name) {
  const auto s = sample();
  const Graph g = map_document(s.doc, s.article, s.claims, options());
  const std::string w = base + "work/blue";
  EXPECT_EQ(objects(g, w, rdf_type), std::vector<Term>{iri(m("Album"))});
  EXPECT_EQ(objects(g, w, term(ns::rdfs, "label")), std::vector<Term>{literal("Blue")});
  EXPECT_EQ(objects(g, w, term(ns::skos, "altLabel")), std::vector<Term>{literal("BLUE")});
}

TEST(mapper, values_get_datatypes_only_when_well_formed) {
  const auto s = sample();
  const Graph g = map_document(s.doc, s.article, s.claims, options());
  // 30 February does not exist: a plain string, not an ill-formed xsd:date.
  EXPECT_TRUE(has(g, base + "person/jo-cruz", m("birthDate"), literal("1970-02-30")));
  EXPECT_TRUE(has(g, base + "work/blue", m("releaseYear"), literal("2001", xsd + "gYear")));
  EXPECT_TRUE(has(g, base + "claim/cn1", std::string(ns::rdf) + "object", literal("1", xsd + "integer")));
  EXPECT_TRUE(has(g, base + "claim/cn1", m("modifier"), literal("at least")));
  EXPECT_TRUE(has(g, base + "claim/cn1", m("award"), iri(base + "award/prize")));
  // Counts are claims only, never a bare triple on the person.
  EXPECT_TRUE(objects(g, base + "person/jo-cruz", m("awardCount")).empty());
  auto dated = s;
  dated.claims[3].value = "1969-12-31";
  const Graph g2 = map_document(dated.doc, dated.article, dated.claims, options());
  EXPECT_TRUE(has(g2, base + "person/jo-cruz", m("birthDate"), literal("1969-12-31", xsd + "date")));
}

TEST(mapper, output_is_deterministic_and_iris_do_not_depend_on_claim_order) {
  auto s = sample();
  Rdf rdf;
  const Graph g1 = map_document(s.doc, s.article, s.claims, options());
  const auto a = rdf.write({g1}, Syntax::nquads);
  const auto b = rdf.write({map_document(s.doc, s.article, s.claims, options())}, Syntax::nquads);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(*a, *b);
  // Reversed claims: the same nodes (no counters), only the first-met label may differ.
  std::reverse(s.claims.begin(), s.claims.end());
  const Graph g2 = map_document(s.doc, s.article, s.claims, options());
  auto nodes = [](const Graph& g) {
    std::set<std::string> out;
    for (const auto& t : g.triples) out.insert(t.subject.value);
    return out;
  };
  EXPECT_EQ(nodes(g1), nodes(g2));
  EXPECT_EQ(g1.triples.size(), g2.triples.size());
}

// --- The ontology file -----------------------------------------------------------

std::vector<Quad> ontology_triples() {
  Rdf rdf;
  auto r = rdf.read(read_file(std::string(LINER_SOURCE_DIR) + "/ontology/mc.ttl"), Syntax::turtle,
                    "https://w3id.org/liner/mc");
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? *r : std::vector<Quad>{};
}

bool declared(const std::vector<Quad>& onto, const std::string& s, const std::string& p) {
  return std::any_of(onto.begin(), onto.end(),
                     [&](const Quad& q) { return q.triple.subject == iri(s) && q.triple.predicate == iri(p); });
}

TEST(ontology_file, declares_every_mc_term_the_output_uses_with_label_and_comment) {
  const auto onto = ontology_triples();
  ASSERT_FALSE(onto.empty());
  const auto s = sample();
  const Graph all = map_document(s.doc, s.article, s.claims, options());
  std::set<std::string> used;
  for (const auto& t : all.triples)
    for (const Term* x : {&t.predicate, &t.object})
      if (x->kind == Term::Kind::iri && x->value.starts_with(mc)) used.insert(x->value);
  // Every claim predicate and entity class, even those the sample does not use.
  for (int p = 0; p <= static_cast<int>(Predicate::ageAt); ++p)
    used.insert(m(predicate_property(static_cast<Predicate>(p))));
  for (int t = 0; t <= static_cast<int>(EntityType::Event); ++t) used.insert(m(class_name(static_cast<EntityType>(t))));
  EXPECT_GT(used.size(), 40u);
  for (const auto& u : used) {
    EXPECT_TRUE(declared(onto, u, rdf_type)) << u << " has no rdf:type in mc.ttl";
    EXPECT_TRUE(declared(onto, u, term(ns::rdfs, "label"))) << u << " has no label";
    EXPECT_TRUE(declared(onto, u, term(ns::rdfs, "comment"))) << u << " has no comment";
  }
}

TEST(ontology_file, every_term_has_a_label_and_a_comment) {
  const auto onto = ontology_triples();
  std::set<std::string> subjects;
  for (const auto& q : onto)
    if (q.triple.subject.kind == Term::Kind::iri && q.triple.subject.value.starts_with(mc))
      subjects.insert(q.triple.subject.value);
  EXPECT_GT(subjects.size(), 60u);
  for (const auto& s : subjects) {
    EXPECT_TRUE(declared(onto, s, term(ns::rdfs, "label"))) << s;
    EXPECT_TRUE(declared(onto, s, term(ns::rdfs, "comment"))) << s;
  }
}

TEST(ontology_file, role_scheme_matches_known_roles_and_the_extractor_roles) {
  const auto onto = ontology_triples();
  std::set<std::string> in_scheme;
  for (const auto& q : onto)
    if (q.triple.predicate == iri(term(ns::skos, "inScheme")) && q.triple.object == iri(m("roles")))
      in_scheme.insert(q.triple.subject.value);
  std::set<std::string> known;
  for (auto r : known_roles) known.insert(m("role-" + slug(r)));
  EXPECT_EQ(in_scheme, known);
  // Every canonical role the extractor writes (ingest/data/roles.tsv, second column) is in the scheme.
  for (auto line : ingest::data::lines("roles.tsv")) {
    const auto first = line.find('\t');
    ASSERT_NE(first, std::string_view::npos) << line;
    auto rest = line.substr(first + 1);
    rest = rest.substr(0, rest.find('\t'));
    std::string cur;
    for (char c : std::string(rest) + ",") {
      if (c != ',') {
        cur += c;
        continue;
      }
      while (!cur.empty() && cur.front() == ' ') cur.erase(cur.begin());
      EXPECT_TRUE(std::find(known_roles.begin(), known_roles.end(), cur) != known_roles.end()) << cur;
      cur.clear();
    }
  }
}

}  // namespace
}  // namespace liner::ontology
