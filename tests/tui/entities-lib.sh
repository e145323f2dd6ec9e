# Helpers for the tests of the entities view; sourced after
# tests/tui/lib.sh.

# select_row TEXT: selects the row of the entities view that shows TEXT
# (the first row of the list is the screen's second line).
select_row() {
	settle
	screen
	row=$(grep -n "$1" "$tmp/screen" | head -1 | cut -d: -f1)
	keys g
	i=2
	while [ "$i" -lt "$row" ]; do keys j; i=$((i + 1)); done
}

# sgr_of TEXT: the SGR parameters set just before TEXT on the screen
# (from screen_sgr), sorted and space-separated, without resets.
sgr_of() {
	perl -ne 'if (/((?:\e\[[0-9;]*m)+)\Q'"$1"'\E/) { print $1; exit }' "$tmp/sgr" |
		tr -c '0-9;' ';' | tr ';' '\n' | grep -v -x -e '' -e 0 -e 39 -e 49 |
		sort | tr '\n' ' '
}
