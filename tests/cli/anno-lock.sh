#!/bin/sh
# Lock files: one who may only read a directory cannot open the lock of
# a file in it (so cannot hold its writers up), one who may write it
# can; a batch command waiting for another program's lock says so once
# on standard error and saves when it is free.
. "$top_srcdir/tests/cli/lib.sh"

umask 022
art=$tmp/w.txt
printf 'A short article for the lock test, long enough to annotate.\n' >"$art"
chmod 755 "$tmp"
"$GALLEY" annotate "$art" --range 0:5 --tag one >/dev/null
check "the lock file is there" test -f "$tmp/.w.txt.anno.json.lock"
check "in a directory only its owner writes, only its owner may open it" \
	test "$(stat -c %a "$tmp/.w.txt.anno.json.lock")" = 600

# One an older galley made 0644 is narrowed when its owner next saves.
chmod 644 "$tmp/.w.txt.anno.json.lock"
"$GALLEY" annotate "$art" --range 0:5 --tag again >/dev/null
check "an older lock file of the user's is narrowed to 600" \
	test "$(stat -c %a "$tmp/.w.txt.anno.json.lock")" = 600

mkdir "$tmp/shared"
chmod 2775 "$tmp/shared"
printf 'Another short article, in a directory its group writes.\n' >"$tmp/shared/s.txt"
"$GALLEY" annotate "$tmp/shared/s.txt" --range 0:5 --tag one >/dev/null
check "where the group writes, its members may write (so lock) it" \
	test "$(stat -c %a "$tmp/shared/.s.txt.anno.json.lock")" = 620

# Another user who may only read: only root can play them here.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
	check "another user cannot take the lock, so holds no one up" sh -c \
		"! setpriv --reuid=nobody --regid=nogroup --clear-groups flock -n -s '$tmp/.w.txt.anno.json.lock' true 2>/dev/null"
	# A team's directory, group-writable but not setgid: the lock one
	# member makes must not lock the others out (its group is the
	# directory's, not its maker's own).
	mkdir "$tmp/team"
	printf 'A team article, in a directory its group writes.\n' >"$tmp/team/t.txt"
	chown 1001:2000 "$tmp/team"
	chmod 775 "$tmp/team"
	as() { u=$1; shift; setpriv --reuid="$u" --regid="$u" --groups=2000 "$@"; }
	check "one member annotates" as 1001 "$GALLEY" annotate "$tmp/team/t.txt" \
		--range 0:6 --tag one
	check "the lock is the directory's group's" \
		test "$(stat -c %g "$tmp/team/.t.txt.anno.json.lock")" = 2000
	rm -f "$tmp/team/t.txt.anno.json" "$tmp/team/.t.txt.anno.json.bak"
	check "another member may save where the first left a lock" \
		as 1002 "$GALLEY" annotate "$tmp/team/t.txt" --range 7:11 --tag two
else
	echo "  (not root: the part run as another user is left out)"
fi

# A batch command waits for another program's lock, saying so once.
check "another program holds the lock" hold_lock "$tmp/.w.txt.anno.json.lock"
"$GALLEY" annotate "$art" --range 6:11 --tag two >"$tmp/out" 2>"$tmp/err" &
annotator=$!
i=0
while ! grep -q 'waiting for the lock' "$tmp/err" && [ $i -lt 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
check "it says it is waiting for the lock, naming the file" \
	grep -qx "galley: waiting for the lock on $art.anno.json" "$tmp/err"
release_lock
wait "$annotator"
check "then saves" test $? -eq 0
check "said once" test "$(grep -c 'waiting for the lock' "$tmp/err")" -eq 1
check "the annotation is in the sidecar" grep -q '"two"' "$art.anno.json"
finish
