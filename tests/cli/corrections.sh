#!/bin/sh
# The corrections layer (z= in the reader) on the batch side: galley check
# --format=json reports the chosen correction, galley clean --corrected
# writes the corrected article or a unified diff that patch applies; a
# stale correction is dropped, a damaged file named with its line, and
# the article itself never changes.
. "$top_srcdir/tests/cli/lib.sh"

XDG_DATA_HOME=$tmp/xdg
export XDG_DATA_HOME
unset DICPATH

mkdir -p "$tmp/site"
cat >"$tmp/site/a.txt" <<'EOT'
The port quay opens in spring

The port authority said on Tuesday that teh new quay would open in the spring, after two years of delays caused by storms and a shortage of steel.
Dockworkers, who had threatened to strike over the plans, said they were satisfied wiht the agreement reached with the operators last week.
EOT
cp "$tmp/site/a.txt" "$tmp/a.orig"
a=$tmp/site/a.txt
# The offsets of teh and wiht, as galley check gives them.
expect_status 1 "check finds both" "$GALLEY" check -d en_US --no-user-words --format=json "$a"
teh=$(sed 's/.*"start":\([0-9]*\),"end":\([0-9]*\),[^}]*"text":"teh".*/\1 \2/' "$tmp/out")
wiht=$(sed 's/.*"start":\([0-9]*\),"end":\([0-9]*\),[^}]*"text":"wiht".*/\1 \2/' "$tmp/out")
set -- $teh $wiht
printf '# galley corrections 1\n%s\t%s\tteh\tthe\n%s\t%s\twiht\twith\n' "$1" "$2" "$3" "$4" >"$a.corrections"

expect_status 1 "check with corrections" "$GALLEY" check -d en_US --no-user-words --format=json "$a"
check "json: the chosen correction of teh" grep -q '"text":"teh","suggestions":\[[^]]*\],"correction":"the"' "$tmp/out"
check "json: and of wiht" grep -q '"text":"wiht","suggestions":\[[^]]*\],"correction":"with"' "$tmp/out"
# GNU: the chosen correction after "->", as the man page says; with
# --suggest first among the suggestions.
expect_status 1 "check gnu with corrections" "$GALLEY" check -d en_US --no-user-words "$a"
check "gnu: the chosen correction of teh" grep -q ": spelling: teh -> the$" "$tmp/out"
check "gnu: and of wiht" grep -q ": spelling: wiht -> with$" "$tmp/out"
printf '# galley corrections 1\n%s\t%s\tteh\tThe\n' "$1" "$2" >"$a.corrections"
expect_status 1 "check gnu --suggest with a correction" "$GALLEY" check -d en_US --no-user-words --suggest "$a"
check "gnu --suggest: the chosen one first" grep -q ": spelling: teh -> The, " "$tmp/out"
check "gnu --suggest: said once" sh -c "test \$(grep ': spelling: teh' '$tmp/out' | grep -o 'The\b' | wc -l) -eq 1"
printf '# galley corrections 1\n%s\t%s\tteh\tthe\n%s\t%s\twiht\twith\n' "$1" "$2" "$3" "$4" >"$a.corrections"
expect_status 0 "clean --corrected" "$GALLEY" clean --corrected "$a"
check "the corrected article" grep -q "that the new quay" "$tmp/out"
check "both words" grep -q "satisfied with the agreement" "$tmp/out"
check "nothing else changed" test "$(grep -c teh "$tmp/out")" -eq 0
expect_status 0 "clean --corrected --format=json" "$GALLEY" clean --corrected --format=json "$a"
check "json body corrected" grep -q '"body":"The port authority said on Tuesday that the new quay' "$tmp/out"
expect_status 0 "clean --corrected=diff" "$GALLEY" clean --corrected=diff "$a"
check "a unified diff" grep -q "^-The port authority said on Tuesday that teh" "$tmp/out"
check "with its + line" grep -q "^+The port authority said on Tuesday that the new" "$tmp/out"
cp "$tmp/out" "$tmp/diff"
cp "$a" "$tmp/patched.txt"
check "patch applies it" patch -s "$tmp/patched.txt" "$tmp/diff"
check "to the corrected text" grep -q "satisfied with the agreement" "$tmp/patched.txt"
check "an absolute path named as git does (a/tmp/..., not a//tmp/...)" \
    grep -q "^--- a/${a#/}\$" "$tmp/diff"
