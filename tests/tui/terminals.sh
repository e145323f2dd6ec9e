#!/bin/sh
# Terminal types, the C locale, NO_COLOR and --no-color.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

for term in xterm-256color screen tmux-256color linux vt100; do
	TEST_TERM=$term start 100 24 "$GALLEY" "$top_srcdir/samples"
	check "TERM=$term: the reader draws" wait_for "10 sources"
	keys Tab j
	check "TERM=$term: the article" wait_for "ECOWAS Leaders"
	keys q
	check "TERM=$term: quits" wait_for "[exited 0]"
done

# A type the terminfo database does not know (xterm-kitty on a server
# without its entry) is drawn as xterm-256color, and the reader says so.
TEST_TERM=no-such-terminal-type start 100 24 "$GALLEY" "$top_srcdir/samples"
check "unknown TERM: the reader draws" wait_for "10 sources"
check "unknown TERM: says what it draws as" \
    wait_for "TERM=no-such-terminal-type is not in this system's terminfo"
keys q
check "unknown TERM: quits" wait_for "[exited 0]"
# TERM set but empty is said so, not called a type named "(unset)".
start 100 24 env TERM= "$GALLEY" "$top_srcdir/samples"
check "empty TERM: says it is empty" wait_for "TERM is empty: drawing as"
keys q
check "empty TERM: quits" wait_for "[exited 0]"
# A terminal that cannot place the cursor gets a message, not a screen
# of one line.
TEST_TERM=dumb start 100 24 "$GALLEY" "$top_srcdir/samples"
check "TERM=dumb: exits 2" wait_for "[exited 2]"
check "TERM=dumb: says why" wait_for "cannot place the cursor"

# The C locale: non-ASCII is replaced, never printed as broken bytes
# (the curly apostrophe by its ASCII stand-in, the accented letter by ?).
TEST_LANG=C start 100 24 "$GALLEY" "$top_srcdir/samples/gold-mine-cp1252.html"
check "C locale: the reader draws" wait_for "Djoliba Revokes Northgate's Licence"
check "C locale: other non-ASCII is ?" wait_for "L?a Dubreuil"
# Polled: a slow galley (valgrind) may have drawn the header but not yet
# the text when the title shows.
check "C locale: accented name replaced" wait_for 'L?a Dubreuil'
keys q
check "C locale: quits" wait_for "[exited 0]"

# Colours: 256-colour theme by default; none with NO_COLOR or --no-color,
# where highlights use attributes (reverse, bold, underline).
colours() {
	$TMUX_CMD capture-pane -e -p -t t >"$tmp/esc-screen"
}
start 100 24 "$GALLEY" "$top_srcdir/samples/wire-brief.txt"
wait_for "Djoliba Suspends" >/dev/null
keys / radio Enter
wait_for "match 1 of" >/dev/null
colours
check "256 colours used by default" grep -q '38;5;' "$tmp/esc-screen"
keys q
TEST_TERM=xterm start 100 24 "$GALLEY" "$top_srcdir/samples/wire-brief.txt"
wait_for "Djoliba Suspends" >/dev/null
colours
check "8 colours on an 8-colour terminal" sh -c "! grep -q '38;5;' '$tmp/esc-screen' && grep -q '\[[0-9;]*3[0-7]m' '$tmp/esc-screen'"
keys q
for how in env flag; do
	if [ $how = env ]; then
		start 100 24 NO_COLOR=1 "$GALLEY" "$top_srcdir/samples/wire-brief.txt"
	else
		start 100 24 "$GALLEY" --no-color "$top_srcdir/samples/wire-brief.txt"
	fi
	wait_for "Djoliba Suspends" >/dev/null
	keys / radio Enter
	wait_for "match 1 of" >/dev/null
	colours
	check "$how: no colours" sh -c "! grep -q '\[[0-9;]*\(3[0-7]\|38;5\|4[0-7]\|48;5\)[;m]' '$tmp/esc-screen'"
	check "$how: the match is still highlighted (attributes)" grep -q '\[[0-9;]*[1457]m' "$tmp/esc-screen"
	# Entity types differ by attribute: organisations and places italic.
	# Entities are found in the background after the first screen.
	italic() {
		k=0
		while [ "$k" -lt $((400 * scale)) ]; do
			colours
			grep -q '\[\([0-9;]*;\)\?3m' "$tmp/esc-screen" && return 0
			sleep 0.05
			k=$((k + 1))
		done
		return 1
	}
	check "$how: entities told apart without colour (italic)" italic
	keys q
done
finish
