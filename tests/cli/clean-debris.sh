#!/bin/sh
# galley clean leaves out the markup debris galley check reports (a tag
# typed as text, CSS glued into a sentence) and a paragraph of nothing
# else; --raw, the JSON blocks and check's offsets still see all of it.
. "$top_srcdir/tests/cli/lib.sh"

cat >"$tmp/d.html" <<'EOT'
<html><head><title>Harbour report</title></head><body><article>
<h1>Harbour report</h1>
<p>The port authority said on Monday that the new pier would be ready by spring, after a long and cold winter of work. < / li ></p>
<p>< strong >></p>
<p>Engineers said tdstyle;textalign:left that the cranes and the old pier would need work until the end of the summer, AT&amp;T said.</p>
</article></body></html>
EOT

expect_status 0 "clean" "$GALLEY" clean "$tmp/d.html"
cat >"$tmp/want" <<'EOT'
Harbour report

The port authority said on Monday that the new pier would be ready by spring, after a long and cold winter of work.

Engineers said that the cranes and the old pier would need work until the end of the summer, AT&T said.
EOT
check "debris and its block left out, the spaces around it too" cmp -s "$tmp/out" "$tmp/want"

expect_status 0 "clean --raw" "$GALLEY" clean --raw "$tmp/d.html"
check "--raw keeps the tag" grep -q 'winter of work. < / li >$' "$tmp/out"
check "--raw keeps the lone block" grep -qx '< strong >>' "$tmp/out"
check "--raw keeps the CSS" grep -q 'said tdstyle;textalign:left that' "$tmp/out"

expect_status 0 "clean --format=json" "$GALLEY" clean --format=json "$tmp/d.html"
check "the JSON body leaves debris out" \
    grep -q '"body":"The port authority[^"]*winter of work.\\n\\nEngineers said that the cranes' "$tmp/out"
# The blocks still cover the decoded text: the third line is the lone
# debris block, kept or not, at its offsets.
expect_status 0 "clean --raw again" "$GALLEY" clean --raw "$tmp/d.html"
start=$(awk 'NR < 3 { n += length($0) + 1 } END { print n }' "$tmp/out")
"$GALLEY" clean --format=json "$tmp/d.html" >"$tmp/json"
check "block offsets are those of the decoded text" \
    grep -q "\"start\":$start,\"end\":$((start + 11)),\"line\":3" "$tmp/json"

# Debris between two words is never hidden so as to glue them.
printf 'Harbour note\n\nThe mayor Ann Smith&nbsp;said the new pier of the harbour would open in the spring, and Bob Jones&nbsp; said the old pier would close in the autumn after the end of the season of work.<br>Next year the town will build a third pier.\n' >"$tmp/glue.txt"
expect_status 0 "clean glue" "$GALLEY" clean "$tmp/glue.txt"
check "no two words glued" sh -c "! grep -qE 'Smithsaid|Jonessaid|work\.Next' '$tmp/out'"
check "a space stays where debris went" grep -q 'Bob Jones said the old pier' "$tmp/out"

# check still reports the debris, at its place in the decoded text.
"$GALLEY" check "$tmp/d.html" >"$tmp/check" 2>&1
check "check still flags the tag" grep -q ':3:[0-9]*: markup: < / li >' "$tmp/check"
check "check still flags the CSS" grep -q 'markup: tdstyle;textalign:left' "$tmp/check"
XDG_DATA_HOME=$tmp/xdg
export XDG_DATA_HOME
unset DICPATH
# --corrected leaves the same debris out, and applies the corrections
# between it.
printf 'Harbour note\n\nThe port authority said teh new pier < / li > would open in the spring after a long winter of work on the quay.\n\n< strong >>\n\nEngineers said tdstyle;textalign:left that the cranes would need work.\n' >"$tmp/c.txt"
expect_status 0 "clean plain" "$GALLEY" clean "$tmp/c.txt"
sed 's/ teh / the /' "$tmp/out" >"$tmp/want-c"
expect_status 1 "check finds teh" "$GALLEY" check -d en_US --no-user-words --format=json "$tmp/c.txt"
teh=$(sed 's/.*"start":\([0-9]*\),"end":\([0-9]*\),[^}]*"text":"teh".*/\1 \2/' "$tmp/out")
set -- $teh
printf '# galley corrections 1\n%s\t%s\tteh\tthe\n' "$1" "$2" >"$tmp/c.txt.corrections"
expect_status 0 "clean --corrected" "$GALLEY" clean --corrected "$tmp/c.txt"
check "--corrected hides what clean hides" cmp -s "$tmp/out" "$tmp/want-c"
check "and corrects" grep -q 'said the new pier would open' "$tmp/out"
rm "$tmp/c.txt.corrections"
expect_status 0 "clean --corrected, no corrections" "$GALLEY" clean --corrected "$tmp/c.txt"
"$GALLEY" clean "$tmp/c.txt" >"$tmp/plain"
check "with none, the same as clean" cmp -s "$tmp/out" "$tmp/plain"
finish
