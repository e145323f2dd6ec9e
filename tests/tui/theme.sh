#!/bin/sh
# Light and dark themes: the background is asked of the terminal (OSC
# 11, which tmux answers when its window style sets one), read from
# COLORFGBG, or set (theme = light in the settings wins over both); the
# reader draws with the theme chosen; without colour, dropped blocks and
# entity types differ in more than dim.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# theme_test: galley --theme-test in the environment given; the header
# names the background and what decided it.
theme_test() {
	start 120 30 "$@" "$GALLEY" --theme-test
}

theme_test "COLORFGBG='0;15'"
check "COLORFGBG=0;15: light" wait_for "light background (from COLORFGBG), 256 colours"
keys q
check "a key ends the theme test" wait_for "[exited 0]"
theme_test "COLORFGBG='15;0'"
check "COLORFGBG=15;0: dark" wait_for "dark background (from COLORFGBG)"
keys q
theme_test
check "no answer, no COLORFGBG: dark" wait_for "dark background (from no answer)"
keys q
TEST_TERM=xterm theme_test "COLORFGBG='0;15'"
check "8 colours, light" wait_for "light background (from COLORFGBG), 8 colours"
keys q

mkdir -p "$tmp/xdg/galley"
printf 'theme = light\n' >"$tmp/xdg/galley/config"
theme_test "COLORFGBG='15;0'"
check "theme = light in the settings wins over COLORFGBG" wait_for "light background (from the settings)"
keys q
rm "$tmp/xdg/galley/config"

# tmux answers OSC 11 with its window style's background: galley waits
# until it is set, then asks.
printf '#!/bin/sh\nsleep 1\nexec "$@"\n' >"$tmp/later"
chmod +x "$tmp/later"
start 120 30 "COLORFGBG='15;0'" "$tmp/later" "$GALLEY" --theme-test
$TMUX_CMD set-option -g window-style 'bg=#ffffff'
check "the terminal's white background wins over COLORFGBG" wait_for "light background (from the terminal)"
keys q
start 120 30 "COLORFGBG='0;15'" "$tmp/later" "$GALLEY" --theme-test
$TMUX_CMD set-option -g window-style 'bg=#1e1e1e'
check "the terminal's dark background wins over COLORFGBG" wait_for "dark background (from the terminal)"
keys q
printf 'theme = light\n' >"$tmp/xdg/galley/config"
start 120 30 "COLORFGBG='15;0'" "$tmp/later" "$GALLEY" --theme-test
$TMUX_CMD set-option -g window-style 'bg=#000000'
check "theme = light in the settings wins over the terminal" wait_for "light background (from the settings)"
keys q
rm "$tmp/xdg/galley/config"
$TMUX_CMD set-option -gu window-style

# A terminal that once did not answer in time is not asked again: here
# tmux would say white, but the state file lists its TERM.
mkdir -p "$tmp/state/galley"
printf 'xterm-256color\n' >"$tmp/state/galley/slow-terminals"
start 120 30 XDG_STATE_HOME="$tmp/state" "COLORFGBG='15;0'" "$tmp/later" "$GALLEY" --theme-test
$TMUX_CMD set-option -g window-style 'bg=#ffffff'
check "a slow terminal is not asked again" wait_for "dark background (from COLORFGBG)"
keys q
$TMUX_CMD set-option -gu window-style

# The reader draws the article's title in the light theme's colour
# (as galley --colors lists it) with COLORFGBG=0;15, the dark one's with
# 15;0.
for shade in light dark; do
	col=2
	[ $shade = light ] && col=3
	fg=$("$GALLEY" --colors | awk -v c=$col '$1 == "title" { print $c }' | cut -d, -f1)
	bg=0
	[ $shade = light ] && bg=15
	start 100 24 "COLORFGBG='0;$bg'" "$GALLEY" "$top_srcdir/samples/wire-brief.txt"
	check "reader, $shade: the title in colour $fg" wait_sgr "38;5;${fg}mDjoliba Suspends"
	keys q
done

# No colour: the look of a name, minus dim (SGR 2), which black on white
# and rxvt-unicode do not show.
# sgr_of TEXT: the attributes set just before TEXT on the last captured
# screen, one SGR parameter a line, without resets and dim.
sgr_of() {
	perl -ne 'if (/((?:\e\[[0-9;]*m)+)\Q'"$1"'\E/) { print $1; exit }' "$tmp/sgr" |
		tr -c '0-9;' ';' | tr ';' '\n' | grep -v -x -e '' -e 0 -e 2 -e 39 -e 49 |
		sort | tr '\n' ' '
}
# apart A B: A is drawn with attributes, and not B's.
apart() {
	a=$(sgr_of "$1")
	b=$(sgr_of "$2")
	echo "  ($1: $a; $2: $b)"
	[ -n "$a" ] && [ "$a" != "$b" ]
}

