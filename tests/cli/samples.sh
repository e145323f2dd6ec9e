#!/bin/sh
# Check `galley clean` against the hand-written articles in samples/.
#
# For every sample this checks the title, author, date and encoding that
# galley finds, a few story sentences that must survive cleaning, and a few
# boilerplate lines (menus, share buttons, cookie notices, related-post
# headlines in the middle of the story) that must not. It also checks
# `galley clean --raw` on the files with unusual encodings or line endings.
#
# Run by automake's test harness with $GALLEY (the galley binary) and
# $top_srcdir (the source tree) in the environment.
# Exit status: 0 pass, 1 fail. This test never skips.
#
# If you change a file in samples/, update the expectations below.

# The curly quotes in some expected strings are meant to be there.
# shellcheck disable=SC1112

set -u

if [ -z "${GALLEY:-}" ] || [ ! -x "$GALLEY" ]; then
	echo "FAIL: \$GALLEY is not set to an executable galley binary"
	exit 1
fi
if [ -z "${top_srcdir:-}" ] || [ ! -d "$top_srcdir/samples" ]; then
	echo "FAIL: \$top_srcdir/samples is not a directory"
	exit 1
fi
samples=$top_srcdir/samples

tmp=$(mktemp -d "${TMPDIR:-/tmp}/galley-samples.XXXXXX") || {
	echo "FAIL: mktemp -d failed"
	exit 1
}
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

failures=0

# fail FILE WHAT
fail() {
	printf 'FAIL: %s: %s\n' "$1" "$2"
	failures=$((failures + 1))
}

# has STRING FILE: FILE contains STRING (byte-wise, fixed string).
has() {
	LC_ALL=C grep -F -q -e "$1" "$2"
}

# count_bytes CHARS FILE: how many bytes of FILE are in the tr set CHARS.
count_bytes() {
	n=$(LC_ALL=C tr -d -c "$1" <"$2" | wc -c)
	echo $((n + 0))
}

# jvalue KEY: the value of KEY in the current JSON line, for messages only.
jvalue() {
	v=$(LC_ALL=C sed -n \
		-e 's/.*"'"$1"'":\("[^"]*"\).*/\1/p' \
		-e 't' \
		-e 's/.*"'"$1"'":\([^,}]*\).*/\1/p' "$json")
	[ -n "$v" ] || v='(missing)'
	printf '%s' "$v"
}

# sample FILE FORMAT: run galley on samples/FILE and make it the current
# file for the checks below.
#   $json  one line of `galley clean --format=json FILE`
#   $out   `galley clean FILE`: title, blank line, paragraphs
#   $body  $out without the title, all on one line with single spaces, so
#          that the checks do not depend on how paragraphs are wrapped
sample() {
	f=$1
	json=$tmp/$f.json
	out=$tmp/$f.out
	body=$tmp/$f.body
	err=$tmp/$f.err

	if [ ! -f "$samples/$f" ]; then
		fail "$f" "missing from $samples"
	fi

	"$GALLEY" clean --format=json "$samples/$f" >"$json" 2>"$err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$f" "galley clean --format=json exited with $rc: $(sed -n 1p "$err")"
	fi
	n=$(wc -l <"$json")
	n=$((n + 0))
	if [ "$n" -ne 1 ]; then
		fail "$f" "galley clean --format=json printed $n lines, expected 1"
	fi
	if ! LC_ALL=C grep -q '^{"file":"' "$json"; then
		fail "$f" "JSON line does not start with {\"file\":\""
	fi
	jstr format "$2"

	"$GALLEY" clean "$samples/$f" >"$out" 2>"$err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$f" "galley clean exited with $rc: $(sed -n 1p "$err")"
	fi
	sed '1,2d' "$out" | LC_ALL=C tr '\n' ' ' | LC_ALL=C tr -s ' ' >"$body"
}

# jstr KEY VALUE: the JSON line has "KEY":"VALUE".
jstr() {
	if ! has "\"$1\":\"$2\"" "$json"; then
		fail "$f" "JSON $1 is $(jvalue "$1"), expected \"$2\""
	fi
}

