/* signals.c - installing the reader's signal handlers (signals.h). */
#include "config.h"

#include "ui/signals.h"

#include <string.h>

void
signal_catch(int sig, void (*fn)(int), struct sigaction *old)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	sigaction(sig, &sa, old);
}
