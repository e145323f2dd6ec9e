#!/bin/sh
# Inputs made to be slow: each took from 40 s to hours before its fix (the
# time grew with the square of the input) and takes seconds now.
# The bound is only "does not hang".  GALLEY_HOSTILE_SCALE=N divides the
# inputs by N (tools/ci-valgrind sets it).
. "$top_srcdir/tests/cli/lib.sh"

scale=${GALLEY_HOSTILE_SCALE:-1}
bound=30

# One tag with a million attributes (libxml2 compares each with all the
# ones before it: hours): read past the cap, with a warning.
python3 - "$tmp/attrs.html" $((1000000 / scale)) <<'PY'
import sys
n = int(sys.argv[2])
with open(sys.argv[1], "wb") as f:
    f.write(b"<html><body><p")
    f.write(b"".join(b' a%d="%d"' % (i, i) for i in range(n)))
    f.write(b">after the attributes</p></body></html>")
PY
expect_status 0 "1,000,000 attributes on one tag: read" \
	run_limited "$bound" "$GALLEY" clean "$tmp/attrs.html"
check "1,000,000 attributes: the text is there" \
	grep -q 'after the attributes' "$tmp/out"
check "1,000,000 attributes: the message says why" \
	grep -q 'attrs.html: a tag with more than 256 attributes' "$tmp/err"

# 300,000 lines that each name Mali (10 MB): the model's spans were
# matched with the rules' mentions pair by pair: quadratic, 41 s at 200,000
# lines on a quiet machine, so about 90 s here; now 7 s, 25 s under
# AddressSanitizer: a wider bound.
n=$((300000 / scale))
awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++)
	printf "Line %d: troops left Mali today.\n", i }' >"$tmp/mali.txt"
expect_status 0 "$n mentions of one name: listed" \
	run_limited $((2 * bound)) "$GALLEY" entities "$tmp/mali.txt"
check "$n mentions: every one found, a place" \
	test "$(grep -c '	GPE	Mali	Mali$' "$tmp/out")" -eq "$n"

# Two 1 MiB versions of 14,000 lines, every line similar to every other
# (the same words but a number): compare kept every similar pair (7 GB
# and a minute at 1 MiB).  Each line meets its own.
n=$((14000 / scale))
awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++)
	printf "Line %d: the council met on Tuesday to discuss the budget for ward %d.\n", i, i * 7 % 1000 }' >"$tmp/v1.txt"
sed 's/Tuesday/Monday/; 0~7s/budget/plan/' "$tmp/v1.txt" >"$tmp/v2.txt"
expect_status 1 "two versions of $n similar lines: compared" \
	run_limited "$bound" "$GALLEY" compare "$tmp/v1.txt" "$tmp/v2.txt"
check "$n similar lines: each line changed in place" \
	sh -c "grep -q ': changed: ' '$tmp/out' &&
	    ! grep -q ': moved: \|: added: ' '$tmp/out'"
check "$n similar lines: the changed words found" \
	test "$(grep -c 'changed: budget -> plan' "$tmp/out")" -ge $((n / 7 - 10))

# 200,000 short lines of three words (3.6 MB; QA 37 F2): each line was
# asked for the run of story-card labels after it, label by label, 10 s
# at 20,000 lines, so some 15 minutes here; now 1 s.
n=$((200000 / scale))
awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++)
	printf "%s river %s\n", (i % 3 ? "alpha" : "market"), (i % 7 ? "news" : "city") }' >"$tmp/short.txt"
expect_status 0 "$n short lines: cleaned" \
	run_limited "$bound" "$GALLEY" clean --format=json "$tmp/short.txt"
check "$n short lines: an answer" grep -q '"body"' "$tmp/out"

finish
