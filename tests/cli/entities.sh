#!/bin/sh
# galley entities: TSV and JSON shapes, code point offsets, article versus
# --all, the index across files (--corpus), decisions in .galley-entities
# (--merge, --split, --type, --not-entity), and bad input.
. "$top_srcdir/tests/cli/lib.sh"

mkdir -p "$tmp/load"
cat >"$tmp/load/a.txt" <<'EOT'
Home
Weather in Lagos
Contact

Niger junta ends military pact

General Abdourahamane Tchiani’s government said on Tuesday, May 6, 2025 that the pact signed with Russia had expired and would not be renewed by Niamey.
However, Tchiani told reporters that the Economic Community of West African States was still welcome to send observers to the Sahel region.
Russian officials declined to comment on the decision, which the Kremlin described as a matter for the Nigerien authorities.
EOT
cat >"$tmp/load/b.txt" <<'EOT'
Home
Weather in Lagos
Contact

Ségolène Dupont on the Nigér crisis

Analysts said Abdourahamane Tiani had long planned the break with Russia, and that ECOWAS had been warned by Tiani in private talks.
Despite the rupture, Vladimir Putin still expects Niger to buy grain, and Putin said so to his ministers after meeting Ségolène Dupont.
EOT

# TSV: seven columns, offsets are code points into the decoded text.
expect_status 0 "tsv runs" "$GALLEY" entities "$tmp/load/a.txt" "$tmp/load/b.txt"
cp "$tmp/out" "$tmp/ents.tsv"
check "tsv has seven columns" awk -F '\t' 'NF != 7 { exit 1 }' "$tmp/ents.tsv"
check "title not part of the span, possessive left out" \
	grep -q "	PERSON	Abdourahamane Tchiani	" "$tmp/ents.tsv"
check "both spellings in one group" sh -c "grep '	Abdourahamane Tiani	' '$tmp/ents.tsv' | cut -f7 | grep -qx 'Abdourahamane T[c]*h*iani'"
tiani=$(grep "	Abdourahamane Tiani	" "$tmp/ents.tsv" | cut -f7)
tchiani=$(grep "	Abdourahamane Tchiani	" "$tmp/ents.tsv" | cut -f7)
check "transliterations share a canonical name" test "$tiani" = "$tchiani"
check "surname grouped under the full name" grep -q "	PERSON	Putin	Vladimir Putin$" "$tmp/ents.tsv"
check "acronym grouped under its expansion" grep -q "	ORG	ECOWAS	Economic Community of West African States$" "$tmp/ents.tsv"
check "accents grouped" grep -q "	GPE	Nigér	Niger$" "$tmp/ents.tsv"
check "NORP" grep -q "	NORP	Nigerien	" "$tmp/ents.tsv"
check "LOC" grep -q "	LOC	Sahel	" "$tmp/ents.tsv"
check "DATE" grep -q "	DATE	Tuesday, May 6, 2025	" "$tmp/ents.tsv"
check "no sentence-initial word tagged" sh -c "! grep -q '	However\|	Despite\|	Analysts' '$tmp/ents.tsv'"
check "menu left out without --all" sh -c "! grep -q '	Lagos	' '$tmp/ents.tsv'"
"$GALLEY" entities --all "$tmp/load/a.txt" "$tmp/load/b.txt" >"$tmp/all.tsv"
check "--all includes the menu" grep -q "	GPE	Lagos	Lagos$" "$tmp/all.tsv"

"$GALLEY" clean --raw "$tmp/load/b.txt" >"$tmp/b.raw"
"$GALLEY" entities --format=json "$tmp/load/b.txt" >"$tmp/b.json"
python3 - "$tmp/b.raw" "$tmp/b.json" <<'PY' && pass "json offsets, line and col are code points into the raw text" || fail "json offsets"
import json, sys
raw = open(sys.argv[1], encoding="utf-8").read()
lines = raw.split("\n")
doc = json.loads(open(sys.argv[2], encoding="utf-8").read())
assert list(doc) == ["file", "language", "entities"], list(doc)
assert doc["language"] in ("English", None), doc["language"]
assert doc["entities"], "no entities"
for e in doc["entities"]:
    assert list(e) == ["start", "end", "line", "col", "type", "text", "canonical", "score"], list(e)
    assert e["score"] is None or 0 <= e["score"] < 1, e
    assert raw[e["start"]:e["end"]] == e["text"], e
    line = lines[e["line"] - 1]
    assert line[e["col"] - 1:e["col"] - 1 + len(e["text"])] == e["text"], e
