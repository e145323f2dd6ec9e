#!/bin/sh
# galley check: exit statuses, the GNU and JSON formats and their
# offsets, article versus --all, suggestions, dictionaries, word lists,
# and the rules held on the samples (typos and debris flagged, names not).
. "$top_srcdir/tests/cli/lib.sh"

# Word lists and dictionaries must come from the test, not the machine.
XDG_DATA_HOME=$tmp/xdg
export XDG_DATA_HOME
unset DICPATH
G() { run_limited 60 "$GALLEY" check "$@"; }

mkdir -p "$tmp/site"
cat >"$tmp/site/clean.txt" <<'EOT'
The port quay opens in spring

The port authority said on Tuesday that the new quay would open in the spring, after two years of delays caused by storms and a shortage of steel.
Dockworkers, who had threatened to strike over the plans, said they were satisfied with the agreement reached with the operators last week.
EOT
printf 'Home\nWorld nwes today\nSports\n\nMinister Tchiani visits the port\n\nThe minister said teh plan to rebuild the quay was ready,and that work would start in the spring after a long consultation with the unions of Niamey.\nThe the unions, who had had doubts, said they would study the plan wiht care before the vote next week in russia.\n' >"$tmp/site/typos.txt"

expect_status 0 "no problem: exit 0" G -d en_US --no-user-words "$tmp/site/clean.txt"
check "no problem: no output" test ! -s "$tmp/out"
expect_status 1 "problems: exit 1" G -d en_US --no-user-words "$tmp/site/typos.txt"
expect_status 2 "missing file: exit 2" G -d en_US "$tmp/nonexistent.txt"
check "missing file named" grep -q "^galley: $tmp/nonexistent.txt: " "$tmp/err"
expect_status 2 "missing file among good ones: exit 2" G -d en_US "$tmp/site/typos.txt" "$tmp/nonexistent.txt"
check "the good file is still checked" grep -q ': spelling: teh$' "$tmp/out"
expect_status 2 "unknown format" G --format=xml "$tmp/site/clean.txt"
expect_status 2 "no file" G
expect_status 0 "--help" G --help
check "--help shows the usage" grep -q 'Usage: galley check' "$tmp/out"
expect_status 2 "missing dictionary: exit 2" G -d xx_YY "$tmp/site/clean.txt"
check "missing dictionary names what to install" grep -q "xx_YY.*hunspell-xx-yy" "$tmp/err"

# GNU format: FILE:LINE:COL: KIND: TEXT, LINE and COL from 1, columns in
# characters.
G -d en_US --no-user-words "$tmp/site/typos.txt" >"$tmp/gnu"
f=$tmp/site/typos.txt
check "gnu: spelling with line and column" grep -qx "$f:7:19: spelling: teh" "$tmp/gnu"
check "gnu: spacing" grep -qx "$f:7:52: spacing: ready,and" "$tmp/gnu"
check "gnu: repeat, with its fix" grep -qx "$f:8:1: repeat: The the -> The" "$tmp/gnu"
check "gnu: casing, with its fix" grep -qx "$f:8:.*: casing: russia -> Russia" "$tmp/gnu"
check "gnu: names are not problems" sh -c "! grep -q 'Tchiani\|Niamey' '$tmp/gnu'"
check "gnu: legitimate doubled words are not" sh -c "! grep -q 'had had' '$tmp/gnu'"
check "gnu: the menu is not the article" sh -c "! grep -q nwes '$tmp/gnu'"
G -d en_US --no-user-words --all "$tmp/site/typos.txt" >"$tmp/all"
check "--all checks the whole page" grep -qx "$f:2:7: spelling: nwes" "$tmp/all"

# Columns count characters, not bytes.
printf 'Un titre\n\nÉté à Paris: the minister said teh plan was ready and would be published in the spring after a long consultation with the unions.\n' >"$tmp/uni.txt"
G -d en_US --no-user-words "$tmp/uni.txt" >"$tmp/uni.gnu"
check "gnu: column in characters" grep -qx "$tmp/uni.txt:3:32: spelling: teh" "$tmp/uni.gnu"

