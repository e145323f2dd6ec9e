#!/bin/sh
# tools/train-ner: the same files and options give the same bytes, with
# an ensemble too (--ensemble K: the sum of K models' averaged weights,
# each from its own order of sentences; 3 by default); the learner's
# other options change nothing unless given; a model trained here is
# one galley reads; options out of range are refused.
. "$top_srcdir/tests/cli/lib.sh"

train=$top_builddir/tools/train-ner
{
	printf '%s\n' '-DOCSTART- O' ''
	for i in 1 2 3; do
		printf '%s\n' 'Anna B-PER' 'Berg I-PER' 'visited O' 'Oslo B-LOC' \
			'with O' 'Acme B-ORG' 'staff O' '. O' ''
		printf '%s\n' 'The O' 'Tour B-MISC' 'ended O' 'in O' 'Paris B-LOC' \
			'. O' ''
	done
	printf '%s\n' '-DOCSTART- O' ''
	printf '%s\n' 'Karl B-PER' 'Lund I-PER' 'left O' 'Bergen B-LOC' '. O' ''
	# seen once: with --min-count 2 its own words learn nothing
	printf '%s\n' 'shares O' 'of O' 'Zyxco B-MISC' 'rose O' '. O' ''
} >"$tmp/train.conll"

run() {
	out=$1
	shift
	"$train" --epochs 2 --passes 1 "$@" -o "$tmp/$out" "$tmp/train.conll" \
		2>"$tmp/err"
}

expect_status 0 "--ensemble 1" run plain.model --ensemble 1
expect_status 0 "default" run default.model
expect_status 0 "--ensemble 3" run e3.model --ensemble 3
check "--ensemble 3 is the default" cmp -s "$tmp/default.model" "$tmp/e3.model"
expect_status 0 "--ensemble 3 again" run e3b.model --ensemble 3
check "--ensemble 3: the same bytes twice" cmp -s "$tmp/e3.model" "$tmp/e3b.model"
check "--ensemble 3 is another model than one" sh -c "! cmp -s '$tmp/plain.model' '$tmp/e3.model'"
check "--ensemble 3: the size of one model" test "$(wc -c <"$tmp/e3.model")" -eq "$(wc -c <"$tmp/plain.model")"
expect_status 0 "--pa 0.1" run pa.model --ensemble 1 --pa 0.1
check "--pa is another model" sh -c "! cmp -s '$tmp/plain.model' '$tmp/pa.model'"
expect_status 0 "--min-count 2" run mc.model --ensemble 1 --min-count 2
check "--min-count 2 is another model" sh -c "! cmp -s '$tmp/plain.model' '$tmp/mc.model'"
expect_status 0 "--min-count 1 is the plain model" run mc1.model --ensemble 1 --min-count 1
check "--min-count 1: the same bytes" cmp -s "$tmp/plain.model" "$tmp/mc1.model"

printf '%s\n' 'Anna Berg visited Oslo with Acme staff.' >"$tmp/text.txt"
expect_status 0 "galley reads an ensemble model" \
	"$GALLEY" entities --all --model "$tmp/e3.model" "$tmp/text.txt"
check "no warning" test ! -s "$tmp/err"

expect_status 2 "--ensemble 0 refused" run bad.model --ensemble 0
expect_status 2 "--ensemble 17 refused" run bad.model --ensemble 17
expect_status 2 "--pa -1 refused" run bad.model --pa -1
expect_status 2 "--min-count 256 refused" run bad.model --min-count 256

finish
