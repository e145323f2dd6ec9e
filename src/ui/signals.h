/* signals.h - the reader's one way of installing a signal handler. */
#ifndef GALLEY_UI_SIGNALS_H
#define GALLEY_UI_SIGNALS_H

#include <signal.h>

/* Installs fn (or SIG_DFL, SIG_IGN) for sig without SA_RESTART, so that
 * a blocking read is interrupted; the previous action goes to old when
 * not NULL. */
void signal_catch(int sig, void (*fn)(int), struct sigaction *old);

#endif
