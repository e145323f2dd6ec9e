#!/bin/sh
# A status message longer than a row is broken at spaces, never in the
# middle of a word that fits on a row: the notice of a state directory
# that cannot be made, of an unknown TERM, and of a failed save.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# whole_words FIRST WORD...: each WORD shows whole, as a word, on the
# line showing FIRST or a line below it (the status rows: the panes
# above may hold the same words).
whole_words() {
	n=$(grep -n -F -- "$1" "$tmp/screen" | head -1 | cut -d: -f1)
	[ -n "$n" ] || return 1
	shift
	tail -n "+$n" "$tmp/screen" >"$tmp/status-rows"
	for word in "$@"; do
		grep -qw -- "$word" "$tmp/status-rows" || return 1
	done
}

# The regular file's name is padded so that the 79th column of the
# message (80 less the leading blank) falls inside "positions".
before="$tmp//x/galley/reading: Not a directory; read marks and "
pad=$((79 - 4 - ${#before}))
afile="$tmp/a"
while [ "$pad" -gt 1 ]; do
	afile="${afile}f"
	pad=$((pad - 1))
done
: >"$afile"
start 80 24 XDG_STATE_HOME="$afile/x" "$GALLEY" "$top_srcdir/samples"
check "no state directory: the notice" wait_for "Not a directory"
check "no state directory: broken at spaces" wait_until whole_words "/x/galley/reading" \
    directory read marks and positions will not be saved
keys q
check "no state directory: quits" wait_for "[exited 0]"

start 80 24 env TERM=unknownterm "$GALLEY" "$top_srcdir/samples"
check "unknown TERM: the notice" wait_for "TERM=unknownterm"
check "unknown TERM: broken at spaces" wait_until whole_words "TERM=unknownterm" \
    TERM=unknownterm "system's" terminfo database: drawing as \
    xterm-256color
keys q
check "unknown TERM: quits" wait_for "[exited 0]"

# A failed save (a directory where the lock goes): three rows at 80.
mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring.\n' >"$doc"
mkdir "$tmp/docs/.story.txt.anno.json.lock"
start 80 24 GALLEY_USER=Tester "$GALLEY" "$doc"
check "failed save: reader up" wait_for "CLEAN 1/1"
keys m w v w w t
check "failed save: tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "failed save: the message" wait_for "kept in memory"
check "failed save: broken at spaces" wait_until whole_words "(kept" \
    kept in memory save retries save-to DIR saves elsewhere \
    "$tmp/docs/.story.txt.anno.json.lock:"
finish
