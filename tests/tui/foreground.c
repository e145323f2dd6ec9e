/* foreground.c - runs a command as an interactive shell runs a job: in a
 * process group of its own, in the terminal's foreground, and waits for
 * it.  The reader tests need it to suspend galley with Ctrl-Z: a tmux
 * pane's shell runs its commands in an orphaned process group, where the
 * kernel discards the stop that Ctrl-Z asks for. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	pid_t pid;
	int status;

	if (argc < 2) {
		fprintf(stderr, "usage: foreground COMMAND [ARG]...\n");
		return 2;
	}
	/* Taking the terminal back from the group at the end. */
	signal(SIGTTOU, SIG_IGN);
	if ((pid = fork()) < 0) {
		perror("foreground: fork");
		return 2;
	}
	if (pid == 0) {
		setpgid(0, 0);
		tcsetpgrp(STDIN_FILENO, getpid());
		signal(SIGTTOU, SIG_DFL);
		execvp(argv[1], argv + 1);
		perror(argv[1]);
		_exit(127);
	}
	setpgid(pid, pid);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return 2;
	tcsetpgrp(STDIN_FILENO, getpgrp());
	return WIFEXITED(status) ? WEXITSTATUS(status) :
	    128 + WTERMSIG(status);
}