assert any(e["text"] == "Ségolène Dupont" for e in doc["entities"])
PY

# The index across files.
"$GALLEY" entities --corpus --format=json "$tmp/load" >"$tmp/corpus.json"
python3 - "$tmp/corpus.json" <<'PY' && pass "corpus index: variants, files, why" || fail "corpus index"
import json, sys
ents = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for e in ents:
    assert list(e) == ["canonical", "type", "variants", "files", "why"], list(e)
by = {v: e for e in ents for v in e["variants"]}
t = by["Tiani"]
assert t is by["Tchiani"] is by["Abdourahamane Tiani"] is by["Abdourahamane Tchiani"], t
assert t["type"] == "PERSON"
assert sorted(f.rsplit("/", 1)[1] for f in t["files"]) == ["a.txt", "b.txt"], t
assert sum(t["files"].values()) == 4, t
assert any("spellings of one name" in w for w in t["why"]), t
assert by["ECOWAS"]["canonical"] == "Economic Community of West African States"
assert by["Niger"] is by["Nigér"]
PY
"$GALLEY" entities --corpus "$tmp/load" >"$tmp/corpus.tsv"
check "corpus tsv: a row per variant" grep -q "^Vladimir Putin	PERSON	Putin	1	1$" "$tmp/corpus.tsv"
check "corpus tsv: the full name's row" grep -q "^Vladimir Putin	PERSON	Vladimir Putin	1	1$" "$tmp/corpus.tsv"

# Decisions: --split and --merge are kept in .galley-entities and
# honoured by later runs.
expect_status 0 "--split runs" "$GALLEY" entities --split Tiani "$tmp/load/a.txt" "$tmp/load/b.txt"
check "split recorded" grep -qx "split	Tiani" "$tmp/load/.galley-entities"
"$GALLEY" entities "$tmp/load/b.txt" >"$tmp/split.tsv"
check "split honoured later" grep -q "	PERSON	Tiani	Tiani$" "$tmp/split.tsv"
expect_status 0 "--merge runs" "$GALLEY" entities --merge Russia Niger "$tmp/load/b.txt"
check "merge recorded" grep -qx "merge	Russia	Niger" "$tmp/load/.galley-entities"
check "merge honoured in the same run" sh -c "grep '	GPE	Russia	' '$tmp/out' | cut -f7 | grep -qx 'Russia\|Niger'"
"$GALLEY" entities --corpus --format=json "$tmp/load" >"$tmp/merged.json"
check "merge reason shown" grep -q '"why":\[[^]]*merged by the user' "$tmp/merged.json"
# A decision about a name these files do not mention takes effect
# nowhere here: it is refused with the reason, as in the reader, and not
# recorded (a stray line would change later loads of other files).
for opt in "--split Qwzxv" "--not-entity Qwzxv" "--type Qwzxv=ORG" \
    "--merge Qwzxv Niger" "--merge Niger Qwzxv"; do
	cp "$tmp/load/.galley-entities" "$tmp/dec.before"
	expect_status 0 "$opt, a name these files do not mention" "$GALLEY" entities $opt "$tmp/load/b.txt"
	check "$opt: refused with the reason" grep -qx "galley: no entity called 'Qwzxv' in these files; nothing recorded" "$tmp/err"
	check "$opt: nothing recorded" cmp -s "$tmp/load/.galley-entities" "$tmp/dec.before"
	check "$opt: the table printed" grep -q "	GPE	Niger	" "$tmp/out"
