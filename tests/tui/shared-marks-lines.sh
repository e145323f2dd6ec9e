#!/bin/sh
# Gutter marks on the items of a list: two versions of an article end
# with the same three short items (too short to look up), and one puts
# five captions of its own before them, so that only the line pairing
# (copies_lines.c) finds them shared; # marks each with the one other
# source that carries it.  A caption of its own is not marked.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
list='<ul><li>Oat porridge</li><li>Green salad</li><li>Rye bread</li></ul>'
body='<p>The harbour running club published on Tuesday the plan its coaches use for the ten weeks before the spring race along the new quay.</p>
<p>Runners who follow it say the meals matter as much as the miles, and the club coach agrees that most beginners eat too little.</p>
<p>The club will publish the plan for the autumn race in August, its coach said, with more meals for those who run twice a day.</p>'
page() {	# TITLE EXTRA
	printf '<html><head><title>%s</title></head><body><article>\n<h1>%s</h1>\n%s\n%s%s\n</article></body></html>\n' \
	    "$1" "$1" "$body" "$2" "$list"
}
page 'Spring plan for the harbour run' '' >"$tmp/docs/a.html"
page 'Harbour run: the plan' '<p>Photo one</p><p>Photo two</p><p>Photo three</p><p>Photo four</p><p>Photo five</p>' \
    >"$tmp/docs/b.html"

start 80 40 "$GALLEY" "$tmp/docs/b.html" "$tmp/docs/a.html"
check "up" wait_for "Oat porridge"
keys '#'
check "# marks the paragraphs" wait_for " 1 The harbour running"
check "and each item of the list" wait_for " 1 Oat porridge"
check "the second item" wait_for " 1 Green salad"
check "the third item" wait_for " 1 Rye bread"
check "a caption of its own is not marked" \
    sh -c '! grep -q " 1 Photo" "$1"' sh "$tmp/screen"
keys q
check "quits" wait_for "[exited 0]"
finish
