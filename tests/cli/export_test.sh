#!/usr/bin/env bash
# Black-box tests of `liner export` with independent RDF checkers: rapper
# (Raptor's own parser), Apache Jena riot and SHACL, and rdflib (SPARQL).
# A checker that is missing fails the test: scripts/setup installs them all.
# Usage: export_test.sh LINER_BINARY REPO_ROOT
set -u

. "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$@"

seed=fixtures/articles/thom_russo.txt
hostile=fixtures/export/hostile.md

ext() { case $1 in turtle) echo ttl ;; ntriples) echo nt ;; nquads) echo nq ;; esac; }

# --- Export the seed and the hostile fixture in every syntax, twice -------------
export_all() {
  local name src to
  for name in seed hostile; do
    src=$seed
    [ $name = hostile ] && src=$hostile
    for to in turtle ntriples nquads; do
      for run in 1 2; do
        "$liner" export --to $to "$src" >"$scratch/$name.$run.$(ext $to)" 2>"$scratch/err" \
          || { echo "$name $to: exit $?: $(cat "$scratch/err")"; return 1; }
        [ -s "$scratch/err" ] && { echo "$name $to: stderr: $(cat "$scratch/err")"; return 1; }
      done
      cp "$scratch/$name.1.$(ext $to)" "$scratch/$name.$(ext $to)"
    done
  done
  return 0
}
check "export the seed and the hostile fixture as turtle, ntriples and nquads" export_all

byte_identical() {
  local f
  for f in seed hostile; do
    for e in ttl nt nq; do
      cmp "$scratch/$f.1.$e" "$scratch/$f.2.$e" || return 1
    done
  done
}
check "two runs give byte-identical output" byte_identical

# rapper_count FILE SYNTAX: the triple count, failing on any warning or error.
rapper_count() {
  local out
  command -v rapper >/dev/null || { echo "rapper is not installed (scripts/setup installs raptor2-utils)"; return 1; }
  out=$(rapper -i "$2" -c "$1" 2>&1) || { echo "rapper on $1: $out"; return 1; }
  if printf '%s' "$out" | grep -qiE 'warning|error'; then
    echo "rapper on $1: $out"
    return 1
  fi
  printf '%s\n' "$out" | sed -n 's/^rapper: Parsing returned \([0-9]*\) triples$/\1/p'
}

same_counts() {
  local f t n tt nt nq
  for f in seed hostile; do
    tt=$(rapper_count "$scratch/$f.ttl" turtle) || { echo "$tt"; return 1; }
    nt=$(rapper_count "$scratch/$f.nt" ntriples) || { echo "$nt"; return 1; }
    nq=$(rapper_count "$scratch/$f.nq" nquads) || { echo "$nq"; return 1; }
    echo "$f: turtle $tt, ntriples $nt, nquads $nq" >>"$scratch/counts"
    [ -n "$tt" ] && [ "$tt" = "$nt" ] && [ "$nt" = "$nq" ] || { echo "$f: turtle $tt, ntriples $nt, nquads $nq"; return 1; }
    # The N-Triples file has one triple a line: rapper must count every one.
    n=$(grep -c . "$scratch/$f.nt")
    [ "$n" = "$nt" ] || { echo "$f: $n lines but rapper read $nt triples"; return 1; }
  done
  tt=$(sed -n 's/^seed: turtle \([0-9]*\),.*/\1/p' "$scratch/counts")
  [ "$tt" -gt 1000 ] || { echo "seed: only $tt triples"; return 1; }
}
check "rapper parses every export without warnings, same triple count in all three syntaxes" same_counts
[ -f "$scratch/counts" ] && sed 's/^/# /' "$scratch/counts"

# --- Apache Jena (recipe: shared/recipes/jena.md) ---------------------------------
J=/usr/share/java
jena_cp=""
for jar in jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage \
  jena-dboe-trans-data jena-dboe-transaction jena-iri jena-rdfconnection jena-shacl jena-shex jena-tdb jena-tdb2 \
  commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection gson guava \
  httpclient httpcore jackson-core jackson-databind jackson-annotations jsonld-java jakarta.json-api protobuf thrift \
  titanium-json-ld slf4j-api slf4j-simple; do
  jena_cp="$jena_cp$J/$jar.jar:"
done
jena_ready() {
  command -v java >/dev/null || { echo "java is not installed (scripts/setup installs openjdk-17-jre-headless)"; return 1; }
  [ -f $J/jena-core.jar ] || { echo "Jena is not installed (scripts/setup installs libapache-jena-java)"; return 1; }
  [ -d "$scratch/fix/xerces" ] && return 0
  mkdir -p "$scratch/fix" && (cd "$scratch/fix" && unzip -q $J/jena-core.jar 'org/apache/jena/ext/xerces/*' \
    && mkdir xerces && cp -r org/apache/jena/ext/xerces/impl xerces/ && rm -rf org)
}
jena() { java -cp "$jena_cp$scratch/fix" "$@"; }

