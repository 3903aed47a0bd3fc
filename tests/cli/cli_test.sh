#!/usr/bin/env bash
# Black-box tests of the liner command line: exit codes, exact messages, output
# files and the JSON contract, run against the built binary.
# Usage: cli_test.sh LINER_BINARY REPO_ROOT
set -u

. "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$@"

seed=fixtures/articles/thom_russo.txt
bad_dir=fixtures/ingest/bad

# json_check FILE PYTHON: runs PYTHON with `d` bound to the parsed FILE; an
# assertion failing or the file not being JSON fails the check.
json_check() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    try:
        d = json.load(f)
    except ValueError as e:
        sys.exit(f"not valid JSON: {e}")

def headings(sections):
    return sum(1 + headings(s.get("sections", [])) for s in sections)

try:
    exec(sys.argv[2])
except AssertionError as e:
    sys.exit(f"assertion failed: {sys.argv[2].strip()} {e}")
EOF
}

# --- bad inputs -------------------------------------------------------------

bad_fixture() {
  local file=$1 want=$2
  local path=$bad_dir/$file
  [ -f "$path" ] || { echo "$path is missing"; return 1; }
  run extract "$path"
  expect_rc 2 || return 1
  expect_stderr "${want//\{path\}/$path}" || return 1
  # The output may be empty or a report, but never holds the bad document.
  [ -s "$scratch/out" ] || return 0
  json_check "$scratch/out" 'assert d["documents"] == [], d["documents"]; assert d["summary"]["documents"] == 0'
}

while IFS=$'\t' read -r file want; do
  [ -n "$file" ] || continue
  check "bad input $file" bad_fixture "$file" "$want"
done <"$bad_dir/expected.tsv"

