#!/bin/sh
# Characters that take more or less than one cell: combining marks stay
# on their base letter (decomposed text, as macOS and some feeds write
# it), in the article, the header and the source list.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/g"
acute=$(printf '\314\201')
# "Café résumé" with each é written as e + U+0301 COMBINING ACUTE ACCENT.
cafe="Cafe${acute} re${acute}sume${acute}"
printf 'Decomposed %s headline\n\nby Ame%slie Writer\n\nThe %s paragraph is long enough to be kept by the cleaner, with enough ordinary words in it to count as prose.\n' \
    "$cafe" "$acute" "$cafe" >"$tmp/g/nfd.txt"
printf 'Second headline\n\nby Someone Else\n\nA plain paragraph of the second article, long enough to be kept by the cleaner, with words.\n' >"$tmp/g/plain.txt"

start 110 24 "$GALLEY" "$tmp/g"
check "reader up" wait_for "2 sources"
check "the article keeps the combining accents" wait_for "The $cafe paragraph"
check "the header keeps them" wait_for "Ame${acute}lie Writer"
check "the list keeps them" wait_for "*Decomposed $cafe"
keys q
check "quits" wait_for "[exited 0]"
finish
