#!/bin/sh
# After a z= correction that changes a word's length, the cells after it
# still map to the text after it: a click on a later misspelling puts
# the caret on the letter under the pointer, and the caret moved onto
# the corrected word is drawn on its correction.  The caret's colour is
# the theme's (THEME_CARET): reverse black on white, 48;5;231.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

{
	printf 'Harbour report\n\n'
	printf 'The port said that the goverment boats and teh new pier were ready.\n'
} >"$tmp/a.txt"

start 100 10 "$GALLEY" "$tmp/a.txt"
check "the article" wait_for "goverment boats"
check "the misspelling marked" wait_sgr "mgoverment" 20
keys ']' s z =
check "z= on goverment" wait_for "z= goverment:  1 government"
keys 1
check "corrected, one letter longer" wait_for "the government boats and teh"
screen
row=$(grep -n 'teh new' "$tmp/screen" | cut -d: -f1)
col=$(grep 'teh new' "$tmp/screen" | awk '{ print index($0, "teh new") }')
# Press and release button 1 on the "e" of "teh" (1-based columns).
keys -l "$(printf '\033[<0;%d;%dM' $((col + 1)) "$row")"
keys -l "$(printf '\033[<0;%d;%dm' $((col + 1)) "$row")"
check "the click puts the caret on the e of teh" wait_sgr "48;5;231me"
keys b b
check "b b: the caret on the word before, and" wait_sgr "48;5;231ma"
keys b b
check "b again: on the corrected word, drawn on its correction" \
    wait_sgr "48;5;231mgovernment"
keys Escape q
check "quits" wait_for "[exited 0]"

# A correction in the title line: the header shows the title corrected.
printf 'The port qauy opens in spring\n\nThe port authority said on Tuesday that the new quay would open in the spring.\n' \
    >"$tmp/t.txt"
printf '# galley corrections 1\n9\t13\tqauy\tquay\n' >"$tmp/t.txt.corrections"
start 100 20 "$GALLEY" "$tmp/t.txt"
check "the header: the title corrected" wait_for "The port quay opens in spring"
check "not as written" sh -c "! grep -q 'qauy' '$tmp/screen'"
keys r
check "the raw view: the header as written, as its text" wait_row 1 "The port qauy opens in spring"
keys q
check "quits again" wait_for "[exited 0]"
finish
