#!/bin/sh
# Review in batch: galley annotate --reply-to ID adds a reply (--note) or
# a review (--verdict accepted|rejected, with an optional --note); the
# sidecar holds it as a W3C "assessing" reply with galley:verdict;
# `galley annotations` reports each annotation's verdict as it stands
# (the latest review wins) in both formats; a sidecar with a verdict
# that is neither is damaged, reported with its position and left alone.
. "$top_srcdir/tests/cli/lib.sh"

art=$tmp/story.txt
printf 'The port authority said the new pier would open in spring.\n' >"$art"
id=$(GALLEY_USER=Ann "$GALLEY" annotate "$art" --quote "new pier" --tag claim) || fail "annotate"
GALLEY_USER=Bob "$GALLEY" annotate "$art" --reply-to "$id" --note "Which pier?" >/dev/null || fail "a reply"
GALLEY_USER=Bob "$GALLEY" annotate "$art" --reply-to "$id" --verdict rejected --note "not sourced" >/dev/null || fail "a review"
check "the review is an assessing reply with galley:verdict" python3 -c '
import json, sys
items = json.load(open(sys.argv[1]))["first"]["items"]
r = [i for i in items if i.get("galley:verdict")]
assert len(r) == 1 and r[0]["motivation"] == "assessing" and r[0]["target"] == sys.argv[2], r
assert r[0]["galley:verdict"] == "rejected" and r[0]["body"][0]["value"] == "not sourced"
assert [i["motivation"] for i in items].count("replying") == 1' "$art.anno.json" "$id"
# json: the passage's verdict and who gave it; the review's own verdict.
check "json: rejected by Bob" python3 -c '
import json, subprocess, sys
out = json.loads(subprocess.check_output([sys.argv[1], "annotations", "--format=json", sys.argv[2]]))
a = out["annotations"]
assert a[0]["verdict"] == "rejected" and a[0]["verdict_by"] == "Bob", a[0]
assert a[1]["verdict"] is None and a[2]["verdict"] == "rejected", a' "$GALLEY" "$art"
# The latest review wins.
sleep 0.01
GALLEY_USER=Cy "$GALLEY" annotate "$art" --reply-to "$id" --verdict accepted >/dev/null || fail "a second review"
"$GALLEY" annotations "$art" >"$tmp/gnu" || fail "gnu"
check "gnu: the state field says who accepted it last" grep -q ':1\.[0-9]*-1\.[0-9]*: anchored, accepted by Cy: claim: "new pier"' "$tmp/gnu"
check "gnu: each review on a line" grep -q ': review rejected: -: not sourced' "$tmp/gnu"
# A reply made after a second annotation is listed under the one it
# answers: each thread together.
reply1=$("$GALLEY" annotations --format=json "$art" | python3 -c "import json,sys; print([a['id'] for a in json.load(sys.stdin)['annotations'] if a['note'] == 'Which pier?'][0])")
GALLEY_USER=Ann "$GALLEY" annotate "$art" --quote "spring" --tag when >/dev/null || fail "a second annotation"
GALLEY_USER=Bob "$GALLEY" annotate "$art" --reply-to "$id" --note "Still no answer" >/dev/null || fail "a later reply"
"$GALLEY" annotations "$art" >"$tmp/gnu2" || fail "gnu, two threads"
check "gnu: the first thread first, its four replies under it" sh -c "sed -n 1p '$tmp/gnu2' | grep -q 'claim' && sed -n 2,5p '$tmp/gnu2' | grep -c 'reply\|review' | grep -qx 4 && sed -n 5p '$tmp/gnu2' | grep -q 'Still no answer'"
check "gnu: the second annotation after them" sh -c "sed -n 6p '$tmp/gnu2' | grep -q 'when: \"spring\"'"
# A reply to a reply, made last, is listed under the reply it answers.
GALLEY_USER=Ann "$GALLEY" annotate "$art" --reply-to "$reply1" --note "The north one" >/dev/null || fail "a reply to a reply"
"$GALLEY" annotations "$art" >"$tmp/gnu3" || fail "gnu, nested"
check "gnu: a reply to a reply right under it" sh -c "sed -n 2p '$tmp/gnu3' | grep -q 'Which pier?' && sed -n 3p '$tmp/gnu3' | grep -q 'The north one'"
# Exports that hold replies hold a review's verdict too.
"$GALLEY" export --format=csv "$art" >"$tmp/csv" 2>"$tmp/csv.err" || fail "csv export"
check "csv: a verdict column, each review's verdict in it" python3 -c '
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(open(sys.argv[1], encoding="utf-8", newline="").read())))
assert sorted((r["creator"], r["verdict"]) for r in rows if r["verdict"]) == [("Bob", "rejected"), ("Cy", "accepted")], rows
assert [r["verdict"] for r in rows if r["note"] == "Which pier?"] == [""], rows' "$tmp/csv"
check "csv: nothing said lost" test ! -s "$tmp/csv.err"
"$GALLEY" export --format=brat -o "$tmp/brat" "$art" 2>/dev/null || fail "brat export"
check "brat: a review's note says its verdict and why" grep -q 'AnnotatorNotes T1	Bob: rejected: not sourced$' "$tmp/brat/story.ann"
check "brat: a verdict without a note" grep -q 'AnnotatorNotes T1	Cy: accepted$' "$tmp/brat/story.ann"
# An edit that lost to another galley's, kept until someone settles it:
# the listing says so as the reader's annotations view does, the csv
# export counts it (a QA pass: only the json listing had it).
conf=$tmp/conflict.txt
printf 'The port authority said the new pier would open in spring.\n' >"$conf"
GALLEY_USER=Bob "$GALLEY" annotate "$conf" --quote "new pier" --tag claim --note "from Bob" >/dev/null || fail "annotate"
GALLEY_USER=Bob "$GALLEY" annotate "$conf" --quote "spring" --tag when >/dev/null || fail "annotate"
python3 - "$conf.anno.json" <<'PY' || fail "a conflict"
import copy, json, sys
c = json.load(open(sys.argv[1]))
a = c["first"]["items"][0]
o = copy.deepcopy(a)
o["body"] = [b for b in o["body"] if b["purpose"] == "tagging"]
o["body"].append({"type": "TextualBody", "purpose": "commenting", "value": "from Ann\x1b[2J\nsecond line"})
o["modified"] = "2026-12-07T22:10:05.123Z"
a["galley:conflicts"] = [o]
json.dump(c, open(sys.argv[1], "w"))
PY
"$GALLEY" annotations "$conf" >"$tmp/gnuc" || fail "gnu, a conflict"
check "gnu: the other version after the quote" grep -q '^.*:1\.29-1\.37: anchored: claim: from Bob "new pier" (conflict: \[claim\] from Ann␛\[2J, of 2026-12-07 22:10)$' "$tmp/gnuc"
check "gnu: no conflict on the other one" grep -q ': when: "spring"$' "$tmp/gnuc"
check "gnu: its text never raw" sh -c "! grep -q \"$(printf '\033')\" '$tmp/gnuc'"
python3 - "$conf.anno.json" <<'PY' || fail "two conflicts"
import copy, json, sys
c = json.load(open(sys.argv[1]))
a = c["first"]["items"][0]
o = copy.deepcopy(a["galley:conflicts"][0])
o["modified"] = "2026-12-07T21:00:00.000Z"
a["galley:conflicts"].append(o)
json.dump(c, open(sys.argv[1], "w"))
PY
"$GALLEY" annotations "$conf" >"$tmp/gnuc2" || fail "gnu, two conflicts"
check "gnu: the newest of several, and others" grep -q '"new pier" (conflict: \[claim\] from Ann␛\[2J, of 2026-12-07 22:10 and others)$' "$tmp/gnuc2"
"$GALLEY" export --format=csv "$conf" >"$tmp/csvc" || fail "csv, a conflict"
check "csv: a conflicts column" python3 -c '
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert [(r["quote"], r["conflicts"]) for r in rows] == [("new pier", "2"), ("spring", "0")], rows' "$tmp/csvc"
# Usage: a verdict needs --reply-to, and is accepted or rejected.
expect_status 2 "--verdict without --reply-to" "$GALLEY" annotate "$art" --verdict accepted
expect_status 2 "a verdict that is neither" "$GALLEY" annotate "$art" --reply-to "$id" --verdict maybe
check "says what a verdict is" grep -q "accepted or rejected" "$tmp/err"
expect_status 2 "a reply with tags" "$GALLEY" annotate "$art" --reply-to "$id" --note x --tag t
expect_status 1 "a reply to no annotation" "$GALLEY" annotate "$art" --reply-to urn:uuid:nope --note x
check "says so, naming the file" grep -q "story.txt: no annotation urn:uuid:nope to answer" "$tmp/err"
# A review is by a second person, of an annotation, as in the reader:
# Ann cannot accept her own passage here either, nor anyone a reply.
grep -c '"galley:verdict"' "$art.anno.json" >"$tmp/nverdicts"
expect_status 1 "no review of one's own annotation" env GALLEY_USER=Ann "$GALLEY" annotate "$art" --reply-to "$id" --verdict accepted
check "says why" grep -q "a review is by a second person: you made this annotation" "$tmp/err"
reply_id=$("$GALLEY" annotations --format=json "$art" | python3 -c "import json,sys; print([a['id'] for a in json.load(sys.stdin)['annotations'] if a['note'] == 'Which pier?'][0])")
expect_status 1 "no review of a reply" env GALLEY_USER=Cy "$GALLEY" annotate "$art" --reply-to "$reply_id" --verdict accepted
check "says why" grep -q "a review is of an annotation, not of a reply" "$tmp/err"
check "neither was added" test "$(grep -c '"galley:verdict"' "$art.anno.json")" -eq "$(cat "$tmp/nverdicts")"
# A damaged verdict: reported with its place, the sidecar untouched.
sed 's/"galley:verdict": *"accepted"/"galley:verdict": "maybe"/' "$art.anno.json" >"$tmp/bad.json"
cp "$tmp/bad.json" "$art.anno.json"
expect_status 2 "a sidecar with a bad verdict is damaged" "$GALLEY" annotations "$art"
check "FILE:LINE:COL and why" grep -q 'story.txt.anno.json:[0-9]*:[0-9]*: .*galley:verdict is not "accepted" or "rejected"' "$tmp/err"
expect_status 2 "and nothing is added to it" "$GALLEY" annotate "$art" --reply-to "$id" --verdict accepted
check "left byte for byte" cmp "$tmp/bad.json" "$art.anno.json"
finish