# ... and as the GNU Coding Standards say: tab stops every 8 columns,
# wide characters two columns.  JSON's col stays in code points.
printf 'Un titre\n\n\t\xe6\x97\xa5\xe6\x9c\xac: the minister said teh plan was ready and would be published in the spring after a long consultation.\n' >"$tmp/tab.txt"
G -d en_US --no-user-words "$tmp/tab.txt" >"$tmp/tab.gnu"
check "gnu: a tab and wide characters count as screen columns" \
	grep -qx "$tmp/tab.txt:3:33: spelling: teh" "$tmp/tab.gnu"
G -d en_US --no-user-words --format=json "$tmp/tab.txt" >"$tmp/tab.json"
check "json: col in code points" grep -q '"line":3,"col":24,"kind":"spelling","text":"teh"' "$tmp/tab.json"

# JSON: one object per file and line; offsets cut the text out of --raw.
G -d en_US --no-user-words --format=json "$tmp/site/typos.txt" "$tmp/uni.txt" >"$tmp/j"
check "json: one line per file" test "$(wc -l <"$tmp/j")" -eq 2
check "json: key order" grep -q '^{"file":"[^"]*","issues":\[{"start":[0-9]*,"end":[0-9]*,"line":[0-9]*,"col":[0-9]*,"kind":"[a-z]*","text":"[^"]*","suggestions":\[' "$tmp/j"
"$GALLEY" clean --raw "$tmp/uni.txt" >"$tmp/uni.raw"
"$GALLEY" clean --raw "$tmp/site/typos.txt" >"$tmp/typos.raw"
python3 - "$tmp/j" "$tmp/typos.raw" "$tmp/uni.raw" <<'PY' && pass "json: offsets, lines and columns agree with the raw text" || fail "json offsets"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for line, raw in zip(lines, sys.argv[2:]):
    text = open(raw, encoding="utf-8").read()
    o = json.loads(line)
    assert o["issues"], o
    for i in o["issues"]:
        assert text[i["start"]:i["end"]] == i["text"], i
        before = text[:i["start"]]
        assert i["line"] == before.count("\n") + 1, i
        assert i["col"] == len(before) - (before.rfind("\n") + 1) + 1, i
        assert isinstance(i["suggestions"], list)
PY
printf 'bin\000\001\002\003\000\000\377\376\000ary' >"$tmp/binary.txt"
G -d en_US --no-user-words --format=json "$tmp/site/clean.txt" "$tmp/binary.txt" >"$tmp/j2"
check "json: a clean file has an empty list" grep -q '"issues":\[\]' "$tmp/j2"
check "json: a failed file has an error" grep -q '"error":' "$tmp/j2"

# Suggestions only on demand.
check "no Hunspell suggestions by default" grep -qx "$f:7:19: spelling: teh" "$tmp/gnu"
G -d en_US --no-user-words --suggest "$tmp/site/typos.txt" >"$tmp/sugg"
check "--suggest: Hunspell's suggestions" grep -q "^$f:7:19: spelling: teh -> .*\bthe\b" "$tmp/sugg"

# A word one letter from a common word is a misspelling of it, though it
# splits into two words (intern atonal); run-together words are splits.
printf 'Typos Headline Here\n\nThe officials said the internatonal community and the governmentofficials met on Tuesday.\n' >"$tmp/near.txt"
G -d en_US --no-user-words --suggest "$tmp/near.txt" >"$tmp/near.out"
check "a slip is no split" grep -qx "$tmp/near.txt:3:24: spelling: internatonal -> international" "$tmp/near.out"
check "a run-together word is a split" grep -qx "$tmp/near.txt:3:55: split: governmentofficials -> government officials" "$tmp/near.out"
G -d en_US --no-user-words --format=json "$tmp/near.txt" >"$tmp/near.json"
check "json: a slip is no split" grep -q '"kind":"spelling","text":"internatonal"' "$tmp/near.json"

