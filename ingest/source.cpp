#include "ingest/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

#include "ingest/span.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace fs = std::filesystem;
namespace {

bool is_url(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

bool has_article_extension(const fs::path& p) {
  const std::string name = p.filename().string();
  for (const auto& ext : article_extensions())
    if (name.size() > ext.size() && name.ends_with(ext)) return true;
  return false;
}

std::string hex_byte(unsigned char c) {
  static constexpr char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

}  // namespace

const std::vector<std::string>& article_extensions() {
  static const std::vector<std::string> exts{".txt", ".md", ".markdown", ".wiki", ".wikitext", ".mediawiki",
                                             ".xml", ".xml.bz2", ".xml.gz", ".ndjson", ".jsonl"};
  return exts;
}

Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    if (in == "-" || is_url(in)) {
      out.push_back(in);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(in, ec);
    if (ec || !fs::exists(status)) return Error{ErrorCode::not_found, in, std::nullopt, "no such file or directory"};
    if (!fs::is_directory(status)) {
      out.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Error{ErrorCode::io, in, std::nullopt, "cannot read directory: " + ec.message()};
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) return Error{ErrorCode::io, in, std::nullopt, "cannot read directory: " + ec.message()};
      const std::string name = it->path().filename().string();
      if (!name.empty() && name.front() == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && has_article_extension(it->path())) found.push_back(it->path().string());
    }
    if (found.empty()) {
      std::string exts;
      for (const auto& e : article_extensions()) exts += (exts.empty() ? "" : " ") + e;
      return Error{ErrorCode::not_found, in, std::nullopt, "no articles in directory (looked for " + exts + ")"};
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

Result<Document> make_document(std::string path, std::string bytes, Format format) {
  if (bytes.empty()) return Error{ErrorCode::empty, path, std::nullopt, "empty file"};
  // Encoding first: trimming decodes, and bad bytes must not pass for white space.
  const LineIndex lines(bytes);
  if (const std::size_t nul = bytes.find('\0'); nul != std::string::npos)
    return Error{ErrorCode::binary, path, lines.span(nul, nul + 1), "binary file (NUL byte), not article text"};
  if (const auto bad = find_invalid_utf8(bytes)) {
    // Columns count code points only up to the bad byte, which is all valid.
    return Error{ErrorCode::encoding, path, lines.span(*bad, *bad + 1),
                 "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(bytes[*bad])) + ")"};
  }
  if (trim(std::string_view(bytes).substr(bom_length(bytes))).empty())
    return Error{ErrorCode::empty, path, std::nullopt, "file holds only white space"};
  Document doc;
  doc.id = path;
  doc.uri = path;
  // A title from a file name reads as words: MediaWiki and many exports write spaces as '_'.
  doc.title = path == "-" ? std::string("stdin") : fs::path(path).stem().string();
  std::replace(doc.title.begin(), doc.title.end(), '_', ' ');
  doc.format = format;
  doc.text = std::move(bytes);
  return doc;
}

Result<Document> load_document(const std::string& input, Format format, std::istream& stdin_stream) {
  if (is_url(input)) return Error{ErrorCode::unsupported, input, std::nullopt, "reading URLs is not supported yet"};
  std::string bytes;
  if (input == "-") {
    std::ostringstream ss;
    ss << stdin_stream.rdbuf();
    bytes = std::move(ss).str();
  } else {
    std::error_code ec;
    if (fs::is_directory(input, ec)) return Error{ErrorCode::usage, input, std::nullopt, "is a directory"};
    std::ifstream f(input, std::ios::binary);
    if (!f) {
      const int err = errno;
      return Error{err == ENOENT ? ErrorCode::not_found : ErrorCode::io, input, std::nullopt,
                   err == ENOENT ? std::string("no such file or directory") : std::string(std::strerror(err))};
    }
    bytes.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    if (f.bad()) return Error{ErrorCode::io, input, std::nullopt, "read error"};
  }
  return make_document(input, std::move(bytes), format);
}

}  // namespace liner::ingest


namespace liner::ingest {

namespace {

Result<bool> write_in_place(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  if (out) out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (out) out.flush();
  if (!out) return Error{ErrorCode::io, path, std::nullopt, std::string("cannot write: ") + std::strerror(errno)};
  return true;
}

}  // namespace

Result<bool> write_file_atomically(const std::string& path, std::string_view content) {
  std::error_code ec;
  fs::path target(path);
  // A symbolic link is followed: its target is replaced, not the link.
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    const fs::path resolved = fs::weakly_canonical(target, ec);
    if (!ec) target = resolved;
  }
  // A FIFO, device or terminal (`-o /dev/stdout`) is written to, never replaced.
  const auto st = fs::status(target, ec);
  if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
    if (fs::is_directory(st)) return Error{ErrorCode::io, path, std::nullopt, "cannot write: is a directory"};
    return write_in_place(target.string(), content);
  }
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return Error{ErrorCode::io, path, std::nullopt, std::string("cannot write: ") + std::strerror(errno)};
  auto fail = [&](const char* what) -> Result<bool> {
    const int err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    return Error{ErrorCode::io, path, std::nullopt, std::string(what) + ": " + std::strerror(err)};
  };
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) return fail("cannot set permissions");
  if (::fsync(fd) != 0) return fail("cannot flush");
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    return Error{ErrorCode::io, path, std::nullopt, std::string("cannot close: ") + std::strerror(errno)};
  }
  if (::rename(tmpl.c_str(), target.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    return Error{ErrorCode::io, path, std::nullopt, std::string("cannot rename into place: ") + std::strerror(err)};
  }
  return true;
}

}  // namespace liner::ingest
