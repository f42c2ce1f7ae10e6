"""Piping a Spark partition's records through the `verbatim` program shipped with the job."""

import subprocess
import sys
import threading

from pyspark import SparkFiles


class PartitionFailed(RuntimeError):
    """A partition's `verbatim` process ended with an error."""


def piped(binary_name, arguments, partition, lines, skipped, labelled=False):
    """The output lines of `verbatim ARGUMENTS` fed `lines` on standard input (named
    part-PARTITION), as they come.

    Standard error goes to the executor's log, each line prefixed with the partition; records
    passed over are counted in `skipped`. With `labelled`, `lines` are (line, label) pairs, and
    a record passed over is named by its label rather than by its place in the partition."""
    binary = SparkFiles.get(binary_name)
    process = subprocess.Popen([binary] + arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    errors = []
    labels = []
    prefix = f"verbatim: part-{partition}:"

    def feed():
        try:
            for line in lines:
                if labelled:
                    line, label = line
                    labels.append(label)
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
            if line.startswith(prefix):
                skipped.add(1)
                number, _, reason = line[len(prefix):].partition(":")
                if labelled and number.isdigit() and 0 < int(number) <= len(labels):
                    line = f"verbatim: {labels[int(number) - 1]}:{reason}"
            errors.append(line)
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
