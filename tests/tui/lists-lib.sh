# Sources for the tests of the lists (list-*.sh, grep-list.sh): three
# pages with hashed file names, as scraped corpora have them, each with
# a title, a site and a date; "harbour" is in every page's dropped
# navigation, and in the articles of the first and the third.

# page FILE TITLE SITE DATE TEXT: a page whose article says TEXT twice.
page() {
	{
		printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>' "$2"
		printf '<meta property="og:site_name" content="%s">' "$3"
		printf '<meta property="article:published_time" content="%s"></head><body>\n' "$4"
		printf '<nav><ul><li><a href="/">Home</a></li><li><a href="/h">Harbour news</a></li></ul></nav>\n'
		printf '<article><h1>%s</h1><p>%s</p><p>%s</p></article>\n' "$2" "$5" "$5"
		printf '<footer><p>Copyright 2025.</p></footer></body></html>\n'
	} >"$1"
}

# make_sources DIR
make_sources() {
	mkdir -p "$1"
	page "$1/3f1c0d9e8a7b6c5d4e3f2a1b0c9d8e7f.html" \
	    "Harbour pier opens in spring" "Coast Herald" 2024-03-05 \
	    "The port authority said the new pier of the harbour would open in spring, after delays that were caused by storms and by a shortage of steel. Amadou Diallo said the dockworkers were satisfied with the the agreement reached with the port operators last week, and that the harbour would take larger ships."
	page "$1/7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d.html" \
	    "Rains come early to the valley" "Valley Times" 2024-04-01 \
	    "The rains came early this year, and the farmers along the river said that the sorghum harvest would be better than it was last season."
	page "$1/c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4.html" \
	    "Council votes on the new budget" "Coast Herald" 2024-05-09 \
	    "The council voted on Tuesday to approve the budget of the town, which puts more money into the harbour and the schools than any budget of the last ten years."
}
