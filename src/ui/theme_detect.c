/* theme_detect.c - asking the terminal for its background. */
#include "config.h"

#include "ui/theme_detect.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "base/termbg.h"
#include "base/util.h"

/* A late answer is looked for this long after the question. */
#define LATE_REPLY_MS 3000

static enum { IDLE, PENDING, IN_ESC, IN_OSC, IN_CSI } late;
static long late_until;

/* Keys typed before the answer came, read with it: given back to curses
 * by theme_replay_keys, not lost. */
static char typed[512];
static size_t ntyped;

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Reads what the terminal sends until the answer to DA1 (every terminal
 * answers it, after OSC 11 when it answers that) or the deadline. */
static size_t
read_answers(int fd, char *buf, size_t size, bool *complete)
{
	long deadline = now_ms() + THEME_QUERY_MS;
	size_t n = 0;

	*complete = false;
	while (n < size && !*complete) {
		struct pollfd p = { fd, POLLIN, 0 };
		long left = deadline - now_ms();
		ssize_t got;

		if (left <= 0 || poll(&p, 1, (int)left) <= 0)
			break;
		got = read(fd, buf + n, size - n);
		if (got <= 0 && errno != EINTR && errno != EAGAIN)
			break;
		if (got > 0)
			n += (size_t)got;
		*complete = termbg_has_da1(buf, n);
	}
	return n;
}

/* Asks OSC 11 and DA1 of /dev/tty with echo off.  Returns 1 with *bg
 * set on an answer; 0 with *slow set when not even DA1 came in time. */
static int
ask_terminal(struct rgb *bg, bool *slow)
{
	static const char question[] = "\033]11;?\033\\\033[c";
	struct termios old, raw;
	char buf[512];
	size_t n;
	bool complete;
	int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);

	*slow = false;
	if (fd < 0)
		return 0;
	if (tcgetattr(fd, &old) < 0) {
		close(fd);
		return 0;
	}
	raw = old;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(fd, TCSANOW, &raw) < 0 ||
	    write(fd, question, sizeof question - 1) !=
	    (ssize_t)(sizeof question - 1)) {
		tcsetattr(fd, TCSANOW, &old);
		close(fd);
		return 0;
	}
	n = read_answers(fd, buf, sizeof buf, &complete);
	ntyped = termbg_keys_between(buf, n, typed);
	tcsetattr(fd, TCSANOW, &old);
	close(fd);
	*slow = !complete;
	return termbg_parse_osc11(buf, n, bg);
}

/* Terminals that cannot answer, or whose TERM says nothing. */
static bool
worth_asking(const char *term)
{
	return term != NULL && *term != '\0' && strcmp(term, "dumb") != 0 &&
	    strcmp(term, "linux") != 0 && isatty(STDIN_FILENO) &&
	    isatty(STDOUT_FILENO);
}

static bool
ask_unless_slow(const char *term, struct rgb *bg)
{
	char *path = termbg_state_path(), *cause = NULL;
	bool slow, answered = false;

	if (!termbg_is_slow(path, term)) {
		answered = ask_terminal(bg, &slow) == 1;
		if (slow) {
			theme_expect_late_reply();
			termbg_remember_slow(path, term, &cause);
			free(cause);
		}
	}
	free(path);
	return answered;
}

enum theme_shade
theme_detect(enum config_theme setting, const char **why)
{
	const char *term = getenv("TERM");
	enum termbg fgbg;
	struct rgb bg;

	if (setting != CONFIG_THEME_AUTO) {
		*why = "the settings";
		return setting == CONFIG_THEME_LIGHT ? THEME_LIGHT : THEME_DARK;
	}
	if (worth_asking(term) && ask_unless_slow(term, &bg)) {
		*why = "the terminal";
		return termbg_of_colour(bg) == TERMBG_LIGHT ? THEME_LIGHT :
		    THEME_DARK;
	}
	fgbg = termbg_of_colorfgbg(getenv("COLORFGBG"));
	if (fgbg != TERMBG_UNKNOWN) {
		*why = "COLORFGBG";
		return fgbg == TERMBG_LIGHT ? THEME_LIGHT : THEME_DARK;
	}
	*why = "no answer";
	return THEME_DARK;
}

void
theme_replay_keys(void)
{
	/* ungetch is last in, first out. */
	while (ntyped > 0)
		ungetch((unsigned char)typed[--ntyped]);
}

void
theme_expect_late_reply(void)
{
	late = PENDING;
	late_until = now_ms() + LATE_REPLY_MS;
}

/* An escape sequence is swallowed whole: OSC up to BEL or ESC \, CSI up
 * to its final byte; DA1's answer ends the wait. */
bool
theme_swallow_reply(int kind, wint_t ch)
{
	if (late == IDLE)
		return false;
	if (now_ms() > late_until) {
		late = IDLE;
		return false;
	}
	if (kind != OK)
		return false;
	switch (late) {
	case PENDING:
		if (ch != 033)
			return false;
		late = IN_ESC;
		return true;
	case IN_ESC:
		late = ch == ']' ? IN_OSC : ch == '[' ? IN_CSI : PENDING;
		return true;
	case IN_OSC:
		if (ch == 007)
			late = PENDING;
		else if (ch == 033)
			late = IN_ESC;
		return true;
	case IN_CSI:
		if (ch >= 0x40 && ch <= 0x7E)
			late = ch == 'c' ? IDLE : PENDING;
		return true;
	default:
		return false;
	}
}
