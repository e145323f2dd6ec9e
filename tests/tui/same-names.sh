#!/bin/sh
# Files of one base name in different directories (two sites' index.html,
# two days' story.txt) are told apart in the source list and the :grep
# list by as much of their path as it takes; a unique name stays short.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/one" "$tmp/two"
printf 'The harbour master said the quay would reopen in the spring.\n' >"$tmp/one/story.txt"
printf 'The council said the harbour road would close for a week.\n' >"$tmp/two/story.txt"
printf 'Rain is expected over the hills tonight, the forecasters said.\n' >"$tmp/two/weather.txt"

start 120 24 sh -c "'cd $tmp && exec $GALLEY one/story.txt two/story.txt two/weather.txt'"
check "reader up" wait_for "3 sources"
# The list's columns only: the pane's header shows the open file's path.
check "the first story by its directory" wait_until sh -c \
    "sed -n 2,4p '$tmp/screen' | cut -c1-40 | grep -q 'one/story.txt'"
check "the second by its" wait_until sh -c \
    "sed -n 2,4p '$tmp/screen' | cut -c1-40 | grep -q 'two/story.txt'"
check "a unique name stays short" wait_until sh -c \
    "grep -Eq '[ *]weather.txt ' '$tmp/screen' && ! grep -q 'two/weather' '$tmp/screen'"
keys : "grep harbour" Enter
check ":grep lists both" wait_for "2 hits for harbour"
check ":grep names the first by its directory" wait_for "one/story.txt"
check ":grep names the second by its" wait_for "two/story.txt"
keys q q
check "quits" wait_for "[exited 0]"
finish
