# Shared helpers for the shell tests; sourced, not run.
# Each test gets $GALLEY, $top_srcdir and $top_builddir from the harness.
set -u

if [ -z "${GALLEY:-}" ] || [ ! -x "$GALLEY" ]; then
	echo "FAIL: \$GALLEY is not set to an executable galley binary"
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/galley-test.XXXXXX") || exit 1
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

# GALLEY_WRAPPER="valgrind ..." runs every galley of the test under it
# (tools/ci-valgrind); $GALLEY stays one word for the tests.
if [ -n "${GALLEY_WRAPPER:-}" ]; then
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$GALLEY_WRAPPER" "$GALLEY" \
	    >"$tmp/galley-wrapped"
	chmod +x "$tmp/galley-wrapped"
	GALLEY="$tmp/galley-wrapped"
fi
failures=0

fail() {
	printf 'FAIL: %s\n' "$*"
	failures=$((failures + 1))
}

pass() {
	printf 'ok: %s\n' "$*"
}

# check NAME COMMAND...: the command must succeed.
check() {
	name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}

# expect_status WANT NAME COMMAND...: run COMMAND, compare its exit status.
expect_status() {
	want=$1
	name=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -eq "$want" ]; then
		pass "$name"
	else
		fail "$name: exit status $got, want $want"
		sed 's/^/  stderr: /' "$tmp/err" | head -5
	fi
}

# run_limited SECONDS COMMAND...: a hang is a failure, not a stuck suite.
run_limited() {
	secs=$1
	shift
	timeout -k 5 "$secs" "$@"
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$failures check(s) failed"
		exit 1
	fi
	exit 0
}
