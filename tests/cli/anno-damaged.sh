#!/bin/sh
# A damaged sidecar (not JSON, or not the expected shape) is reported with
# its line and column and is byte-identical after every galley command.
. "$top_srcdir/tests/cli/lib.sh"

art=$tmp/story.txt
printf 'Headline\n\nThe harbour authority said that the new quay would open.\n' >"$art"

# Runs every command on the article; each must fail with status 2 where
# it would write or read annotations, and never touch the sidecar.
run_all() {
	label=$1
	expect_status 2 "$label: annotate refuses" "$GALLEY" annotate "$art" --range 0:8 --tag t
	check "$label: annotate names file:line:col" grep -q "^galley: $art.anno.json:$2: " "$tmp/err"
	expect_status 2 "$label: annotations reports" "$GALLEY" annotations "$art"
	check "$label: annotations names file:line:col" grep -q "^galley: $art.anno.json:$2: " "$tmp/err"
	expect_status 2 "$label: annotations json reports" "$GALLEY" annotations --format=json "$art"
	check "$label: json carries the error" grep -q '"error":' "$tmp/out"
	for f in w3c jsonl doccano csv; do
		expect_status 2 "$label: export $f refuses" "$GALLEY" export --format=$f "$art"
	done
	expect_status 2 "$label: export brat refuses" "$GALLEY" export --format=brat -o "$tmp/brat" "$art"
	expect_status 0 "$label: clean still works" "$GALLEY" clean "$art"
	expect_status 0 "$label: clean of the directory" "$GALLEY" clean --format=json "$tmp"
	check "$label: byte-identical" cmp -s "$art.anno.json" "$tmp/copy"
	check "$label: no backup made of it" test ! -e "$art.anno.json.bak"
	check "$label: no temporary file left" test ! -e "$tmp/.story.txt.anno.json.tmp"
}

printf '{\n  "type": "AnnotationCollection",\n  "first": {"items": [}\n' >"$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
run_all "not JSON" '3:[0-9]*'

printf '{"@context": "http://www.w3.org/ns/anno.jsonld",\n "type": "AnnotationCollection",\n "first": {"type": "AnnotationPage", "items": [\n  {"id": "urn:uuid:x", "type": "Annotation",\n   "target": {"source": "story.txt", "selector": {"type": "TextPositionSelector", "start": "zero", "end": 3}}}]}}\n' >"$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
run_all "wrong shape" '5:[0-9]*'
"$GALLEY" annotations "$art" 2>"$tmp/err" >/dev/null
check "wrong shape: the reason" grep -q '"start" is not an offset' "$tmp/err"

