#!/usr/bin/env python3
"""Benchmark of the Jupyter kernel (issue 13), not a test: how long from starting the kernel to its
kernel_info reply, and how long a warm cell of the lecture walkthrough takes, both as a notebook
sees them through jupyter_client. Run with Debian's python (it has jupyter_client):

    /usr/bin/python3 scripts/kernel-bench.py [RUNS]

It installs the kernelspec into a temporary prefix with `scripts/adjoint --install-kernel --prefix`
(so the launcher, its jar and class-data archive are what is measured) and prints medians.
Targets (issue 13): kernel_info within 1 s of start; a warm walkthrough cell under 0.3 s.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client import KernelManager

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WALKTHROUGH = "x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\n:trace y\n:forward y wrt x1\n:reverse y\n:grad y\n"


def until_idle(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" \
                and msg["content"]["execution_state"] == "idle":
            return


def reply(kc, msg_id):
    while True:
        msg = kc.get_shell_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    prefix = tempfile.mkdtemp(prefix="adjoint-kernel-bench-")
    subprocess.run([os.path.join(ROOT, "scripts", "adjoint"), "--install-kernel", "--prefix", prefix],
                   check=True, stdout=subprocess.DEVNULL)
    os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
    starts, cells = [], []
    for _ in range(runs):
        km = KernelManager(kernel_name="adjoint")
        t0 = time.monotonic()
        km.start_kernel()
        kc = km.blocking_client()
        kc.start_channels()
        # ask at once, as a front-end does; the request waits in the socket until the kernel binds
        mid = kc.kernel_info()
        reply(kc, mid)
        starts.append(time.monotonic() - t0)
        # the iopub subscription may join after that reply's status messages went out (ZeroMQ's
        # slow joiner): jupyter_client's own nudge waits until iopub is connected
        kc.wait_for_ready(timeout=60)
        for i in range(12):
            t1 = time.monotonic()
            mid = kc.execute(WALKTHROUGH)
            reply(kc, mid)
            until_idle(kc, mid)
            if i >= 2:  # warm: the first cells load and compile the engine's classes
                cells.append(time.monotonic() - t1)
        kc.stop_channels()
        km.shutdown_kernel()
    load = os.getloadavg()[0]
    print("load average %.1f, %d kernel starts, %d warm cells" % (load, len(starts), len(cells)))
    print("start -> kernel_info reply: median %.3f s (min %.3f, max %.3f)" % (statistics.median(starts), min(starts), max(starts)))
    print("warm walkthrough cell (:trace, :forward, :reverse, :grad): median %.3f s (min %.3f, max %.3f)"
          % (statistics.median(cells), min(cells), max(cells)))


if __name__ == "__main__":
    main()