# Two of the commonest words run together: a split, "in the" first.
printf 'Typos Headline Here\n\nHe lived inthe city for years.\n' >"$tmp/inthe.txt"
G -d en_US --no-user-words --suggest "$tmp/inthe.txt" >"$tmp/inthe.out"
check "inthe is in the" grep -qx "$tmp/inthe.txt:3:10: split: inthe -> in the" "$tmp/inthe.out"
# So at a sentence start, the capital kept (QA 40, F6).
printf 'Typos Headline Here\n\nInthe end they left. Ofthe two plans, one won.\n' >"$tmp/inthe-cap.txt"
G -d en_US --no-user-words --suggest "$tmp/inthe-cap.txt" >"$tmp/inthe-cap.out"
check "Inthe is In the" grep -qx "$tmp/inthe-cap.txt:3:1: split: Inthe -> In the" "$tmp/inthe-cap.out"
check "Ofthe is Of the" grep -qx "$tmp/inthe-cap.txt:3:22: split: Ofthe -> Of the" "$tmp/inthe-cap.out"

# A long capitalised word one slip inside it from a common word is a slip
# in mid-sentence too, whatever its vowels; names are not.
printf 'Typos Headline Here\n\nOfficials said the Managment of the firm met Marko in Lagos.\n' >"$tmp/midcap.txt"
G -d en_US --no-user-words --suggest "$tmp/midcap.txt" >"$tmp/midcap.out"
check "a long capitalised slip in mid-sentence" grep -qx "$tmp/midcap.txt:3:20: spelling: Managment -> Management.*" "$tmp/midcap.out"
check "names beside it are not slips" test "$(wc -l <"$tmp/midcap.out")" -eq 1

# Two dictionaries: both spellings.
printf 'A title\n\nThe harbour authority will organize a meeting about the color of the neighbouring quays and the honor of the crews, said the harbor master.\n' >"$tmp/gbus.txt"
expect_status 1 "en_US alone: mixed spellings are inconsistent" G -d en_US --no-user-words "$tmp/gbus.txt"
check "harbour inconsistent beside harbor" grep -q 'consistency: harbour -> harbor' "$tmp/out"
check "no British word is a misspelling" sh -c "! grep -q 'spelling:' '$tmp/out'"
printf 'A title\n\nThe harbour authority criticised the colour of the neighbouring quays.\n' >"$tmp/gb.txt"
expect_status 0 "consistent British copy is clean under en_US" G -d en_US --no-user-words "$tmp/gb.txt"
expect_status 0 "-d en_US,en_GB accepts both" G -d en_US,en_GB --no-user-words "$tmp/gbus.txt"

# DICPATH is honoured as hunspell does.
mkdir -p "$tmp/dicts"
for d in /usr/share/hunspell /usr/share/myspell; do
	if [ -r "$d/en_US.aff" ]; then
		cp "$d/en_US.aff" "$tmp/dicts/zz_ZZ.aff"
		cp "$d/en_US.dic" "$tmp/dicts/zz_ZZ.dic"
		break
	fi
done
expect_status 1 "DICPATH: a dictionary found there" env DICPATH="$tmp/dicts" "$GALLEY" check -d zz_ZZ --no-user-words "$tmp/site/typos.txt"
expect_status 2 "without DICPATH it is missing" G -d zz_ZZ --no-user-words "$tmp/site/typos.txt"

# Word lists: the project list beside the file, the personal list, and
# --no-user-words ignoring both.
printf '# project words\nwiht\n' >"$tmp/site/.galley-words"
mkdir -p "$XDG_DATA_HOME/galley"
printf 'teh\n' >"$XDG_DATA_HOME/galley/words"
G -d en_US "$tmp/site/typos.txt" >"$tmp/lists"
check "project list accepted" sh -c "! grep -q wiht '$tmp/lists'"
check "personal list accepted" sh -c "! grep -q ': teh' '$tmp/lists'"
check "other problems still found" grep -q 'russia' "$tmp/lists"
G -d en_US --no-user-words "$tmp/site/typos.txt" >"$tmp/nolists"
check "--no-user-words ignores the project list" grep -q ': wiht' "$tmp/nolists"
check "--no-user-words ignores the personal list" grep -q ': teh' "$tmp/nolists"
# Root reads it anyway: then as user nobody (lib.sh).
unprivileged_setup
chmod 000 "$XDG_DATA_HOME/galley/words"
must_bite "unreadable personal list" cat "$XDG_DATA_HOME/galley/words"
expect_status 2 "unreadable personal list: exit 2" unprivileged timeout -k 5 60 "$GALLEY_U" check -d en_US "$tmp/site/clean.txt"
check "unreadable personal list named" grep -q "galley/words" "$tmp/err"
chmod 644 "$XDG_DATA_HOME/galley/words"
rm -f "$tmp/site/.galley-words" "$XDG_DATA_HOME/galley/words"

