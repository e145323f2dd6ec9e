#!/bin/sh
# Several bad lines in the settings file: each is said on standard error,
# naming the file and its line, before the reader starts (as vim and
# tmux do), the status line shows the first and how many more wait, and
# the good lines still apply.  galley annotate says them too.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/xdg/galley" "$tmp/docs"
cat >"$tmp/xdg/galley/config" <<'EOT'
sort = title
bogus = 1
list-width = 5
no equals sign here
EOT
printf 'Harbour headline\n\nThe port authority said the new pier would open in spring.\n' >"$tmp/docs/a.txt"
printf 'Another headline\n\nThe council said the road would close.\n' >"$tmp/docs/b.txt"
cfg="$tmp/xdg/galley/config"

start 120 24 sh -c "'$GALLEY $tmp/docs 2>$tmp/err'"
check "the good lines apply" wait_for "by title"
check "the first bad line on the status line" \
    wait_for "config:2: unknown setting 'bogus' (+2 more)"
for want in "galley: $cfg:2: unknown setting 'bogus'" \
    "galley: $cfg:3: list-width must be" \
    "galley: $cfg:4: expected 'key = value'"; do
	check "on standard error: $want" grep -qF "$want" "$tmp/err"
done
check "one line each" test "$(wc -l <"$tmp/err")" -eq 3
keys q
check "quits" wait_for "[exited 0]"

# A batch command reads the settings (who annotates) and says them too.
XDG_CONFIG_HOME="$tmp/xdg" HOME="$tmp" GALLEY_USER=Tester
export XDG_CONFIG_HOME HOME GALLEY_USER
expect_status 0 "annotate with a bad settings file" \
    "$GALLEY" annotate "$tmp/docs/a.txt" --quote "port authority" --tag x
check "annotate says every bad line" test "$(grep -c "^galley: $cfg:[234]: " "$tmp/err")" -eq 3
finish
