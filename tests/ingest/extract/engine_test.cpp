// The engine around the dimensions: entity keys, the subject, quotes and claim ids.

#include "ingest/extract/corpus_test.h"

namespace liner::ingest {
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

// Names with code points up to U+07FF or in U+2000 to U+207F (curly quotes,
// dashes) take a table built from ICU, one code point at a time; whole names
// must get ICU's own key. Every such code point
// alone and between letters, with combining marks after it (which send the
// name to ICU), and pairs of accented letters, Greek and Cyrillic.
TEST(entity_key, table_path_agrees_with_icu) {
  auto utf8 = [](char32_t cp) {
    std::string s;
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
  };
  int checked = 0;
  for (char32_t cp = 1; cp < 0x2080; cp = cp == 0x7FF ? 0x2000 : cp + 1) {
    for (const std::string& s : {utf8(cp), "A" + utf8(cp) + "b", utf8(cp) + "x", utf8(cp) + utf8(0x301) + "x", "é " + utf8(cp) + "-Ω"}) {
      ASSERT_EQ(entity_key(s), entity_key_reference(s)) << "U+" << std::hex << static_cast<unsigned>(cp);
      ++checked;
    }
  }
  for (char32_t a = 0xC0; a < 0x250; a += 3)
    for (char32_t b : {0x0300u, 0x0345u, 0x0391u, 0x03C2u, 0x0410u, 0x0451u, 0x05D0u, 0x0627u, 0x00DFu, 0x0130u})
      ASSERT_EQ(entity_key(utf8(a) + utf8(b)), entity_key_reference(utf8(a) + utf8(b))) << std::hex << static_cast<unsigned>(a) << " " << static_cast<unsigned>(b);
  EXPECT_GT(checked, 8000);
  EXPECT_EQ(entity_key("Straße Ærø"), "strasse ærø");  // folded "ss"; æ and ø have no decomposition
  EXPECT_EQ(entity_key("ΣΟΦΊΑ"), "σοφια");            // Greek capitals fold, the tonos goes
  EXPECT_EQ(entity_key("Sa\xC3"), entity_key_reference("Sa\xC3"));  // a cut sequence: ICU's replacement
  EXPECT_EQ(entity_key("Don\xE2\x80\x99t Stop \xE2\x80\x93 Live"), "dont stop live");  // U+2019 goes, U+2013 parts
  EXPECT_EQ(entity_key("x\xE2\x80"), entity_key_reference("x\xE2\x80"));  // a cut punctuation sequence
}

// A title taken from a file name gives way to the name the lead sentence
// starts with, unless the two share a word.
TEST(engine, subject_from_the_lead_when_the_title_is_a_file_name) {
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

TEST(engine, every_quote_is_the_source_text) {
  const auto e = extract_text("Ana Vidal\nVidal produced Sea Glass (2001).[1][2] She mixed \"Salt\" (2003).[3]\n");
  ASSERT_FALSE(e.claims.empty());
  for (const auto& c : e.claims) {
    EXPECT_EQ(c.quote, e.doc.text.substr(c.span.start, c.span.end - c.span.start));
    EXPECT_FALSE(c.citations.empty());
  }
}

TEST(engine, ids_are_stable_and_unique) {
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