(cd "$tmp/site" && "$GALLEY" clean --corrected=diff a.txt) >"$tmp/rel.diff" 2>"$tmp/err"
mkdir "$tmp/p1" && cp "$a" "$tmp/p1/a.txt"
check "patch -p1 applies a relative one" sh -c "cd '$tmp/p1' && patch -s -p1 <'$tmp/rel.diff'"
check "to the corrected text (-p1)" grep -q "satisfied with the agreement" "$tmp/p1/a.txt"
check "the article is never changed" cmp -s "$a" "$tmp/a.orig"
expect_status 2 "clean --corrected=xml: a usage error" "$GALLEY" clean --corrected=xml "$a"

# The article changed: the correction whose word is gone is dropped.
sed 's/teh new/the new/' "$tmp/a.orig" >"$a"
expect_status 0 "stale correction" "$GALLEY" clean --corrected=diff "$a"
check "only the correction still in place" test "$(grep -c '^-' "$tmp/out")" -eq 2
check "is wiht's" grep -q "^+Dockworkers.*satisfied with" "$tmp/out"

# A line added above a word that is in several places: the corrections
# follow the shift they share; one whose word is no longer at its
# shifted place is not applied, and said.
printf 'Council story\n\nThe council met wiht the mayor on Monday.\n\nThe mayor left wiht the papers on Friday.\n' >"$tmp/site/s.txt"
printf '# galley corrections 1\n31\t35\twiht\twith\n73\t77\twiht\twith\n' >"$tmp/site/s.txt.corrections"
sed -i '1a UPDATE: adds detail.' "$tmp/site/s.txt"
expect_status 0 "a line added above" "$GALLEY" clean --corrected "$tmp/site/s.txt"
check "both corrections follow it" test "$(grep -c ' with the' "$tmp/out")" -eq 2
check "nothing said" test ! -s "$tmp/err"
sed -i 's/left wiht/left with/' "$tmp/site/s.txt"
expect_status 0 "one word gone" "$GALLEY" clean --corrected "$tmp/site/s.txt"
check "the other still corrected" grep -q "met with the mayor" "$tmp/out"
check "the one not applied is said" grep -q "^galley: $tmp/site/s.txt: 1 correction no longer matches the text: wiht -> with\$" "$tmp/err"
expect_status 1 "check: the word still to correct" "$GALLEY" check "$tmp/site/s.txt"
check "check says it too" grep -q "^galley: $tmp/site/s.txt: 1 correction no longer matches the text: wiht -> with\$" "$tmp/err"

