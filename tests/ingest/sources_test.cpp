// Document streams: bzip2/gzip unpacking, NDJSON lines, MediaWiki XML dumps.
// Page and line texts are real Wikipedia pages of the corpus
// (fixtures/corpus/wikitext/), wrapped as an export or NDJSON would hold them.

#include <bzlib.h>
#include <zlib.h>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "ingest/sources/bytes.h"
#include "ingest/sources/stream.h"
#include "tests/fixture.h"

namespace liner::ingest::sources {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

std::string real_page(const std::string& name) { return slurp(testing::fixture("corpus/wikitext/" + name)); }

std::string bzip2(const std::string& in) {
  std::string out(in.size() + in.size() / 100 + 700, '\0');
  auto n = static_cast<unsigned>(out.size());
  EXPECT_EQ(BZ2_bzBuffToBuffCompress(out.data(), &n, const_cast<char*>(in.data()), static_cast<unsigned>(in.size()), 9, 0, 0), BZ_OK);
  out.resize(n);
  return out;
}

std::string gzip(const std::string& in) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, in.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Unpacks `packed` through open_bytes (read from a stream, as standard input is).
Result<std::string> unpack(const std::string& packed) {
  std::istringstream in(packed);
  auto src = open_bytes("-", in);
  if (!src) return src.error();
  return read_all(**src, std::size_t{1} << 30);
}

TEST(Bytes, BzipMultistreamIsReadWhole) {
  const std::string a = real_page("Altimont_Butler.wiki"), b = real_page("Anwar_Kamal_Khan.wiki");
  const auto got = unpack(bzip2(a) + bzip2(b));
  ASSERT_TRUE(got) << got.error().to_string();
  EXPECT_EQ(*got, a + b);
}

TEST(Bytes, GzipMembersAreReadWhole) {
  const std::string a = real_page("Altimont_Butler.wiki"), b = real_page("Anwar_Kamal_Khan.wiki");
  const auto got = unpack(gzip(a) + gzip(b));
  ASSERT_TRUE(got) << got.error().to_string();
  EXPECT_EQ(*got, a + b);
}

TEST(Bytes, PlainBytesPassUnchanged) {
  const std::string a = real_page("Altimont_Butler.wiki");
  const auto got = unpack(a);
  ASSERT_TRUE(got);
  EXPECT_EQ(*got, a);
}

TEST(Bytes, TruncatedAndCorruptDataAreErrors) {
  const std::string packed = bzip2(real_page("Altimont_Butler.wiki"));
  const auto cut = unpack(packed.substr(0, packed.size() / 2));
  ASSERT_FALSE(cut);
  EXPECT_NE(cut.error().message.find("truncated bzip2"), std::string::npos) << cut.error().message;
  std::string bad = gzip(real_page("Altimont_Butler.wiki"));
  bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x55);
  bad[bad.size() / 2 + 1] = static_cast<char>(bad[bad.size() / 2 + 1] ^ 0x55);
  const auto corrupt = unpack(bad);
  ASSERT_FALSE(corrupt);
  EXPECT_NE(corrupt.error().message.find("gzip"), std::string::npos) << corrupt.error().message;
}

// Every document or error of a stream opened on `bytes` as standard input.
struct Drained {
  std::vector<Document> docs;
  std::vector<Error> errors;
  Skipped skipped;
};
Drained drain(const std::string& bytes, Format from) {
  std::istringstream in(bytes);
  Drained out;
  auto s = open_stream("-", from, in);
  if (!s) {
    out.errors.push_back(s.error());
    return out;
  }
  while (auto d = (*s)->next()) {
    if (*d) out.docs.push_back(std::move(d->value()));
    else out.errors.push_back(d->error());
  }
  out.skipped = (*s)->skipped();
  return out;
}

