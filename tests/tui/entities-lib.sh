# Helpers for the tests of the entities view; sourced after
# tests/tui/lib.sh.

# sgr_of TEXT: the SGR parameters set just before TEXT on the screen
# (from screen_sgr), sorted and space-separated, without resets.
sgr_of() {
	perl -ne 'if (/((?:\e\[[0-9;]*m)+)\Q'"$1"'\E/) { print $1; exit }' "$tmp/sgr" |
		tr -c '0-9;' ';' | tr ';' '\n' | grep -v -x -e '' -e 0 -e 39 -e 49 |
		sort | tr '\n' ' '
}