# title_is TITLE: both outputs agree on the title.
title_is() {
	jstr title "$1"
	line=$(sed -n 1p "$out")
	if [ "$line" != "$1" ]; then
		fail "$f" "text output starts with '$line', expected title '$1'"
	fi
	line=$(sed -n 2p "$out")
	if [ -n "$line" ]; then
		fail "$f" "line 2 of text output is '$line', expected a blank line"
	fi
}

author_is() { jstr author "$1"; }
date_is() { jstr date "$1"; }
encoding_is() { jstr encoding "$1"; }
site_is() { jstr site "$1"; }

# keep TEXT: TEXT is in the cleaned body.
keep() {
	if ! has "$1" "$body"; then
		fail "$f" "story text missing from body: $1"
	fi
}

# drop TEXT: TEXT is not in the cleaned body.
drop() {
	if has "$1" "$body"; then
		fail "$f" "boilerplate kept in body: $1"
	fi
}

# run_raw FILE: run `galley clean --raw` on samples/FILE; sets $raw.
run_raw() {
	f=$1
	raw=$tmp/$f.raw
	"$GALLEY" clean --raw "$samples/$f" >"$raw" 2>"$tmp/$f.rawerr"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		fail "$f" "galley clean --raw exited with $rc: $(sed -n 1p "$tmp/$f.rawerr")"
	fi
}

# raw_line N TEXT: line N of the raw output is exactly TEXT.
raw_line() {
	line=$(sed -n "$1p" "$raw")
	if [ "$line" != "$2" ]; then
		fail "$f" "--raw line $1 is '$line', expected '$2'"
	fi
}

# raw_has_line TEXT: some line of the raw output is exactly TEXT.
raw_has_line() {
	if ! LC_ALL=C grep -F -x -q -e "$1" "$raw"; then
		fail "$f" "--raw output has no line equal to: $1"
	fi
}

# raw_clean: no CR, NUL or UTF-8 BOM in the raw output.
raw_clean() {
	n=$(count_bytes '\r' "$raw")
	[ "$n" -eq 0 ] || fail "$f" "--raw output contains $n CR bytes"
	n=$(count_bytes '\000' "$raw")
	[ "$n" -eq 0 ] || fail "$f" "--raw output contains $n NUL bytes"
	if LC_ALL=C grep -q "^$(printf '\357\273\277')" "$raw"; then
		fail "$f" "--raw output contains a UTF-8 BOM"
	fi
}

# --- plain-text dumps ------------------------------------------------------

sample sahel-intelligence.txt text
title_is 'Djoliba Junta Ends Intelligence Pact With Foreign Contractors'
author_is 'Aminata Kouyaté'
date_is 2025-04-15
encoding_is utf-8
keep 'gives the contractors thirty days to hand over their equipment and leave the country.'
keep 'Residents of Koulanta reported seeing plain-clothes patrols on motorcycles near ministries and the airport over the weekend.'
keep 'Western diplomats said they did not'
drop 'Mali Reopens Gao Crossing After Six-Week Closure'
drop 'Share on FacebookShare on Twitter'
drop 'By continuing to browse the site you agree to our use of cookies'
drop 'Mon Tue Wed Thu Fri Sat Sun'

sample koulanta-fuel.txt text
title_is 'Fuel Queues Return to Koulanta as Convoys Stall at the Border'
author_is 'Fatoumata Coulibaly'
date_is 2025-04-10
encoding_is utf-8
keep 'More than three hundred tankers are waiting near the border post at Nafadié'
keep 'Bakeries in Kalaban-Nord said they had cut production by half'
keep 'the first escorted convoy of sixty tankers had left Nafadié'
drop 'Power Cuts Hit Koulanta Hospitals for Third Night'
drop 'Share on FacebookShare on Twitter'
drop 'Subscribe to our newsletter'
drop 'Advertise With Us'

sample junta-utf16.txt text
title_is 'Transition Council Pushes Back Election Timetable by Two Years'
author_is 'Mariam Touré'
date_is 2025-03-28
encoding_is utf-16le
keep 'If there is peace, we can wait for elections'
keep 'An ECOWAS official said the bloc had not been informed in advance'
keep 'a former paratroop commander who trained at military academies in Morocco and Russia'
drop 'Army Says It Retook Two Villages Near Tin-Akarou'
drop 'Share on FacebookShare on Twitter'
drop 'By continuing to browse the site you agree to our use of cookies'