riot_validates() {
  jena_ready || return 1
  local out
  out=$(jena riotcmd.riot --validate "$scratch"/seed.{ttl,nt,nq} "$scratch"/hostile.{ttl,nt,nq} ontology/mc.ttl \
    ontology/shapes.ttl 2>&1) || { echo "$out"; return 1; }
  if printf '%s\n' "$out" | grep -E 'WARN|ERROR'; then return 1; fi
  return 0
}
check "Jena riot --validate accepts every export, mc.ttl and shapes.ttl without warnings" riot_validates

# `liner check --format turtle`: the findings as a SHACL validation report,
# whose focus nodes are claims of the export (checked here, with the shapes
# run below on the same data).
findings_report() {
  "$liner" check --format turtle "$seed" >"$scratch/findings.ttl" 2>"$scratch/err"
  local status=$?
  [ $status -eq 1 ] || { echo "check exited $status, expected 1 (the seed has an error)"; return 1; }
  rapper -q -i turtle -c "$scratch/findings.ttl" 2>"$scratch/err" || { cat "$scratch/err"; return 1; }
  /usr/bin/python3 - "$scratch/findings.ttl" "$scratch/seed.nt" <<'EOF2'
import sys
import rdflib
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
report = rdflib.Graph().parse(sys.argv[1], format="turtle")
export = rdflib.Graph().parse(sys.argv[2], format="nt")
results = list(report.subjects(rdflib.RDF.type, SH.ValidationResult))
assert len(results) >= 4, f"only {len(results)} results"
claims = [f for f in report.objects(None, SH.focusNode) if "/claim/" in str(f)]
assert claims, "no focus node is a claim"
missing = [str(c) for c in claims if (c, None, None) not in export]
assert not missing, f"focus nodes not in the export: {missing[:3]}"
severities = {str(s).rsplit("#", 1)[1] for s in report.objects(None, SH.resultSeverity)}
assert {"Violation", "Warning"} <= severities, severities
EOF2
}
check "check --format turtle: a SHACL report whose focus nodes are claims of the export" findings_report

