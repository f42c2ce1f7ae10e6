#!/usr/bin/env python3
"""Runs a command ROUNDS times, its output discarded, and prints the fastest wall time in
seconds and the largest peak resident memory of one run in kilobytes, separated by a space.
Exits with the command's status when a run fails, its standard error shown.

    timed.py [--out FILE] ROUNDS COMMAND [ARGUMENT...]

--out FILE keeps the last run's standard output in FILE."""
import os, subprocess, sys, time


def run(command, out):
    """(seconds, peak kilobytes, status, standard error) of one run."""
    started = time.perf_counter()
    target = open(out, "wb") if out else subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=target, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    errors = process.stderr.read()
    # wait4 gives this child's own peak memory (getrusage would give the largest child's so far).
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, process.returncode, errors


def main():
    arguments, out = sys.argv[1:], None
    if arguments[0] == "--out":
        out, arguments = arguments[1], arguments[2:]
    rounds, command = int(arguments[0]), arguments[1:]
    fastest, largest = None, 0
    for _ in range(rounds):
        seconds, kilobytes, status, errors = run(command, out)
        if status != 0:
            sys.stderr.write(errors.decode(errors="replace"))
            sys.exit(status if status > 0 else 1)
        fastest = seconds if fastest is None else min(fastest, seconds)
        largest = max(largest, kilobytes)
    print(fastest, largest)


if __name__ == "__main__":
    main()