sample port-strike-cp1252.txt text
title_is 'Dockworkers Walk Out at Port Velden Over Automation Plan'
author_is 'Renée Fairbanks'
date_is 2025-02-03
encoding_is windows-1252
keep 'at least fourteen container ships were waiting at anchor outside the breakwater.'
keep 'Hélène Varga, who runs a café opposite the main gate'
keep 'costing the local economy around €4.2 million a day.'
drop 'Shipping Lines Add Surcharge on Northern Routes'
drop 'Share on FacebookShare on Twitter'
drop 'If you continue without changing your settings'
drop 'Record Volumes at Eastern Container Hub'

sample football-crlf.txt text
title_is 'Rovers Snatch Late Winner to Go Top of the Table'
author_is 'Danny Okafor'
date_is 2025-03-02
encoding_is utf-8
keep 'a stoppage-time header from Kieran Doyle gave them a 2-1 win over Dunmore Athletic at Riverside Park.'
keep 'The equaliser came in the 61st minute'
keep 'Tickets for the away end sold out within an hour on Sunday morning, the club said.'
drop 'Dunmore Confirm Manager Will Stay Until Summer'
drop 'FacebookTwitterWhatsAppEmail'
drop 'Fixtures & Results'
drop 'uses cookies to personalise content and ads'

sample sorghum-study.txt text
title_is 'Sorghum Gene Helps Crops Survive Weeks Without Rain, Study Finds'
author_is 'Priya Raman'
date_is 2025-01-22
encoding_is utf-8
keep 'The gene, which the team named DRT7, appears to control how quickly the plant closes the tiny pores on its leaves'
keep 'produced about a quarter more grain than standard varieties in dry years'
keep 'using conventional breeding rather than genetic modification.'
drop 'New Satellite Maps Track Soil Moisture Daily'
drop 'This site uses cookies to analyse traffic'
drop 'Get the weekly Field & Lab digest'

sample wire-brief.txt text
title_is 'Djoliba Suspends Two Foreign Radio Stations Over Coverage of Army Losses'
author_is 'Thomas Vandenberg'
date_is 2025-03-12
encoding_is utf-8
keep 'It is the third such suspension since General Hamidou Sangare took power in a coup in July 2023.'
keep 'a figure the army has denied.'
keep 'Listeners in Koulanta said the stations could still be heard online and via satellite'
drop 'READ: Mali Extends Ban on Political Parties'
drop 'Subscribe To Our Newsletter'
drop 'Your email address will not be published'

# --- HTML pages -------------------------------------------------------------

sample ecowas-summit.html html
title_is 'ECOWAS Leaders Offer Djoliba a Path Back Into the Bloc'
author_is 'Efua Mensah'
date_is 2025-05-06
encoding_is utf-8
site_is 'West Africa Monitor'
keep 'offered to readmit Djoliba to the Economic Community of West African States'
keep 'Keeping the door open is cheaper than rebuilding the house.'
keep 'The next ECOWAS summit is scheduled for December.'
drop 'Ghana Central Bank Cuts Rates for First Time in Two Years'
drop 'Share on WhatsApp'
drop 'We use cookies to measure audience'
drop 'dataLayer'

sample gold-mine-cp1252.html html
title_is 'Djoliba Revokes Northgate’s Licence at Sirakoro Gold Mine'
author_is 'Léa Dubreuil'
date_is 2025-02-18
encoding_is windows-1252
site_is 'Sahel Business Review'
keep 'The mine employs around 2,400 people, most of them Djoliban nationals.'
keep 'said Chloé Martin-Diop, a mining analyst at a consultancy in Dakar.'
keep 'the Société Djolibane des Mines, would keep all current employees'
drop 'Cotton Exports Rebound After Two Bad Seasons'
drop 'Share on LinkedIn'
drop 'This website stores cookies on your computer'
drop 'Markets Data'

