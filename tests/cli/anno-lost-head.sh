#!/bin/sh
# Replies whose annotation is gone (deleted in another copy of the
# sidecar before the merge, or by an older galley): the reader lists them
# as a row of their own; galley annotations says so, not a bare "reply";
# w3c and csv, which hold everything, export them with the id they
# answer; the span formats say they left them out, as replies and
# reviews, never as orphaned annotations.
. "$top_srcdir/tests/cli/lib.sh"

mkdir "$tmp/in"
art=$tmp/in/story.txt
printf 'The harbour authority said the new quay would open in spring.\nDockworkers said they were satisfied with the agreement.\n' >"$art"
head=$(GALLEY_USER=Ann "$GALLEY" annotate "$art" --quote "new quay" --tag claim) || fail "annotate"
GALLEY_USER=Ann "$GALLEY" annotate "$art" --quote "Dockworkers" --tag source >/dev/null || fail "annotate 2"
reply=$(GALLEY_USER=Bob "$GALLEY" annotate "$art" --reply-to "$head" --note "Which quay?") || fail "reply"
GALLEY_USER=Ann "$GALLEY" annotate "$art" --reply-to "$reply" --note "The north one" >/dev/null || fail "reply to the reply"
GALLEY_USER=Cy "$GALLEY" annotate "$art" --reply-to "$head" --verdict rejected --note "No quay" >/dev/null || fail "review"
# The annotation goes from the sidecar, its thread stays.
python3 - "$art.anno.json" "$head" <<'PY' || fail "removing the head"
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
c["first"]["items"] = [a for a in c["first"]["items"] if a["id"] != sys.argv[2]]
json.dump(c, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY

"$GALLEY" annotations "$art" >"$tmp/list" || fail "annotations"
check "galley annotations: the reply says its annotation is gone" grep -q "story.txt: reply to a deleted annotation: -: Which quay?" "$tmp/list"
check "the review too" grep -q "story.txt: review rejected, of a deleted annotation: -: No quay" "$tmp/list"
check "a reply to a reply that is there is a plain reply" grep -q "story.txt: reply: -: The north one" "$tmp/list"

for f in w3c csv; do
	"$GALLEY" export --format=$f "$art" >"$tmp/$f" 2>"$tmp/$f.err" || fail "$f"
	check "$f: says nothing is lost" test ! -s "$tmp/$f.err"
done
check "w3c: every reply of the thread is exported" python3 -c "
import json, sys
items = json.load(open(sys.argv[1]))['first']['items']
notes = sorted(b['value'] for a in items for b in a.get('body', []) if b.get('purpose') == 'commenting')
assert notes == ['No quay', 'The north one', 'Which quay?'], notes
assert [a['target'] for a in items if a['id'] == sys.argv[2]] == [sys.argv[3]]
" "$tmp/w3c" "$reply" "$head"
check "csv: every reply of the thread, with what it answers" python3 -c "
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
assert sorted(r['note'] for r in rows if r['reply_to']) == ['No quay', 'The north one', 'Which quay?'], rows
assert [r['reply_to'] for r in rows if r['id'] == sys.argv[2]] == [sys.argv[3]]
assert [r['verdict'] for r in rows if r['note'] == 'No quay'] == ['rejected']
" "$tmp/csv" "$reply" "$head"
for f in jsonl doccano labelstudio webanno brat; do
	"$GALLEY" export --format=$f -o "$tmp/out" "$art" 2>"$tmp/$f.err" || fail "$f"
	check "$f: the replies said to be left out" grep -qx "galley: export: $f cannot hold replies: 2 replies left out" "$tmp/$f.err"
	check "$f: the review said to be left out" grep -qx "galley: export: $f cannot hold reviews: 1 review left out" "$tmp/$f.err"
	check "$f: no reply taken for an orphaned annotation" sh -c "! grep -q orphaned '$tmp/$f.err'"
done
"$GALLEY" export --format=csv --tag claim "$art" >"$tmp/tag" || fail "--tag"
check "--tag: a thread without its annotation has no tag" test "$(wc -l <"$tmp/tag")" -eq 1
"$GALLEY" export --format=csv --creator bob "$art" >"$tmp/bob" || fail "--creator"
X
finish
