# Helpers for the end-to-end reader tests: galley runs inside a private
# tmux server at a fixed window size; keys go in with send-keys and the
# screen comes back with capture-pane.  Sourced after tests/cli/lib.sh.

command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is not installed"; exit 1; }

# GALLEY_TEST_TIME_SCALE=N gives a slow galley (under valgrind: see
# tools/ci-valgrind) N times longer everywhere below that waits for it.
scale=${GALLEY_TEST_TIME_SCALE:-1}
case $scale in
''|*[!0-9]*|0) echo "FAIL: GALLEY_TEST_TIME_SCALE must be a whole number > 0"; exit 1 ;;
esac
settle_step=$(awk "BEGIN { print 0.05 * $scale }")

# ESCDELAY: tmux types a mouse or key sequence a character at a time; on
# a loaded machine a short delay could split it into Esc and text.

# Each start gets a fresh tmux server, so that one ending cannot race
# with the next starting.
nstart=0
sock="galley-test-$$-0"
TMUX_CMD="tmux -L $sock -f /dev/null"
trap 'tmux -L "$sock" kill-server 2>/dev/null; chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

# start WIDTH HEIGHT COMMAND...: a new session running COMMAND.
start() {
	w=$1
	h=$2
	shift 2
	$TMUX_CMD kill-server 2>/dev/null
	nstart=$((nstart + 1))
	sock="galley-test-$$-$nstart"
	TMUX_CMD="tmux -L $sock -f /dev/null"
	# remain-on-exit keeps the pane so that a crash can be seen.
	$TMUX_CMD new-session -d -x "$w" -y "$h" -s t \
		"env TERM=${TEST_TERM:-xterm-256color} LANG=${TEST_LANG:-C.UTF-8} LC_ALL= ESCDELAY=${TEST_ESCDELAY:-400} XDG_CONFIG_HOME=$tmp/xdg HOME=$tmp $*; echo \"[exited \$?]\"; sleep 60"
	$TMUX_CMD set-option -g status off >/dev/null
}

# child_of PID: the process id of a child of PID, from /proc: procps
# may not be installed.
child_of() {
	parent=$1
	for f in /proc/[0-9]*/stat; do
		line=$(cat "$f" 2>/dev/null) || continue
		pid=${line%% *}
		rest=${line##*) }
		set -- $rest
		if [ "$2" = "$parent" ]; then
			echo "$pid"
			return 0
		fi
	done
	return 1
}

# proc_state PID: its state letter from /proc (T: stopped).
proc_state() {
	line=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	set -- ${line##*) }
	echo "$1"
}

# wait_stopped PID [SECONDS]: poll until PID is stopped (Ctrl-Z).
wait_stopped() {
	limit=$((${2:-10} * scale))
	i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		[ "$(proc_state "$1")" = T ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# pane_pid: the process id of the pane's shell.
pane_pid() {
	$TMUX_CMD display-message -p -t t '#{pane_pid}'
}

# pane_child: the process id of the command the pane runs (galley, or
# the valgrind running it).
pane_child() {
	child_of "$(pane_pid)"
}

# resize WIDTH HEIGHT: the terminal galley runs in changes size.
resize() {
	$TMUX_CMD resize-window -t t -x "$1" -y "$2"
}

keys() {
	$TMUX_CMD send-keys -t t "$@"
}

# screen [FILE]: the visible screen as text.
screen() {
	$TMUX_CMD capture-pane -p -t t >"${1:-$tmp/screen}"
}

# screen_sgr [FILE]: the screen with its attributes as SGR sequences.
screen_sgr() {
	$TMUX_CMD capture-pane -p -e -t t >"${1:-$tmp/sgr}"
}

# wait_sgr TEXT [SECONDS]: poll until the screen with attributes shows
# TEXT (an SGR sequence and the text it applies to).
wait_sgr() {
	want=$1
	limit=$((${2:-10} * scale))
	i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		screen_sgr
		if grep -qF -- "$want" "$tmp/sgr"; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for '$want' with attributes; the screen was:)"
	sed 's/^/  | /' "$tmp/sgr" | cat -v
	return 1
}

# wait_for TEXT [SECONDS]: poll until the screen shows TEXT.
wait_for() {
	want=$1
	limit=$((${2:-10} * scale))
	i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		screen
		if grep -qF -- "$want" "$tmp/screen"; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for '$want'; the screen was:)"
	sed 's/^/  | /' "$tmp/screen"
	return 1
}

# wait_gone TEXT [SECONDS]: poll until the screen no longer shows TEXT.
wait_gone() {
	want=$1
	limit=$((${2:-10} * scale))
	i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		screen
		if ! grep -qF -- "$want" "$tmp/screen"; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for '$want' to go; the screen was:)"
	sed 's/^/  | /' "$tmp/screen"
	return 1
}

# wait_row N TEXT [SECONDS]: poll until line N of the screen shows TEXT.
wait_row() {
	n=$1
	want=$2
	limit=$((${3:-10} * scale))
	i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		screen
		if sed -n "${n}p" "$tmp/screen" | grep -qF -- "$want"; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for '$want' on line $n; the screen was:)"
	sed 's/^/  | /' "$tmp/screen"
	return 1
}