# Hostile text: terminal escapes are printed visibly, never raw.
printf 'A title\n\nThe minister said \033[31mteh\033[0m plan was ready and that the vote would be held next week.\n' >"$tmp/esc.txt"
G -d en_US --no-user-words --all "$tmp/esc.txt" >"$tmp/esc.out"
check "no escape character in the output" sh -c "! grep -q \"$(printf '\033')\" '$tmp/esc.out'"

# Long lines, debris everywhere: no hang, a clean exit.
python3 -c '
import sys
sys.stdout.buffer.write(b"A title\n\n" + b"< strong >>x< / li >&nbsp;tdstyle;a:b [mc4wp_form id=\"1\"] a,b c .d  e \xc3\xa2\xe2\x82\xac\xe2\x84\xa2 <<<>>> [[[ &&& ;;; " * 20000 + b"\n")
' >"$tmp/debris.txt"
expect_status 1 "debris: finishes" G -d en_US --no-user-words --all "$tmp/debris.txt"
check "debris: markup found" grep -q ': markup: < / li >$' "$tmp/out"
check "debris: mojibake repaired" grep -q ': mojibake: â€™ -> ’$' "$tmp/out"
head -c 3000000 /dev/zero | tr '\0' 'a' >"$tmp/longword.txt"
expect_status 1 "a 3 MB word: finishes" G -d en_US --no-user-words --all "$tmp/longword.txt"

# HTML: the GNU format gives the page's own line and column (vim -q opens
# the source), past a tab, an entity, a curly quote and a line break
# inside a paragraph; JSON keeps the decoded text's.
printf '<!DOCTYPE html>\n<html>\n<head><title>Port news</title></head>\n<body>\n<article>\n\t<h1>Port headline</h1>\n\t<p>The minister said that &ldquo;the work&rdquo; was ready\n\t   and the port\xe2\x80\x99s teh quay would open.</p>\n\t<p>Tom &amp; Jerry said wiht pride that they agreed.</p>\n</article>\n</body>\n</html>\n' >"$tmp/port.html"
expect_status 1 "html: problems found" G -d en_US --no-user-words "$tmp/port.html"
check "html gnu: source line and column after a line break" grep -qF "$tmp/port.html:8:27: spelling: teh" "$tmp/out"
check "html gnu: source column after an entity" grep -qF "$tmp/port.html:9:33: spelling: wiht" "$tmp/out"
expect_status 1 "html json" G -d en_US --no-user-words --format=json "$tmp/port.html"
check "html json: decoded line and column" grep -q '"line":2,"col":[0-9]*,"kind":"spelling","text":"teh"' "$tmp/out"

# A paragraph whose text starts with an entity is placed at that entity,
# not at the end of the paragraph before (QA 40, F5).
printf '<html><body>\n  <p>The first paragraph of the page.</p>\n  <p>&lt; strong &gt; Djoliba was suspended.</p>\n  <p>\t&#8220;Tje talks, &amp; &amp;&amp; wiht.</p>\n</body></html>\n' >"$tmp/ent.html"
expect_status 1 "html entity start: problems found" G -d en_US --no-user-words "$tmp/ent.html"
check "html gnu: a paragraph that starts with an entity" grep -qF "$tmp/ent.html:3:6: markup: < strong >" "$tmp/out"
check "html gnu: after entities after a space" grep -qF "$tmp/ent.html:4:44: spelling: wiht" "$tmp/out"

