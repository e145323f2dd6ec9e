#!/bin/sh
# Without colour (NO_COLOR) an annotation, a search match and the
# current match stay apart on entity words too (QA 22.2: all three were
# bold, italic and reverse on an annotated place name).  A match and
# the selection take the place of the attributes below them; an
# annotation is reverse and underlined, added to the entity's own.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
cat >"$tmp/docs/a.txt" <<'EOT'
Niger junta ends military pact

The government of Niger said on Tuesday that the pact signed with Russia had expired, and Niger officials said Mali would follow. Niger has long planned the break.
EOT
GALLEY_USER="Test Annotator"
export GALLEY_USER
for q in "Niger officials" Mali; do
	"$GALLEY" annotate "$tmp/docs/a.txt" --quote "$q" --tag note \
	    >/dev/null || fail "annotate $q"
done
esc=$(printf '\033')

# sgr_of BEFORE WORD: the SGR parameters the capture sets between the
# text BEFORE and WORD.
sgr_of() {
	grep -o "$1$esc\[[0-9;]*m$2" "$tmp/sgr" | head -1 |
	    sed "s/^$1$esc\[//; s/m$2\$//"
}

start 80 24 env NO_COLOR=1 "$GALLEY" "$tmp/docs/a.txt"
check "up" wait_for "Niger junta"
keys / Niger Enter
# The current match is the first Niger of the body, an entity; the
# second is annotated as well, the third a plain match.
check "the current match: bold reverse, in place of the entity's" \
    wait_sgr "of ${esc}[1;7mNiger"
check "another match: italic reverse" wait_sgr "follow. ${esc}[3;7mNiger"
check "a match on an annotation looks as a match" \
    wait_sgr "${esc}[3;7mNiger${esc}[0;4;7m"
check "an annotated place: the entity's bold italic, reverse underlined" \
    wait_sgr "${esc}[1;3;4;7mMali"
cur=$(sgr_of "of " Niger)
other=$(sgr_of "follow. " Niger)
anno=$(sgr_of "said " Mali)
check "the three are apart ($cur, $other, $anno)" test -n "$cur" -a \
    -n "$other" -a -n "$anno" -a "$cur" != "$other" -a "$cur" != "$anno" \
    -a "$other" != "$anno"
keys q
check "quits" wait_for "[exited 0]"

# A vt100 has no italic: the selection and the current match still
# differ (QA 29.4: both were bold reverse).
TEST_TERM=vt100 start 80 24 env NO_COLOR=1 "$GALLEY" "$tmp/docs/a.txt"
check "vt100: up" wait_for "Niger junta"
keys / Niger Enter
check "vt100: the current match" wait_sgr "of ${esc}[1;7mNiger"
# The caret starts on the current match: select "said" after it.
keys m w v w
check "vt100: selecting" wait_for "SELECT"
# sel_apart: on a fresh capture, "said" is drawn selected, apart from
# the current match (polled: the pane may still be being drawn).
sel_apart() {
	screen_sgr
	sel=$(sgr_of " " said)
	cur=$(sgr_of "of " Niger)
	test -n "$sel" -a "$sel" != "$cur"
}
wait_until sel_apart
check "vt100: the selection and the current match apart ($sel, $cur)" \
    test -n "$sel" -a "$sel" != "$cur"
keys Escape q
finish
