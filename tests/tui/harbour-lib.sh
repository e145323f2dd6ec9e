# Three paragraphs of one wire story about a harbour pier, for the tests
# of syndicated copy in the reader (shared-marks.sh, story-list.sh).
p1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost and the effect on the fishing fleet at the old quay.'
p2='Members said the pier would bring visitors to the town and allow larger boats to land their catch without waiting for the tide to turn.'
p3='The mayor said the work would begin in the spring and take two years to finish, with the cost shared with the regional government.'

# page FILE TITLE SITE PARAGRAPH...
page() {
	f=$1 title=$2 site=$3
	shift 3
	{
		printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>' "$title"
		printf '<meta property="og:site_name" content="%s"></head><body>\n' "$site"
		printf '<article><h1>%s</h1>' "$title"
		for p; do printf '<p>%s</p>' "$p"; done
		printf '</article></body></html>\n'
	} >"$f"
}
# story_pages DIR: three versions of the pier story on three sites
# (c.html with a word changed, d.html cut), and another story.
story_pages() {
	page "$1/a.html" "Pier vote" "Coast Herald" "$p1" "$p2" "$p3"
	page "$1/b.html" "Bakery prize" "Valley Times" \
	    'A small bakery in the old town has won the regional prize for its rye bread, beating more than forty entries from across the province.'
	page "$1/c.html" "Pier backed" "Port News" "$p1" "$p2" \
	    "$(printf '%s' "$p3" | sed 's/two years/three years/')"
	page "$1/d.html" "Pier ok" "Quay Daily" "$p1" "$p3"
}

# text_versions DIR: the pier story as two text files, a.txt and b.txt
# (b.txt retitled, a word changed in the third paragraph), for the tests
# of travelled annotations (travel.sh, travel-save.sh, travel-list.sh).
text_versions() {
	printf 'Harbour council approves pier\n\n%s\n\n%s\n\n%s\n' "$p1" "$p2" \
	    "$p3" >"$1/a.txt"
	printf 'Council backs pier\n\n%s\n\n%s\n\n%s\n' "$p1" "$p2" \
	    "$(printf '%s' "$p3" | sed 's/two years/three years/')" >"$1/b.txt"
}
