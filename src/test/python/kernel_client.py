"""Drives the adjoint kernel with the real jupyter_client, as a notebook would, and prints what
it saw as one JSON object on stdout (the JUnit test KernelClientTest asserts on it).

Usage: JUPYTER_PATH=DIR/share/jupyter python3 kernel_client.py
(the kernelspec 'adjoint' must be in DIR/share/jupyter/kernels). Everything waits generously:
the machine may be loaded; nothing here measures speed.
"""
import json
import os
import signal
import sys
import time

import zmq
from jupyter_client import KernelManager
from jupyter_client.session import Session

TIMEOUT = 120


def collect(kc, msg_id):
    """The iopub messages of one request, until the kernel is idle again."""
    seen = []
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        content = msg["content"]
        if kind == "status":
            if content["execution_state"] == "idle":
                return seen
            continue
        seen.append({"type": kind, "content": content})


def shell_reply(kc, msg_id):
    while True:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def execute(kc, code):
    msg_id = kc.execute(code)
    reply = shell_reply(kc, msg_id)
    return {"reply": reply["content"], "iopub": collect(kc, msg_id)}


def execute_with_input(kc, code, typed):
    """A cell that calls input(): the kernel's input_request on the stdin channel, answered with typed."""
    msg_id = kc.execute(code, allow_stdin=True)
    request = kc.get_stdin_msg(timeout=TIMEOUT)
    kc.input(typed)
    reply = shell_reply(kc, msg_id)
    return {"input_request": request["content"], "reply": reply["content"], "iopub": collect(kc, msg_id)}


def execute_without_stdin(kc, code):
    msg_id = kc.execute(code, allow_stdin=False)
    reply = shell_reply(kc, msg_id)
    return {"reply": reply["content"], "iopub": collect(kc, msg_id)}


def wait_busy(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" \
                and msg["content"]["execution_state"] == "busy":
            return


def heartbeat(km):
    """One ping on the heartbeat port, answered within 5 s?"""
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.REQ)
    sock.linger = 0
    sock.connect("%s://%s:%d" % (km.transport, km.ip, km.hb_port))
    sock.send(b"ping")
    ok = sock.poll(5000) != 0 and sock.recv() == b"ping"
    sock.close()
    return ok


def forged(km, kc, key, code):
    """Sends an execute_request signed with another key (or unsigned) straight to the shell port."""
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.linger = 0
    sock.connect("%s://%s:%d" % (km.transport, km.ip, km.shell_port))
    session = Session(key=key, signature_scheme="hmac-sha256")
    msg = session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    session.send(sock, msg)
    answered = sock.poll(3000) != 0
    sock.close()
    return answered


def main():
    # A process started in the background (a test suite run as a shell job) may inherit SIGINT
    # ignored, and an ignored signal stays ignored across exec: the kernel could then never be
    # interrupted by signal. Jupyter's own server runs with SIGINT handled; so do we.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    km = KernelManager(kernel_name="adjoint")
    try:
        drive(km)
    finally:  # whatever failed, no kernel is left behind (a lost interrupt would leave it looping)
        if km.has_kernel and km.is_alive():
            km.shutdown_kernel(now=True)


