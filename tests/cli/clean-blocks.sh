#!/bin/sh
# galley clean honours the blocks the user kept or dropped in the reader
# (ARTICLE.blocks: keep or drop, the hash of the block's text): a kept
# block is printed, a dropped one is not, a choice survives the page
# moving around it, and a damaged or refused file is named with its
# line and column.
. "$top_srcdir/tests/cli/lib.sh"

cat >"$tmp/m.html" <<'EOT'
<html><head><title>Harbour report</title></head><body><article>
<h1>Harbour report</h1>
<p>The port authority said on Monday that the new pier would be ready by spring, after a long and cold winter of work on the quay and the cranes.</p>
<div class="newsletter-signup"><p>Sign up for our newsletter</p><p>Subscribe now</p></div>
<p>Engineers said that the cranes and the old pier would need work until the end of the summer at the latest, and that the budget would hold.</p>
</article>
<footer><p>Copyright 2024 Harbour Times</p></footer>
</body></html>
EOT

# The key, as the man page gives it: FNV-1a (64 bits) of the text with
# white space runs one space, trimmed, ASCII letters lower-cased.
key() {
	python3 -c '
import sys
t = " ".join(sys.argv[1].split()).encode()
t = bytes(c + 32 if 65 <= c <= 90 else c for c in t)
h = 0xcbf29ce484222325
for c in t:
    h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
print("%016x" % h)' "$1"
}

expect_status 0 "clean without a choice" "$GALLEY" clean "$tmp/m.html"
cp "$tmp/out" "$tmp/plain"
check "the box is dropped" sh -c "! grep -q 'Subscribe now' '$tmp/plain'"

{
	echo '# galley blocks 1'
	printf 'keep\t%s\tSubscribe now\n' "$(key 'Subscribe now')"
	printf 'drop\t%s\n' "$(key 'Engineers said that the cranes and the old pier would need work until the end of the summer at the latest, and that the budget would hold.')"
} >"$tmp/m.html.blocks"
expect_status 0 "clean with choices" "$GALLEY" clean "$tmp/m.html"
check "a kept block is printed" grep -qx 'Subscribe now' "$tmp/out"
check "its neighbour stays dropped" sh -c "! grep -q 'Sign up for' '$tmp/out'"
check "a dropped block is not" sh -c "! grep -q 'Engineers said' '$tmp/out'"
check "the rest as it was" grep -q 'the quay and the cranes.$' "$tmp/out"
expect_status 0 "clean --format=json with choices" "$GALLEY" clean --format=json "$tmp/m.html"
check "the JSON body too" grep -q 'the cranes.\\n\\nSubscribe now"' "$tmp/out"
expect_status 0 "clean --corrected with choices" "$GALLEY" clean --corrected "$tmp/m.html"
check "and --corrected" grep -qx 'Subscribe now' "$tmp/out"

# The page edited elsewhere, the block re-wrapped and re-cased: the
# choice still holds.
sed -e 's|<p>Subscribe now</p>|<p>SUBSCRIBE\n   now</p>|' \
    -e 's|<h1>Harbour report</h1>|<h1>Harbour report</h1><p>Updated on Tuesday with the mayor'"'"'s words on the budget and the length of the work on the pier.</p>|' \
    "$tmp/m.html" >"$tmp/e.html"
cp "$tmp/m.html.blocks" "$tmp/e.html.blocks"
expect_status 0 "clean an edited page" "$GALLEY" clean "$tmp/e.html"
check "the kept block survives the edit" grep -q 'SUBSCRIBE' "$tmp/out"

# No file: output unchanged; --raw ignores the choices.
rm "$tmp/e.html.blocks"
expect_status 0 "clean --raw with choices" "$GALLEY" clean --raw "$tmp/m.html"
check "--raw prints all" grep -q 'Engineers said' "$tmp/out"

# A damaged file: named with line and column, the lines before it hold.
{
	echo '# galley blocks 1'
	printf 'keep\t%s\n' "$(key 'Subscribe now')"
	printf 'keep\t12345\n'
} >"$tmp/m.html.blocks"
expect_status 2 "a damaged file: exit 2" "$GALLEY" clean "$tmp/m.html"
check "named with line and column" grep -q 'm.html.blocks:3:6: not a hash' "$tmp/err"
check "the lines before it hold" grep -qx 'Subscribe now' "$tmp/out"
printf 'hold\t%s\n' "$(key 'Subscribe now')" >"$tmp/m.html.blocks"
expect_status 2 "neither keep nor drop" "$GALLEY" clean "$tmp/m.html"
check "said so at column 1" grep -q 'm.html.blocks:1:1: neither keep nor drop' "$tmp/err"

# A link is refused, never followed.
printf 'keep\t%s\n' "$(key 'Subscribe now')" >"$tmp/elsewhere"
rm "$tmp/m.html.blocks"
ln -s "$tmp/elsewhere" "$tmp/m.html.blocks"
expect_status 2 "a link: refused" "$GALLEY" clean "$tmp/m.html"
check "the link is named" grep -q 'm.html.blocks: cannot read' "$tmp/err"
check "and not followed" sh -c "! grep -q 'Subscribe now' '$tmp/out'"
finish
