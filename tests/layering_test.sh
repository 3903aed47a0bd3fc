#!/usr/bin/env bash
# The libraries form an acyclic graph, and includes follow it:
#
#   ingest <- ontology <- report <- cli
#   ingest <- validators <- report
#
# Each folder may include headers only from itself and the folders listed for
# it below; any other `#include "folder/..."` is reported as
# `file:line: error: ...` and fails the test. (ontology/ once included
# validators/rule.h while validators linked ontology.)
set -euo pipefail
root=${1:?usage: layering_test.sh SOURCE_DIR}
cd "$root"

declare -A allowed=(
  [ingest]="ingest"
  [ontology]="ingest ontology"
  [validators]="ingest validators"
  [report]="ingest ontology validators report"
  [cli]="ingest ontology validators report cli"
)

bad=0
for folder in ingest ontology validators report cli; do
  while IFS=: read -r file line text; do
    target=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^/"]+)\/.*/\1/' <<<"$text")
    if [[ " ${allowed[$folder]} " != *" $target "* ]]; then
      echo "$file:$line: error: $folder/ may not include from $target/ (allowed: ${allowed[$folder]})"
      bad=1
    fi
  done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"/]+/' "$folder" --include='*.h' --include='*.cpp' || true)
done
[ "$bad" -eq 0 ] && echo "includes follow the library graph"
exit "$bad"