# wait_until COMMAND...: poll until COMMAND succeeds on a fresh capture
# of the screen ($tmp/screen).  A check of a whole screen goes through
# it: a screen is drawn in several writes, and after a resize the old
# one shows until galley draws again.
wait_until() {
	limit=$((10 * scale))
	i=0
	while [ "$i" -lt $((limit * 20)) ]; do
		screen
		if "$@" >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for: $*; the screen was:)"
	sed 's/^/  | /' "$tmp/screen"
	return 1
}

# view_select TEXT: in a list view (header on line 1, first row on
# line 2), selects the first row showing TEXT.  It waits for TEXT, then
# for the screen to settle: the view may still be being drawn.  The
# screen before the view may show the same words lines lower: wait
# first for text only the view's rows show.
view_select() {
	wait_for "$1" || return 1
	settle
	screen
	n=$(grep -n -F -- "$1" "$tmp/screen" | head -1 | cut -d: -f1)
	[ -n "$n" ] || return 1
	view_select_line "$n"
}

# view_select_line N: in a list view, selects the row on line N.
view_select_line() {
	keys g
	i=2
	while [ "$i" -lt "$1" ]; do
		keys j
		i=$((i + 1))
	done
	settle
}

# page_to TEXT: in a view already drawn, pages down with Space until
# the screen shows TEXT, ten pages at the most.  Each page is waited for
# (its first line changes, then the screen settles) before it is looked
# at: a Space typed while a slow galley still draws the page before
# would skip a page.
page_to() {
	for page in 1 2 3 4 5 6 7 8 9 10; do
		settle
		screen
		grep -qF -- "$1" "$tmp/screen" && return 0
		was=$(row 1)
		keys Space
		wait_until sh -c 'test "$(sed -n 1p "$1")" != "$2"' sh \
		    "$tmp/screen" "$was" || return 1
	done
	return 1
}

# row N: line N (1-based) of the last captured screen.
row() {
	sed -n "${1}p" "$tmp/screen"
}

# Waits for the screen to stop changing (for comparisons after a key):
# the same for 50 ms, or as many times that as the time scale says.
settle() {
	prev=""
	i=0
	while [ "$i" -lt 100 ]; do
		cur=$($TMUX_CMD capture-pane -p -t t | cksum)
		[ "$cur" = "$prev" ] && return 0
		prev=$cur
		sleep "$settle_step"
		i=$((i + 1))
	done
}

# two_versions DIR P1 P2 SED: DIR/a.txt, a title and the paragraphs P1
# and P2; DIR/b.txt, the same with the sed script SED applied to P2.
two_versions() {
	mkdir -p "$1"
	printf 'Pier approved\n\n%s\n\n%s\n' "$2" "$3" >"$1/a.txt"
	printf 'Pier approved\n\n%s\n\n%s\n' "$2" \
	    "$(printf '%s' "$3" | sed "$4")" >"$1/b.txt"
}