every_bad_fixture_listed() {
  local f missing=0
  for f in "$bad_dir"/*; do
    f=$(basename "$f")
    case $f in README.md | expected.tsv) continue ;; esac
    cut -f1 "$bad_dir/expected.tsv" | grep -qxF -- "$f" || { echo "$f has no line in expected.tsv"; missing=1; }
  done
  return $missing
}
check "every bad fixture has an expected line" every_bad_fixture_listed

missing_path() {
  run extract no/such/article.txt
  expect_rc 2 && expect_stderr "no/such/article.txt: error: no such file or directory"
}
check "missing path" missing_path

directory_without_articles() {
  mkdir -p "$scratch/empty_dir/sub"
  : >"$scratch/empty_dir/cover.png"
  : >"$scratch/empty_dir/sub/notes.pdf"
  run extract "$scratch/empty_dir"
  expect_rc 2 || return 1
  expect_contains "$scratch/err" "$scratch/empty_dir: error: no articles in directory" || return 1
  [ "$(wc -l <"$scratch/err")" -eq 1 ] || { echo "more than one line on stderr: $(cat "$scratch/err")"; return 1; }
}
check "directory without articles" directory_without_articles

# --- options ----------------------------------------------------------------

help_top() {
  run --help
  expect_rc 0 && expect_contains "$scratch/out" "extract"
}
check "liner --help" help_top

help_extract() {
  run extract --help
  expect_rc 0 && expect_contains "$scratch/out" "--format" && expect_contains "$scratch/out" "--output"
}
check "liner extract --help" help_extract

unknown_option() {
  run extract --no-such-option "$seed"
  expect_rc 2 || return 1
  expect_contains "$scratch/err" "--no-such-option" || return 1
  [ ! -s "$scratch/out" ] || { echo "stdout not empty"; return 1; }
}
check "unknown option" unknown_option

unknown_top_level_option() {
  run --no-such-option
  expect_rc 2 || return 1
  [ -s "$scratch/err" ] || { echo "stderr is empty"; return 1; }
}
check "unknown top-level option" unknown_top_level_option

version() {
  run --version
  expect_rc 0 || return 1
  grep -qE '^liner [0-9]+\.[0-9]+\.[0-9]+' "$scratch/out" || { echo "stdout: $(cat "$scratch/out")"; return 1; }
}
check "liner --version" version

# --- extract ----------------------------------------------------------------

seed_json() {
  run extract "$seed"
  expect_rc 0 || return 1
  cp "$scratch/out" "$scratch/seed.json"
  json_check "$scratch/seed.json" '
doc = d["documents"][0]
assert len(d["documents"]) == 1, len(d["documents"])
assert doc["title"] == "Thom Russo", doc["title"]
assert doc["source"] == "fixtures/articles/thom_russo.txt", doc["source"]
assert doc["format"] == "flat", doc["format"]
assert headings(doc["sections"]) == 12, headings(doc["sections"])
assert d["summary"]["documents"] == 1, d["summary"]
text = open("fixtures/articles/thom_russo.txt", encoding="utf-8").read().encode("utf-8")
claims = doc["claims"]
assert d["summary"]["claims"] == len(claims) > 100, len(claims)
for c in claims:
    assert text[c["span"]["start"]:c["span"]["end"]].decode("utf-8") == c["quote"], c["id"]
births = [c["value"] for c in claims if c["predicate"] == "birthDate"]
assert set(births) == {"1969-12-31"}, births
'
}
check "extract the seed as JSON" seed_json

markdown_input() {
  run extract "$root/fixtures/ingest/good/markdown/rosa_quintero.md"
  expect_rc 0 || return 1
  json_check "$scratch/out" '
doc = d["documents"][0]
assert doc["format"] == "markdown", doc["format"]
assert doc["title"] == "Rosa Quintero", doc["title"]
assert any(c["predicate"] == "workedAt" and c["object"]["name"] == "Estudio Caribe" for c in doc["claims"])
'
}
check "extract a markdown article" markdown_input

deterministic() {
  run extract "$seed"
  cp "$scratch/out" "$scratch/first.json"
  run extract "$seed"
  cmp "$scratch/first.json" "$scratch/out"
}
check "two runs give identical output" deterministic

output_file() {
  run extract "$seed"
  cp "$scratch/out" "$scratch/stdout.json"
  mkdir "$scratch/o"
  run extract "$seed" -o "$scratch/o/seed.json"
  expect_rc 0 || return 1
  [ ! -s "$scratch/out" ] || { echo "stdout not empty with -o"; return 1; }
  cmp "$scratch/stdout.json" "$scratch/o/seed.json" || return 1
  local left
  left=$(ls -A "$scratch/o")
  [ "$left" = "seed.json" ] || { echo "directory holds: $left"; return 1; }
}
check "-o writes the same bytes and no temporary file" output_file

output_replaces_file() {
  mkdir "$scratch/r"
  echo "old content" >"$scratch/r/seed.json"
  run extract "$seed" -o "$scratch/r/seed.json"
  expect_rc 0 || return 1
  json_check "$scratch/r/seed.json" 'assert d["documents"][0]["title"] == "Thom Russo"' || return 1
  [ "$(ls -A "$scratch/r")" = "seed.json" ] || { echo "directory holds: $(ls -A "$scratch/r")"; return 1; }
}
check "-o replaces an existing file" output_replaces_file

output_unwritable() {
  run extract "$seed" -o /nonexistent-dir/x.json
  expect_rc 2 || return 1
  expect_contains "$scratch/err" "/nonexistent-dir/x.json: error: " || return 1
  [ ! -e /nonexistent-dir ] || { echo "/nonexistent-dir was created"; return 1; }
  [ ! -s "$scratch/out" ] || { echo "stdout not empty"; return 1; }
}
check "-o into a missing directory fails" output_unwritable

output_onto_directory() {
  mkdir -p "$scratch/d/out.json"
  run extract "$seed" -o "$scratch/d/out.json"
  expect_rc 2 || return 1
  expect_contains "$scratch/err" "$scratch/d/out.json: error: " || return 1
  [ "$(ls -A "$scratch/d")" = "out.json" ] || { echo "directory holds: $(ls -A "$scratch/d")"; return 1; }
  [ -z "$(ls -A "$scratch/d/out.json")" ] || { echo "out.json/ holds: $(ls -A "$scratch/d/out.json")"; return 1; }
}
check "-o onto a directory fails and leaves no temporary file" output_onto_directory

stdin_input() {
  run extract "$seed"
  cp "$scratch/out" "$scratch/file.json"
  run extract - <"$seed"
  expect_rc 0 || return 1
  cp "$scratch/out" "$scratch/stdin.json"
  WANT="$scratch/file.json" json_check "$scratch/stdin.json" '
import os
with open(os.environ["WANT"], encoding="utf-8") as f:
    want = json.load(f)["documents"][0]
doc = d["documents"][0]
assert doc["source"] == "-", doc["source"]
doc.pop("source"); want.pop("source")
assert doc == want, "stdin and file documents differ"
'
}
check "stdin gives the same document" stdin_input

batch_survives_bad_document() {
  local bad=$bad_dir/invalid_utf8.txt
  run extract "$bad" "$seed"
  expect_rc 2 || return 1
  expect_stderr "$bad:3:39: error: invalid UTF-8 (byte 0xFF)" || return 1
  json_check "$scratch/out" '
assert [x["source"] for x in d["documents"]] == ["fixtures/articles/thom_russo.txt"], d["documents"]
assert d["documents"][0]["title"] == "Thom Russo"
assert headings(d["documents"][0]["sections"]) == 12
'
}
check "a batch survives one bad document" batch_survives_bad_document

dump_input() {
  local dump=fixtures/ingest/dumps/enwiki-sample.xml
  run extract "$dump"
  expect_rc 0 || return 1
  json_check "$scratch/out" '
assert [x["title"] for x in d["documents"]] == ["Altimont Butler", "Anwar Kamal Khan"], [x["title"] for x in d["documents"]]
assert all(x["format"] == "wikitext" for x in d["documents"])
' || return 1
  # Only talk pages asked for: the dump has none, so no document and no error.
  run extract "$dump" --namespace 1
  expect_rc 0 || return 1
  json_check "$scratch/out" 'assert d["documents"] == [], d["documents"]'
}
check "a MediaWiki dump gives one document per article page; --namespace chooses the pages" dump_input

ndjson_input() {
  printf '%s\n' '{"id": "a", "title": "Thom Russo", "text": "Thom Russo is an American record producer."}' \
    '{"id": "b", "text": 5}' '{"id": "c", "text": "Russo was born in 1969."' >"$scratch/in.ndjson"
  run extract "$scratch/in.ndjson"
  expect_rc 2 || return 1
  expect_stderr "$scratch/in.ndjson:2:1: error: \"text\" must be a string
$scratch/in.ndjson:3:46: error: invalid JSON: syntax error while parsing object - unexpected end of input; expected '}'" || return 1
  SRC="$scratch/in.ndjson#a" json_check "$scratch/out" '
import os
assert [x["source"] for x in d["documents"]] == [os.environ["SRC"]], [x["source"] for x in d["documents"]]
assert d["documents"][0]["title"] == "Thom Russo"
'
}
check "NDJSON: a document per line, bad lines located and the others read" ndjson_input

directory_input() {
  mkdir -p "$scratch/tree/sub" "$scratch/tree/.hidden"
  cp "$seed" "$scratch/tree/sub/thom_russo.txt"
  # Reading either hidden file would fail the run or add a document.
  cp "$bad_dir/invalid_utf8.txt" "$scratch/tree/.x.txt"
  cp "$seed" "$scratch/tree/.hidden/copy.txt"
  : >"$scratch/tree/sub/cover.png"
  run extract "$scratch/tree"
  expect_rc 0 || return 1
  SUB="$scratch/tree/sub/thom_russo.txt" json_check "$scratch/out" '
import os
assert [x["source"] for x in d["documents"]] == [os.environ["SUB"]], [x["source"] for x in d["documents"]]
'
}
check "directory input skips hidden entries" directory_input

text_format() {
  run extract --format text "$seed"
  expect_rc 0 || return 1
  expect_contains "$scratch/out" "Thom Russo" && expect_contains "$scratch/out" "12 sections"
}
check "--format text" text_format

# liner export is tested by tests/cli/export_test.sh.

finish
