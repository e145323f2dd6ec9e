#!/bin/sh
# Mentions the model is unsure of (score under the entity-confidence
# setting) are dimmed, with colour and without; a mention the user
# retyped has no score and is never dimmed; 0 dims none.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/entities-lib.sh"

mkdir -p "$tmp/docs" "$tmp/xdg/galley"
printf 'Talks in Niamey\n\nAnalysts said Abdourahamane Tiani had long planned the break with Russia, and Tiani said so in private talks with Moscow.\n' >"$tmp/docs/c.txt"
check "the model scores the names" sh -c \
	"'$GALLEY' entities --format=json '$tmp/docs/c.txt' | grep -q '\"text\":\"Russia\",\"canonical\":\"Russia\",\"score\":0'"

dimmed() {
	sgr_of "$1" | grep -qw 2
}
# look CONFIDENCE [ENV...]: the reader on the article with that setting.
look() {
	printf 'entity-confidence = %s\n' "$1" >"$tmp/xdg/galley/config"
	shift
	start 120 20 "$@" "$GALLEY" "$tmp/docs/c.txt"
	wait_for "private talks" >/dev/null
	wait_sgr "mRussia" 20 >/dev/null
	settle
	screen_sgr
}

look 1
check "colour: under the setting, dimmed" dimmed "Russia"
check "colour: still in a colour of its own" sh -c "echo '$(sgr_of Russia)' | grep -q 38"
keys q
look 0
check "colour: highlighted" test -n "$(sgr_of Russia)"
if dimmed Russia; then fail "colour: 0 dims none (SGR $(sgr_of Russia))"; else pass "colour: Russia not dimmed at 0"; fi
keys q
look 1 NO_COLOR=1
check "no colour: under the setting, dimmed" dimmed "Russia"
unsure=$(sgr_of Russia)
keys q
look 0 NO_COLOR=1
if dimmed Russia; then fail "no colour: 0 dims none"; else pass "no colour: not dimmed at 0"; fi
check "no colour: the type's attributes" test -n "$(sgr_of Russia)"
# Never dim alone: the type's look, and dim.
check "no colour: unsure, the type's attributes and dim" \
    test "$unsure" = "$(printf '%s\n' 2 $(sgr_of Russia) | sort | tr '\n' ' ')"
keys q
# Retyped by the user: no score, never dimmed.
printf 'type\tRussia\tGPE\n' >"$tmp/docs/.galley-entities"
look 1
if dimmed Russia; then fail "a retyped mention is not dimmed"; else pass "a retyped mention is not dimmed"; fi
check "the others still are" dimmed "Moscow"
keys q
check "quits" wait_for "[exited 0]"
finish