done
# These files are the ones given: a name only another file of the
# directory mentions is refused too, and the decisions beside it stand.
expect_status 0 "a name only another file mentions" "$GALLEY" entities --not-entity Niamey --not-entity "Ségolène Dupont" "$tmp/load/b.txt"
check "that name refused" grep -qx "galley: no entity called 'Niamey' in these files; nothing recorded" "$tmp/err"
check "that name not recorded" sh -c "! grep -q Niamey '$tmp/load/.galley-entities'"
check "the next decision recorded" grep -qx "notentity	Ségolène Dupont" "$tmp/load/.galley-entities"
printf 'split\tTiani\nfuse\tA\tB\n' >"$tmp/load/.galley-entities"
expect_status 2 "malformed decisions file" "$GALLEY" entities "$tmp/load/a.txt"
check "malformed file named with its line" grep -q "galley: .*/.galley-entities: line 2" "$tmp/err"
# A damaged file is not rewritten (its bad line would be kept under a
# decision that seems to take): the decision is not saved, and said so,
# and no table is printed that would pass for one with it.
cp "$tmp/load/.galley-entities" "$tmp/dec.damaged"
expect_status 2 "--merge beside a malformed line: refused" "$GALLEY" entities --merge Russia Niger "$tmp/load/b.txt"
check "--merge beside a malformed line: said not saved" grep -q "galley: .*/.galley-entities: line 2: .*; the damaged file is left as it is; the decision was not saved" "$tmp/err"
check "--merge beside a malformed line: the file left as it is" cmp -s "$tmp/load/.galley-entities" "$tmp/dec.damaged"
check "--merge beside a malformed line: no table" test ! -s "$tmp/out"
printf 'split\tTiani\nmerge\tA\000\tB\n' >"$tmp/load/.galley-entities"
cp "$tmp/load/.galley-entities" "$tmp/dec.damaged"
expect_status 2 "--merge beside a NUL byte: refused" "$GALLEY" entities --merge Russia Niger "$tmp/load/b.txt"
check "--merge beside a NUL byte: said not saved" grep -q "line 2: .*the decision was not saved" "$tmp/err"
check "--merge beside a NUL byte: the file left as it is" cmp -s "$tmp/load/.galley-entities" "$tmp/dec.damaged"
rm "$tmp/load/.galley-entities"
# A file that cannot be written (its lock cannot be made, as in a
# read-only directory): said not saved, exit 2, no table.
rm -f "$tmp/load/.galley-entities.lock"
mkdir "$tmp/load/.galley-entities.lock"
expect_status 2 "--merge that cannot be saved: fails" "$GALLEY" entities --merge Russia Niger "$tmp/load/b.txt"
check "--merge that cannot be saved: said so" grep -q "galley: .*/.galley-entities: .*cannot create the lock: .*; the decision was not saved" "$tmp/err"
check "--merge that cannot be saved: no table" test ! -s "$tmp/out"
check "--merge that cannot be saved: no file" test ! -e "$tmp/load/.galley-entities"
rmdir "$tmp/load/.galley-entities.lock"
printf 'split\tTiani\nfuse\tA\tB\n' >"$tmp/load/.galley-entities"
# A name that cannot be recorded is not said to be kept.
expect_status 2 "a name with a tab" "$GALLEY" entities --split "$(printf 'a\tb')" "$tmp/load/b.txt"
check "a name with a tab: said so" grep -q 'cannot contain a tab' "$tmp/err"
check "a name with a tab: not said to be kept" sh -c "! grep -q 'kept for others' '$tmp/err'"
rm "$tmp/load/.galley-entities"

# Corrections that take: a split of an accent variant, of a full name
# (its surname goes with it), a type, a name that is no entity; each in
# the same run and the next, or refused with the reason.
ab="$tmp/load/a.txt $tmp/load/b.txt"
# A split names a spelling ignoring case: nigér is the spelling Nigér.
mkdir -p "$tmp/case"
cp $ab "$tmp/case/"
for spelling in nigér NIGÉR; do
	rm -f "$tmp/case/.galley-entities"
	expect_status 0 "--split $spelling" "$GALLEY" entities --split "$spelling" "$tmp/case"
	check "--split $spelling: the spelling split" grep -q "	GPE	Nigér	Nigér$" "$tmp/out"
	check "--split $spelling: recorded" grep -qx "split	$spelling" "$tmp/case/.galley-entities"