sample meteorite-broken.html html
title_is 'Camel Herders Help Scientists Recover a Rare Meteorite'
author_is 'Marcus Lindqvist'
date_is 2025-06-03
encoding_is utf-8
site_is 'Science Frontier Daily'
keep 'belongs to a rare class of space rocks'
keep 'The team recovered eleven fragments with a total mass of 4.3 kilograms.'
keep 'satellite images that can reveal dark stones against the pale sand.'
drop 'Mars Rover Finds Layered Rocks in Ancient Lake Bed'
drop 'Share on Reddit'
drop 'uses cookies for analytics and advertising'
drop 'Newsletter sign-up'

# --- several files at once: one JSON line each --------------------------------

set -- sahel-intelligence.txt koulanta-fuel.txt junta-utf16.txt \
	port-strike-cp1252.txt football-crlf.txt sorghum-study.txt \
	wire-brief.txt ecowas-summit.html gold-mine-cp1252.html \
	meteorite-broken.html
expected=$#
for s do
	set -- "$@" "$samples/$s"
	shift
done
f='(all samples)'
all=$tmp/all.json
"$GALLEY" clean --format=json "$@" >"$all" 2>"$tmp/all.err"
rc=$?
if [ "$rc" -ne 0 ]; then
	fail "$f" "galley clean --format=json exited with $rc: $(sed -n 1p "$tmp/all.err")"
fi
n=$(wc -l <"$all")
n=$((n + 0))
if [ "$n" -ne "$expected" ]; then
	fail "$f" "galley clean --format=json printed $n lines for $expected files"
fi
n=$(LC_ALL=C grep -c '^{"file":"' "$all")
if [ "$n" -ne "$expected" ]; then
	fail "$f" "$n of $expected JSON lines start with {\"file\":\""
fi

# --- galley clean --raw --------------------------------------------------------

# UTF-8 with LF endings and no BOM: --raw gives the file back unchanged.
run_raw sahel-intelligence.txt
raw_clean
if ! cmp -s "$raw" "$samples/$f"; then
	fail "$f" "--raw output differs from the (already UTF-8) file"
fi

# CRLF: every CR goes, nothing else changes.
run_raw football-crlf.txt
raw_clean
raw_line 1 'Tuesday, March 4, 2025'
raw_has_line 'Dunmore had taken the lead against the run of play midway through the first half. Rovers goalkeeper Matt Hollis could only parry a long-range shot from Jonas Ekwueme, and striker Liam Costigan was first to the rebound. The visitors defended deep for the rest of the half and went in at the break wiht their lead intact.'
LC_ALL=C tr -d '\r' <"$samples/$f" >"$tmp/$f.lf"
if ! cmp -s "$raw" "$tmp/$f.lf"; then
	fail "$f" "--raw output differs from the file with CRs removed"
fi

# UTF-16LE with BOM.
run_raw junta-utf16.txt
raw_clean
raw_line 1 'Monday, March 31, 2025'
raw_has_line 'General Hamidou Sangaré told a gathering of traditional chiefs in Koulanta on Thursday that the presidential election promised for 2026 would now be held “no earlier than 2028”, citing continued attacks in the north. The general said the army needed “two more dry seasons” to restore state authority in the regions bordering Mali.'
raw_has_line 'Transition Council Pushes Back Election Timetable by Two Years'
raw_has_line '© 2025 Sahel Dispatch - All rights reserved.'

# Windows-1252: 0x80 is the euro sign, 0x92 the right single quote.
run_raw port-strike-cp1252.txt
raw_clean
raw_line 1 'Wednesday, February 5, 2025'
raw_has_line 'Businesses that rely on the port are already feeling the effects. Fruit importers said refrigerated containers were being diverted to other harbours, adding days to delivery times and raising costs. The regional chamber of commerce estimated that the stoppage was costing the local economy around €4.2 million a day.'
raw_has_line 'Home › Ports › Labour'
raw_has_line 'Renée Fairbanks is the Gazette’s labour and ports correspondent.'

if [ "$failures" -ne 0 ]; then
	echo "$failures check(s) failed"
	exit 1
fi
echo "all sample checks passed"
exit 0
