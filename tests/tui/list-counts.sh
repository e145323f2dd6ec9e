#!/bin/sh
# The source list's counts (err ent ann) and site show at the sizes
# reviewers use (100x30, 120x40; at 80x24 the counts alone), in UTF-8 and in the C
# locale: narrow columns, the title taking what is left (issue 18.4).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/lists-lib.sh"

make_sources "$tmp/docs"

# wait_row_re N REGEX: poll until line N of the screen matches REGEX.
wait_row_re() {
	i=0
	while [ "$i" -lt $((10 * scale * 20)) ]; do
		screen
		sed -n "${1}p" "$tmp/screen" | grep -qE -- "$2" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for /$2/ on line $1; the screen was:)"
	sed 's/^/  | /' "$tmp/screen"
	return 1
}

# The first source (by path) has the repeated "the the" and Amadou
# Diallo; the counts come once the background analysis is done.
for size in "100 30" "120 40"; do
	for lang in C.UTF-8 C; do
		TEST_LANG=$lang start $size "$GALLEY" "$tmp/docs"
		check "$size $lang: the column heads" \
		    wait_row_re 1 "^ 3 sources, by path +err ent ann"
		check "$size $lang: the first source's site and counts" \
		    wait_row_re 2 "^[ *]Harbour .* Coast[ A-Za-z]* +[1-9][0-9]* +[1-9][0-9]* +0 *[|│]"
		check "$size $lang: a source without problems: 0" \
		    wait_row_re 3 "^[ *]Rains .* Valley[ A-Za-z]* +0 +[0-9]+ +0 *[|│]"
		keys q
		check "$size $lang: quits" wait_for "[exited 0]"
	done
done

# 80x24: a 28-column list keeps the counts; the site goes to the
# status line.
for lang in C.UTF-8 C; do
	TEST_LANG=$lang start 80 24 "$GALLEY" "$tmp/docs"
	check "80x24 $lang: the counts" \
	    wait_row_re 2 "^[ *]Harbour .* +[1-9][0-9]* +[1-9][0-9]* +0 *[|│]"
	# No room for the site column: the status line shows the selected
	# source's site and date, and follows the selection.
	check "80x24 $lang: the selected source's site on the status line" \
	    wait_row_re 24 "^ Coast Herald .{1,3} 2024-03-05 +F1 help"
	keys j
	check "80x24 $lang: the next one's after j" \
	    wait_row_re 24 "^ Valley Times .{1,3} 2024-04-01 +F1 help"
	keys Tab
	check "80x24 $lang: the pane's focus: the hint alone" \
	    wait_row_re 24 "^ F1 help"
	keys q
	check "80x24 $lang: quits" wait_for "[exited 0]"
done

# A source over 2 MiB is not proofread in the reader: its problem and
# entity counts are unknown ("-"), not 0, and v says why (QA 22.4).
mkdir -p "$tmp/big"
cp "$tmp/docs/"* "$tmp/big/"
{
	printf 'Big report of the year\n\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++) print "The harbour board met again on the pier and spoke of the budget, the schools and the roads of the town for the year.\n" }'
} >"$tmp/big/zz-big.txt"
[ "$(wc -c <"$tmp/big/zz-big.txt")" -gt 2097152 ] || fail "the big source is over 2 MiB"
start 80 24 "$GALLEY" "$tmp/big"
check "big: the small sources' counts" \
    wait_row_re 2 "^[ *]Harbour .* +[1-9][0-9]* +[1-9][0-9]* +0 *[|│]"
check "big: unknown counts, not 0" \
    wait_row_re 5 "^[ *](Big report|zz-big).* +- +- +0 *[|│]" 30
keys G Enter
check "big: opened" wait_for "Big report of the year" 30
keys v
check "big: v says it is not proofread" \
    wait_for "not proofread (over 2 MiB)"
keys p
check "big: and p says the same" wait_for "not proofread (over 2 MiB)"
keys q
check "big: quits" wait_for "[exited 0]"
finish