# A MediaWiki dump (fixtures/ingest/dumps/: two real pages and a redirect),
# packed with bzip2 as dumps are: one graph per article page, named by site,
# title and revision, derived from that revision; the redirect gives none.
dump_pages() {
  /usr/bin/python3 -c 'import bz2,sys; sys.stdout.buffer.write(bz2.compress(open(sys.argv[1],"rb").read()))' \
    fixtures/ingest/dumps/enwiki-sample.xml >"$scratch/dump.xml.bz2" || return 1
  "$liner" export --to nquads "$scratch/dump.xml.bz2" >"$scratch/dump.nq" 2>"$scratch/err" || { cat "$scratch/err"; return 1; }
  "$liner" export --to turtle "$scratch/dump.xml.bz2" >"$scratch/dump.ttl" 2>"$scratch/err" || { cat "$scratch/err"; return 1; }
  local graphs want
  graphs=$(sed -n 's/.* <\([^>]*\)> \.$/\1/p' "$scratch/dump.nq" | sort -u)
  want=$(printf '%s\n' https://w3id.org/liner/id/document/en.wikipedia.org/Altimont_Butler/101007 \
    https://w3id.org/liner/id/document/en.wikipedia.org/Anwar_Kamal_Khan/102007)
  [ "$graphs" = "$want" ] || { echo "graphs: $graphs"; return 1; }
  grep -q '<https://w3id.org/liner/id/document/en.wikipedia.org/Altimont_Butler/101007> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://en.wikipedia.org/wiki/Special:Redirect/revision/101007>' \
    "$scratch/dump.nq" || { echo "no prov:wasDerivedFrom of the revision"; return 1; }
  rapper_count "$scratch/dump.ttl" turtle >/dev/null || return 1
}
check "a bzip2 MediaWiki dump exports a graph per article page, named by site, title and revision" dump_pages

conforms() {
  jena_ready || return 1
  # Turtle may repeat @prefix: the exports and the findings report in one data file, one JVM start.
  cat "$scratch/seed.ttl" "$scratch/hostile.ttl" "$scratch/findings.ttl" "$scratch/dump.ttl" >"$scratch/both.ttl"
  local out
  out=$(jena shacl.shacl validate --text --shapes ontology/shapes.ttl --data "$scratch/both.ttl" 2>&1)
  [ "$out" = "Conforms" ] && return 0
  printf '%s\n' "$out" | head -20
  return 1
}
check "the seed, hostile and dump exports and the findings report conform to shapes.ttl under Jena SHACL" conforms

shapes_bite() {
  jena_ready || return 1
  # Without text spans' quotes, and with a credit without agent, the shapes must object.
  grep -v -e 'nif-core#anchorOf' "$scratch/hostile.nt" | grep -v -e 'liner/mc#agent>' >"$scratch/broken.nt"
  local out
  out=$(jena shacl.shacl validate --text --shapes ontology/shapes.ttl --data "$scratch/broken.nt" 2>&1)
  printf '%s\n' "$out" | grep -q 'nif-core#anchorOf' || { echo "no violation for a missing anchorOf: $out"; return 1; }
  printf '%s\n' "$out" | grep -q 'liner/mc#agent' || { echo "no violation for a credit without agent: $out"; return 1; }
}
check "shapes.ttl reports a broken export (missing quote, credit without agent)" shapes_bite

# --- rdflib: vocabulary, provenance, hostile round trip and SPARQL -------------------
rdflib_checks() {
  [ -x /usr/bin/python3 ] || { echo "/usr/bin/python3 is missing"; return 1; }
  /usr/bin/python3 tests/ontology/export_checks.py "$scratch" "$seed" "$hostile"
}
check "rdflib: declared vocabulary, NIF spans, hostile round trip, SPARQL answers" rdflib_checks

diagram_current() { /usr/bin/python3 ontology/diagram.py --check; }
check "docs/ontology.md has the diagram generated from mc.ttl" diagram_current

# --- Command line ------------------------------------------------------------------
one_graph_per_document() {
  "$liner" export --to nquads "$seed" "$hostile" >"$scratch/two.nq" || return 1
  local graphs
  graphs=$(sed -E 's/.* (<[^>]*>) \.$/\1/' "$scratch/two.nq" | sort -u)
  [ "$graphs" = "<https://w3id.org/liner/id/document/fixtures-articles-thom-russo-txt>
<https://w3id.org/liner/id/document/fixtures-export-hostile-md>" ] || { echo "graphs: $graphs"; return 1; }
}
check "nquads: one named graph per document" one_graph_per_document

output_dir() {
  mkdir -p "$scratch/out"
  "$liner" export --to turtle -o "$scratch/out" "$seed" "$hostile" 2>"$scratch/err" || { cat "$scratch/err"; return 1; }
  [ "$(ls "$scratch/out" | tr '\n' ' ')" = "fixtures-articles-thom-russo-txt.ttl fixtures-export-hostile-md.ttl " ] \
    || { ls "$scratch/out"; return 1; }
  cmp "$scratch/out/fixtures-articles-thom-russo-txt.ttl" "$scratch/seed.ttl"
}
check "-o DIR writes one file per document, the same bytes as stdout" output_dir

output_file() {
  "$liner" export --to ntriples -o "$scratch/seed.out.nt" "$seed" || return 1
  cmp "$scratch/seed.out.nt" "$scratch/seed.nt"
}
check "-o FILE writes the same bytes as stdout" output_file

custom_base() {
  "$liner" export --to ntriples --base 'http://localhost:8890/data/' "$hostile" >"$scratch/base.nt" || return 1
  grep -q '^<http://localhost:8890/data/person/' "$scratch/base.nt" || { echo "no instance IRI under the base"; return 1; }
  if grep -q 'w3id.org/liner/id/' "$scratch/base.nt"; then echo "default base still used"; return 1; fi
}
check "--base moves every instance IRI" custom_base

bad_base() {
  local out rc
  out=$("$liner" export --to turtle --base 'https://example.org/a b/' "$hostile" 2>&1 >/dev/null)
  rc=$?
  [ $rc -eq 2 ] || { echo "exit $rc"; return 1; }
  [ "$out" = 'liner: error: --base "https://example.org/a b/": IRI contains U+0020' ] || { echo "$out"; return 1; }
  out=$("$liner" export --to turtle --base 'https://example.org/id' "$hostile" 2>&1 >/dev/null)
  [ "$out" = "liner: error: --base \"https://example.org/id\": base IRI must end with '/' or '#'" ] || { echo "$out"; return 1; }
}
check "a bad --base is refused with exit 2 and a message naming it" bad_base

bad_syntax() {
  "$liner" export --to rdfxml "$hostile" >/dev/null 2>"$scratch/err"
  [ $? -eq 2 ] || return 1
  grep -q "^liner: error: --to: rdfxml not in {turtle,ntriples,nquads}$" "$scratch/err" || { cat "$scratch/err"; return 1; }
}
check "an unknown --to is a usage error" bad_syntax

missing_input() {
  "$liner" export --to ntriples nope.txt "$hostile" >"$scratch/partial.nt" 2>"$scratch/err"
  [ $? -eq 2 ] || return 1
  [ "$(cat "$scratch/err")" = "nope.txt: error: no such file or directory" ] || { cat "$scratch/err"; return 1; }
}
check "a missing input gives exit 2 and a message naming it" missing_input

unreadable_input() {
  # A bad document among good ones: reported, the others still exported.
  "$liner" export --to ntriples fixtures/ingest/bad/invalid_utf8.txt "$hostile" >"$scratch/partial.nt" 2>"$scratch/err"
  [ $? -eq 2 ] || return 1
  grep -q "^fixtures/ingest/bad/invalid_utf8.txt:3:39: error: invalid UTF-8 (byte 0xFF)$" "$scratch/err" \
    || { cat "$scratch/err"; return 1; }
  cmp "$scratch/partial.nt" "$scratch/hostile.nt"
}
check "an unreadable input gives exit 2 and the other inputs are still exported" unreadable_input

finish