done
expect_status 0 "--split of an accent variant" "$GALLEY" entities --split Nigér $ab
check "accent variant split in the same run" grep -q "	GPE	Nigér	Nigér$" "$tmp/out"
check "the other spelling keeps its group" grep -q "	GPE	Niger	Niger$" "$tmp/out"
"$GALLEY" entities $ab >"$tmp/later.tsv"
check "accent variant split later" grep -q "	GPE	Nigér	Nigér$" "$tmp/later.tsv"
expect_status 0 "--split of a name already alone" "$GALLEY" entities --split Nigér $ab
check "a split that changes nothing is refused with the reason" grep -q "Nigér is not grouped with another name; nothing recorded" "$tmp/err"
check "a split that changes nothing is not recorded" test "$(grep -c "^split	Nigér$" "$tmp/load/.galley-entities")" = 1
expect_status 0 "--split of a full name" "$GALLEY" entities --split "Abdourahamane Tiani" $ab
check "the surname goes with the full name" grep -q "	PERSON	Tiani	Abdourahamane Tiani$" "$tmp/out"
check "the other spelling stays" grep -q "	PERSON	Tchiani	Abdourahamane Tchiani$" "$tmp/out"
"$GALLEY" entities --corpus --format=json "$tmp/load" >"$tmp/split.json"
python3 - "$tmp/split.json" <<'PY' && pass "full name split later, with its reason" || fail "full name split later"
import json, sys
by = {v: e for e in map(json.loads, open(sys.argv[1], encoding="utf-8")) for v in e["variants"]}
assert by["Tiani"] is by["Abdourahamane Tiani"], by["Tiani"]
assert by["Tchiani"] is by["Abdourahamane Tchiani"], by["Tchiani"]
assert by["Tiani"] is not by["Tchiani"]
assert any("surname" in w for w in by["Tiani"]["why"]), by["Tiani"]
PY
expect_status 0 "--type" "$GALLEY" entities --type "Sahel=GPE" --format=json $ab
check "type recorded" grep -qx "type	Sahel	GPE" "$tmp/load/.galley-entities"
check "type honoured in the same run, without a score" grep -q '"type":"GPE","text":"Sahel","canonical":"Sahel","score":null' "$tmp/out"
"$GALLEY" entities $ab >"$tmp/later.tsv"
check "type honoured later" grep -q "	GPE	Sahel	Sahel$" "$tmp/later.tsv"
check "type: no other type left" sh -c "! grep -q '	LOC	Sahel	' '$tmp/later.tsv'"
expect_status 0 "--not-entity" "$GALLEY" entities --not-entity russia $ab
check "notentity recorded" grep -qx "notentity	russia" "$tmp/load/.galley-entities"
check "notentity honoured in the same run" sh -c "! grep -q '	Russia	' '$tmp/out'"
"$GALLEY" entities --corpus $ab >"$tmp/later.tsv"
check "notentity honoured later, in the index too" sh -c "! grep -q '	Russia	' '$tmp/later.tsv'"
check "other names stay" grep -q "	Sahel	" "$tmp/later.tsv"
# A type after a notentity: the later decision stands in the same run.
expect_status 0 "--type after --not-entity" "$GALLEY" entities --type "Russia=GPE" $ab
check "no 'no entity called' warning" sh -c "! grep -q 'no entity called' '$tmp/err'"
check "the name is back, typed, in the same run" grep -q "	GPE	Russia	" "$tmp/out"
# A type decision types the name's whole entity: its surname and its
# acronym too, in the mentions and in the index, and the group stays whole.
expect_status 0 "--type of a full name" "$GALLEY" entities --type "Vladimir Putin=MISC" $ab
check "the surname takes the full name's type" grep -q "	MISC	Putin	Vladimir Putin$" "$tmp/out"
check "the full name keeps its group" grep -q "	MISC	Vladimir Putin	Vladimir Putin$" "$tmp/out"
"$GALLEY" entities --corpus $ab >"$tmp/later.tsv"
check "the index: one group of the type decided" sh -c "test \"\$(grep -c '^Vladimir Putin	MISC	' '$tmp/later.tsv')\" = 2"
check "the index: no PERSON Putin left" sh -c "! grep -q '	PERSON	Putin	' '$tmp/later.tsv'"
expect_status 0 "--type of an expansion" "$GALLEY" entities --corpus --type "Economic Community of West African States=MISC" $ab
check "the acronym takes its expansion's type" grep -q "	MISC	ECOWAS	" "$tmp/out"
check "no ORG left in the group" sh -c "! grep -q '	ORG	ECOWAS	' '$tmp/out'"
expect_status 0 "--split after a type" "$GALLEY" entities --split Putin $ab
check "a name split leaves its group's type" grep -q "	PERSON	Putin	Putin$" "$tmp/out"
expect_status 2 "--type without a type" "$GALLEY" entities --type Sahel $ab
expect_status 2 "--type with an unknown type" "$GALLEY" entities --type Sahel=COMPANY $ab
check "unknown type: the types listed" grep -q "PERSON ORG GPE" "$tmp/err"
expect_status 2 "--type and --split together" "$GALLEY" entities --type Sahel=GPE --split Niger $ab
printf 'type\tSahel\tCOMPANY\n' >"$tmp/load/.galley-entities"
expect_status 2 "a type galley does not know in the file" "$GALLEY" entities $ab
check "unknown type in the file: named with its line" grep -q "galley-entities: line 1" "$tmp/err"
rm "$tmp/load/.galley-entities"

