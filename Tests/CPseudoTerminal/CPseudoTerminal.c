#include "CPseudoTerminal.h"

#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <string.h>
#include <unistd.h>

pid_t verbatim_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *directory,
                         unsigned short rows, unsigned short cols, int *master) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_row = rows;
    size.ws_col = cols;
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        /* Start the program as a login shell would: default signal handling, nothing blocked. */
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        signal(SIGINT, SIG_DFL);
        if (chdir(directory) != 0) _exit(126);
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}

int verbatim_pty_resize(int master, unsigned short rows, unsigned short cols) {
    struct winsize size = { .ws_row = rows, .ws_col = cols };
    return ioctl(master, TIOCSWINSZ, &size);
}
