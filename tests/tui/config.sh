#!/bin/sh
# The settings file: values apply, a bad line is reported as FILE:LINE
# on the status line and the rest still applies.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/xdg/galley"
cat >"$tmp/xdg/galley/config" <<'EOT'
# comment
sort = date
bogus = 1
color.match = black,bright-yellow
color.nosuchthing = red
list-width = 50
EOT
start 120 24 "$GALLEY" "$top_srcdir/samples"
check "sort from the config applies" wait_for "10 sources, by date"
check "a bad line is reported with file and line" wait_for "galley/config:3: unknown setting 'bogus'"
check "it says another message waits" wait_for "(+1 more)"
keys Down
check "a key shows the next bad line" wait_for "galley/config:5: unknown colour element 'nosuchthing'"
# Sorted once every file is loaded (in the background): newest first.
check "newest first when sorted by date" wait_row 2 "Camel Herders Help"
# list-width = 50 columns: the separator is at column 51.
check "list width from the config" wait_until sh -c "sed -n 3p '$tmp/screen' | cut -c51- | grep -q '^│'"
keys s
check "s cycles the sort order" wait_for "10 sources, by path"
keys : "sort title" Enter
check ":sort title" wait_for "10 sources, by title"
keys q
check "quits" wait_for "[exited 0]"

# Without a dictionary the reader says so too, after the first screen:
# that notice waits its turn, the bad line is not lost under it.
start 120 24 DICPATH="$tmp/nodicts" GALLEY_DICT_DIRS="$tmp/nodicts" \
    "$GALLEY" "$top_srcdir/samples"
# The bad lines are said on standard error before the screen starts, so
# waiting for one's text does not mean the reader is up: a Down typed
# then reached the terminal before curses asked for application cursor
# keys and came as Esc "[B" (seen under valgrind).  Wait for the status
# line's form, which only the reader draws.
check "no dictionary: the bad line is shown first, two more waiting" \
    wait_for "galley/config:3: unknown setting 'bogus' (+2 more)"
keys Down
check "then the next bad line" wait_for "galley/config:5: unknown colour element 'nosuchthing'"
keys Down
check "then the dictionary notice" wait_for "dictionary 'en_US' not found"
keys Down
check "then the status line is free" wait_for "F1 help"
keys q
check "quits" wait_for "[exited 0]"

# An explicit --config that cannot be read is refused, as a bad option
# is: the reader does not start without the settings asked for.
start 120 24 "$GALLEY" --config="$tmp/nope/config" "$top_srcdir/samples"
check "missing explicit config is named" \
    wait_for "galley: $tmp/nope/config: No such file or directory"
check "and the reader does not start" wait_for "[exited 2]"
printf 'sort = title\n\001\002garbage\377\n' >"$tmp/bad"
start 120 24 "$GALLEY" --config="$tmp/bad" "$top_srcdir/samples"
check "garbage line reported" wait_for "bad:2: expected 'key = value'"
check "and the good line applied" wait_for "by title"
keys q
finish
