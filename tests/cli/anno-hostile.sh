#!/bin/sh
# Sidecars galley must not write: one that is a symbolic link (to another
# sidecar, to the article, to /dev/zero, dangling, a loop), one in a
# read-only directory, one that is unreadable, and export outputs that
# are links.  galley reads through a link to a sidecar, but never writes
# through one or replaces it; every refusal names the file and exits 2,
# and nothing on disk changes.
. "$top_srcdir/tests/cli/lib.sh"

GALLEY_USER='Test Annotator'
export GALLEY_USER
story='Headline\n\nThe harbour authority said that the new quay would open.\n'
d=$tmp/links
mkdir -p "$d" "$tmp/elsewhere"

# A real sidecar, moved away for the links to point at.
printf "$story" >"$d/real.txt"
expect_status 0 "a sidecar to link to" "$GALLEY" annotate "$d/real.txt" --range 0:8 --tag headline-tag
mv "$d/real.txt.anno.json" "$tmp/elsewhere/target.json"
cp "$tmp/elsewhere/target.json" "$tmp/target.copy"

# nothing_written LABEL ARTICLE: no backup or temporary file beside it.
nothing_written() {
	check "$1: no backup" test ! -e "$2.anno.json.bak"
	check "$1: no temporary file" test ! -e "${2%/*}/.${2##*/}.anno.json.tmp"
}

# A link to a valid sidecar elsewhere: read through, never written.
art=$d/story.txt
printf "$story" >"$art"
ln -s "$tmp/elsewhere/target.json" "$art.anno.json"
expect_status 0 "link: annotations read through it" "$GALLEY" annotations "$art"
check "link: its annotation listed" grep -q headline-tag "$tmp/out"
expect_status 0 "link: export reads through it" "$GALLEY" export --format=jsonl "$art"
check "link: exported" grep -q headline-tag "$tmp/out"
expect_status 2 "link: annotate refuses to write" "$GALLEY" annotate "$art" --range 10:15 --tag x
check "link: the message names the sidecar" grep -q "^galley: $art.anno.json: is a symbolic link" "$tmp/err"
check "link: still a link" test -L "$art.anno.json"
check "link: its target unchanged" cmp -s "$tmp/elsewhere/target.json" "$tmp/target.copy"
check "link: nothing new beside the target" test "$(ls -A "$tmp/elsewhere")" = target.json
nothing_written "link" "$art"

# A link to the article itself: not a sidecar, and the article survives.
art=$d/self.txt
printf "$story" >"$art"
cp "$art" "$tmp/self.copy"
ln -s self.txt "$art.anno.json"
expect_status 2 "link to the article: annotate refuses" "$GALLEY" annotate "$art" --range 0:8 --tag x
check "link to the article: named" grep -q "^galley: $art.anno.json:" "$tmp/err"
expect_status 2 "link to the article: annotations report it" "$GALLEY" annotations "$art"
check "link to the article: the article unchanged" cmp -s "$art" "$tmp/self.copy"
check "link to the article: still a link" test -L "$art.anno.json"
nothing_written "link to the article" "$art"

# A dangling link: no sidecar to read, and none made at its target.
art=$d/dangling.txt
printf "$story" >"$art"
ln -s "$tmp/elsewhere/new.json" "$art.anno.json"
expect_status 0 "dangling link: annotations (none)" "$GALLEY" annotations "$art"
expect_status 2 "dangling link: annotate refuses" "$GALLEY" annotate "$art" --range 0:8 --tag x
check "dangling link: the message names the sidecar" grep -q "^galley: $art.anno.json: is a symbolic link" "$tmp/err"
check "dangling link: its target not created" test ! -e "$tmp/elsewhere/new.json"
check "dangling link: still a link" test -L "$art.anno.json"
nothing_written "dangling link" "$art"

# A link to /dev/zero: refused at once, not read forever.
art=$d/zero.txt
printf "$story" >"$art"
ln -s /dev/zero "$art.anno.json"
expect_status 2 "/dev/zero: annotate refuses" run_limited 20 "$GALLEY" annotate "$art" --range 0:8 --tag x
check "/dev/zero: the reason" grep -q "^galley: $art.anno.json: cannot read: not a regular file" "$tmp/err"
expect_status 2 "/dev/zero: annotations report it" run_limited 20 "$GALLEY" annotations "$art"
expect_status 2 "/dev/zero: export refuses" run_limited 20 "$GALLEY" export --format=w3c "$art"
nothing_written "/dev/zero" "$art"

# A link loop.
art=$d/loop.txt
printf "$story" >"$art"
ln -s loop.txt.anno.json "$art.anno.json"
expect_status 2 "loop: annotate refuses" "$GALLEY" annotate "$art" --range 0:8 --tag x
check "loop: the reason" grep -q "^galley: $art.anno.json: cannot read: Too many levels of symbolic links" "$tmp/err"
expect_status 2 "loop: annotations report it" "$GALLEY" annotations "$art"
check "loop: still a link" test -L "$art.anno.json"
nothing_written "loop" "$art"