# The samples: every typo, debris and spacing error in the articles is
# flagged, and no name is.
S=$top_srcdir/samples
G -d en_US,en_GB --no-user-words "$S" >"$tmp/samples.out"
for want in \
	'sahel-intelligence.txt:37:116: spelling: teh' \
	'sahel-intelligence.txt:37:136: spelling: wiht' \
	'sahel-intelligence.txt:37:413: spelling: goverment' \
	'sahel-intelligence.txt:39:283: spacing: region.As' \
	'sahel-intelligence.txt:56:5: markup: < / ul >' \
	'sahel-intelligence.txt:58:37: spelling: recieve' \
	'sahel-intelligence.txt:62:22: spacing: Sahel ,' \
	'sahel-intelligence.txt:62:286: spacing: ready,this' \
	'koulanta-fuel.txt:52:104: markup: < strong >>' \
	'koulanta-fuel.txt:52:250: markup: < / strong >' \
	'junta-utf16.txt:52:301: spacing: troops.Critics' \
	'junta-utf16.txt:52:324: spelling: goverment' \
	'sorghum-study.txt:34:203: spacing: together.Finding' \
	'port-strike-cp1252.txt:36:143: spelling: recieve' \
	'football-crlf.txt:33:259: spelling: teh' \
	'ecowas-summit.html:81:233: spelling: teh'; do
	check "samples: $want" grep -qF "$S/$want" "$tmp/samples.out"
done
check "samples: no capitalised word flagged as a misspelling" sh -c "! grep -q ': spelling: [[:upper:]]' '$tmp/samples.out'"
check "samples: no casing or split problem in the articles" sh -c "! grep -q ': casing: \|: split: ' '$tmp/samples.out'"
for name in Djoliba Koulanta Sangare Sangaré Kadiatou Velden; do
	check "samples: $name is a name" sh -c "! grep -q '$name' '$tmp/samples.out'"
done
G -d en_US,en_GB --no-user-words --all "$S" >"$tmp/samples-all.out"
check "samples --all: the shortcode" grep -qF "$S/wire-brief.txt:37:1: markup: [mc4wp_form id=\"412\"]" "$tmp/samples-all.out"
check "samples --all: the share bar" grep -q 'split: FacebookShare -> Facebook Share' "$tmp/samples-all.out"
check "samples --all: debris in a list" grep -qF "$S/sahel-intelligence.txt:53:110: markup: < / li >" "$tmp/samples-all.out"

# A page of a few words says too little to name its language: two
# Danish stop words ("the", "dog") against one English made this one
# Danish, and the proofreader skipped it.  A Danish sentence is still
# Danish (no English spelling problems, "language" Danish).
printf 'Title\n\nthe big cat saw teh dog.\n' >"$tmp/short.txt"
expect_status 1 "a short page" "$GALLEY" check --no-user-words "$tmp/short.txt"
check "a short page: teh flagged" grep -q 'short.txt:3:17: spelling: teh' "$tmp/out"
printf 'Titel\n\nDet er en god dag i dag, og vi skal ud at se byen.\n' >"$tmp/dansk.txt"
expect_status 0 "a Danish sentence" "$GALLEY" check --no-user-words "$tmp/dansk.txt"
expect_status 0 "a Danish sentence: json" "$GALLEY" entities --format=json "$tmp/dansk.txt"
check "a Danish sentence: Danish" grep -q '"language":"Danish"' "$tmp/out"
# An option that takes one value, given twice with different values, is
# a usage error that names it (-d en_US -d en_GB checked en_GB alone);
# the same value twice is that value.
expect_status 2 "-d twice" G -d en_US -d en_GB --no-user-words "$tmp/gbus.txt"
check "-d twice: said" grep -q "^galley check: -d is given twice, with different values" "$tmp/err"
check "-d twice: nothing checked" test ! -s "$tmp/out"
expect_status 2 "--format twice" G -d en_US --format=json --format=gnu "$tmp/site/clean.txt"
check "--format twice: said" grep -q "^galley check: --format is given twice" "$tmp/err"
expect_status 0 "-d twice the same" G -d en_US -d en_US --no-user-words "$tmp/site/clean.txt"
finish
