#!/bin/sh
# A <pre> block keeps its line breaks and indentation: galley clean
# prints its lines as lines (they were joined into one), the JSON body
# has them as \n, and the block's offsets still cut it out.
. "$top_srcdir/tests/cli/lib.sh"

page="$tmp/pre.html"
cp "$top_srcdir/tests/cli/pre-page.html" "$page"
"$GALLEY" clean "$page" >"$tmp/out" 2>"$tmp/err" || fail "clean"
check "the first line of the block is a line" grep -qx "berth   depth" "$tmp/out"
check "the second too" grep -qx "north   12 m" "$tmp/out"
check "the third, its tab as spaces" grep -qx "    south   9 m" "$tmp/out"
check "in that order" sh -c "grep -A2 -x 'berth   depth' '$tmp/out' | tr '\n' '|' | grep -qx 'berth   depth|north   12 m|    south   9 m|'"
check "the paragraphs around it stay whole" grep -q "^Dockworkers said .* first step\.$" "$tmp/out"
check "nothing said on stderr" test ! -s "$tmp/err"
"$GALLEY" clean --format=json "$page" >"$tmp/json" || fail "clean json"
check "the JSON body keeps the breaks" \
	grep -q 'berth   depth\\nnorth   12 m\\n    south   9 m' "$tmp/json"
# The newline after <pre> goes, the first line's indentation stays; an
# empty <pre> lends no space to the paragraph after it.
printf '<html><body><pre> </pre><p>Some intro text that is long enough to be a paragraph of the page.</p>\n<pre>\n    indented first\n  second</pre></body></html>\n' >"$tmp/indent.html"
"$GALLEY" clean "$tmp/indent.html" >"$tmp/out2" || fail "clean indent"
check "the first line keeps its indentation" grep -qx "    indented first" "$tmp/out2"
check "the next line too" grep -qx "  second" "$tmp/out2"
check "no blank line opens the block" \
	sh -c "grep -B2 -x '    indented first' '$tmp/out2' | head -1 | grep -q '^Some intro'"
check "the paragraph starts at its first word" grep -qx "Some intro text.*page\." "$tmp/out2"
finish
