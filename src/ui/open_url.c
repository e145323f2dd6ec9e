/* open_url.c - o: the source's URL opened in a browser, in the
 * background, or shown (and offered to y) when there is none. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "view/quote.h"
#include "ui/reader_int.h"

/* A command's words with %s replaced by the URL (%% by %), or the URL
 * appended when no word has %s: the $BROWSER convention.  A NULL-
 * terminated argv; its words are never seen by a shell. */
static char **
command_argv(const char *cmd, const char *url)
{
	size_t n = 0, cap = 4;
	char **argv = xmalloc(cap * sizeof *argv);
	bool substituted = false;

	for (const char *p = cmd; *p;) {
		size_t len = strcspn(p, " \t");
		struct buf w;

		if (len == 0) {
			p++;
			continue;
		}
		buf_init(&w);
		for (size_t i = 0; i < len; i++) {
			if (p[i] == '%' && i + 1 < len && p[i + 1] == 's') {
				buf_adds(&w, url);
				substituted = true;
				i++;
			} else if (p[i] == '%' && i + 1 < len && p[i + 1] == '%')
				buf_addc(&w, p[i++]);
			else
				buf_addc(&w, p[i]);
		}
		if (n + 2 >= cap)
			argv = xreallocarray(argv, cap *= 2, sizeof *argv);
		argv[n++] = buf_steal(&w);
		p += len;
	}
	if (n > 0 && !substituted)
		argv[n++] = xstrdup(url);
	argv[n] = NULL;
	return argv;
}

static void
free_argv(char **argv)
{
	for (size_t i = 0; argv[i]; i++)
		free(argv[i]);
	free(argv);
}

static bool
has_display(void)
{
	const char *x = getenv("DISPLAY"), *w = getenv("WAYLAND_DISPLAY");

	return (x != NULL && *x) || (w != NULL && *w);
}

/* The commands to try in turn, NULL-terminated: each of $BROWSER's
 * ':'-separated entries, then xdg-open when there is a display. */
static char ***
browser_commands(const char *url, size_t *n)
{
	const char *env = getenv("BROWSER");
	char ***cmds = xcalloc((env ? strlen(env) + 1 : 0) + 2, sizeof *cmds);

	*n = 0;
	for (const char *p = env ? env : ""; *p;) {
		size_t len = strcspn(p, ":");
		char *entry = xstrndup(p, len);
		char **argv = command_argv(entry, url);

		free(entry);
		if (argv[0] != NULL)
			cmds[(*n)++] = argv;
		else
			free_argv(argv);
		p += len + (p[len] == ':');
	}
	if (has_display()) {
		char **argv = xcalloc(3, sizeof *argv);

		argv[0] = xstrdup("xdg-open");
		argv[1] = xstrdup(url);
		cmds[(*n)++] = argv;
	}
	return cmds;
}

/* In the grandchild: no terminal, no descriptors of the reader but
 * `failed`, then each command until one starts; when none does, a byte
 * on `failed` says so (it closes unwritten when one starts: close on
 * exec). */
static void
run_detached(char ***cmds, int failed)
{
	int null = open("/dev/null", O_RDWR);
	long max = sysconf(_SC_OPEN_MAX);

	if (null >= 0) {
		dup2(null, STDIN_FILENO);
		dup2(null, STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
	}
	for (long fd = 3; fd < (max > 0 && max < 4096 ? max : 4096); fd++)
		if (fd != failed)
			close((int)fd);
	setsid();
	for (size_t i = 0; cmds[i]; i++)
		execvp(cmds[i][0], cmds[i]);
	if (write(failed, "x", 1) < 0)
		_exit(126);
	_exit(127);
}

/* Whether the grandchild said that no command started: waits until it
 * has started one (the pipe closes unwritten) or given up. */
static bool
none_started(int fd)
{
	char c;
	ssize_t n;

	while ((n = read(fd, &c, 1)) < 0 && errno == EINTR)
		;
	return n == 1;
}

/* Starts the first command that runs, detached (a double fork: the
 * browser is no child of the reader, which never waits for it).  False
 * when no process could be made or none of the commands could be run
 * (a BROWSER that names no program, xdg-open not installed). */
static bool
launch(char ***cmds)
{
	int fds[2], status = 0;
	pid_t pid;
	bool made = true;

	if (pipe2(fds, O_CLOEXEC) < 0)
		return false;
	if ((pid = fork()) < 0) {
		close(fds[0]);
		close(fds[1]);
		return false;
	}
	if (pid == 0) {
		pid_t grandchild = fork();

		if (grandchild == 0)
			run_detached(cmds, fds[1]);
		_exit(grandchild < 0 ? 1 : 0);
	}
	close(fds[1]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			break;	/* reaped already (SIGCHLD ignored) */
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		made = false;
	made = made && !none_started(fds[0]);
	close(fds[0]);
	return made;
}

static void
show_url(struct reader *r, const char *why, const char *url)
{
	char *msg = xasprintf("%s, y copies it: %s", why, url);

	set_message(r, false, msg);
	free(msg);
	yank_offer(r, url);
}

void
open_url_action(struct reader *r)
{
	struct doc *d = r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
	char *url = d ? quote_source_url(d) : NULL, *msg;
	char ***cmds;
	size_t n;

	if (url == NULL) {
		set_message(r, true, d ? "no URL known for this source (no "
		    "canonical link or og:url, no address in its header)" :
		    "no source open");
		return;
	}
	cmds = browser_commands(url, &n);
	if (n == 0)
		show_url(r, "no browser", url);
	else if (launch(cmds)) {
		msg = xasprintf("opening %s", url);
		set_message(r, false, msg);
		free(msg);
	} else
		show_url(r, "no browser could be started", url);
	for (size_t i = 0; i < n; i++)
		free_argv(cmds[i]);
	free(cmds);
	free(url);
}
