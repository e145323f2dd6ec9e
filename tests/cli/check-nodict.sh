#!/bin/sh
# galley check and entities on a machine without the default Hunspell
# dictionary: one warning, every check that needs no dictionary, exit 1
# (spelling was not checked); a dictionary named with -d is still required.
. "$top_srcdir/tests/cli/lib.sh"

# No dictionary anywhere: $DICPATH and the system's directories
# (GALLEY_DICT_DIRS replaces them) are empty.  A C locale makes en_US the
# default.
mkdir -p "$tmp/nodicts" "$tmp/xdg"
DICPATH=$tmp/nodicts
GALLEY_DICT_DIRS=$tmp/nodicts
XDG_DATA_HOME=$tmp/xdg
LANG=C.UTF-8
export DICPATH GALLEY_DICT_DIRS XDG_DATA_HOME LANG
unset LC_ALL LC_MESSAGES
G() { run_limited 60 "$GALLEY" check "$@"; }

printf 'Port headline\n\nThe minister said teh plan to rebuild the quay was ready &nbsp; and that work would start in the spring, the the unions said.\nDockworkers said they were satisfied wiht the agreement, which the minister described as the portâ€™s best in years.\n' >"$tmp/typos.txt"
f=$tmp/typos.txt

expect_status 1 "no default dictionary: problems found, exit 1" G "$f"
check "one warning" test "$(wc -l <"$tmp/err")" -eq 1
check "the warning names the dictionary" grep -q "^galley: spelling not checked: dictionary 'en_US' not found" "$tmp/err"
check "the warning says where galley looked" grep -q "looked in $tmp/nodicts" "$tmp/err"
check "the warning names the package" grep -q "apt-get install hunspell-en-us" "$tmp/err"
check "markup still found" grep -q "^$f:3:.*: markup: &nbsp;$" "$tmp/out"
check "mojibake still found" grep -q "^$f:4:.*: mojibake: â€™ -> ’$" "$tmp/out"
check "repeat still found" grep -q ": repeat: the the -> the$" "$tmp/out"
check "misspellings not reported" sh -c "! grep -q 'teh\|wiht\|spelling' '$tmp/out'"

printf 'Port headline\n\nThe port authority said on Tuesday that the new quay would open in the spring, after two years of delays.\n' >"$tmp/clean.txt"
# Spelling not checked is no pass: a CI job must not take the file for
# clean.
expect_status 1 "no default dictionary, nothing found: still exit 1" G "$tmp/clean.txt"
check "the warning is given then too" grep -q "spelling not checked" "$tmp/err"
check "nothing found: no problem line" test ! -s "$tmp/out"
expect_status 1 "json, nothing found: exit 1" G --format=json "$tmp/clean.txt"
check "json, nothing found: spelling_checked false" grep -q '^{"file":"[^"]*clean.txt","spelling_checked":false,"issues":\[\]}$' "$tmp/out"

expect_status 1 "json: the same problems" G --format=json "$f"
check "json: markup" grep -q '"kind":"markup","text":"&nbsp;"' "$tmp/out"
check "json: no spelling" sh -c "! grep -q '\"spelling\"' '$tmp/out'"
check "json: says spelling was not checked" grep -q '"spelling_checked":false' "$tmp/out"

# A dictionary the user names is required.
expect_status 2 "-d xx_XX missing: exit 2" G -d xx_XX "$f"
check "-d: the error names it" grep -q "^galley: dictionary 'xx_XX' not found" "$tmp/err"
check "-d: not a warning" sh -c "! grep -q 'spelling not checked' '$tmp/err'"
check "-d: nothing checked" test ! -s "$tmp/out"
expect_status 2 "-d en_US missing: exit 2" G -d en_US "$f"

# GALLEY_DICT_DIRS set but empty: $DICPATH alone is searched.
expect_status 1 "empty GALLEY_DICT_DIRS" env GALLEY_DICT_DIRS= DICPATH= "$GALLEY" check "$f"
check "no directory to look in" grep -q "no directory to look in" "$tmp/err"

# With the dictionary in a directory of GALLEY_DICT_DIRS, spelling is back.
for d in /usr/share/hunspell /usr/share/myspell; do
	if [ -r "$d/en_US.aff" ]; then
		mkdir -p "$tmp/dicts"
		cp "$d/en_US.aff" "$d/en_US.dic" "$tmp/dicts/"
		break
	fi
done
expect_status 1 "GALLEY_DICT_DIRS: a dictionary found there" env GALLEY_DICT_DIRS="$tmp/dicts" "$GALLEY" check --no-user-words "$f"
check "GALLEY_DICT_DIRS: spelling checked" grep -q ": spelling: teh$" "$tmp/out"
check "GALLEY_DICT_DIRS: no warning" test ! -s "$tmp/err"
expect_status 0 "GALLEY_DICT_DIRS: a clean file passes" env GALLEY_DICT_DIRS="$tmp/dicts" "$GALLEY" check --no-user-words --format=json "$tmp/clean.txt"
check "GALLEY_DICT_DIRS: json has no spelling_checked" sh -c "! grep -q spelling_checked '$tmp/out'"

# Entities: names from the gazetteers and a stoplist, exit 0.
printf 'Niger junta ends pact\n\nGeneral Abdourahamane Tchiani said on Tuesday that the pact signed with Russia had expired and would not be renewed by Niamey.\n' >"$tmp/names.txt"
expect_status 0 "entities without a dictionary: exit 0" run_limited 60 "$GALLEY" entities "$tmp/names.txt"
check "entities: the warning" grep -q "dictionary 'en_US' not found" "$tmp/err"
check "entities: a country found" grep -q "	GPE	Russia	" "$tmp/out"

# A dictionary whose .aff is a FIFO never hangs Hunspell's fopen: named
# as no regular file, given by path or found through DICPATH.
mkdir -p "$tmp/fifodict"
mkfifo "$tmp/fifodict/xx_YY.aff"
: >"$tmp/fifodict/xx_YY.dic"
expect_status 2 "check -d FIFO: refused at once" run_limited 20 "$GALLEY" check -d "$tmp/fifodict/xx_YY" "$f"
check "check -d FIFO: named" grep -q "xx_YY.aff: not a regular file" "$tmp/err"
expect_status 2 "DICPATH FIFO: refused at once" run_limited 20 env DICPATH="$tmp/fifodict" "$GALLEY" check -d xx_YY "$f"
check "DICPATH FIFO: named" grep -q "fifodict/xx_YY.aff: not a regular file" "$tmp/err"
finish
