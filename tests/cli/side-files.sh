#!/bin/sh
# The side files beside the articles (.galley-entities, .galley-words)
# are a stranger's: a link to /dev/zero, a FIFO or a huge file is refused
# at once with a message naming it, never read forever or waited on.
# Decisions are added by rewriting the file atomically: never half a
# line, never glued to a last line without its newline.
. "$top_srcdir/tests/cli/lib.sh"

d=$tmp/docs
mkdir "$d"
printf 'A title\n\nAlice Smith met Bob Jones in Paris. Alice Smith said so.\n' >"$d/a.txt"

# limited SECONDS COMMAND...: a hang or a runaway allocation fails (the
# memory limit keeps a broken galley from taking the machine down; not
# under AddressSanitizer or a wrapper such as valgrind, which reserve
# far more address space than they use).
vlimit=2000000
if [ -n "${GALLEY_WRAPPER:-}" ] || grep -aq __asan_init "$galley_real"; then
	vlimit=unlimited
fi
limited() {
	secs=$1
	shift
	(ulimit -v "$vlimit" 2>/dev/null; exec timeout -k 2 "$secs" "$@") \
	    >"$tmp/out" 2>"$tmp/err"
}

ln -s /dev/zero "$d/.galley-entities"
limited 20 "$GALLEY" entities "$d/a.txt"
check "entities: a link to /dev/zero is refused, not read (status $?)" test $? -eq 2
check "entities: the link is named" grep -q "^galley: $d/.galley-entities: cannot read: is a symbolic link" "$tmp/err"
check "entities: the entities are still listed" grep -q 'Bob Jones' "$tmp/out"
rm "$d/.galley-entities"

mkfifo "$d/.galley-entities"
limited 20 "$GALLEY" entities "$d/a.txt"
check "entities: a FIFO does not hang (status $?)" test $? -eq 2
check "entities: the FIFO is named" grep -q "^galley: $d/.galley-entities: cannot read: not a regular file" "$tmp/err"
rm "$d/.galley-entities"

head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' '#' >"$d/.galley-entities"
limited 20 "$GALLEY" entities "$d/a.txt"
check "entities: a 17 MiB file is refused (status $?)" test $? -eq 2
check "entities: too big, it says" grep -q "^galley: $d/.galley-entities: cannot read: too big" "$tmp/err"
rm "$d/.galley-entities"

mkfifo "$d/.galley-words"
limited 20 "$GALLEY" check "$d/a.txt"
check "check: a FIFO as .galley-words does not hang (status $?)" test $? -eq 2
check "check: the FIFO is named" grep -q "$d/.galley-words: cannot read the word list: not a regular file" "$tmp/err"
rm "$d/.galley-words"
ln -s /dev/zero "$d/.galley-words"
limited 20 "$GALLEY" check "$d/a.txt"
check "check: a link to /dev/zero as .galley-words is refused (status $?)" test $? -eq 2
rm "$d/.galley-words"

# A last line without its newline (another editor, an old crash): the
# next decision starts a line of its own and both are read.
printf 'split\tAlice Smith' >"$d/.galley-entities"
expect_status 0 "a decision after a line without newline" "$GALLEY" entities --merge 'Bob Jones' 'Paris' "$d/a.txt"
check "the decisions file has both lines" sh -c "printf 'split\tAlice Smith\nmerge\tBob Jones\tParis\n' | cmp -s - '$d/.galley-entities'"
expect_status 0 "both decisions read back" "$GALLEY" entities "$d/a.txt"
check "no temporary file left" test ! -e "$d/.galley-entities.tmp"

# A full disk (a file size limit; its size in bytes measured, since
# shells count ulimit -f blocks differently) that falls inside the new
# line: the file stays as it was and the decision is not reported added.
limit=$( (ulimit -f 1; trap '' XFSZ; head -c 4096 /dev/zero >"$tmp/probe" 2>/dev/null; wc -c <"$tmp/probe") )
: >"$d/.galley-entities"
while [ $(($(wc -c <"$d/.galley-entities") + 10)) -lt "$limit" ]; do
	printf '# pad\n' >>"$d/.galley-entities"
done
cp "$d/.galley-entities" "$tmp/before"
(ulimit -f 1; trap '' XFSZ; exec "$GALLEY" entities --merge 'Bob Jones' 'Paris' "$d/a.txt") >"$tmp/out" 2>"$tmp/err"
check "full disk: the decision fails (status $?)" test $? -eq 2
check "full disk: the file is as it was" cmp -s "$d/.galley-entities" "$tmp/before"
check "full disk: the file and the cause are named" grep -q "^galley: $d/.galley-entities: cannot write it: File too large" "$tmp/err"
check "full disk: no temporary file left" test ! -e "$d/.galley-entities.tmp"

finish
