#!/bin/sh
# o: the source's URL (the canonical link before og:url; a text dump's
# address in its header) goes to $BROWSER as one argv word, never
# through a shell (';' and '$(...)' stay text), in the background: the
# reader answers keys while the browser runs.  With no browser and no
# display the status line shows the URL and y copies it.  At 80x24 and
# 120x40, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
# (start passes its words to a shell: a word with spaces is quoted.)

mkdir -p "$tmp/docs"
url="https://news.example.com/a;b?q=\$(touch $tmp/pwned)&x=1"
cat >"$tmp/docs/page.html" <<HTML
<html><head><title>Harbour talks resume</title>
<meta property="og:url" content="https://news.example.com/og">
<link rel="canonical" href="$url">
</head><body><article><h1>Harbour talks resume</h1>
<p>The council met again on the matter of the harbour and the new pier,
and the mayor said talks would resume on Monday after a long pause.</p>
</article></body></html>
HTML
printf 'A measured report\n\nby Ann Example\n\nSource: <https://example.org/story?id=7>.\n\nThe council met again on the harbour and the pier, and said so at length.\n' \
    >"$tmp/docs/story.txt"
printf 'No address\n\nThe council met again on the harbour and the pier, and said so at length.\n' \
    >"$tmp/docs/plain.txt"

# The fake browser writes its arguments, one a line, then stays.
cat >"$tmp/browser" <<SH
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done >"$tmp/argv.tmp"
mv "$tmp/argv.tmp" "$tmp/argv"
exec sleep 30
SH
chmod +x "$tmp/browser"

# wait_argv FILE: poll until the browser's arguments are FILE's lines.
wait_argv() {
	i=0
	while [ "$i" -lt $((100 * scale)) ]; do
		cmp -s "$tmp/argv" "$1" 2>/dev/null && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (the browser's arguments were:)"
	sed 's/^/  | /' "$tmp/argv" 2>/dev/null
	return 1
}

for size in "80 24" "120 40"; do
	for lang in C.UTF-8 C; do
		sz="$(echo $size | tr ' ' x) $lang"
		rm -f "$tmp/argv"
		TEST_LANG=$lang start $size DISPLAY= WAYLAND_DISPLAY= \
		    "'BROWSER=/nonexistent/browser %s:$tmp/browser --new-tab %s'" \
		    "$GALLEY" "$tmp/docs/page.html"
		check "$sz: up" wait_for "The council met"
		keys o
		printf '%s\n' --new-tab "$url" >"$tmp/want"
		check "$sz: the second command of \$BROWSER gets the canonical URL, one word" \
		    wait_argv "$tmp/want"
		check "$sz: says it opens it" wait_for "opening https://news.example.com/a;b"
		check "$sz: no shell ran the URL" test ! -e "$tmp/pwned"
		# The browser still runs: the reader is not waiting for it.
		keys j q
		check "$sz: quits while the browser runs" wait_for "[exited 0]" 5
	done
done

# No %s: the URL is appended; a text dump's address in its header.
rm -f "$tmp/argv"
start 80 24 "BROWSER=$tmp/browser" "$GALLEY" "$tmp/docs/story.txt"
check "text: up" wait_for "The council met"
keys o
printf '%s\n' "https://example.org/story?id=7" >"$tmp/want"
check "text: the header's address, appended" wait_argv "$tmp/want"
keys q
check "text: quits" wait_for "[exited 0]"

# No address anywhere.
start 80 24 "BROWSER=$tmp/browser" "$GALLEY" "$tmp/docs/plain.txt"
check "none: up" wait_for "The council met"
keys o
check "none: says there is no URL" wait_for "no URL known for this source"
keys q
check "none: quits" wait_for "[exited 0]"

# A BROWSER that names no program, and no display for xdg-open: galley
# does not claim to open anything; it shows the URL for y.
start 120 40 BROWSER=/nonexistent/browser DISPLAY= WAYLAND_DISPLAY= \
    "$GALLEY" "$tmp/docs/page.html"
check "browser missing: up" wait_for "The council met"
keys o
check "browser missing: says so and shows the URL" \
    wait_for "no browser could be started, y copies it: https://news.example.com/a;b"
keys q
check "browser missing: quits" wait_for "[exited 0]"

# At 80 columns a URL longer than the status line is shown whole, on
# as many rows as it takes, and the panes come back after the next key.
for lang in C.UTF-8 C; do
	TEST_LANG=$lang start 80 24 BROWSER= DISPLAY= WAYLAND_DISPLAY= \
	    "$GALLEY" "$tmp/docs/page.html"
	check "80 cols $lang: up" wait_for "The council met"
	keys o
	check "80 cols $lang: says there is no browser" \
	    wait_for "no browser, y copies it: https://news.example.com/a;b"
	# The message's rows joined again, without the blanks: a row
	# broken at a space (this URL holds one) loses it at its end.
	check "80 cols $lang: the whole URL is on screen" \
	    wait_until sh -c "tail -n 3 '$tmp/screen' | tr -d ' \\n' | grep -qF -- \"ycopiesit:\$(printf %s \"\$1\" | tr -d ' ')\"" sh "$url"
	keys j
	check "80 cols $lang: one status row again" wait_for "F1 help"
	check "80 cols $lang: the URL's rows are gone" wait_gone "x=1"
	keys q
	check "80 cols $lang: quits" wait_for "[exited 0]"
done

# A message that fits the row but not beside the position takes a row
# of its own above it; the position stays.
printf '<html><head><title>Pier</title><link rel="canonical" href="https://news.example.com/the-pier-opens-in-spring">\n</head><body><article><h1>Pier</h1><p>The council met again on the matter of the harbour and the new pier, and said so at length.</p></article></body></html>\n' \
    >"$tmp/docs/pier.html"
start 80 24 BROWSER= DISPLAY= WAYLAND_DISPLAY= "$GALLEY" "$tmp/docs/pier.html"
check "one row: up" wait_for "The council met"
keys o
check "one row: the URL whole" \
    wait_for "no browser, y copies it: https://news.example.com/the-pier-opens-in-spring"
check "one row: the position stays" wait_for "CLEAN 1/1"
keys q
check "one row: quits" wait_for "[exited 0]"

# No browser, no display (over SSH): shown, and y copies it.
for lang in C.UTF-8 C; do
	TEST_LANG=$lang start 120 40 BROWSER= DISPLAY= WAYLAND_DISPLAY= \
	    "$GALLEY" "$tmp/docs/page.html"
	$TMUX_CMD set-option -g set-clipboard on >/dev/null
	check "no browser $lang: up" wait_for "The council met"
	keys o
	check "no browser $lang: shows the URL" \
	    wait_for "no browser, y copies it: https://news.example.com/a;b"
	keys y
	check "no browser $lang: y says it copied" wait_for "yanked 1 line (OSC 52)"
	printf '%s' "$url" >"$tmp/want"
	$TMUX_CMD show-buffer >"$tmp/buffer"
	check "no browser $lang: y copied the URL" cmp "$tmp/buffer" "$tmp/want"
	keys q
	check "no browser $lang: quits" wait_for "[exited 0]"
done
finish
