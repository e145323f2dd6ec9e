/* count-opens.c - runs a command and writes to COUNTFILE how many times
 * it opened FILE (inotify IN_OPEN events), so that a test can check a
 * file is read once: count-opens FILE COUNTFILE COMMAND [ARG]...  The
 * command inherits the terminal.
 * Closes are watched too: the kernel merges identical events in a row,
 * and open, close, open, close has none. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

/* The IN_OPEN events waiting on fd (non-blocking: the command is
 * done). */
static long
count_opens(int fd)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	long n = 0;
	ssize_t len;

	while ((len = read(fd, buf, sizeof buf)) > 0)
		for (char *p = buf; p < buf + len;) {
			const struct inotify_event *e =
			    (const struct inotify_event *)(void *)p;

			n += (e->mask & IN_OPEN) != 0;
			p += sizeof *e + e->len;
		}
	return n;
}

int
main(int argc, char **argv)
{
	int fd, status;
	pid_t pid;
	FILE *out;

	if (argc < 4) {
		fprintf(stderr, "usage: count-opens FILE COUNTFILE COMMAND "
		    "[ARG]...\n");
		return 2;
	}
	fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (fd < 0 || inotify_add_watch(fd, argv[1], IN_OPEN | IN_CLOSE) < 0) {
		perror("count-opens: inotify");
		return 2;
	}
	if ((pid = fork()) < 0) {
		perror("count-opens: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[3], argv + 3);
		perror(argv[3]);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return 2;
	if ((out = fopen(argv[2], "w")) == NULL) {
		perror(argv[2]);
		return 2;
	}
	fprintf(out, "%ld\n", count_opens(fd));
	fclose(out);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
