#!/bin/sh
# The reader's start-up options without a terminal: a --config that
# cannot be read and a command placed after an option are usage errors
# said before the reader would need a terminal.
. "$top_srcdir/tests/cli/lib.sh"

cp "$top_srcdir/samples/sorghum-study.txt" "$tmp/a.txt"

expect_status 2 "a missing --config is exit 2" \
    "$GALLEY" --config="$tmp/nope/config" "$tmp/a.txt" </dev/null
check "it names the file" grep -qx "galley: $tmp/nope/config: No such file or directory" "$tmp/err"
check "before the terminal is asked for" sh -c "! grep -q 'needs a terminal' '$tmp/err'"
expect_status 2 "--config with --theme-test too" \
    "$GALLEY" --config "$tmp/nope/config" --theme-test </dev/null
check "it names the file" grep -q "$tmp/nope/config: No such file" "$tmp/err"
mkdir "$tmp/dir"
expect_status 2 "a --config that is a directory is exit 2" \
    "$GALLEY" --config="$tmp/dir" "$tmp/a.txt" </dev/null
check "it names the file" grep -q "galley: $tmp/dir: " "$tmp/err"

# The default file may be missing: only the terminal is missed here.
expect_status 2 "no default config: no message about it" \
    env XDG_CONFIG_HOME="$tmp/none" "$GALLEY" "$tmp/a.txt" </dev/null
check "only the terminal is missed" test "$(cat "$tmp/err")" = \
    "galley: the reader needs a terminal; for scripts use 'galley clean'"

# A relative HOME gives no place for the settings: that is said (neither
# HOME nor XDG_CONFIG_HOME set at all is a choice, and is not).
(cd "$tmp" && env -u XDG_CONFIG_HOME HOME=work "$GALLEY" a.txt </dev/null) \
    >"$tmp/out" 2>"$tmp/err"
check "a relative HOME: the settings file not read, and why" grep -qx \
    "galley: config: HOME (work) is not an absolute path and XDG_CONFIG_HOME is not set; settings file not read" "$tmp/err"
(cd "$tmp" && env -u XDG_CONFIG_HOME -u HOME "$GALLEY" a.txt </dev/null) \
    >"$tmp/out" 2>"$tmp/err"
check "no HOME at all: only the terminal is missed" test "$(cat "$tmp/err")" = \
    "galley: the reader needs a terminal; for scripts use 'galley clean'"

# galley OPTION COMMAND FILE: the command is not a path.
expect_status 2 "a command after an option is a usage error" \
    "$GALLEY" --no-color clean "$tmp/a.txt" </dev/null
check "it says commands come first" grep -qx "galley: clean: no such file, and commands come before options: galley clean \[OPTION\]\.\.\." "$tmp/err"
# ... unless a file has that name.
(cd "$tmp" && cp a.txt check && "$GALLEY" --no-color check </dev/null) \
    >"$tmp/out" 2>"$tmp/err"
check "a file named like a command is a path" grep -q "needs a terminal" "$tmp/err"

# Standard input is no source for the reader, whose keys come from the
# terminal: "-" is refused wherever it stands (only a first one was),
# before the terminal is asked for.
said="galley: the reader reads files; for standard input use 'galley clean -'"
expect_status 2 "- first: refused" "$GALLEY" - "$tmp/a.txt" </dev/null
check "- first: said" test "$(cat "$tmp/err")" = "$said"
expect_status 2 "- after a file: refused" "$GALLEY" "$tmp/a.txt" - </dev/null
check "- after a file: said" test "$(cat "$tmp/err")" = "$said"
expect_status 2 "- between files: refused" "$GALLEY" --no-color "$tmp/a.txt" - "$tmp/dir" </dev/null
check "- between files: said" test "$(cat "$tmp/err")" = "$said"

# --config and --theme take one value: given twice with different
# values, which one was meant is no one's guess (the last won).
expect_status 2 "--config twice" "$GALLEY" --config="$tmp/a.conf" --config="$tmp/b.conf" "$tmp/a.txt" </dev/null
check "--config twice: said" grep -qx "galley: --config is given twice, with different values" "$tmp/err"
expect_status 2 "--theme twice" "$GALLEY" --theme=light --theme=dark --theme-test </dev/null
check "--theme twice: said" grep -qx "galley: --theme is given twice, with different values" "$tmp/err"
check "--theme twice: the usage" grep -q "^usage:" "$tmp/err"
expect_status 2 "--theme twice, the same" "$GALLEY" --theme=dark --theme=dark --theme-test </dev/null
check "--theme twice, the same: taken" grep -qx "galley: --theme-test needs a terminal" "$tmp/err"
finish
