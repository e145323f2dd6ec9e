#!/bin/sh
# galley export writes as the sidecars are written (a temporary file in
# DIR, fsynced, renamed): a hard link or a full disk never damages
# anything; and CSV shown on a terminal and brat never carry raw control
# characters from an article, a tag or a note (CSV in a file is data and
# keeps them: export-roundtrip.sh).
. "$top_srcdir/tests/cli/lib.sh"

mkdir "$tmp/in" "$tmp/dir" "$tmp/elsewhere"
art=$tmp/in/story.txt
{
	printf 'A title\n\nThe harbour authority said \033]0;PWNED\007 the quay '
	printf 'would open \033[2J soon.\n'
	i=0
	while [ $i -lt 60 ]; do
		printf 'Filler line %s of a long enough article to export.\n' $i
		i=$((i + 1))
	done
} >"$art"
"$GALLEY" annotate "$art" --quote 'harbour' --tag claim >/dev/null || fail "annotate"
"$GALLEY" annotate "$art" --range 20:70 --note 'who said it?' >/dev/null || fail "annotate 2"

# A hard link in DIR to a file elsewhere is replaced, not written through.
printf 'not yours\n' >"$tmp/elsewhere/victim"
ln "$tmp/elsewhere/victim" "$tmp/dir/story.jsonld"
expect_status 0 "export over a hard link" "$GALLEY" export --format=w3c -o "$tmp/dir" "$art"
check "hard link: the other name keeps its text" grep -qx 'not yours' "$tmp/elsewhere/victim"
check "hard link: the export is in DIR" grep -q 'harbour' "$tmp/dir/story.jsonld"
check "hard link: no temporary file left" test ! -e "$tmp/dir/.story.jsonld.tmp"

# A full disk (a file size limit: writes fail with EFBIG): the previous
# export stays whole, a first export leaves no empty file, and the
# failure is named.
cp "$tmp/dir/story.jsonld" "$tmp/before"
"$GALLEY" annotate "$art" --range 100:900 --tag long >/dev/null || fail "annotate 3"
(trap '' XFSZ; ulimit -f 2; exec "$GALLEY" export --format=w3c -o "$tmp/dir" "$art") >"$tmp/o" 2>"$tmp/err"
check "full disk: export exits 2" test $? -eq 2
check "full disk: the previous export is whole" cmp -s "$tmp/dir/story.jsonld" "$tmp/before"
check "full disk: the file is named with the cause" grep -q "story.jsonld: cannot write it: File too large" "$tmp/err"
check "full disk: no temporary file left" test ! -e "$tmp/dir/.story.jsonld.tmp"
(trap '' XFSZ; ulimit -f 2; exec "$GALLEY" export --format=w3c -o "$tmp/first" "$art") >"$tmp/o" 2>"$tmp/err"
check "full disk, first export: exits 2" test $? -eq 2
check "full disk, first export: no empty file" test ! -e "$tmp/first/story.jsonld"

# Controls: CSV to a terminal (script(1) gives export a pty; it turns
# line ends into CR LF, which CSV's are already), brat labels and notes.
ctl=$(printf '[\001-\010\013\014\016-\037\177]')
on_tty() {
	script -qec "$*" /dev/null
}
on_tty "$GALLEY" export --format=csv "$art" >"$tmp/csv"
check "csv: the annotations are there" grep -q 'harbour' "$tmp/csv"
check "csv: no raw control from the article" sh -c "! LC_ALL=C grep -q '$ctl' '$tmp/csv'"
check "csv: ESC shown as its control picture" grep -q '␛]0;PWNED␇' "$tmp/csv"
"$GALLEY" export --format=csv "$art" >"$tmp/csv-file"
python3 - "$tmp/csv-file" <<'PY' && pass "csv: the quote keeps its length (offsets still cut it)" || fail "csv quote length"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
for r in rows[1:]:
    if r[1]:
        assert int(r[2]) - int(r[1]) == len(r[6]), r
PY

# A sidecar written by another tool: a tag with a newline (a second brat
# line) and ESC, a note with ESC and C1 CSI.
python3 - "$art.anno.json" <<'PY' || fail "sidecar edit"
import json, sys
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8"))
for a in d["first"]["items"]:
    for b in a["body"]:
        if b.get("purpose") == "tagging":
            b["value"] = "evil\nT99\tinjected 0 5\tA \x1b[2J"
        elif b.get("purpose") == "commenting":
            b["value"] = "note \x1b]52;c;cHduZWQ=\x07 and \u009b31m"