# --corrected=diff applies with patch(1) to the file as it is: its last
# line without a newline, a name with spaces, CRLF line ends, a
# Windows-1252 file; a UTF-16 one is refused, and said.
# correct FILE WORD FIX: a .corrections file for WORD's first place in
# FILE's decoded text.
correct() {
	"$GALLEY" clean --raw "$1" >"$tmp/raw" &&
	python3 - "$tmp/raw" "$2" "$3" >"$1.corrections" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
at = text.index(sys.argv[2])
print("# galley corrections 1\n%d\t%d\t%s\t%s" % (at, at + len(sys.argv[2]), sys.argv[2], sys.argv[3]))
PY
}
# patches NAME FILE: the diff of FILE applies to a copy of it with
# patch -p1, to the corrected text; the copy is left in $tmp/p/NAME.
patches() {
	rm -rf "$tmp/p" && mkdir "$tmp/p" && cp "$2" "$tmp/p/$(basename "$2")" &&
	(cd "$(dirname "$2")" && "$GALLEY" clean --corrected=diff "$(basename "$2")") >"$tmp/d.diff" &&
	(cd "$tmp/p" && patch -s -p1 -i "$tmp/d.diff" >/dev/null 2>&1)
	check "$1: patch applies the diff" test $? -eq 0
}
printf 'Title\n\nResidents were told to recieve aid with help.' >"$tmp/site/n.txt"
correct "$tmp/site/n.txt" recieve receive
patches "no newline at the end" "$tmp/site/n.txt"
printf 'Title\n\nResidents were told to receive aid with help.' >"$tmp/want"
check "no newline at the end: corrected, still none" cmp -s "$tmp/p/n.txt" "$tmp/want"
cp "$tmp/site/n.txt" "$tmp/site/with spaces.txt"
correct "$tmp/site/with spaces.txt" recieve receive
patches "a name with spaces" "$tmp/site/with spaces.txt"
check "a name with spaces: corrected" grep -q "told to receive aid" "$tmp/p/with spaces.txt"
# A tab, a newline, a quote and a backslash in a name: quoted as GNU diff
# and git quote it, which patch reads.
odd="$(printf 'odd\tname\nwith \"q\" and \\.txt')"
cp "$tmp/site/n.txt" "$tmp/site/$odd"
correct "$tmp/site/$odd" recieve receive
patches "a name with a tab and a newline" "$tmp/site/$odd"
check "the name quoted" grep -qxF -e '--- "a/odd\tname\nwith \"q\" and \\.txt"' "$tmp/d.diff"
check "a name with a tab and a newline: corrected" grep -q "told to receive aid" "$tmp/p/$odd"
printf 'Title\r\n\r\nThe mayor met wiht the council.\r\nNothing else.\r\n' >"$tmp/site/crlf.txt"
correct "$tmp/site/crlf.txt" wiht with
patches "CRLF" "$tmp/site/crlf.txt"
printf 'Title\r\n\r\nThe mayor met with the council.\r\nNothing else.\r\n' >"$tmp/want"
check "CRLF: corrected, its line ends kept" cmp -s "$tmp/p/crlf.txt" "$tmp/want"
# caf\xe9 and \x93quotes\x94 in Windows-1252, a fix with a character of it.
printf 'Title\n\nThe caf\351 said \223teh\224 plan was ready.\n' >"$tmp/site/w.txt"
correct "$tmp/site/w.txt" teh "$(printf 'th\303\251')"
patches "Windows-1252" "$tmp/site/w.txt"
printf 'Title\n\nThe caf\351 said \223th\351\224 plan was ready.\n' >"$tmp/want"
check "Windows-1252: corrected in its encoding" cmp -s "$tmp/p/w.txt" "$tmp/want"
correct "$tmp/site/w.txt" teh "$(printf 'th\342\204\226')"
expect_status 2 "Windows-1252: a fix it cannot hold" "$GALLEY" clean --corrected=diff "$tmp/site/w.txt"
check "refused, and said" grep -q "^galley: $tmp/site/w.txt: line 3: a correction windows-1252 cannot hold; --corrected prints the corrected text instead" "$tmp/err"
check "no diff" test ! -s "$tmp/out"
printf '\377\376' >"$tmp/site/u.txt"
printf 'Title\n\nThe mayor met wiht the council.\n' | iconv -f UTF-8 -t UTF-16LE >>"$tmp/site/u.txt"
correct "$tmp/site/u.txt" wiht with
expect_status 2 "UTF-16: refused" "$GALLEY" clean --corrected=diff "$tmp/site/u.txt"
check "and said, with what to do instead" grep -q "^galley: $tmp/site/u.txt: a UTF-16 file, which patch(1) cannot apply a diff to; --corrected prints the corrected text instead" "$tmp/err"
expect_status 0 "UTF-16: --corrected" "$GALLEY" clean --corrected "$tmp/site/u.txt"
check "gives the corrected text" grep -q "met with the council" "$tmp/out"
# An HTML page: its words are in markup (split by tags, written as
# entities), where a diff of its decoded text does not apply: refused.
printf '<html><head><title>Summit</title></head>\n<body>\n<p>The leaders met wiht\n<b>the</b> council &amp; the mayor.</p>\n</body></html>\n' >"$tmp/site/h.html"
correct "$tmp/site/h.html" wiht with
expect_status 2 "HTML: refused" "$GALLEY" clean --corrected=diff "$tmp/site/h.html"
check "and said, with what to do instead" grep -q "^galley: $tmp/site/h.html: an HTML page, whose words patch(1) cannot find in its markup; --corrected prints the corrected text instead" "$tmp/err"
check "HTML: no diff" test ! -s "$tmp/out"
expect_status 0 "HTML: --corrected" "$GALLEY" clean --corrected "$tmp/site/h.html"
check "gives the corrected text" grep -q "met with" "$tmp/out"
rm "$tmp/site/h.html.corrections"
expect_status 0 "HTML: nothing corrected, nothing to refuse" "$GALLEY" clean --corrected=diff "$tmp/site/h.html"
check "HTML: an empty diff" test ! -s "$tmp/out"
expect_status 2 "--corrected=diff --format=json: refused" "$GALLEY" clean --corrected=diff --format=json "$a"
check "and said" grep -q "^galley clean: --corrected=diff writes a diff, not JSON" "$tmp/err"

