"""Piping a Spark partition's records through the `verbatim` program shipped with the job."""

import subprocess
import sys
import threading

from pyspark import SparkFiles


class PartitionFailed(RuntimeError):
    """A partition's `verbatim` process ended with an error."""


def piped(binary_name, arguments, partition, lines, skipped):
    """The output lines of `verbatim ARGUMENTS` fed `lines` on standard input (named
    part-PARTITION), as they come.

    Standard error goes to the executor's log, each line prefixed with the partition; records
    passed over are counted in `skipped`."""
    binary = SparkFiles.get(binary_name)
    process = subprocess.Popen([binary] + arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    errors = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    def drain_errors():
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            errors.append(line)
            if line.startswith(f"verbatim: part-{partition}:"):
                skipped.add(1)
            print(f"partition {partition}: {line}", file=sys.stderr)

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain_errors, daemon=True)]
    for thread in threads:
        thread.start()
    for raw in process.stdout:
        yield raw.decode("utf-8").rstrip("\n")
    status = process.wait()
    for thread in threads:
        thread.join()
    if status != 0:
        last = "; ".join(errors[-3:]) or "no message"
        raise PartitionFailed(f"partition {partition}: verbatim {' '.join(arguments)} ended with status {status}: {last}")
