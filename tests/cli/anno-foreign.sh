#!/bin/sh
# Another tool's annotations (the W3C model's shapes galley does not
# write: a body that is a link alone, a tag and a note with their own
# creator and time) are read, not taken for damage, and what their
# bodies say is listed: in `galley annotations` (after the note, in
# brackets; JSON's other_bodies) and kept through galley's own save.
. "$top_srcdir/tests/cli/lib.sh"

printf 'Harbour story\n\nThe new quay would open in spring, the port said.\n' >"$tmp/story.txt"
cat >"$tmp/story.txt.anno.json" <<'JSON'
{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
 "first": {"type": "AnnotationPage", "items": [
  {"id": "urn:uuid:11111111-1111-4111-8111-111111111111", "type": "Annotation",
   "body": [{"type": "TextualBody", "value": "Check the date", "purpose": "commenting",
             "creator": {"id": "https://tool.example/u/1", "name": "Ann"}},
            {"type": "TextualBody", "value": "place", "purpose": "tagging",
             "created": "2026-01-01T00:00:00Z"}],
   "target": {"source": "story.txt",
              "selector": {"type": "TextQuoteSelector", "exact": "new quay"}}},
  {"id": "urn:uuid:22222222-2222-4222-8222-222222222222", "type": "Annotation",
   "motivation": "linking", "body": "https://example.org/quays/1",
   "target": {"source": "story.txt",
              "selector": {"type": "TextQuoteSelector", "exact": "spring"}}}]}}
JSON
cp "$tmp/story.txt.anno.json" "$tmp/theirs.json"

expect_status 0 "a link body is no damage" "$GALLEY" annotations "$tmp/story.txt"
check "the tag and note of another tool said" grep -qF ': anchored: -: (commenting: Check the date; tagging: place) "new quay"' "$tmp/out"
check "the link said" grep -qF ': anchored: -: (https://example.org/quays/1) "spring"' "$tmp/out"
check "nothing on stderr" test ! -s "$tmp/err"
expect_status 0 "JSON" "$GALLEY" annotations --format=json "$tmp/story.txt"
check "JSON: other_bodies" python3 -c "
import json, sys
a = json.load(open(sys.argv[1]))['annotations']
assert a[0]['other_bodies'] == 'commenting: Check the date; tagging: place', a[0]
assert a[1]['other_bodies'] == 'https://example.org/quays/1', a[1]
" "$tmp/out"
# galley's own annotation beside them, saved: theirs kept as they were.
GALLEY_USER=Tester "$GALLEY" annotate "$tmp/story.txt" --quote "port" --tag source >/dev/null || fail "annotate"
check "their bodies kept through the save" python3 -c "
import json, sys
new = {a['id']: a for a in json.load(open(sys.argv[1]))['first']['items']}
old = json.load(open(sys.argv[2]))['first']['items']
assert new[old[0]['id']]['body'] == old[0]['body'], new[old[0]['id']]
assert new[old[1]['id']]['body'] == [old[1]['body']] or new[old[1]['id']]['body'] == old[1]['body'], new[old[1]['id']]
assert len(new) == 3, new
" "$tmp/story.txt.anno.json" "$tmp/theirs.json"
finish