# sgr_apart A B: apart, on a fresh capture with attributes (for
# wait_until: the theme test may still be drawing).
sgr_apart() {
	screen_sgr
	apart "$@"
}
# dropped_apart: the raw view's dropped "Related" drawn apart from the text.
dropped_apart() {
	sgr_apart "Related" " leaders meeting in"
}
start 120 30 NO_COLOR=1 "$GALLEY" "$top_srcdir/samples/football-crlf.txt"
check "NO_COLOR: entities drawn" wait_sgr "mRiverside Park" 20
# Polled: under valgrind a capture once showed Riverside Park drawn and
# Castleford United, in the same paragraph, not yet.
check "NO_COLOR: an ORG and a LOC differ in more than dim" wait_until sgr_apart "Castleford United" "Riverside Park"
keys q
start 120 30 NO_COLOR=1 "$GALLEY" "$top_srcdir/samples/ecowas-summit.html"
check "NO_COLOR: entities drawn" wait_sgr "mHamidou Sangare" 20
check "NO_COLOR: a NORP and a PERSON differ in more than dim" wait_until sgr_apart "West African" "Hamidou Sangare"
check "NO_COLOR: a DATE and the text differ in more than dim" wait_until sgr_apart "Monday" " leaders meeting in"
keys r
check "NO_COLOR: the raw view" wait_for "raw page"
check "NO_COLOR: a dropped block" wait_for "Related"
check "NO_COLOR: a dropped block and the text differ in more than dim" wait_until dropped_apart
keys q
# A vt100 has neither italic nor dim: the dropped blocks stand out still,
# with an attribute the terminal has.
TEST_TERM=vt100 start 120 30 NO_COLOR=1 "$GALLEY" "$top_srcdir/samples/ecowas-summit.html"
check "vt100: up" wait_for "leaders meeting in" 20
keys r
check "vt100: the raw view" wait_for "raw page"
check "vt100: a dropped block and the text differ" wait_until dropped_apart
keys q
# Keys typed before galley asks its question come back with the answer:
# they are the user's keys, not lost with it.  The sleep makes sure the
# key waits in the terminal before the question.
printf '#!/bin/sh\nsleep 1\nexec "$@"\n' >"$tmp/late-start"
chmod +x "$tmp/late-start"
start 80 24 "$tmp/late-start" "$GALLEY" "$top_srcdir/samples/ecowas-summit.html"
keys r
check "a key typed before the question is kept" wait_for "raw page"
keys q
# Terminals without italic keep apart what the manual says they do, with
# the attributes they have: screen and linux (8 colours, no italic) and
# a vt100 (no colour, italic or dim).
printf 'Talks in Niamey\n\nAbdourahamane Tiani told AFP in Niger on 26th March that Russian advisers would cross the Sahel.\n' >"$tmp/types.txt"
# types_on TERM SHADE [ENV...]: the reader on the types, their names drawn.
types_on() {
	term=$1
	shade=$2
	shift 2
	TEST_TERM=$term start 120 20 "$@" "$GALLEY" --theme="$shade" "$tmp/types.txt"
	wait_for "cross the Sahel" >/dev/null
	# AFP has attributes on every terminal, Sahel not without colour:
	# waiting for it there waited out the limit.
	wait_sgr "mAFP" 20 >/dev/null
	settle
	screen_sgr
}
# all_apart NAME...: each drawn with attributes, and no two alike.
all_apart() {
	for x in "$@"; do
		for y in "$@"; do
			[ "$x" = "$y" ] || apart "$x" "$y" || return 1
		done
	done
}
# On linux no underline shows on a colour (ncv): other places (dark)
# and dates (light) look like problems there.
for term in screen linux; do
	if [ $term = screen ]; then loc=Sahel date="26th March"; else loc= date=; fi
	types_on $term dark
	check "$term, dark: people, organisations, countries ${loc:+and other places }apart" \
	    all_apart "Abdourahamane Tiani" AFP Niger $loc
	check "$term, dark: a date is highlighted" apart "26th March" " told"
	keys q
	types_on $term light
	check "$term, light: the entity types apart" \
	    all_apart "Abdourahamane Tiani" AFP Niger Sahel ${date:+"$date"} Russian
	keys q
	TEST_TERM=$term start 120 30 "$GALLEY" "$top_srcdir/samples/ecowas-summit.html"
	check "$term: up" wait_for "leaders meeting in" 20
	keys r
	check "$term: the raw view" wait_for "raw page"
	check "$term: a dropped block and the text differ" wait_until dropped_apart
	keys q
done
for how in vt100 screen; do
	types_on $how dark NO_COLOR=1
	check "$how, no colour: people and organisations apart" \
	    all_apart "Abdourahamane Tiani" AFP
	check "$how, no colour: no place underlined as a problem" \
	    sh -c "! echo '$(sgr_of Sahel) $(sgr_of Niger)' | grep -qw 4"
	keys q
done
theme_test NO_COLOR=1
check "NO_COLOR: the theme test says so" wait_for "no colour"
check "NO_COLOR: entity-org and entity-loc differ in the theme test" \
    wait_until sgr_apart entity-org entity-loc
check "NO_COLOR: entity-norp and entity-person differ in the theme test" \
    wait_until sgr_apart entity-norp entity-person
keys q
finish
