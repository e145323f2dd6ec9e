#!/bin/sh
# Proofreading in the reader: counts in the list, p/P to the problems with
# kind, text and suggestions on the status line, the problem list, a
# word added to the personal list taking effect at once in every source,
# and the reader without a dictionary.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
for n in 1 2; do
	printf 'Port headline number %s\n\nby Ann Example\n\nThe port authority said teh new pier would open in spring, after the zorbleflax delays that were caused by storms and by a shortage of steel.\nDockworkers said they were satisfied wiht the agreement reached with the port operators last week, and would return to work.\n' "$n" >"$tmp/docs/story$n.txt"
done
printf 'list-width = 60\n' >"$tmp/cfg"
start 130 30 "$GALLEY" --config="$tmp/cfg" "$tmp/docs"
check "the list counts problems" wait_for "err ent ann"
check "three problems in the first story" wait_row 2 "  3 "
keys Tab p
check "p: the first problem with suggestions" wait_for "spelling: teh -> the"
check "p: its position among the problems" wait_for "(1 of 3"
keys p
check "p again: the next one" wait_for "zorbleflax"
keys P
check "P goes back" wait_for "spelling: teh"
keys v
check "v lists the problems" wait_for "3 problems in"
check "the list shows file, line, column and kind" wait_for "story1.txt:5:25: spelling: teh"
keys j Enter
check "Enter goes to a problem" wait_for "(2 of 3"
# Add the invented word to the personal list: gone from both stories.
check "status names the word" wait_for "zorbleflax"
keys a
check "a adds the word" wait_for "'zorbleflax' added to your word list"
check "the personal list was written" grep -qx "zorbleflax" "$tmp/.local/share/galley/words"
check "the count dropped in this source" wait_row 2 "  2 "
check "and in the other source" wait_row 3 "  2 "
keys p i
check "i ignores for the session" wait_for "ignored for this session"
keys q
check "quits" wait_for "[exited 0]"

# Without the default dictionary: the warning on the status line, the
# checks that need no dictionary, and the entities.
mkdir -p "$tmp/nodicts" "$tmp/nodict"
printf 'Port headline in Niger\n\nThe port authority said teh new pier &nbsp; would open in spring, after the delays that were caused by storms and by a shortage of steel in Niger.\n' >"$tmp/nodict/story.txt"
start 130 30 env DICPATH="$tmp/nodicts" GALLEY_DICT_DIRS="$tmp/nodicts" "$GALLEY" --config="$tmp/cfg" "$tmp/nodict"
check "no dictionary: the warning" wait_for "spelling not checked: dictionary 'en_US' not found"
keys Tab p
check "no dictionary: p goes to the markup" wait_for "markup: &nbsp;"
check "no dictionary: the only problem (teh is not one)" wait_for "(1 of 1"
check "no dictionary: neither a nor i is offered on markup" wait_for "(1 of 1)"
keys a
check "a on a markup problem refuses: it is no word" \
    wait_for "a markup problem is not a word to add"
check "and writes nothing to the word list" \
    test ! -s "$tmp/.local/share/galley/words" -o "$(grep -c nbsp "$tmp/.local/share/galley/words")" -eq 0
keys e
check "no dictionary: the entities view" wait_for "1 entity in all sources"
check "no dictionary: entities still found" wait_for "GPE        2  Niger  (1 source)"
keys q q
check "no dictionary: quits" wait_for "[exited 0]"
finish