# Times that are no dates (the W3C export of them did not validate, and
# --since took "2099-99-99" for a date after 2030; an undo's time after
# every date outlived every deletion).
for when in '"created": "not a date"' '"modified": "2099-99-99T99:99:99Z"' '"galley:restored": "zzz"'; do
	key=${when%%\": *}\"
	printf '{"type": "AnnotationCollection",\n "first": {"type": "AnnotationPage", "items": [\n  {"id": "urn:uuid:x", "type": "Annotation", %s,\n   "target": {"source": "story.txt", "selector": {"type": "TextQuoteSelector", "exact": "quay"}}}]}}\n' "$when" >"$art.anno.json"
	cp "$art.anno.json" "$tmp/copy"
	run_all "bad time $key" '3:[0-9]*'
	"$GALLEY" annotations "$art" 2>"$tmp/err" >/dev/null
	check "bad time $key: the reason" grep -q "$key is not a date and time" "$tmp/err"
	expect_status 2 "bad time $key: export --since refuses" "$GALLEY" export --format=csv --since=2030-01-01 "$art"
	check "bad time $key: nothing exported" sh -c "! grep -q urn:uuid:x '$tmp/out'"
done
# A deletion's time, the same.
printf '{"type": "AnnotationCollection",\n "galley:deleted": [{"id": "urn:uuid:y", "deleted": "yesterday"}],\n "first": {"type": "AnnotationPage", "items": [\n  {"id": "urn:uuid:x", "type": "Annotation",\n   "target": {"source": "story.txt", "selector": {"type": "TextQuoteSelector", "exact": "quay"}}}]}}\n' >"$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
run_all "bad time deleted" '2:[0-9]*'
"$GALLEY" annotations "$art" 2>"$tmp/err" >/dev/null
check "bad time deleted: the reason" grep -q '"deleted" is not a date and time' "$tmp/err"

# An empty sidecar (or white space only: a truncating editor, a full
# disk) is said to be empty, not "1:1: unexpected token", and kept.
for body in '' ' \n\n'; do
	printf "$body" >"$art.anno.json"
	cp "$art.anno.json" "$tmp/copy"
	expect_status 2 "empty sidecar: annotations reports" "$GALLEY" annotations "$art"
	check "empty sidecar: said empty" grep -qx "galley: $art.anno.json: empty (no annotation collection)" "$tmp/err"
	expect_status 2 "empty sidecar: annotate refuses" "$GALLEY" annotate "$art" --range 0:8 --tag t
	check "empty sidecar: byte-identical" cmp -s "$art.anno.json" "$tmp/copy"
done

# Loose values once accepted: a hash that is not hex, an empty id, an
# offset past any article (2^62).
printf '{"type": "AnnotationCollection",\n "galley:source": {"size": 3,\n  "sha256": "%s"},\n "first": {"type": "AnnotationPage", "items": []}}\n' "$(printf 'z%.0s' $(seq 64))" >"$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
run_all "non-hex sha256" '3:[0-9]*'
"$GALLEY" annotations "$art" 2>"$tmp/err" >/dev/null
check "non-hex sha256: the reason" grep -q 'sha256 is not 64 hex digits' "$tmp/err"
printf '{"type": "AnnotationCollection",\n "first": {"type": "AnnotationPage", "items": [\n  {"id": "", "type": "Annotation",\n   "target": {"source": "story.txt", "selector": {"type": "TextQuoteSelector", "exact": "quay"}}}]}}\n' >"$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
run_all "empty id" '3:[0-9]*'
"$GALLEY" annotations "$art" 2>"$tmp/err" >/dev/null
check "empty id: the reason" grep -q '"id" is empty' "$tmp/err"
printf '{"type": "AnnotationCollection",\n "first": {"type": "AnnotationPage", "items": [\n  {"id": "urn:uuid:x", "type": "Annotation",\n   "target": {"source": "story.txt", "selector": {"type": "TextPositionSelector", "start": 0,\n    "end": 4611686018427387904}}}]}}\n' >"$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
run_all "huge offset" '5:[0-9]*'
"$GALLEY" annotations "$art" 2>"$tmp/err" >/dev/null
check "huge offset: the reason" grep -q '"end" is not an offset' "$tmp/err"

printf '[]' >"$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
run_all "not a collection" '1:1'

# A sidecar without write permission is left alone (root, and a rename
# over it, used to replace it with a new 0644 file); one that may be
# written keeps its mode.
rm -f "$art.anno.json" "$art.anno.json.bak"
"$GALLEY" annotate "$art" --range 0:8 --tag first >/dev/null || fail "annotate first"
chmod 444 "$art.anno.json"
cp "$art.anno.json" "$tmp/copy"
expect_status 2 "read-only sidecar: annotate refuses" "$GALLEY" annotate "$art" --range 0:8 --tag t
check "read-only sidecar: the reason" grep -q 'read-only' "$tmp/err"
check "read-only sidecar: byte-identical" cmp -s "$art.anno.json" "$tmp/copy"
check "read-only sidecar: still read-only" sh -c "test \"\$(stat -c %a '$art.anno.json')\" = 444"
chmod 600 "$art.anno.json"
"$GALLEY" annotate "$art" --range 0:8 --tag second >/dev/null || fail "annotate second"
check "a 0600 sidecar stays 0600 after a save" sh -c "test \"\$(stat -c %a '$art.anno.json')\" = 600"

# Unreadable as a file: a directory in its place.
rm "$art.anno.json"
mkdir "$art.anno.json"
expect_status 2 "a directory as sidecar: annotate refuses" "$GALLEY" annotate "$art" --range 0:8
check "a directory as sidecar: still there" test -d "$art.anno.json"
# A sidecar copied from another article's (b.txt's to a.txt's): kept and
# listed, but the user is told before a save makes it this article's.
mkdir "$tmp/copied"
printf 'Article B\n\nThe quay would open.\n' >"$tmp/copied/b.txt"
printf 'Article A\n\nSomething else entirely.\n' >"$tmp/copied/a.txt"
"$GALLEY" annotate "$tmp/copied/b.txt" --range 0:7 --tag b >/dev/null || fail "annotate b"
cp "$tmp/copied/b.txt.anno.json" "$tmp/copied/a.txt.anno.json"
expect_status 0 "another article's sidecar: listed" "$GALLEY" annotations "$tmp/copied/a.txt"
check "another article's sidecar: the warning names both" grep -q "^galley: $tmp/copied/a.txt.anno.json: holds the annotations of another article (b.txt), not of $tmp/copied/a.txt" "$tmp/err"
expect_status 0 "the article's own sidecar: no warning" "$GALLEY" annotations "$tmp/copied/b.txt"
check "the article's own sidecar: stderr empty" test ! -s "$tmp/err"
expect_status 0 "another article's sidecar: annotate still saves" "$GALLEY" annotate "$tmp/copied/a.txt" --range 0:7 --tag a
check "another article's sidecar: annotate says so first" grep -q "^galley: $tmp/copied/a.txt.anno.json: holds the annotations of another article (b.txt)" "$tmp/err"


# A sidecar that is a link to a file that is not a sidecar: the error
# names the sidecar and a position, never a word of the file behind it
# (jansson's messages quoted the token: "near 'SECRETWORD'").
mkdir "$tmp/linked"
printf 'Article\n\nText here.\n' >"$tmp/linked/a.txt"
printf 'SECRETWORD and more\n' >"$tmp/linked-first"
printf '{"type": "AnnotationCollection",\n "x": SECRETWORD}\n' >"$tmp/linked-inner"
for target in first inner; do
	ln -sf "$tmp/linked-$target" "$tmp/linked/a.txt.anno.json"
	expect_status 2 "a link to a non-sidecar ($target): reported" "$GALLEY" annotations "$tmp/linked/a.txt"
	check "a link to a non-sidecar ($target): file:line:col" grep -q "^galley: $tmp/linked/a.txt.anno.json:[12]:[0-9]*: " "$tmp/err"
	check "a link to a non-sidecar ($target): nothing of it echoed" sh -c "! grep -q SECRET '$tmp/err' '$tmp/out'"
	expect_status 2 "a link to a non-sidecar ($target): json reported" "$GALLEY" annotations --format=json "$tmp/linked/a.txt"
	check "a link to a non-sidecar ($target): nothing of it in json" sh -c "! grep -q SECRET '$tmp/err' '$tmp/out'"
done

finish
