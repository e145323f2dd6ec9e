#!/bin/sh
# Arrow keys in either cursor mode: curses asks the terminal for its
# application mode (ESC O B for Down, as xterm's terminfo says), but a
# key typed before it did so, a terminal that ignores the request, or a
# TERM that names another terminal sends the normal mode's ESC [ B.  Both
# are the same key, as in vim and less; neither is "no key [B".
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour plan\n\nThe minister said the quay would be rebuilt.\n' >"$tmp/docs/a.txt"
printf 'Road closure\n\nThe council said the bridge road would close.\n' >"$tmp/docs/b.txt"
esc=$(printf '\033')

start 120 24 "$GALLEY" "$tmp/docs"
check "reader up on the first source" wait_for "The minister said"
keys -l "${esc}[B"; keys Enter
check "ESC [ B is Down (then Enter opens the second)" wait_for "The council said"
keys -l "${esc}[A"; keys Enter
check "ESC [ A is Up" wait_for "The minister said"
keys -l "${esc}OB"; keys Enter
check "ESC O B is Down too" wait_for "The council said"
keys q
check "quits" wait_for "[exited 0]"
finish
