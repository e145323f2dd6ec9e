#!/bin/sh
# tools/gen-ner-clusters on a small vocabulary of the package's format:
# the same input and options give the same bytes; only alphabetic words
# are kept, the most frequent first; the output is "word TAB path TAB
# path" (the second path a finer clustering's; --fine 0 leaves it out),
# sorted; words with the same direction share a path; a missing file is
# refused with a message naming it.
. "$top_srcdir/tests/cli/lib.sh"

gen=$top_srcdir/tools/gen-ner-clusters
# Three directions (a, b, c), each word a scaled copy of its own
# direction plus a little of its index; figures and punctuation between.
awk 'BEGIN {
	n = 0
	for (i = 1; i <= 15; i++) {
		w[++n] = "alpha" sprintf("%c", 96 + i); d[n] = 1
		w[++n] = "beta" sprintf("%c", 96 + i); d[n] = 2
		w[++n] = "gamma" sprintf("%c", 96 + i); d[n] = 3
		if (i % 5 == 0) { w[++n] = 1990 + i; d[n] = 1 }
		if (i == 7) { w[++n] = ","; d[n] = 2 }
	}
	w[++n] = "rock\047n\047roll"; d[n] = 1
	w[++n] = "u.s."; d[n] = 2
	w[++n] = "twina"; d[n] = 3
	w[++n] = "twinb"; d[n] = 3
	printf "{\"precision\":8,\"dimensions\":5,\"size\":%d,\"words\":[", n
	for (k = 1; k <= n; k++)
		printf "%s\"%s\"", (k > 1 ? "," : ""), w[k]
	printf "],\"vectors\":{"
	for (k = 1; k <= n; k++) {
		printf "%s\"%s\":[", (k > 1 ? "," : ""), w[k]
		for (j = 1; j <= 5; j++) {
			v = (j == d[k] ? 1 : 0) + (w[k] ~ /^twin/ ? 0 : \
			    0.01 * ((k * j) % 7))
			if (w[k] == "twinb") v *= 3	# same direction as twina
			printf "%s%.4f", (j > 1 ? "," : ""), v
		}
		printf ",1,%d]", k - 1
	}
	printf "}}\n"
}' >"$tmp/vectors.json"

expect_status 0 "clusters" "$gen" --words 40 --clusters 4 --fine 8 \
	--rounds 5 "$tmp/vectors.json"
cp "$tmp/out" "$tmp/first.txt"
expect_status 0 "clusters again" "$gen" --words 40 --clusters 4 --fine 8 \
	--rounds 5 "$tmp/vectors.json"
check "the same bytes twice" cmp -s "$tmp/out" "$tmp/first.txt"
check "40 words" test "$(wc -l <"$tmp/out")" -eq 40
check "word TAB path TAB path on every line" sh -c \
	"! grep -qv '^[a-z.'\\''-]*	[01][01]*	[01][01]*\$' '$tmp/out'"
check "the finer clustering has more paths" test \
	"$(cut -f3 "$tmp/out" | sort -u | wc -l)" -gt \
	"$(cut -f2 "$tmp/out" | sort -u | wc -l)"
expect_status 0 "one clustering" "$gen" --words 40 --clusters 4 --fine 0 \
	--rounds 5 "$tmp/vectors.json"
check "--fine 0: word TAB path, the first two columns" sh -c \
	"cut -f1,2 '$tmp/first.txt' | cmp -s - '$tmp/out'"
check "sorted by bytes" sh -c "LC_ALL=C sort -c '$tmp/out'"
check "no figures, no punctuation" sh -c \
	"! grep -q '^1995\|^,' '$tmp/out'"
check "the most frequent first: the last words left out" sh -c \
	"! grep -q '^twin' '$tmp/out'"
expect_status 0 "all words" "$gen" --words 1000 --clusters 4 --fine 0 \
	--rounds 5 "$tmp/vectors.json"
check "apostrophes and dots kept" sh -c \
	"grep -q \"^rock'n'roll	\" '$tmp/out' && grep -q '^u\\.s\\.	' '$tmp/out'"
check "one direction, one path" test \
	"$(grep '^twina	' "$tmp/out" | cut -f2)" = \
	"$(grep '^twinb	' "$tmp/out" | cut -f2)"
check "four clusters, four paths" test \
	"$(cut -f2 "$tmp/out" | sort -u | wc -l)" -eq 4
expect_status 0 "another seed" "$gen" --words 40 --clusters 4 --fine 8 \
	--rounds 5 --seed 2 "$tmp/vectors.json"
cut -f1 "$tmp/first.txt" >"$tmp/words"
check "the same words with another seed" sh -c \
	"cut -f1 '$tmp/out' | cmp -s - '$tmp/words'"
expect_status 1 "a missing file" "$gen" "$tmp/missing.json"
check "the message names the file" grep -q "$tmp/missing.json" "$tmp/err"

finish
