#!/bin/sh
# Text written without spaces between words (Chinese here) is compared
# a character at a time: compare shows the one character that changed,
# not the whole paragraph, and copies knows two versions of a Chinese
# story as one.  Before, a paragraph of Chinese was one "word": compare
# said the paragraph changed, and copies found too few words to look it
# up and put the versions in two stories.  --format=wdiff joins the
# words as the text has them, with no space between two characters
# (QA 30, finding 4: the marks stood apart).
. "$top_srcdir/tests/cli/lib.sh"

printf '%s\n\n%s%s\n\n%s\n' '北京新闻' \
	'会议主席在周二表示，新码头将在春天开放，此前因风暴延误了两年。码头工人曾威胁要罢工，现在表示对协议感到满意。' \
	'会议将持续三天，各方代表将讨论未来的合作计划和资金安排。' \
	'市长称这是一个更大计划的第一步，并感谢所有参与建设的工人和工程师。' >"$tmp/a.txt"
sed 's/三天/四天/' "$tmp/a.txt" >"$tmp/b.txt"

expect_status 1 "compare: the versions differ" "$GALLEY" compare "$tmp/a.txt" "$tmp/b.txt"
check "compare: the one character changed" grep -q ': changed: 三 -> 四$' "$tmp/out"
check "compare: nothing else" test "$(wc -l <"$tmp/out")" -eq 1
check "compare: GNU column in screen columns (wide characters)" \
	grep -q "b.txt:3:119: changed" "$tmp/out"
expect_status 1 "wdiff: the versions differ" "$GALLEY" compare --format=wdiff "$tmp/a.txt" "$tmp/b.txt"
check "wdiff: marks in place, no space put between characters" \
	grep -q '会议将持续\[-三-\]{+四+}天，各方' "$tmp/out"
expect_status 0 "copies" "$GALLEY" copies "$tmp/a.txt" "$tmp/b.txt"
check "copies: one story" sh -c "! grep -q '^2	file' '$tmp/out'"
check "copies: the paragraph is shared" grep -q '	shared	.*a.txt	6	' "$tmp/out"
finish