TEST(Ndjson, ALineADocumentAndBadLinesLocated) {
  using json = nlohmann::json;
  const std::string page = real_page("Altimont_Butler.wiki");
  std::string input = json{{"id", "butler"}, {"title", "Altimont Butler"}, {"text", page}, {"format", "wikitext"}}.dump() + "\n";
  input += "\n";                                                   // line 2: blank, skipped
  input += "{\"id\": 3, \"text\": \"Born in 1968.\"\n";            // line 3: unclosed object
  input += "{\"id\": 4, \"title\": \"No text\"}\n";                // line 4: no text
  input += json{{"text", "He played for Harbour View."}}.dump();  // line 5, no newline at the end
  const Drained d = drain(input, Format::ndjson);
  ASSERT_EQ(d.docs.size(), 2u);
  EXPECT_EQ(d.docs[0].id, "-#butler");
  EXPECT_EQ(d.docs[0].title, "Altimont Butler");
  EXPECT_EQ(d.docs[0].format, Format::wikitext);
  EXPECT_EQ(d.docs[0].text, page);
  EXPECT_EQ(d.docs[1].id, "-#5");  // no id: the line number
  EXPECT_EQ(d.docs[1].text, "He played for Harbour View.");
  ASSERT_EQ(d.errors.size(), 2u);
  ASSERT_TRUE(d.errors[0].span);
  EXPECT_EQ(d.errors[0].span->line, 3u);
  EXPECT_EQ(d.errors[0].span->column, 34u);  // just past the 33 characters of the line, where the object should close
  EXPECT_NE(d.errors[0].message.find("invalid JSON"), std::string::npos) << d.errors[0].message;
  EXPECT_EQ(d.errors[1].span->line, 4u);
  EXPECT_EQ(d.errors[1].message, "no \"text\" field");
  EXPECT_EQ(d.skipped.blank_lines, 1u);
}

std::string xml_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string xml_page(const std::string& title, int ns, int id, int rev, const std::string& text,
                     const std::string& extra = "") {
  return "  <page>\n    <title>" + xml_escape(title) + "</title>\n    <ns>" + std::to_string(ns) + "</ns>\n    <id>" +
         std::to_string(id) + "</id>\n" + extra + "    <revision>\n      <id>" + std::to_string(rev) +
         "</id>\n      <timestamp>2019-05-04T12:00:00Z</timestamp>\n      <model>wikitext</model>\n"
         "      <format>text/x-wiki</format>\n      <text bytes=\"" + std::to_string(text.size()) +
         "\" xml:space=\"preserve\">" + xml_escape(text) + "</text>\n    </revision>\n  </page>\n";
}

std::string export_xml(const std::string& pages, bool closed = true) {
  return "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" version=\"0.10\" xml:lang=\"en\">\n"
         "  <siteinfo>\n    <sitename>Wikipedia</sitename>\n    <dbname>enwiki</dbname>\n"
         "    <base>https://en.wikipedia.org/wiki/Main_Page</base>\n    <namespaces>\n"
         "      <namespace key=\"0\" case=\"first-letter\" />\n      <namespace key=\"1\" case=\"first-letter\">Talk</namespace>\n"
         "    </namespaces>\n  </siteinfo>\n" + pages + (closed ? "</mediawiki>\n" : "");
}

