#!/bin/sh
# A type decision types the whole entity: t on a full name retypes its
# surname too, in the entities view and in the highlights, at once and on
# the next start (before the view is opened), and the group stays whole.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/entities-lib.sh"

mkdir -p "$tmp/docs"
printf 'Talks in Niamey\n\nAnalysts said Abdourahamane Tiani had long planned the break with Russia, and Tiani said so in private talks.\n' >"$tmp/docs/c.txt"
printf 'Niger junta\n\nThe statement came from Abdourahamane Tiani on Tuesday.\n' >"$tmp/docs/d.txt"

# The surname ("Tiani said") is drawn as the full name is, within ten
# seconds (the highlights come with the background analysis).
same_look() {
	i=0
	while [ "$i" -lt $((200 * scale)) ]; do
		screen_sgr
		full=$(sgr_of "Abdourahamane")
		short=$(sgr_of "Tiani")
		[ -n "$full" ] && [ "$full" = "$short" ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (full name: '$full', surname: '$short')"
	return 1
}

start 130 30 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "2 sources"
wait_for "private talks" >/dev/null
keys e
check "one entity for the name and its surname" wait_for "Abdourahamane Tiani  (2 sources; also Tiani)"
keys : "type Abdourahamane Tiani ORG" Enter
check "type reported" wait_for "Abdourahamane Tiani is now ORG"
check "the group keeps its surname, retyped" wait_for "Abdourahamane Tiani  (2 sources; also Tiani)"
# The row showed the same words before: wait for its new type.
check "the row has the type decided" wait_until grep -Eq "ORG .* Abdourahamane Tiani  \(2 sources; also Tiani\)" "$tmp/screen"
check "no row of the surname alone" sh -c "! grep -q 'Tiani  (1 source)' '$tmp/screen'"
keys q
wait_gone "entities in all sources" >/dev/null
check "the surname is highlighted as its entity" same_look
keys q
check "quits" wait_for "[exited 0]"

start 130 30 "$GALLEY" "$tmp/docs"
check "reader up again" wait_for "2 sources"
wait_for "private talks" >/dev/null
check "on the next start, before the view opens" same_look
keys q
check "quits again" wait_for "[exited 0]"
finish
