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

galley_real=$GALLEY
# GALLEY_WRAPPER="valgrind ..." runs every galley of the test under it
# (tools/ci-valgrind); $GALLEY stays one word for the tests.  Each run
# gets its own GALLEY_RUN (valgrind names its log after it: process ids
# wrap around during a long suite, and a report must not be overwritten).
wrapper_script() {
	printf '#!/bin/sh\nGALLEY_RUN=$(date +%%s%%N).$$; export GALLEY_RUN\n'
	printf 'exec %s "%s" "$@"\n' "$GALLEY_WRAPPER" "$1"
}
if [ -n "${GALLEY_WRAPPER:-}" ]; then
	wrapper_script "$GALLEY" >"$tmp/galley-wrapped"
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

# hold_lock LOCKFILE: another program (flock(1)) takes LOCKFILE and keeps
# it until release_lock; fails when it has not taken it in 10 s.
hold_lock() {
	command -v flock >/dev/null 2>&1 || { fail "flock(1) is not installed"; finish; }
	rm -f "$tmp/lock-held" "$tmp/lock-release"
	flock -x "$1" sh -c "touch '$tmp/lock-held'; while [ ! -e '$tmp/lock-release' ]; do sleep 0.05; done" &
	lock_holder=$!
	i=0
	while [ ! -e "$tmp/lock-held" ] && [ $i -lt 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	test -e "$tmp/lock-held"
}

release_lock() {
	touch "$tmp/lock-release"
	wait "$lock_holder"
}

# Permission tests.  Root reads and writes whatever chmod says, so as
# root "unprivileged COMMAND..." runs COMMAND through setpriv(1) as user
# nobody; otherwise as it is.  unprivileged_setup first makes $tmp
# reachable for that user and sets $GALLEY_U to a galley it can run (a
# copy of the binary under $tmp: the build tree may be closed to it).
# Files a test gives it must be readable by others (chmod a+r).
unprivileged_setup() {
	GALLEY_U=$GALLEY
	[ "$(id -u)" -eq 0 ] || return 0
	if ! command -v setpriv >/dev/null 2>&1; then
		fail "setpriv (util-linux) is needed to test permissions as root"
		finish
	fi
	chmod 755 "$tmp"
	mkdir -p "$tmp/unpriv-bin" "$tmp/unpriv-home"
	cp "$galley_real" "$tmp/unpriv-bin/galley-real"
	GALLEY_U=$tmp/unpriv-bin/galley
	if [ -n "${GALLEY_WRAPPER:-}" ]; then
		wrapper_script "$tmp/unpriv-bin/galley-real" >"$GALLEY_U"
	else
		ln -s galley-real "$GALLEY_U"
	fi
	chmod -R a+rx "$tmp/unpriv-bin"
	chmod 777 "$tmp/unpriv-home"
	if ! unprivileged "$GALLEY_U" --version >"$tmp/unpriv-out" 2>&1; then
		sed 's/^/  /' "$tmp/unpriv-out"
		fail "user nobody cannot run galley from $tmp"
		finish
	fi
}

unprivileged() {
	if [ "$(id -u)" -ne 0 ]; then
		"$@"
		return
	fi
	HOME=$tmp/unpriv-home setpriv --reuid=65534 --regid=65534 \
	    --clear-groups "$@"
}

# must_bite NAME COMMAND...: the permission a test relies on holds, i.e.
# COMMAND fails as the unprivileged user; otherwise the test would pass
# for the wrong reason, so it fails.
must_bite() {
	name=$1
	shift
	if unprivileged "$@" >/dev/null 2>&1; then
		fail "$name: the permission does not bite (\"$*\" succeeded)"
		finish
	fi
	pass "$name: the permission bites"
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$failures check(s) failed"
		exit 1
	fi
	exit 0
}
