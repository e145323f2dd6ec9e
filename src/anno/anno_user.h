/* anno_user.h - who annotates: $GALLEY_USER, else the "user" key of
 * $XDG_CONFIG_HOME/galley/config (~/.config/galley/config), else
 * LOGIN@HOST. */
#ifndef GALLEY_ANNO_USER_H
#define GALLEY_ANNO_USER_H

/* A new string; never NULL. */
char *anno_user(void);

/* The value of "user = ..." in a config file, or NULL.  (The reader's
 * config parser will take this over; only this key is read here.) */
char *anno_user_from_config(const char *path);

#endif
