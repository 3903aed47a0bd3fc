#!/usr/bin/env bash
# The real-article corpus (fixtures/corpus/) scored against its per-article
# floors (fixtures/corpus/floors.tsv), and the floor check itself shown to
# fail: a floor one fact above an article's score must make --check exit 1
# and name that article.
#   tests/corpus_floors_test.sh ROOT LINER
set -uo pipefail
root=$1 liner=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
floors=$root/fixtures/corpus/floors.tsv

python3 "$root/scripts/corpus-score" "$liner" --check "$floors" > "$work/check.txt"
status=$?
cat "$work/check.txt"
[ $status -eq 0 ] || { echo "FAIL: the corpus scores below its floors (above)"; exit 1; }

# One floor raised by a fact the article does not find: the check must fail on it.
awk -F'\t' 'BEGIN { OFS = "\t" } $1 == "carol_kaye" { $2 = $2 + 1 } { print }' "$floors" > "$work/high.tsv"
grep -q '^carol_kaye	' "$work/high.tsv" || { echo "FAIL: no carol_kaye floor to raise"; exit 1; }
python3 "$root/scripts/corpus-score" "$liner" --check "$work/high.tsv" > "$work/high.txt"
status=$?
[ $status -eq 1 ] || { echo "FAIL: --check with a floor above the score exited $status, not 1"; exit 1; }
grep -q '^corpus-score: carol_kaye: below its floor' "$work/high.txt" ||
  { echo "FAIL: --check did not name carol_kaye"; cat "$work/high.txt"; exit 1; }

# --raise never lowers a floor.
cp "$work/high.tsv" "$work/raised.tsv"
python3 "$root/scripts/corpus-score" "$liner" --raise "$work/raised.tsv" > /dev/null
cmp -s <(grep '^carol_kaye	' "$work/high.tsv") <(grep '^carol_kaye	' "$work/raised.tsv") ||
  { echo "FAIL: --raise lowered the carol_kaye floor"; exit 1; }
echo "corpus floors: ok"
