#!/bin/sh
# The source tree keeps its layering: each folder of src/ includes only
# the folders below it in the pipeline, the core uses no curses and writes
# nothing to standard error (tools/check-layout says what it checks).
. "$top_srcdir/tests/cli/lib.sh"

layout="$top_srcdir/tools/check-layout"
if out=$("$layout" "$top_srcdir/src" 2>&1); then
	pass "src/ keeps its layering"
else
	fail "src/ breaks its layering:"
	printf '%s\n' "$out" | sed 's/^/  /'
fi

# The check must catch what it claims to: a core file including ui/,
# curses or stderr in the core, a folder that is no stage.
mkdir -p "$tmp/src/doc" "$tmp/src/ui" "$tmp/src/cli"
rejects() {
	name=$1
	if "$layout" "$tmp/src" >/dev/null 2>&1; then
		fail "check-layout accepts $name"
	else
		pass "check-layout rejects $name"
	fi
	rm -rf "$tmp/src/doc/bad.c" "$tmp/src/cli/bad.c" "$tmp/src/extra"
}
printf '#include "ui/reader.h"\n' >"$tmp/src/doc/bad.c"
rejects "doc/ including ui/"
printf '#include "ui/reader.h"\n' >"$tmp/src/cli/bad.c"
rejects "cli/ including its sibling ui/"
printf '#include <curses.h>\n' >"$tmp/src/doc/bad.c"
rejects "curses in the core"
printf 'void f(void) { fputs("x", stderr); }\n' >"$tmp/src/doc/bad.c"
rejects "the core writing to stderr"
printf '#include "cells.h"\n' >"$tmp/src/doc/bad.c"
rejects "an include without its folder"
mkdir "$tmp/src/extra"
rejects "a folder that is not a stage"
printf '#include "doc/cells.h"\n' >"$tmp/src/ui/good.c"
check "check-layout accepts ui/ including doc/" "$layout" "$tmp/src"
finish