# A bad line in .galley-entities costs itself alone, and batch says so
# as the reader does.
printf 'split\tTiani\ntype\tKremlin\tORGANISATION\nnotentity\tSahel\n' >"$tmp/case/.galley-entities"
expect_status 2 "a bad line in the middle" "$GALLEY" entities --corpus "$tmp/case"
check "the bad line named" grep -q "galley-entities: line 2: not" "$tmp/err"
check "and what it means" grep -q "bad lines are skipped, the other decisions apply" "$tmp/err"
check "the decision after it applies" sh -c "! grep -q '	Sahel	' '$tmp/out'"
check "the decision before it applies" grep -q "^Tiani	PERSON	Tiani	" "$tmp/out"

# --corpus alone prints TSV, and --help says so: JSON needs --format=json.
expect_status 0 "--corpus alone" "$GALLEY" entities --corpus $ab
check "--corpus alone: five TSV columns" awk -F '\t' 'NF != 5 { exit 1 }' "$tmp/out"
"$GALLEY" entities --help >"$tmp/help"
check "--help: --corpus gives JSON only with --format=json" sh -c "grep -A1 -- '--corpus  ' '$tmp/help' | grep -q 'format=json'"

# Bad input and usage.
expect_status 2 "missing file" "$GALLEY" entities "$tmp/nope.txt"
check "missing file named" grep -q "galley: $tmp/nope.txt: " "$tmp/err"
printf 'x\000y\n' >"$tmp/binary.txt"
expect_status 2 "binary file among good ones" "$GALLEY" entities --format=json "$tmp/binary.txt" "$tmp/load/a.txt"
check "json error object for the binary file" grep -q '^{"file":"[^"]*binary.txt","error":"' "$tmp/out"
check "the good file still printed" grep -q '^{"file":"[^"]*a.txt","language":[^,]*,"entities":\[{' "$tmp/out"
expect_status 2 "unknown format" "$GALLEY" entities --format=xml "$tmp/load/a.txt"
expect_status 2 "no file" "$GALLEY" entities
expect_status 2 "--merge needs two names" "$GALLEY" entities --merge A
printf 'Troops from Niger \001 crossed \377\376 into Mali yesterday, officials said.\n' >"$tmp/junk.txt"
expect_status 0 "control bytes and bad UTF-8 do not crash" run_limited 20 "$GALLEY" entities --all "$tmp/junk.txt"
check "names found around junk" grep -q "	GPE	Mali	" "$tmp/out"
printf 'Niger\000Mali\n' >"$tmp/nul.txt"
expect_status 2 "a binary file is refused" run_limited 20 "$GALLEY" entities "$tmp/nul.txt"
check "binary file named" grep -q "galley: $tmp/nul.txt: " "$tmp/err"
head -c 300000 /dev/urandom | tr -dc 'A-Za-z .\n' >"$tmp/noise.txt"
expect_status 0 "random capitalised noise finishes" run_limited 60 "$GALLEY" entities --all "$tmp/noise.txt"
# A decision with an empty or blank name, or a merge of a name with
# itself, is a usage error: exit 2, said, nothing written, and the file
# stays readable for the next run.
cp "$tmp/load/.galley-entities" "$tmp/dec.before" 2>/dev/null || : >"$tmp/dec.before"
for args in "--not-entity=" "--split= " "--type= =ORG" \
    "--merge==X" "--merge=X="; do
	case $args in
	--merge=*) a=${args#--merge=}; set -- --merge "${a%%=*}" "${a#*=}" ;;
	*) set -- "${args%%=*}" "${args#*=}" ;;
	esac
	expect_status 2 "entities $args: refused" "$GALLEY" entities "$@" "$tmp/load"
	check "entities $args: said" grep -q "empty or blank" "$tmp/err"
done
expect_status 2 "entities --merge Niger Niger: refused" "$GALLEY" entities --merge Niger Niger "$tmp/load"
check "merge with itself: said" grep -q "cannot merge an entity with itself" "$tmp/err"
check "nothing written by the refused decisions" sh -c "cmp -s '$tmp/dec.before' '$tmp/load/.galley-entities' || { test ! -s '$tmp/dec.before' && test ! -e '$tmp/load/.galley-entities'; }"
expect_status 0 "entities still reads its decisions" "$GALLEY" entities "$tmp/load"

finish
