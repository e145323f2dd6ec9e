#!/bin/sh
# galley clean: JSON shape, offsets into the decoded text, --raw, standard
# input, directory loading rules, and evidence across the files of a load.
. "$top_srcdir/tests/cli/lib.sh"

mkdir -p "$tmp/site/sub" "$tmp/site/.hidden"
for i in 1 2 3; do
	cat >"$tmp/site/page$i.txt" <<EOT
Home
World News
Sports Desk
Subscribe to our newsletter

Story number $i about the harbour

by Ada Lovelace
May $((i + 1)), 2024

The harbour authority said on Tuesday that the new quay would open in the spring, after two years of delays caused by storms and a shortage of steel.
Dockworkers, who had threatened to strike over the plans, said they were satisfied with the agreement reached with the port's operators last week.
Copyright 2024 Harbour Times. All rights reserved.
EOT
done
cp "$tmp/site/page1.txt" "$tmp/site/sub/deep.text"
cp "$tmp/site/page1.txt" "$tmp/site/.hidden/secret.txt"
cp "$tmp/site/page1.txt" "$tmp/site/.dotfile.txt"
cp "$tmp/site/page1.txt" "$tmp/site/page1.txt.anno.json"
cp "$tmp/site/page1.txt" "$tmp/site/notes.md"
mkfifo "$tmp/site/pipe.txt"
ln -s .. "$tmp/site/sub/loop"

# Directory loading: recursive, sorted, hidden and non-article files and
# FIFOs skipped, symlinked directories not followed.
expect_status 0 "a directory loads" run_limited 20 "$GALLEY" clean --format=json "$tmp/site"
grep -o '"file":"[^"]*"' "$tmp/out" | sed 's/"file":"//; s/"$//; s|.*/site/||' >"$tmp/files"
printf 'page1.txt\npage2.txt\npage3.txt\nsub/deep.text\n' >"$tmp/want"
check "directory walk: sorted, recursive, hidden/fifo/sidecar skipped" cmp -s "$tmp/files" "$tmp/want"

# Cross-file evidence: menus repeated on every page are dropped, the story
# kept, metadata found.
"$GALLEY" clean "$tmp/site/page1.txt" "$tmp/site/page2.txt" "$tmp/site/page3.txt" >"$tmp/text"
check "story kept" grep -q 'new quay would open' "$tmp/text"
check "menu dropped" sh -c "! grep -q '^World News' '$tmp/text'"
check "newsletter dropped" sh -c "! grep -q 'Subscribe' '$tmp/text'"
check "copyright dropped" sh -c "! grep -q 'All rights reserved' '$tmp/text'"
"$GALLEY" clean --format=json "$tmp/site/page2.txt" >"$tmp/p2.json"
check "title found" grep -q '"title":"Story number 2 about the harbour"' "$tmp/p2.json"
check "author from byline" grep -q '"author":"Ada Lovelace"' "$tmp/p2.json"
check "date near the byline, ISO" grep -q '"date":"2024-05-03"' "$tmp/p2.json"
check "site from copyright" grep -q '"site":"Harbour Times"' "$tmp/p2.json"
check "format and encoding" grep -q '"format":"text","encoding":"utf-8"' "$tmp/p2.json"
check "key order" grep -q '^{"file":.*,"format":.*,"encoding":.*,"title":.*,"author":.*,"date":.*,"site":.*,"body":.*,"blocks":\[{"start":[0-9]*,"end":[0-9]*,"line":[0-9]*,"kind":"[a-z-]*","keep":\(true\|false\)}' "$tmp/p2.json"

# Offsets are code points into --raw's text: every block's [start, end)
# must cut out a line of it (ASCII-free text makes bytes != code points).
printf 'Ünïcödé títle ẞ 日本語 héadline hére\n\nby Zoë Ærø\n\nÉté: une très longue phrase française qui décrit les événements de la journée, avec des détails précis et des citations.\n' >"$tmp/uni.txt"
"$GALLEY" clean --raw "$tmp/uni.txt" >"$tmp/uni.raw"
"$GALLEY" clean --format=json "$tmp/uni.txt" >"$tmp/uni.json"
python3 - "$tmp/uni.raw" "$tmp/uni.json" <<'PY' && pass "block offsets are code points into the raw text" || fail "block offsets"
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read()
doc = json.loads(open(sys.argv[2], encoding="utf-8").read())
lines = raw.split("\n")
assert doc["blocks"], "no blocks"
for b in doc["blocks"]:
    text = raw[b["start"]:b["end"]]
    assert text.strip() == text and text, (b, text)
    assert lines[b["line"] - 1].strip() == text, (b, text)