# A damaged file: named with its line, the lines before it kept.
printf '# galley corrections 1\n%s\t%s\twiht\twith\nnot a correction\n' "$3" "$4" >"$a.corrections"
expect_status 2 "damaged corrections: exit 2" "$GALLEY" clean --corrected "$a"
check "named with its line" grep -q "^galley: $a.corrections:3: " "$tmp/err"
check "the lines before it kept" grep -q "satisfied with the agreement" "$tmp/out"
# A link is not followed.
rm "$a.corrections"
ln -s "$tmp/a.orig" "$a.corrections"
expect_status 2 "a link: refused" "$GALLEY" clean --corrected "$a"
check "and said" grep -q "^galley: $a.corrections: cannot read the corrections" "$tmp/err"
rm "$a.corrections"

# --raw --corrected: the whole decoded text, corrected (it printed two
# empty lines); and a correction in the title line reaches the title.
cp "$tmp/a.orig" "$a"
printf '# galley corrections 1\n%s\t%s\tteh\tthe\n' "$1" "$2" >"$a.corrections"
expect_status 0 "clean --raw --corrected" "$GALLEY" clean --raw --corrected "$a"
check "raw: every line" test "$(wc -l <"$tmp/out")" -eq "$(wc -l <"$a")"
check "raw: corrected" grep -q "said on Tuesday that the new quay" "$tmp/out"
check "raw: the heading line too" grep -q "^The port quay opens in spring$" "$tmp/out"
expect_status 0 "clean --raw --corrected --format=json" "$GALLEY" clean --raw --corrected --format=json "$a"
check "raw json: the whole text, corrected" python3 -c "
import json, sys
d = json.loads(open(sys.argv[1]).readline())
assert d['body'].startswith('The port quay opens in spring'), d['body'][:40]
assert 'that the new quay' in d['body']" "$tmp/out"
sed 's/The port quay opens/The port qauy opens/' "$tmp/a.orig" >"$a"
printf '# galley corrections 1\n9\t13\tqauy\tquay\n' >"$a.corrections"
expect_status 0 "a correction in the title" "$GALLEY" clean --corrected "$a"
check "the title corrected" grep -q "^The port quay opens in spring$" "$tmp/out"
expect_status 0 "a correction in the title, json" "$GALLEY" clean --corrected --format=json "$a"
check "json: the title corrected" grep -q '"title": *"The port quay opens in spring"' "$tmp/out"
finish
