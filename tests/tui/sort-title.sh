#!/bin/sh
# Sorted by title, a title's leading quotation marks are left out and a
# curly quote is the straight one, as / finds it: a headline that starts
# with ‘ or “ sorts by its first word among the others, not after every
# Cyrillic and Hangul one (the bytes of U+2018 come after theirs).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
body='The council met on Monday to talk about the budget for the coming year and the new roads.'
title() {
	printf '%s\n\n%s\n' "$2" "$body" >"$tmp/docs/$1.txt"
}
title a "Самые популярные новости недели"
title b "‘He died in the mine,’ says his brother"
title c "'We had some warning' say villagers"
title d "Meth seizures rise at the border"
title e "“Quiet” streets return to the capital"
title f "\"Fair\" prices promised at the market"

# order: the list's rows 2 to 7, in turn, hold each argument.
order() {
	n=2
	for want; do
		sed -n "${n}p" "$tmp/screen" | grep -qF -- "$want" || return 1
		n=$((n + 1))
	done
}

start 120 24 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "6 sources, by path"
check "every title read" wait_until order "Самые" "He died" "We had" \
    "Meth" "Quiet" "Fair"
keys s
check "by title" wait_for "6 sources, by title"
check "leading quotation marks left out, straight or curly" \
    wait_until order "Fair" "He died" "Meth" "Quiet" "We had" "Самые"
keys q
check "quits" wait_for "[exited 0]"
finish
