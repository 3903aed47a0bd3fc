#include "ingest/sources/dump.h"

#include <pugixml.hpp>

#include "ingest/source.h"

namespace liner::ingest::sources {
namespace {

constexpr std::string_view page_open = "<page>", page_close = "</page>";

Error dump_error(Window& in, std::size_t at, std::string message) {
  return Error{ErrorCode::syntax, in.path(), in.span_at(at), std::move(message)};
}

// "https://en.wikipedia.org/wiki/Main_Page" -> "https://en.wikipedia.org/wiki/".
std::string site_of(std::string_view base) {
  const std::size_t slash = base.rfind('/');
  return slash == std::string_view::npos || slash < base.find("://") + 3 ? std::string(base)
                                                                         : std::string(base.substr(0, slash + 1));
}

}  // namespace

std::optional<Error> DumpStream::read_siteinfo() {
  const std::size_t root = in_.find("<mediawiki", in_.begin(), std::size_t{1} << 20);
  if (root == std::string_view::npos)
    return dump_error(in_, in_.begin(), "not a MediaWiki XML export (no <mediawiki> element near the start)");
  const std::size_t info = in_.find("<siteinfo>", root, std::size_t{1} << 20);
  const std::size_t first_page = in_.find(page_open, root, std::size_t{1} << 20);
  if (info == std::string_view::npos || (first_page != std::string_view::npos && first_page < info)) {
    in_.consume(root);
    return std::nullopt;  // no <siteinfo>: no site, no namespace names
  }
  const std::size_t end = in_.find("</siteinfo>", info, std::size_t{1} << 24);
  if (end == std::string_view::npos) return dump_error(in_, info, "<siteinfo> is not closed");
  pugi::xml_document d;
  const std::string_view xml = in_.data().substr(info, end + 11 - info);
  const auto r = d.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) return dump_error(in_, info + static_cast<std::size_t>(r.offset), std::string("malformed <siteinfo>: ") + r.description());
  const auto si = d.child("siteinfo");
  site_ = site_of(si.child("base").text().get());
  for (const auto ns : si.child("namespaces").children("namespace"))
    namespaces_[ns.attribute("key").as_int()] = ns.text().get();
  in_.consume(end + 11);
  return std::nullopt;
}

std::optional<Result<Document>> DumpStream::next() {
  if (!started_) {
    started_ = true;
    if (auto err = read_siteinfo()) {
      finished_ = true;
      return *err;
    }
  }
  while (!finished_) {
    const std::size_t begin = in_.find(page_open, in_.begin(), std::size_t{1} << 24);
    if (begin == std::string_view::npos && !in_.ended()) {  // 16 MiB without a page: let them go
      in_.consume(in_.data().size() - page_open.size());
      continue;
    }
    if (begin == std::string_view::npos) {
      finished_ = true;
      if (in_.error()) return *in_.error();
      if (in_.data().substr(in_.begin()).find("</mediawiki>") == std::string_view::npos)
        return dump_error(in_, in_.data().size(), "the dump ends early (no </mediawiki>): it may be truncated");
      return std::nullopt;
    }
    const std::size_t end = in_.find(page_close, begin, options_.max_document_bytes);
    if (end == std::string_view::npos) {
      finished_ = true;
      if (in_.error()) return *in_.error();
      return dump_error(in_, begin, in_.ended() ? "the dump ends inside this <page>: it is truncated"
                                                : "<page> larger than the size limit");
    }
    auto doc = page(begin, end + page_close.size());
    in_.consume(end + page_close.size());
    if (doc) return doc;
  }
  return std::nullopt;
}

// The page in [begin, end) of the window: a document, an error, or nothing
// (skipped, and counted).
std::optional<Result<Document>> DumpStream::page(std::size_t begin, std::size_t end) {
  pugi::xml_document d;
  const std::string_view xml = in_.data().substr(begin, end - begin);
  const auto r = d.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) return Result<Document>(dump_error(in_, begin + static_cast<std::size_t>(r.offset),
                                             std::string("malformed <page>: ") + r.description()));
  const auto p = d.child("page");
  const std::string title = p.child("title").text().get();
  if (title.empty()) return Result<Document>(dump_error(in_, begin, "<page> without a <title>"));
  const int ns = p.child("ns").text().as_int(0);
  if (p.child("redirect")) {
    ++skipped_.redirects;
    return std::nullopt;
  }
  if (!options_.namespaces.contains(ns)) {
    ++skipped_.namespaces;
    return std::nullopt;
  }
  pugi::xml_node rev;  // the last revision: the newest in an export
  for (const auto x : p.children("revision")) rev = x;
  const std::string_view model = rev.child("model").text().get();
  const auto text = rev.child("text");
  if ((!model.empty() && model != "wikitext") || !text || text.attribute("deleted")) {
    ++skipped_.not_wikitext;
    return std::nullopt;
  }
  auto doc = make_document(in_.path() + "#" + title, text.text().get(), Format::wikitext);
  if (!doc) return doc;
  doc->title = title;
  doc->page = Document::Page{site_, p.child("id").text().get(), rev.child("id").text().get(),
                             rev.child("timestamp").text().get(), ns};
  return doc;
}

}  // namespace liner::ingest::sources