TEST(Dump, ArticlePagesBecomeDocumentsWithTheirRevision) {
  const std::string butler = real_page("Altimont_Butler.wiki"), khan = real_page("Anwar_Kamal_Khan.wiki");
  const std::string xml = export_xml(
      xml_page("Altimont Butler", 0, 101, 9001, butler) +
      xml_page("Freddie Butler", 0, 102, 9002, "#REDIRECT [[Altimont Butler]]", "    <redirect title=\"Altimont Butler\" />\n") +
      xml_page("Talk:Altimont Butler", 1, 103, 9003, "Is he the same player?") +
      "  <page>\n    <title>Broken</title>\n    <ns>0</ns>\n    <revision><text>a < b</text></revision>\n  </page>\n" +
      xml_page("Anwar Kamal Khan", 0, 104, 9004, khan));
  for (const std::string& bytes : {xml, bzip2(xml), gzip(xml)}) {
    const Drained d = drain(bytes, Format::automatic);
    ASSERT_EQ(d.docs.size(), 2u);
    EXPECT_EQ(d.docs[0].title, "Altimont Butler");
    EXPECT_EQ(d.docs[0].text, butler);  // entities decoded, bytes as in the page
    EXPECT_EQ(d.docs[0].format, Format::wikitext);
    ASSERT_TRUE(d.docs[0].page);
    EXPECT_EQ(d.docs[0].page->site, "https://en.wikipedia.org/wiki/");
    EXPECT_EQ(d.docs[0].page->page_id, "101");
    EXPECT_EQ(d.docs[0].page->revision_id, "9001");
    EXPECT_EQ(d.docs[0].page->timestamp, "2019-05-04T12:00:00Z");
    EXPECT_EQ(d.docs[1].title, "Anwar Kamal Khan");
    EXPECT_EQ(d.docs[1].text, khan);
    EXPECT_EQ(d.skipped.redirects, 1u);
    EXPECT_EQ(d.skipped.namespaces, 1u);
    ASSERT_EQ(d.errors.size(), 1u);  // the broken page, located in the dump
    EXPECT_NE(d.errors[0].message.find("malformed <page>"), std::string::npos) << d.errors[0].message;
    ASSERT_TRUE(d.errors[0].span);
    const auto broken_line = static_cast<std::size_t>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(xml.find("a < b")), '\n')) + 1;
    EXPECT_EQ(d.errors[0].span->line, broken_line);
  }
}

TEST(Dump, TruncatedDumpKeepsItsPagesAndSaysSo) {
  const std::string butler = real_page("Altimont_Butler.wiki");
  const std::string xml = export_xml(xml_page("Altimont Butler", 0, 101, 9001, butler), false) + "  <page>\n    <title>Cut</title>\n";
  const Drained d = drain(xml, Format::automatic);
  ASSERT_EQ(d.docs.size(), 1u);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].message.find("truncated"), std::string::npos) << d.errors[0].message;
  EXPECT_EQ(d.errors[0].span->line, static_cast<std::size_t>(std::count(xml.begin(), xml.end(), '\n')) - 1);
}

TEST(Dump, OtherXmlIsRefused) {
  const Drained d = drain("<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n", Format::mediawiki_xml);
  EXPECT_TRUE(d.docs.empty());
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].message.find("not a MediaWiki XML export"), std::string::npos);
}

TEST(Stream, OneArticleIsOneDocumentAsLoadDocumentGivesIt) {
  const std::string path = testing::fixture("corpus/wikitext/Altimont_Butler.wiki");
  std::istringstream none;
  auto s = open_stream(path, Format::automatic, none);
  ASSERT_TRUE(s);
  auto first = (*s)->next();
  ASSERT_TRUE(first && *first);
  auto loaded = load_document(path, Format::automatic, none);
  ASSERT_TRUE(loaded);
  EXPECT_EQ((*first)->id, loaded->id);
  EXPECT_EQ((*first)->title, loaded->title);
  EXPECT_EQ((*first)->format, loaded->format);
  EXPECT_EQ((*first)->text, loaded->text);
  EXPECT_FALSE((*s)->next());
}

TEST(Stream, PackedArticleIsUnpacked) {
  const std::string page = real_page("Altimont_Butler.wiki");
  const Drained d = drain(bzip2(page), Format::automatic);
  ASSERT_EQ(d.docs.size(), 1u);
  EXPECT_EQ(d.docs[0].text, page);
  EXPECT_EQ(d.docs[0].format, Format::wikitext);  // sniffed from the unpacked text
}

}  // namespace
}  // namespace liner::ingest::sources
