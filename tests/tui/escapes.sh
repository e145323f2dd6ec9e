#!/bin/sh
# Untrusted text never reaches the terminal raw: an article with escape
# sequences for the window title, screen clearing and the clipboard
# (OSC 52) changes none of them; they show as placeholders.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/esc"
printf 'Harmless looking headline\n\nby Mallory Attacker\n\nThis paragraph tries to set the title \033]0;PWNED-TITLE\007 and to clear the screen \033[2J\033[H and to set the clipboard \033]52;c;cGF5bG9hZA==\007 while looking like prose long enough to be kept.\nA bidi override \342\200\256 reversed and a C1 CSI \302\2332J and a DEL \177 follow, in another long sentence of the article body.\n' >"$tmp/esc/evil.txt"
# The title itself carries an escape too.
printf '\033]0;TITLE-FROM-LIST\007 Second file headline\n\nby Someone Else\n\nA plain paragraph of the second article, long enough to be kept by the cleaner, with words.\n' >"$tmp/esc/second.txt"

start 110 24 "$GALLEY" "$tmp/esc"
# tmux would take these if they reached it.
$TMUX_CMD set-option -g set-clipboard on >/dev/null
$TMUX_CMD set-option -g allow-rename on >/dev/null
$TMUX_CMD set-option -g set-titles on >/dev/null
check "article shown" wait_for "2 sources"
keys Enter
check "the evil article opens" wait_for "Harmless looking headline"
check "OSC 0 shown as a placeholder" wait_for "^[]0;PWNED-TITLE^G"
check "CSI 2J shown as a placeholder" wait_for '^[[2J^[[H'
check "OSC 52 shown as a placeholder" wait_for '^[]52;c;cGF5bG9hZA==^G'
check "bidi override shown as a placeholder" wait_for '<U+202E>'
check "C1 CSI shown as a placeholder" wait_for '<9B>2J'
check "DEL shown as a placeholder" wait_for '^?'
check "the screen was not cleared: the list is still there" wait_for '2 sources'
title=$($TMUX_CMD display-message -p -t t '#{pane_title}')
check "the pane title did not change" sh -c "! echo '$title' | grep -q PWNED"
check "the title in the list did not change it either" sh -c "! echo '$title' | grep -q TITLE-FROM-LIST"
check "no clipboard buffer was set" test -z "$($TMUX_CMD list-buffers 2>/dev/null)"
keys q
check "quits" wait_for "[exited 0]"
finish
