#!/bin/sh
# galley export --format=webanno writes WebAnno TSV 3.3 as INCEpTION's
# documentation describes it: the header, a #Text line per sentence, a
# line per token with its UTF-16 offsets, NamedEntity spans with
# disambiguation ids where a span covers several tokens or shares one,
# reserved characters escaped; spans keep their exact extent.
. "$top_srcdir/tests/cli/lib.sh"

mkdir "$tmp/in" "$tmp/dir"
art=$tmp/in/story.txt
printf 'Anna Berg visited Oslo.\n' >"$art"
"$GALLEY" annotate "$art" --quote "Anna Berg" --tag PER >/dev/null || fail "annotate PER"
"$GALLEY" annotate "$art" --quote "Oslo" --tag LOC >/dev/null || fail "annotate LOC"
# The shape of the format's documented example, written out by hand.
printf '%s\n' '#FORMAT=WebAnno TSV 3.3' \
	'#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value' \
	'' '' '#Text=Anna Berg visited Oslo.' \
	'1-1	0-4	Anna	*[1]	PER[1]' \
	'1-2	5-9	Berg	*[1]	PER[1]' \
	'1-3	10-17	visited	_	_' \
	'1-4	18-22	Oslo	*	LOC' \
	'1-5	22-23	.	_	_' >"$tmp/want"
expect_status 0 "webanno to standard output" "$GALLEY" export --format=webanno "$art"
check "the documented shape, exactly" cmp "$tmp/out" "$tmp/want"
check "ids and times said to be left out" grep -qx "galley: export: webanno cannot hold ids: 2 annotations' ids left out" "$tmp/err"
check "times too" grep -qx "galley: export: webanno cannot hold times: 2 annotations' times left out" "$tmp/err"
check "no note or reply said lost" sh -c "! grep -q 'notes\\|replies' '$tmp/err'"

# Harder text: a character beyond the BMP, reserved characters, a span
# across a line break, stacked spans, a span inside a word, a note.
art2=$tmp/in/hard.txt
printf 'Big_Co [news] \360\237\230\200 met U.S. aides.\n\n  Talks -> went on; *all* day.\n' >"$art2"
for q in "Big_Co" "met U.S" "aides" "aides.

  Talks" "alks"; do
	"$GALLEY" annotate "$art2" --quote "$q" --tag "t_$(printf %s "$q" | wc -c)" >/dev/null || fail "annotate $q"
done
"$GALLEY" annotate "$art2" --quote "went" --note "when?" >/dev/null || fail "annotate note"
"$GALLEY" export --format=webanno -o "$tmp/dir" "$art" "$art2" 2>"$tmp/err" || fail "webanno -o DIR"
check "one .tsv per article" test -s "$tmp/dir/story.tsv" -a -s "$tmp/dir/hard.tsv"
check "the note is said to be left out" grep -qx "galley: export: webanno cannot hold notes: 1 note left out" "$tmp/err"
python3 - "$tmp/dir/hard.tsv" "$art2" "$art2.anno.json" <<'PY' && pass "every span read back at its UTF-16 offsets, reserved characters escaped" || fail "webanno read back"
import json, re, sys
tsv = open(sys.argv[1], encoding="utf-8").read().split("\n")
text = open(sys.argv[2], encoding="utf-8").read()
u = text.encode("utf-16-le")
def at(s, e):
    return u[2 * s:2 * e].decode("utf-16-le")
def unescape(v):
    return re.sub(r"\\(->|[\\\[\]|_;*])", r"\1", v)
assert tsv[0] == "#FORMAT=WebAnno TSV 3.3"
spans = {}      # id (or a fresh key) -> [label, start, end]
fresh = 0
for line in tsv:
    if line.startswith("#Text="):
        # The sentence is the text at its first token's offset.
        pending = unescape(line[6:])
        continue
    if not line or line.startswith("#"):
        continue
    idx, off, tok, ident, value = line.split("\t")
    s, e = map(int, off.split("-"))
    assert unescape(tok) == at(s, e), (tok, at(s, e))
    if pending is not None:
        assert at(s, s + len(pending.encode("utf-16-le")) // 2) == pending, pending
        pending = None
    if value == "_":
        assert ident == "_"
        continue
    for v in re.split(r"(?<!\\)\|", value):
        m = re.fullmatch(r"(.*?)(?:\[(\d+)\])?", v)
        label, i = unescape(m.group(1)), m.group(2)
        if i is None:
            fresh += 1
            i = "single%d" % fresh
        sp = spans.setdefault(i, [label, s, e])
        assert sp[0] == label
        sp[2] = e
got = sorted((l, at(s, e)) for l, s, e in spans.values())
items = json.load(open(sys.argv[3], encoding="utf-8"))["first"]["items"]
want = []
for it in items:
    tags = [b["value"] for b in it["body"] if b.get("purpose") == "tagging"]
    quote = [sel["exact"] for sel in it["target"]["selector"] if sel["type"] == "TextQuoteSelector"][0]
    for t in tags or ["note"]:
        want.append((t, quote))
assert got == sorted(want), (got, sorted(want))
# Reserved characters in the text come out escaped.
assert "Big\\_Co" in "\n".join(tsv) and "\\[news\\]" in "\n".join(tsv) and "\\->" in "\n".join(tsv)
PY
expect_status 2 "several files to standard output are refused" "$GALLEY" export --format=webanno "$art" "$art2"
check "and the message says to give -o" grep -q "give -o DIR" "$tmp/err"
expect_status 2 "code point offsets are refused" "$GALLEY" export --format=webanno --offsets=codepoint "$art"
finish
