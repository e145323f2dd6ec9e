#!/bin/sh
# The reader on the samples: list, opening, scrolling, raw view, search,
# grep, help, quitting.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

start 120 30 "$GALLEY" "$top_srcdir/samples"
check "list header shows the count and sort" wait_for "10 sources, by path"
check "first source opens at start" wait_for "ECOWAS Leaders Offer Djoliba a Path Back Into the Bloc"
check "header shows author, date and site" wait_for "Efua Mensah · 2025-05-06 · West Africa Monitor"
check "status line shows view and position" wait_for "CLEAN 1/10"
check "boilerplate is not in the clean view" sh -c "! grep -q 'Cookie settings' '$tmp/screen'"

# j moves the selection, Enter opens.
keys j j Enter
check "Enter opens the selected source" wait_for "Djoliba Revokes Northgate’s Licence at Sirakoro Gold Mine"
check "its author is shown" wait_for "Léa Dubreuil"
check "status: source 3 of 10" wait_for "CLEAN 3/10"

# Tab to the pane; j scrolls it by one line.  (Line 5 is read once the
# pane shows text there: the article may be drawn after the status.)
keys Tab
check "the pane's line 5" wait_until sh -c \
    "sed -n 5p '$tmp/screen' | sed 's/.*│//' | grep -q '[^ ]'"
settle
screen "$tmp/before"
b4=$(sed -n 5p "$tmp/before" | sed 's/.*│//')
keys j
# Polled: a slow galley may not have scrolled yet when the screen
# settles.
check "j in the pane scrolls one line" wait_until sh -c \
    "sed -n 4p '$tmp/screen' | sed 's/.*│//' | grep -qxF -- \"\$1\"" sh "$b4"
af=$(sed -n 4p "$tmp/screen" | sed 's/.*│//')

# Raw view: dropped blocks come back (the cookie notice of this page).
keys g r
check "r shows the raw page" wait_for "RAW 3/10"
check "raw page includes the dropped blocks" wait_for "Cotton Exports Rebound After Two Bad Seasons"
keys r
check "r again returns to the clean article" wait_for "CLEAN 3/10"
check "the related posts are gone again" wait_gone "Cotton Exports Rebound"
check "toggling kept the passage at the top" wait_until sh -c "sed -n 4p '$tmp/screen' | grep -q 'mines ministry has revoked'"
check "j in the pane scrolled, not the list" test -n "$af"

# Search in the article.
keys / Sirakoro Enter
check "search reports the match" wait_for "match 1 of"
keys n
check "n goes to the next match" wait_for "match 2 of"
keys N
check "N goes back" wait_for "match 1 of"
keys / nosuchwordanywhere Enter
check "a failed search says so" wait_for "Pattern not found"

# Search across every source.
keys : "grep Koulanta" Enter
check ":grep lists hits with file and line" wait_for "hits for Koulanta"
check ":grep shows title:line and context" wait_for "Fuel Queues Return to Koulant"
keys Enter
check "Enter opens the hit" wait_for "match 1 of"
check "the view returned to the sources" wait_for "10 sources"

# Unknown command.
keys : "frobnicate" Enter
check "unknown command is reported" wait_for "unknown command: frobnicate"

# Help from F1, closed with q; q quits.
keys F1
check "F1 opens the help" wait_for "galley keys"
check "help lists the keys from the table" wait_for "toggle the raw page"
check "a long description wraps, its end shown, not cut" \
    wait_for "and N"
# Descriptions wider than the screen go on under themselves (they were
# cut at the edge: the note editor's keys could not be read).
# (Page down to it: the help grows.)
check "a long description is wrapped, not cut" page_to "note has changed)"
keys G
check "the help lists the : commands from their table" \
    wait_for ":quit!, :q!"
# / searches the help's lines (not the article under it), n goes on.
keys g / compare Enter
check "/ in the help finds a line of the help" wait_row 1 "compare"
check "it says where" wait_until grep -q 'row [0-9]* of [0-9]*' "$tmp/screen"
at=$(grep -o 'row [0-9]* of [0-9]*' "$tmp/screen" | head -1)
# n goes on from the match, also near the end of the help, where the
# top line stops: ":q" is on the help's last lines.  (The status line
# says "row" from the last search until this one's is drawn.)
keys G / ':q' Enter
check "a match near the end" wait_until sh -c "grep -o 'row [0-9]* of [0-9]*' '$tmp/screen' | grep -qv '^$at\$'"
first=$(grep -o 'row [0-9]* of [0-9]*' "$tmp/screen" | head -1)
keys n
check "n finds the next, past it" wait_until sh -c "grep -o 'row [0-9]* of [0-9]*' '$tmp/screen' | grep -qv '^$first\$'"
keys / zzyzzyx Enter
check "a pattern the help lacks is not found" wait_for "Pattern not found"
keys q
check "q closes the help" wait_gone "galley keys"

# A : command runs the same action as its key.
keys : help Enter
check ":help opens the help" wait_for "galley keys"
keys G q : help Enter
check ":help after scrolling the help starts at its top again" \
    wait_for "galley keys"
keys q
keys : raw Enter
check ":raw says what r says" wait_for "raw page, the dropped blocks set apart"
keys : raw Enter
check ":raw again returns to the article" wait_for "clean article"
keys : "raw now" Enter
check "a command that takes no argument says so" \
    wait_for ":raw takes no argument"
keys : "sort" Enter
check "a missing argument is named" wait_for ":sort needs path|title|date"
keys : "sort size" Enter
check "a bad argument is named" wait_for ":sort takes path, title or date"
keys : "entities everything" Enter
check "an optional argument is checked" wait_for ":entities takes only [doc]"
keys : "frobnicate" Enter
check "unknown command lists the commands from the table" \
    wait_for "(try grep WORD, cn, cp, cl, filter FILTER, problems"
keys q
check "q quits with status 0" wait_for "[exited 0]"

# SIGTERM (and SIGHUP when SSH drops) end the reader through its normal
# exit: status 128+15, the terminal restored.
start 100 20 "$GALLEY" "$top_srcdir/samples"
check "reader up again" wait_for "CLEAN 1/10"
pid=$(pane_child)
check "galley's process found" test -n "$pid"
kill -TERM "$pid"
check "SIGTERM: a clean exit, status 143" wait_for "[exited 143]"
finish
