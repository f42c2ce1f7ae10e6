#include "CPseudoTerminal.h"

#include <pty.h>
#include <string.h>
#include <unistd.h>

pid_t verbatim_pty_spawn(const char *path, char *const argv[], char *const envp[],
                         unsigned short rows, unsigned short cols, int *master) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_row = rows;
    size.ws_col = cols;
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}
