#include "ingest/sources/ndjson.h"

#include <nlohmann/json.hpp>

#include "ingest/source.h"
#include "ingest/text.h"

namespace liner::ingest::sources {
namespace {

using json = nlohmann::json;

Error line_error(Window& in, std::size_t at, std::string message) {
  return Error{ErrorCode::syntax, in.path(), in.span_at(at), std::move(message)};
}

// A string field, or an error when it is there with another type.
std::optional<std::string> string_field(const json& obj, const char* name, std::string* error) {
  const auto it = obj.find(name);
  if (it == obj.end() || it->is_null()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (std::string_view(name) == "id" && it->is_number_integer()) return std::to_string(it->get<long long>());
  *error = std::string("\"") + name + "\" must be a string";
  return std::nullopt;
}

}  // namespace

std::optional<Result<Document>> NdjsonStream::next() {
  for (;;) {
    const std::size_t at = in_.begin();
    std::size_t end = in_.find("\n", at, options_.max_document_bytes);
    if (end == std::string_view::npos && !in_.ended()) {
      // A line past the size limit: reported, and skipped to its end.
      ++line_;
      auto err = line_error(in_, at, "line longer than " + std::to_string(options_.max_document_bytes >> 20) + " MiB");
      do {  // drop what was read of it, and read on to its end
        in_.consume(in_.data().size());
        end = in_.find("\n", in_.begin(), std::size_t{1} << 20);
      } while (end == std::string_view::npos && !in_.ended());
      in_.consume(end == std::string_view::npos ? in_.data().size() : end + 1);
      return err;
    }
    if (end == std::string_view::npos) {
      if (in_.error() && !reported_) {
        reported_ = true;
        return *in_.error();
      }
      if (at == in_.data().size()) return std::nullopt;
      end = in_.data().size();
    }
    ++line_;
    std::string_view line = in_.data().substr(at, end - at);
    if (line.ends_with('\r')) line.remove_suffix(1);
    auto doc = [&]() -> std::optional<Result<Document>> {
      if (trim(line).empty()) {
        ++skipped_.blank_lines;
        return std::nullopt;
      }
      return document(line, at);
    }();
    in_.consume(std::min(end + 1, in_.data().size()));
    if (doc) return doc;
  }
}

Result<Document> NdjsonStream::document(std::string_view line, std::size_t at) {
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::parse_error& e) {
    const std::size_t byte = e.byte > 0 ? std::min<std::size_t>(e.byte - 1, line.size()) : 0;
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> "syntax error ...".
    std::string what = e.what();
    if (const std::size_t col = what.find("column "); col != std::string::npos)
      if (const std::size_t colon = what.find(": ", col); colon != std::string::npos) what = what.substr(colon + 2);
    return line_error(in_, at + byte, "invalid JSON: " + what);
  }
  if (!obj.is_object()) return line_error(in_, at, "expected a JSON object {\"id\", \"title\", \"text\", \"format\"}");
  std::string bad;
  const auto id = string_field(obj, "id", &bad);
  const auto title = string_field(obj, "title", &bad);
  const auto text = string_field(obj, "text", &bad);
  const auto format_name = string_field(obj, "format", &bad);
  if (!bad.empty()) return line_error(in_, at, bad);
  if (!text) return line_error(in_, at, "no \"text\" field");
  Format format = Format::automatic;
  if (format_name) {
    const auto f = format_from_string(*format_name);
    if (!f || *f == Format::mediawiki_xml || *f == Format::ndjson)
      return line_error(in_, at, "\"format\" must be auto, flat, markdown or wikitext, not \"" + *format_name + "\"");
    format = *f;
  }
  const std::string name = in_.path() + "#" + (id ? *id : std::to_string(line_));
  auto doc = make_document(name, *text, format);
  if (!doc) return doc;
  doc->title = title ? *title : id ? *id : doc->title;
  return doc;
}

}  // namespace liner::ingest::sources
