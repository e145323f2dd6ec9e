# Two versions of a fuel story, for the tests of paragraphs split and
# joined across a load (copies.sh, anno-travel.sh).
# parts_versions DIR: DIR/s.txt, and DIR/t.txt with s.txt's first
# paragraph split after its first sentence and its last two joined.
parts_versions() {
	lede1='Long queues formed at petrol stations across the capital on Wednesday.'
	lede2='Drivers said they had waited for hours in the heat, and several stations ran dry before noon, according to their owners and managers.'
	tanker='The energy ministry blamed a delayed tanker and said new supplies would arrive by the weekend, though it gave no date for the deliveries.'
	buses='Bus companies cut services on several routes to save fuel, and taxi drivers raised their fares by a third.'
	ovens='Bakeries in the northern district said they could no longer run their ovens, and several closed their doors for the week.'
	mkdir -p "$1"
	printf 'Fuel shortage enters second week\n\n%s %s\n\n%s\n\n%s\n\n%s\n' \
	    "$lede1" "$lede2" "$tanker" "$buses" "$ovens" >"$1/s.txt"
	printf 'Drivers queue as diesel runs short\n\n%s\n\n%s\n\n%s\n\n%s %s\n' \
	    "$lede1" "$lede2" "$tanker" "$buses" "$ovens" >"$1/t.txt"
}
