#!/usr/bin/env python3
"""Start-up time of scripts/adjoint, median of N runs (default 10):
  piped:       `echo :quit | scripts/adjoint` until it exits
  interactive: scripts/adjoint in a pseudo-terminal until the '>>> ' prompt is shown
Usage: python3 scripts/startup-bench.py [N]   (build first: scripts/adjoint --version)
"""
import fcntl, os, pty, select, statistics, struct, subprocess, sys, tempfile, termios, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
launcher = os.path.join(root, "scripts", "adjoint")
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10

def piped():
    t = time.perf_counter()
    subprocess.run([launcher], input=b":quit\n", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t

def interactive(history):
    env = dict(os.environ, ADJOINT_HISTORY=history, TERM=os.environ.get("TERM", "xterm-256color"))
    t = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(launcher, [launcher], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen, elapsed = b"", None
    while elapsed is None and time.perf_counter() - t < 10:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
            if b">>> " in seen:
                elapsed = time.perf_counter() - t
    os.write(fd, b"\x04")  # Ctrl-D
    deadline = time.time() + 5
    while time.time() < deadline:
        try:
            if not select.select([fd], [], [], 0.1)[0] or not os.read(fd, 4096):
                pass
        except OSError:
            break
        if os.waitpid(pid, os.WNOHANG)[0]:
            break
    else:
        os.kill(pid, 9)
    os.close(fd)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    if elapsed is None:
        raise SystemExit("no prompt within 10 s; output: %r" % seen[-300:])
    return elapsed

piped()  # warm-up (and build, if needed)
p = sorted(piped() for _ in range(n))
with tempfile.TemporaryDirectory() as d:
    interactive(os.path.join(d, "h"))
    i = sorted(interactive(os.path.join(d, "h")) for _ in range(n))
ms = lambda xs: "median %.0f ms (min %.0f, max %.0f)" % (statistics.median(xs) * 1e3, xs[0] * 1e3, xs[-1] * 1e3)
print("echo :quit | scripts/adjoint   ", ms(p))
print("interactive, until '>>> '      ", ms(i))
