#!/bin/sh
# The reader on a page made to be slow (tests/cli/hostile-scale.sh): a tag
# with a million attributes took libxml2 hours, on the key loop's thread
# (loading runs there between keys), and q, Ctrl-C and SIGTERM waited for
# it.  Now it loads in a moment and the reader quits.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

d="$tmp/d"
mkdir "$d"
printf 'A plain article\n\nIts only paragraph.\n' >"$d/a.txt"
python3 - "$d/b.html" $((1000000 / ${GALLEY_HOSTILE_SCALE:-1})) <<'PY'
import sys
n = int(sys.argv[2])
with open(sys.argv[1], "wb") as f:
    f.write(b"<html><body><p")
    f.write(b"".join(b' a%d="%d"' % (i, i) for i in range(n)))
    f.write(b">after the attributes</p></body></html>")
PY

start 100 30 "$GALLEY" "$d"
check "the reader opens" wait_for "sources" 60
check "the hostile page loads" wait_gone "loading" 60
keys q
check "quits normally" wait_for "[exited 0]" 60
finish