# The lock and temporary files are created, never followed.
art=$d/planted.txt
printf "$story" >"$art"
ln -s "$tmp/elsewhere/lock-target" "$d/.planted.txt.anno.json.lock"
expect_status 2 "planted lock link: annotate refuses" "$GALLEY" annotate "$art" --range 0:8 --tag x
check "planted lock link: named" grep -q "planted.txt.anno.json.lock: cannot create the lock" "$tmp/err"
check "planted lock link: target not created" test ! -e "$tmp/elsewhere/lock-target"
rm "$d/.planted.txt.anno.json.lock"
printf 'keep me\n' >"$tmp/elsewhere/tmp-target"
ln -s "$tmp/elsewhere/tmp-target" "$d/.planted.txt.anno.json.tmp"
expect_status 0 "planted temporary link: annotate saves" "$GALLEY" annotate "$art" --range 0:8 --tag x
check "planted temporary link: its target unchanged" grep -qx 'keep me' "$tmp/elsewhere/tmp-target"
check "planted temporary link: the sidecar is a file" sh -c "test -f '$art.anno.json' && test ! -L '$art.anno.json'"

# export -o: an output name that is a link is not written through.
mkdir -p "$tmp/out-dir"
art=$d/exported.txt
printf "$story" >"$art"
expect_status 0 "export: an annotation" "$GALLEY" annotate "$art" --range 0:8 --tag x
printf 'not yours\n' >"$tmp/elsewhere/victim"
ln -s "$tmp/elsewhere/victim" "$tmp/out-dir/exported.ann"
expect_status 2 "export -o: a link as output refused" "$GALLEY" export --format=brat -o "$tmp/out-dir" "$art"
check "export -o: the link named" grep -q "exported.ann: is a symbolic link" "$tmp/err"
check "export -o: its target unchanged" grep -qx 'not yours' "$tmp/elsewhere/victim"

# Permissions: as an unprivileged user even when the suite runs as root.
unprivileged_setup
p=$tmp/perm
mkdir -p "$p"
printf "$story" >"$p/story.txt"
expect_status 0 "read-only directory: a first annotation" "$GALLEY" annotate "$p/story.txt" --range 0:8 --tag first
cp "$p/story.txt.anno.json" "$tmp/perm.copy"
ls -A "$p" >"$tmp/perm.list"
chmod a+r "$p"/*
# The sidecar itself may be written: only the directory stops the save,
# and the message says so (not "cannot write the sidecar").
chmod a+w "$p/story.txt.anno.json"
chmod 555 "$p"
must_bite "read-only directory" touch "$p/probe"
expect_status 2 "read-only directory: annotate fails" unprivileged "$GALLEY_U" annotate "$p/story.txt" --range 10:15 --tag second
# Another user's lock file (0644) is opened read-only: it locks no one
# out, so the directory is what is named.
check "read-only directory: the message names the directory" grep -q "^galley: $p/story\.txt\.anno\.json: cannot create a file in $p: Permission denied" "$tmp/err"
check "read-only directory: says the annotation was not saved" grep -q "the annotation was not saved" "$tmp/err"
check "read-only directory: the sidecar unchanged" cmp -s "$p/story.txt.anno.json" "$tmp/perm.copy"
expect_status 0 "read-only directory: still readable" unprivileged "$GALLEY_U" annotations "$p/story.txt"
check "read-only directory: the first annotation listed" grep -q first "$tmp/out"
check "read-only directory: nothing new in it" sh -c "ls -A '$p' | cmp -s - '$tmp/perm.list'"
chmod 755 "$p"

# An unreadable sidecar: reported, and never replaced.
chmod 000 "$p/story.txt.anno.json"
must_bite "unreadable sidecar" cat "$p/story.txt.anno.json"
chmod 777 "$p"
expect_status 2 "unreadable sidecar: annotate refuses" unprivileged "$GALLEY_U" annotate "$p/story.txt" --range 10:15 --tag second
check "unreadable sidecar: the reason" grep -q "^galley: $p/story.txt.anno.json: cannot read: Permission denied" "$tmp/err"
expect_status 2 "unreadable sidecar: annotations report it" unprivileged "$GALLEY_U" annotations "$p/story.txt"
chmod 644 "$p/story.txt.anno.json"
check "unreadable sidecar: unchanged" cmp -s "$p/story.txt.anno.json" "$tmp/perm.copy"
check "unreadable sidecar: no backup" test ! -e "$p/story.txt.anno.json.bak"

# A shared directory (mode 777): another user's 0644 sidecar is not this
# user's to replace (the directory's permission would let a rename do
# it); once made writable for the team, another user's 0644 lock file
# locks no one out (flock needs only a read-only descriptor).
if [ "$(id -u)" -eq 0 ]; then
	s=$tmp/shared
	mkdir -p "$s"
	chmod 777 "$s"
	printf "$story" >"$s/story.txt"
	(umask 022; "$GALLEY" annotate "$s/story.txt" --range 0:8 --tag root >/dev/null) || fail "shared: root's annotation"
	chmod a+r "$s"/* "$s"/.??*
	cp "$s/story.txt.anno.json" "$tmp/shared.copy"
	expect_status 2 "shared directory: another user's 0644 sidecar refused" unprivileged "$GALLEY_U" annotate "$s/story.txt" --range 10:15 --tag other
	check "shared directory: says it is read-only for this user" grep -q "^galley: $s/story\.txt\.anno\.json: is read-only for this user (Permission denied)" "$tmp/err"
	check "shared directory: the sidecar unchanged" cmp -s "$s/story.txt.anno.json" "$tmp/shared.copy"
	chmod 666 "$s/story.txt.anno.json"
	expect_status 0 "shared directory: another user's lock file locks no one out" unprivileged "$GALLEY_U" annotate "$s/story.txt" --range 10:15 --tag other
	check "shared directory: both annotations kept" sh -c "grep -q '\"root\"' '$s/story.txt.anno.json' && grep -q '\"other\"' '$s/story.txt.anno.json'"
else
	echo "skipped: the shared-directory checks need root (a second user)"
fi

finish
