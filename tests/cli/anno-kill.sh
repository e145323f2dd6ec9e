#!/bin/sh
# kill -9 at random moments during 200 saves: after every one, the sidecar
# (and its backup) parses and holds every annotation whose save returned.
. "$top_srcdir/tests/cli/lib.sh"

# Under AddressSanitizer, the leak check at each exit would double the
# run time; annotate.sh runs the same code path with it.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS

art=$tmp/story.txt
i=0
while [ $i -lt 40 ]; do
	printf 'Paragraph %d of the story, with words enough to annotate it.\n' $i
	i=$((i + 1))
done >"$art"
mkdir "$tmp/snap"
: >"$tmp/returned"

# The kill moments are spread over one save's whole run time, measured
# here, so that they fall before, during and after the write.
t0=$(date +%s%N)
"$GALLEY" annotate "$art" --range 0:9 --tag first >>"$tmp/returned" || fail "first save"
t1=$(date +%s%N)
dur_us=$(( (t1 - t0) / 1000 ))
awk -v n=200 -v max="$dur_us" 'BEGIN { srand(); for (i = 0; i < n; i++) printf "%.6f\n", rand() * max * 1.5 / 1e6 }' >"$tmp/delays"

# Two workers take turns on the same sidecar (100 saves each, 200 in
# all), so a kill can also hit a process that holds or waits for the lock.
worker() {
	w=$1
	i=1
	: >"$tmp/killed.$w"
	sed -n "$w~2p" "$tmp/delays" | while read -r delay; do
		start=$(( (i * 7 + w) % 2000 ))
		"$GALLEY" annotate "$art" --range "$start:$((start + 5))" --tag "w$w-$i" >"$tmp/id.$w" 2>/dev/null &
		pid=$!
		# One save in four runs undisturbed.
		if [ $((i % 4)) -ne 0 ]; then
			sleep "$delay"
			kill -9 "$pid" 2>/dev/null
		fi
		wait "$pid"
		rc=$?
		if [ $rc -eq 0 ]; then
			cat "$tmp/id.$w" >>"$tmp/returned"
		elif [ $rc -eq 137 ]; then
			echo "$i" >>"$tmp/killed.$w"
		fi
		if [ $((i % 4)) -eq 0 ] && [ $rc -ne 0 ]; then
			echo "$w-$i" >>"$tmp/undisturbed-failed"
		fi
		# Count first, then copy: every save counted had returned
		# before the copy was taken.  cat, not cp: GNU cp skips a
		# file that a rename replaced between its stat and its open
		# ("replaced while being copied"), which the other worker's
		# save may do at any moment.
		wc -l <"$tmp/returned" >"$tmp/snap/$w-$i.count"
		cat "$art.anno.json" >"$tmp/snap/$w-$i.json"
		if [ -e "$art.anno.json.bak" ]; then
			cat "$art.anno.json.bak" >"$tmp/snap/$w-$i.bak"
		fi
		i=$((i + 1))
	done
}
worker 1 &
worker 2 &
wait
killed=$(cat "$tmp/killed.1" "$tmp/killed.2" | wc -l)
echo "killed mid-run: $killed, saves returned: $(wc -l <"$tmp/returned")"

python3 - "$tmp/snap" "$tmp/returned" <<'PY' && pass "every snapshot parses and holds every returned save" || fail "snapshots"
import json, os, sys
snap, returned = sys.argv[1], open(sys.argv[2]).read().split()
names = sorted(f[:-6] for f in os.listdir(snap) if f.endswith(".count"))
assert len(names) == 200, len(names)
for i in names:
    n = int(open(f"{snap}/{i}.count").read())
    c = json.load(open(f"{snap}/{i}.json", encoding="utf-8"))
    assert c["type"] == "AnnotationCollection"
    ids = {a["id"] for a in c["first"]["items"]}
    missing = set(returned[:n]) - ids
    assert not missing, (i, missing)
    if os.path.exists(f"{snap}/{i}.bak"):
        b = json.load(open(f"{snap}/{i}.bak", encoding="utf-8"))
        assert b["type"] == "AnnotationCollection"
PY
check "every undisturbed save returned" test ! -e "$tmp/undisturbed-failed"
# Kill moments span a save's run time, so with 150 of them some land
# while galley runs; without any, this test would prove nothing.
check "some saves were killed while running" test "$killed" -gt 0
# The lock of a killed process is gone with it.
expect_status 0 "a save after the kills" run_limited 60 "$GALLEY" annotate "$art" --range 0:4
expect_status 0 "the sidecar lists" "$GALLEY" annotations --format=json "$art"
finish
