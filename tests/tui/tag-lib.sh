# For the tests of what follows a new annotation (tag-caret.sh,
# note-hup.sh): a short article, the reader on it, and "queues formed"
# tagged claim with m w v w w t.

printf 'Fuel queues\n\nLong queues formed outside petrol stations across the city on Wednesday as fuel tankers remained stuck at the border.\n' >"$tmp/art.txt"

start 100 30 "$GALLEY" "$tmp/art.txt"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "tagged" wait_for "tagged"
