#!/bin/sh
# The mouse: a click in the list opens a source, the wheel scrolls the
# pane under the pointer, the help and the list views.  Events are typed
# as the xterm SGR mouse sequences a terminal sends (tmux passes them
# through).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

start 120 30 "$GALLEY" "$top_srcdir/samples"
check "reader up" wait_for "CLEAN 1/10"
# Press and release button 1 on the fourth screen row (third source).
keys -l "$(printf '\033[<0;10;4M')"
keys -l "$(printf '\033[<0;10;4m')"
check "a click opens the source under the pointer" wait_for "CLEAN 3/10"
check "its article is shown" wait_for "Djoliba Revokes Northgate’s Licence at Sirakoro Gold Mine"
settle
screen "$tmp/before"
b4=$(sed -n 7p "$tmp/before" | sed 's/.*│//')
# Wheel down (button 65) over the pane.
keys -l "$(printf '\033[<65;80;10M')"
# Polled: a slow galley may not have scrolled yet when the screen
# settles.
check "the wheel scrolls the pane by three lines" wait_until sh -c \
    "sed -n 4p '$tmp/screen' | sed 's/.*│//' | grep -qxF -- \"\$1\"" sh "$b4"
settle
screen "$tmp/after"
af=$(sed -n 4p "$tmp/after" | sed 's/.*│//')
check "the list did not move" sh -c "sed -n 2p '$tmp/after' | grep -q 'ECOWAS Leaders'"
# Wheel down over the list moves the selection, not the pane.
keys -l "$(printf '\033[<65;5;10M')"
settle
screen "$tmp/after2"
af2=$(sed -n 4p "$tmp/after2" | sed 's/.*│//')
check "pane text unchanged by the wheel over the list" test "$af" = "$af2"
keys q
check "quits" wait_for "[exited 0]"

# The wheel in the help scrolls it and in a list view moves the
# selection, three rows a notch, as in the reading pane.
doc="$tmp/zebras.txt"
{
	printf 'A headline about striped animals\n\nby Ann Author\n\n'
	i=1
	while [ "$i" -le 40 ]; do
		case $i in
		*[13579]) w="a zebra" ;;
		*) w="an antelope" ;;
		esac
		printf 'Paragraph %02d of the report describes %s seen near the river at dawn.\n\n' "$i" "$w"
		i=$((i + 1))
	done
} >"$doc"
start 100 24 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys F1
check "the help" wait_row 1 "galley keys"
# Its line 4 is read once the status line, drawn after the help, shows.
check "the help's status line" wait_row 24 "HELP"
settle
screen "$tmp/help"
keys -l "$(printf '\033[<65;40;10M')"
check "the wheel scrolls the help down three rows" \
    wait_row 1 "$(sed -n 4p "$tmp/help")"
keys -l "$(printf '\033[<64;40;10M')"
check "and back up" wait_row 1 "galley keys"
keys q
check "help closed" wait_for "CLEAN 1/1"
keys : "grep zebra" Enter
check "the hits" wait_for "20 hits for zebra"
keys -l "$(printf '\033[<65;40;10M')"
keys -l "$(printf '\033[<65;40;10M')"
keys -l "$(printf '\033[<65;40;10M')"
keys -l "$(printf '\033[<64;40;10M')"
settle
keys Enter
check "three notches down and one up select the seventh hit" \
    wait_for "match 7 of 20"
check "Enter opened it" wait_row 4 "Paragraph 13"
# Drags are reported while the reader runs (mode 1002), and no mouse
# mode is left on after it: the mode went out through stdio after the
# shell's screen was back, and the shell got mouse reports.
mouse_modes() {
	$TMUX_CMD display -p -t t \
	    'std=#{mouse_standard_flag} btn=#{mouse_button_flag} any=#{mouse_any_flag}'
}
check "drags are reported while it runs" sh -c "test \"\$(
    $TMUX_CMD display -p -t t '#{mouse_button_flag}')\" = 1"
keys q
check "quits" wait_for "[exited 0]"
check "no mouse mode left on" test "$(mouse_modes)" = "std=0 btn=0 any=0"
finish
