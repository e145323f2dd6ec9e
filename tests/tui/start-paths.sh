#!/bin/sh
# A path that cannot be opened is said on the reader's status line, not
# only on standard error before the screen hid it, and again after q.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir "$tmp/d"
cp "$top_srcdir/samples/sorghum-study.txt" "$top_srcdir/samples/koulanta-fuel.txt" "$tmp/d/"
cp "$top_srcdir/samples/sahel-intelligence.txt" "$tmp/one.txt"

start 120 24 "$GALLEY" "$tmp/nonexist" "$tmp/d" "$tmp/one.txt"
check "the reader says which path it could not open" \
    wait_for "could not open 1 path: $tmp/nonexist: No such file or directory"
check "and shows the others" wait_for "3 sources"
keys q
check "quits with status 2" wait_for "[exited 2]"
check "standard error says it after the screen" \
    wait_for "galley: $tmp/nonexist: No such file or directory"

# Two missing: each its own notice, the second after a key.
start 120 24 "$GALLEY" "$tmp/gone1" "$tmp/gone2" "$tmp/d"
check "the first" wait_for "could not open 2 paths: $tmp/gone1: No such"
keys j
check "then the second" wait_for "could not open 2 paths: $tmp/gone2: No such"
keys q
check "quits with status 2" wait_for "[exited 2]"
# A path is untrusted text: its control characters are shown, not sent.
esc=$(printf '\033')
start 120 24 "$GALLEY" "'$tmp/x${esc}[31mred'" "$tmp/d"
check "an escape in the path is shown as a symbol" \
    wait_for "could not open 1 path: $tmp/x␛[31mred: No such file"
keys q
check "quits with status 2" wait_for "[exited 2]"

# A directory without an article is such a path, named as batch commands
# name it; alone, it is an error before any screen.
mkdir "$tmp/empty"
start 120 24 "$GALLEY" "$tmp/empty" "$tmp/one.txt"
check "an empty directory is said" \
    wait_for "could not open 1 path: $tmp/empty: no article files (*.txt"
keys q
check "empty directory: quits with status 2" wait_for "[exited 2]"
check "empty directory: said again after the screen" \
    wait_for "galley: $tmp/empty: no article files (*.txt, *.text, *.htm, *.html, *.xhtml) found"
start 120 24 "$GALLEY" "$tmp/empty"
check "an empty directory alone: named" \
    wait_for "galley: $tmp/empty: no article files (*.txt, *.text, *.htm, *.html, *.xhtml) found"
check "an empty directory alone: exit 2" wait_for "[exited 2]"

# Standard input after a file: refused as a first one is, in a terminal
# too (the reader would have read its source from the keyboard).
start 120 24 "$GALLEY" "$tmp/one.txt" -
check "- after a file: said" wait_for "galley: the reader reads files; for standard input use 'galley clean -'"
check "- after a file: exit 2" wait_for "[exited 2]"
finish
