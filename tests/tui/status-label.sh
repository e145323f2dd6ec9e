#!/bin/sh
# The status line names the view shown: CLEAN or RAW with the source's
# number in the reading view, and the view's own label in the compare,
# entities, annotations, problem and help views (QA 22.5; it stayed
# "CLEAN n/N").  80x24, UTF-8 and the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

p1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost.'
p2='Amadou Diallo said the pier would bring visitors to the town and allow larger boats to land.'
two_versions "$tmp/docs" "$p1" "$p2" 's/larger boats/bigger ships/'

# status_is REGEX: poll until the status line (row 24) matches REGEX.
status_is() {
	i=0
	while [ "$i" -lt $((10 * scale * 20)) ]; do
		screen
		sed -n 24p "$tmp/screen" | grep -qE -- "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for /$1/ on the status line; the screen was:)"
	sed 's/^/  | /' "$tmp/screen"
	return 1
}

# in_view LABEL KEYS... LABEL: after the keys, the status line (row 24) ends
# in LABEL and no longer names the article's view; q goes back.
in_view() {
	label=$1
	shift
	keys "$@"
	status_is " $label *\$" || return 1
	sed -n 24p "$tmp/screen" | grep -qE "CLEAN|RAW" && return 1
	keys q
	wait_row 24 "CLEAN 1/2"
}

for lang in C.UTF-8 C; do
	t="80x24 $lang"
	TEST_LANG=$lang start 80 24 "$GALLEY" "$tmp/docs"
	check "$t: up, the reading view's label" wait_row 24 "CLEAN 1/2"
	check "$t: the compare view" in_view COMPARE =
	check "$t: the entities view" in_view ENTITIES e
	check "$t: the annotations view" in_view ANNOTATIONS A
	check "$t: the problem list" in_view PROBLEMS v
	check "$t: the help" in_view HELP F1
	keys r
	check "$t: the raw page" wait_row 24 "RAW 1/2"
	keys q
	check "$t: quits" wait_for "[exited 0]"
done
finish