json.dump(d, open(p, "w", encoding="utf-8"))
PY
expect_status 0 "brat export of a strange sidecar" "$GALLEY" export --format=brat -o "$tmp/brat" "$art"
check "brat: no injected line" sh -c "! grep -q '^T99' '$tmp/brat/story.ann'"
check "brat: the tag stays one token" grep -q '^T1	evil_T99_injected_0_5_A_␛\[2J ' "$tmp/brat/story.ann"
check "brat: the note on one line" sh -c "test \$(grep -c '^#' '$tmp/brat/story.ann') -eq 1"
check "brat: no raw control in the .ann labels and notes" sh -c "cut -f1,2 '$tmp/brat/story.ann' | LC_ALL=C grep -q '$ctl'; test \$? -eq 1 && ! grep '^#' '$tmp/brat/story.ann' | LC_ALL=C grep -q '$ctl'"
check "brat: no raw C1 in the note" sh -c "! grep '^#' '$tmp/brat/story.ann' | grep -q \"\$(printf '\\302\\233')\""
on_tty "$GALLEY" export --format=csv "$art" >"$tmp/csv2"
check "csv: no raw control from a tag or a note" sh -c "! LC_ALL=C grep -q '$ctl' '$tmp/csv2'"
check "csv: no raw C1 either" sh -c "! grep -q \"\$(printf '\\302\\233')\" '$tmp/csv2'"

# brat's NAME.txt beside an unrelated article of that name (not in the
# load) is refused, never replaced: from -o . (a "./e.txt" path), with a
# longer or a shorter file; the very text galley would write is replaced.
mkdir "$tmp/q"
cp "$top_srcdir/samples/ecowas-summit.html" "$tmp/q/e.html"
cp "$top_srcdir/samples/wire-brief.txt" "$tmp/q/e.txt"
# distcheck's source tree is read-only, and so would the copies be.
chmod u+w "$tmp/q/e.html" "$tmp/q/e.txt"
"$GALLEY" annotate "$tmp/q/e.html" --range 0:5 --tag y >/dev/null || fail "annotate e.html"
(cd "$tmp/q" && exec "$GALLEY" export --format=brat -o . e.html) >"$tmp/o" 2>"$tmp/err"
check "brat -o .: refused (exit 2)" test $? -eq 2
check "brat -o .: the other article kept" cmp -s "$tmp/q/e.txt" "$top_srcdir/samples/wire-brief.txt"
check "brat -o .: the file named" grep -q "e.txt: exists with other text; not overwritten" "$tmp/err"
check "brat -o .: no .ann without its .txt" test ! -e "$tmp/q/e.ann"
printf 'short\n' >"$tmp/q/e.txt"
expect_status 2 "brat -o DIR over a shorter article: refused" "$GALLEY" export --format=brat -o "$tmp/q" "$tmp/q/e.html"
check "brat -o DIR: the shorter article kept" grep -qx short "$tmp/q/e.txt"
rm "$tmp/q/e.txt"
expect_status 0 "brat: a first export" "$GALLEY" export --format=brat -o "$tmp/q" "$tmp/q/e.html"
expect_status 0 "brat: the same export again replaces its own .txt" "$GALLEY" export --format=brat -o "$tmp/q" "$tmp/q/e.html"

# A refused write (the target is a directory; as root, permissions
# refuse nothing): one message naming the file and the cause, exit 2,
# nothing written, and no word of what the format could not hold, as
# nothing was written.  Standard output that cannot be written too.
mkdir -p "$tmp/refused/story.jsonl"
expect_status 2 "refused: exits 2" "$GALLEY" export --format=jsonl -o "$tmp/refused" "$art"
check "refused: one message" test "$(wc -l <"$tmp/err")" -eq 1
check "refused: it names the file and the cause" \
    grep -q "^galley: $tmp/refused/story.jsonl: is not a regular file; not replaced" "$tmp/err"
check "refused: nothing else in the directory" \
    test "$(ls -A "$tmp/refused" | grep -v '^\.story\.jsonl\.lock$')" = story.jsonl
# The same with an orphaned annotation: it was not "left out" of a file
# never written, so only the refusal is said.
mkdir "$tmp/orph" "$tmp/orph-out"
printf 'A title\n\nThe pier was rebuilt in the spring by the town.\n' >"$tmp/orph/o.txt"
"$GALLEY" annotate "$tmp/orph/o.txt" --quote 'rebuilt' --tag x >/dev/null || fail "annotate orph"
printf 'A title\n\nNothing of the kind happened here at all.\n' >"$tmp/orph/o.txt"
expect_status 0 "orphan: written" "$GALLEY" export --format=jsonl -o "$tmp/orph-out" "$tmp/orph/o.txt"
check "orphan: said when the file is written" grep -q "1 orphaned annotation not exported" "$tmp/err"
mkdir -p "$tmp/orph-refused/o.jsonl"
expect_status 2 "orphan, refused: exits 2" "$GALLEY" export --format=jsonl -o "$tmp/orph-refused" "$tmp/orph/o.txt"
check "orphan, refused: one message" test "$(wc -l <"$tmp/err")" -eq 1
"$GALLEY" export --format=jsonl "$art" >/dev/full 2>"$tmp/err"
check "full standard output: exits 2" test $? -eq 2
check "full standard output: one message" test "$(wc -l <"$tmp/err")" -eq 1
# An empty -o: said as such, not as "galley: : No such file".
for o in "-o" "--output="; do
	if [ "$o" = "-o" ]; then set -- -o ""; else set -- --output=; fi
	expect_status 2 "$o '': a usage error" "$GALLEY" export --format=csv "$@" "$art"
	check "$o '': names the problem" grep -qx "galley export: -o wants a directory name, not an empty one" "$tmp/err"
	check "$o '': nothing written" test ! -s "$tmp/out"
done

finish