PY

# --raw prints the decoded text unchanged.
printf 'one\r\ntwo\rthree\n' >"$tmp/crlf.txt"
"$GALLEY" clean --raw "$tmp/crlf.txt" >"$tmp/crlf.out"
printf 'one\ntwo\nthree\n' >"$tmp/crlf.want"
check "--raw turns CRLF and CR into LF" cmp -s "$tmp/crlf.out" "$tmp/crlf.want"

# Standard input: HTML recognised by its first bytes.
printf '<!DOCTYPE html><html><head><title>Piped page - Site</title></head><body><article><h1>Piped page</h1><p>%s</p></article></body></html>' \
	"The body of the piped page has enough words in it, and a comma, to be taken for an article paragraph by the classifier." |
	"$GALLEY" clean --format=json - >"$tmp/stdin.json"
check "stdin: html detected" grep -q '"file":"-","format":"html"' "$tmp/stdin.json"
check "stdin: body kept" grep -q '"body":"The body of the piped page' "$tmp/stdin.json"
check "stdin: title from h1" grep -q '"title":"Piped page"' "$tmp/stdin.json"

# HTML: blocks from the DOM, script/style/nav excluded or dropped.
cat >"$tmp/page.html" <<'EOT'
<html><head><title>Ignored</title><style>p{color:red}</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<script>document.write("evil")</script>
<div class="content"><h1>Real   headline</h1>
<p>First paragraph of the article, which talks at length about the subject, with commas, clauses, and detail.</p>
<p>Second<br>paragraph after a line break, which is still part of the article body and has enough words.</p>
<div class="share"><a href="#">Share on Facebook</a></div></div>
<footer>Copyright 2020 Example</footer></body></html>
EOT
"$GALLEY" clean --raw "$tmp/page.html" >"$tmp/page.raw"
check "html raw: no script text" sh -c "! grep -q evil '$tmp/page.raw'"
check "html raw: no head text" sh -c "! grep -q Ignored '$tmp/page.raw'"
check "html raw: white space collapsed" grep -qx 'Real headline' "$tmp/page.raw"
check "html raw: br splits blocks" grep -qx 'Second' "$tmp/page.raw"
"$GALLEY" clean "$tmp/page.html" >"$tmp/page.txt"
check "html: nav dropped" sh -c "! grep -q World '$tmp/page.txt'"
check "html: share dropped" sh -c "! grep -q 'Share on' '$tmp/page.txt'"
check "html: article kept" grep -q 'First paragraph of the article' "$tmp/page.txt"

# GALLEY_CLEAN_FEATURES=1 (for tools/bench/clean-learn, not documented for
# users) adds each block's evidence: counts that agree with the block's
# text, the links' share, and whether the container choice took it in.
"$GALLEY" clean --format=json "$tmp/page.html" >"$tmp/nofeat.json"
check "features: absent by default" sh -c "! grep -q '\"features\"' '$tmp/nofeat.json'"
GALLEY_CLEAN_FEATURES=1 "$GALLEY" clean --format=json "$tmp/page.html" >"$tmp/feat.json"
python3 - "$tmp/page.raw" "$tmp/feat.json" <<'PY' && pass "features: every block's evidence" || fail "features"
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read()
doc = json.loads(open(sys.argv[2], encoding="utf-8").read())
by_text = {raw[b["start"]:b["end"]]: b for b in doc["blocks"]}
for text, b in by_text.items():
    f = b["features"]
    assert f["chars"] == len(text), (text, f)
    assert f["base_kind"] in ("heading", "paragraph", "list-item", "text"), f
