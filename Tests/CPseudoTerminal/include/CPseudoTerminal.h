#ifndef VERBATIM_CPSEUDOTERMINAL_H
#define VERBATIM_CPSEUDOTERMINAL_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp`, in `directory`, as the session leader of a new
/// pseudo-terminal of `rows` x `cols`. Returns the child's pid and stores the terminal's
/// controlling side in `*master`; returns -1 on failure.
pid_t verbatim_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                         unsigned short rows, unsigned short cols, int *master);

/// Gives the pseudo-terminal whose controlling side is `master` a new size; the kernel sends
/// SIGWINCH to its foreground processes. Returns 0 on success.
int verbatim_pty_resize(int master, unsigned short rows, unsigned short cols);

#endif
