#pragma once
// What every command shares: exit codes, error printing, output, and the
// load -> read -> extract loop over the inputs.

#include <deque>
#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/error.h"
#include "ingest/reader.h"
#include "validators/document_result.h"

namespace CLI {
class App;
}

namespace liner::cli {

// Exit codes (DESIGN.md): 0 nothing at or above --fail-on, 1 findings at or
// above it, 2 usage, input or I/O error.
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_input = 2;

/// Prints a located error (`file:line:col: error: ...`) on stderr.
void print_error(const ingest::Error& e);

/// Writes `content` to stdout when `output` is empty or "-", otherwise
/// atomically to the file. Returns exit_ok or exit_input.
int emit(const std::string& output, const std::string& content);

/// The documents that were read and what the pipeline made of them. `results`
/// point into `documents`, whose addresses are stable.
struct Loaded {
  std::deque<ingest::Document> documents;
  std::vector<validators::DocumentResult> results;
  bool failed = false;  ///< some input could not be loaded or read (already reported)
};

/// How the inputs are read, shared by every command that reads articles.
struct InputOptions {
  std::string from = "auto";      ///< --from
  std::vector<int> namespaces{0};  ///< --namespace: the dump pages read
};

/// Adds --from and --namespace to a command.
void add_input_options(CLI::App& command, InputOptions& options);

/// Expands the inputs (directories recursively, `-` for stdin), reads each
/// as a stream of documents (a file, an NDJSON line, a dump page) and
/// extracts each document, reporting bad inputs on stderr and going on with
/// the rest. Shows progress on a terminal when there are several documents.
Loaded load_and_extract(const std::vector<std::string>& inputs, const InputOptions& options);

/// The input format names `--from` accepts.
std::vector<std::string> input_format_names();

}  // namespace liner::cli
