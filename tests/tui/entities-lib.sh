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