first = by_text["First paragraph of the article, which talks at length "
                "about the subject, with commas, clauses, and detail."]
world, share = by_text["World"]["features"], by_text["Share on Facebook"]
assert first["keep"] and first["features"]["in_chosen"] == 1, first
assert first["features"]["sentence_end"] == 1, first
assert first["features"]["link_chars"] == 0, first
assert world["link_chars"] == 5 and world["links"] == 1, world
assert world["in_nav"] == 1 and world["in_chosen"] == 0, world
assert world["in_list"] == 1 and world["depth"] > 0, world
assert not share["keep"] and share["features"]["in_chosen"] == 1, share
assert share["features"]["link_chars"] == share["features"]["chars"], share
PY

# A file named twice (here: itself and through its directory, and through
# a symbolic link) is loaded once: as its own sibling, each of its short
# lines counted as repeated across the load and was dropped.
mkdir -p "$tmp/twice"
cp "$top_srcdir/samples/sahel-intelligence.txt" "$tmp/twice/story.txt"
ln -s story.txt "$tmp/twice/link.text"
"$GALLEY" clean --format=json "$tmp/twice/story.txt" >"$tmp/once.json"
expect_status 0 "a file named twice" "$GALLEY" clean --format=json "$tmp/twice/story.txt" "$tmp/twice" "$tmp/twice/link.text"
check "a file named twice: one record" test "$(wc -l <"$tmp/out")" -eq 1
check "a file named twice: cleaned as when named once" cmp -s "$tmp/out" "$tmp/once.json"
# U+2028 and U+2029 are escaped in JSON: readers of JSON lines (Python's
# splitlines, JavaScript) take them for line ends.
printf 'Title\n\nThe quay opens on Monday,\342\200\250after two years of delays that were caused by storms and a shortage of steel.\342\200\251 The port said so.\n' >"$tmp/sep.txt"
expect_status 0 "line separators" "$GALLEY" clean --format=json "$tmp/sep.txt"
check "line separators: escaped in JSON" grep -q 'Monday,\\u2028after' "$tmp/out"
check "line separators: one JSON line" python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1], encoding='utf-8').read().splitlines()]" "$tmp/out"
# Markup debris glued between two words: a tag keeps one space, a stray
# '>' opening a word or after a colon goes, one closing a word stays.
printf 'Debris story for the cleaner\n\nThe council met on Monday to discuss the budget and the plans for the new year in the city.\n\n* Regional Alliances:< strong >>establish stronger connections with the neighbouring towns this year.\n\n* >Engagement With Partners :>seek collaborations with emerging partners across the region, said Riverside>.\n\nThe mayor said the plans would be published on Friday after the council vote.\n' >"$tmp/glued.txt"
expect_status 0 "glued debris" "$GALLEY" clean "$tmp/glued.txt"
check "glued debris: a tag leaves one space" grep -q 'Alliances: establish stronger' "$tmp/out"
check "glued debris: a stray > before a word goes" grep -q '^\* Engagement With Partners :seek' "$tmp/out"
check "glued debris: a > closing a word stays" grep -q 'said Riverside>\.' "$tmp/out"
# An option that takes one value, given twice with different values, is
# a usage error that names it; the same value twice is that value.
printf 'One title\n\nOne paragraph of the story.\n' >"$tmp/once.txt"
expect_status 2 "--format twice" "$GALLEY" clean --format=json --format=text "$tmp/once.txt"
check "--format twice: said" grep -q "^galley clean: --format is given twice, with different values" "$tmp/err"
check "--format twice: nothing printed" test ! -s "$tmp/out"
expect_status 2 "--corrected twice" "$GALLEY" clean --corrected --corrected=diff "$tmp/once.txt"
check "--corrected twice: said" grep -q "^galley clean: --corrected is given twice" "$tmp/err"
expect_status 0 "--format twice the same" "$GALLEY" clean --format=json --format=json "$tmp/once.txt"
check "--format twice the same: json" grep -q '^{' "$tmp/out"
expect_status 0 "--corrected and --corrected=text are one" "$GALLEY" clean --corrected --corrected=text "$tmp/once.txt"
finish
