#pragma once
// Sources: turn the inputs named on a command line into Documents.

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/error.h"

namespace liner::ingest {

/// File name endings a directory is searched for.
const std::vector<std::string>& article_extensions();

/// Expands inputs in order: a directory gives its article files (recursively,
/// hidden entries skipped, sorted by path); `-` and files stay as they are.
/// Fails on a missing path or a directory without articles.
Result<std::vector<std::string>> expand_inputs(const std::vector<std::string>& inputs);

/// Checks raw bytes as article text: not empty, no NUL byte, valid UTF-8.
/// `path` names the input in the error.
Result<Document> make_document(std::string path, std::string bytes, Format format);

/// Reads a file (or standard input for `-`) into a Document.
Result<Document> load_document(const std::string& input, Format format, std::istream& stdin_stream);

}  // namespace liner::ingest

namespace liner::ingest {

/// Writes `content` to `path` atomically: a temporary file in the same
/// directory, flushed to disk, then renamed over `path`. Readers never see a
/// half-written file; on failure `path` is left as it was.
Result<bool> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace liner::ingest