def drive(km):
    out = {}
    started = time.monotonic()
    km.start_kernel()
    kc = km.blocking_client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    out["ready_seconds"] = time.monotonic() - started
    pid = km.provisioner.process.pid

    msg_id = kc.kernel_info()
    info = shell_reply(kc, msg_id)["content"]
    collect(kc, msg_id)
    out["kernel_info"] = info

    out["walkthrough"] = execute(kc, "x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\ny\n:trace y\n")
    out["prints"] = execute(kc, "print('hello')\nfor i in range(3):\n    print(i)\n\n:grad y\n")
    out["progress"] = execute(kc, "for i in progress(range(3), 'steps'):\n    x = i\n\nx\n")
    out["tensor"] = execute(kc, "W = tensor([[1., 2.], [3., 4.]])\nW\n")
    out["last_expression"] = execute(kc, "a = [5]\nfor i in range(3):\n    a.append(i)\n    len(a)\n\nlen(a)\nlen(a) * 10\n")
    out["semicolon"] = execute(kc, "len(a) * 3;  # IPython hides a value its ';' ends\n")
    out["underscore_after_semicolon"] = execute(kc, "_\n")
    out["display_last"] = execute(kc, "from IPython.display import display\ndisplay(5)\ndisplay(1, 2)\n")
    out["underscore_after_display"] = execute(kc, "_\n")
    out["magics"] = execute(kc, "%load_ext autoreload\n%autoreload 2\n%time t = 6 * 7\nt\n")
    out["unknown_magic"] = execute(kc, "%foo\n")
    out["pasted_prompts"] = execute(kc, ">>> a6 = 6\n>>> a6 * 7\n")
    out["error"] = execute(kc, "q = 1\nw = nosuchname + 1\nq2 = 3\n")
    out["after_error"] = execute(kc, "q\n")
    out["input"] = execute_with_input(kc, "print('asking')\nname = input('Your name: ')\nprint('hi', name)\n", "Ada")
    out["input_not_allowed"] = execute_without_stdin(kc, "n = input('n? ')\n")

    def is_complete(code):
        mid = kc.is_complete(code)
        reply = shell_reply(kc, mid)["content"]
        collect(kc, mid)
        return reply

    out["is_complete"] = {code: is_complete(code) for code in
                          ["x = 1", "for i in range(3):", "for i in range(3):\n    print(i)",
                           "for i in range(3):\n    print(i)\n", "f(1,", ":trace y", "x = = 1", "f(1))", "for i in range(3)", "def f(:"]}

    def complete(code, pos=None):
        mid = kc.complete(code, len(code) if pos is None else pos)
        reply = shell_reply(kc, mid)["content"]
        collect(kc, mid)
        return reply

    out["complete"] = {code: complete(code) for code in ["x", ":tr", ":trace y --fo", "y.gr", "import to", "x = 1\nimport nu",
                                                         "from torch import n"]}

    def inspect(code):
        mid = kc.inspect(code, len(code))
        reply = shell_reply(kc, mid)["content"]
        collect(kc, mid)
        return reply

    out["inspect"] = {code: inspect(code) for code in [":trace", "y = sin", "nosuchthing"]}

    mid = kc.history(hist_access_type="tail", n=20)
    out["history"] = shell_reply(kc, mid)["content"]
    collect(kc, mid)

    # interrupt by message, with a heartbeat while the cell runs
    msg_id = kc.execute("while True: pass\n")
    wait_busy(kc, msg_id)
    time.sleep(1.0)
    out["heartbeat_while_running"] = heartbeat(km)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id)["content"]
    out["interrupted"] = {"reply": reply, "iopub": collect(kc, msg_id)}
    out["after_interrupt"] = execute(kc, "y\n")

    # interrupt by signal (SIGINT to the kernel process)
    msg_id = kc.execute("n = 0\nwhile True: n += 1\n")  # += records nothing: the loop holds no growing graph
    wait_busy(kc, msg_id)
    time.sleep(1.0)
    os.kill(pid, signal.SIGINT)
    reply = shell_reply(kc, msg_id)["content"]
    out["signalled"] = {"reply": reply, "iopub": collect(kc, msg_id)}
    out["after_signal"] = execute(kc, "y\n")

    # messages with a wrong signature, or none, are refused; the kernel goes on
    out["forged_answered"] = forged(km, kc, b"not-the-key", "forged = 1\n")
    out["unsigned_answered"] = forged(km, kc, b"", "unsigned = 1\n")
    out["after_forged"] = execute(kc, "forged\n")
    out["after_unsigned"] = execute(kc, "unsigned\n")
    out["alive_after_forged"] = execute(kc, "y\n")

    # restart: a fresh session
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=TIMEOUT)
    out["after_restart"] = execute(kc, "y\n")
    pid = km.provisioner.process.pid

    # shutdown: the kernel ends by itself
    kc.shutdown()
    deadline = time.monotonic() + 30
    exit_code = None
    while time.monotonic() < deadline:
        exit_code = km.provisioner.process.poll()
        if exit_code is not None:
            break
        time.sleep(0.1)
    out["shutdown_exit_code"] = exit_code
    kc.stop_channels()
    if exit_code is None:
        km.shutdown_kernel(now=True)
    km.cleanup_resources()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
