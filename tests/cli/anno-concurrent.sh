#!/bin/sh
# Four processes each add 50 annotations to one article at the same time:
# 200 annotations afterwards, none lost, none twice.
. "$top_srcdir/tests/cli/lib.sh"

# Under AddressSanitizer, the leak check at each exit would double the
# run time; annotate.sh runs the same code path with it.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS

art=$tmp/story.txt
printf 'One shared article that four annotators work on at the same time, each adding fifty tags.\n' >"$art"

for p in 1 2 3 4; do
	(
		i=1
		while [ $i -le 50 ]; do
			s=$(( (p * 13 + i) % 80 ))
			GALLEY_USER="annotator $p" run_limited 120 "$GALLEY" annotate "$art" \
				--range "$s:$((s + 4))" --tag "p$p" --note "note $p.$i" \
				>>"$tmp/ids.$p" 2>>"$tmp/errors" || echo "p$p.$i" >>"$tmp/failed"
			i=$((i + 1))
		done
	) &
done
wait

check "no save failed" test ! -s "$tmp/failed"
sed 's/^/  /' "$tmp/errors" 2>/dev/null | head -5
cat "$tmp"/ids.* >"$tmp/ids"
python3 - "$art.anno.json" "$tmp/ids" <<'PY' && pass "200 annotations, every printed id, each once" || fail "concurrent saves lost work"
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
items = c["first"]["items"]
printed = open(sys.argv[2]).read().split()
ids = [a["id"] for a in items]
assert len(printed) == 200, len(printed)
assert len(items) == 200, len(items)
assert len(set(ids)) == 200
assert set(ids) == set(printed)
notes = sorted(b["value"] for a in items for b in a["body"] if b["purpose"] == "commenting")
assert notes == sorted(f"note {p}.{i}" for p in range(1, 5) for i in range(1, 51))
assert c["total"] == 200
PY
"$GALLEY" annotations --format=json "$art" >"$tmp/list"
check "annotations lists 200" test "$(grep -o '"id":' "$tmp/list" | wc -l)" -eq 200
finish
