# threading.local: each thread its own attributes; excepthook sees a thread's uncaught error.
import threading

data = threading.local()
data.name = "main"
seen = []


def visit(k):
    seen.append(hasattr(data, "name"))
    data.name = f"thread {k}"
    data.k = k
    seen.append((data.name, data.k))


ts = [threading.Thread(target=visit, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen, data.name, hasattr(data, "k"))
try:
    data.k
except AttributeError as e:
    print("AttributeError:", e)
print(type(data).__name__, repr(data).startswith("<_thread._local object at "))

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def fail(n):
    return [1, 2][n]


t = threading.Thread(target=fail, args=(5,), name="failing")
t.start()
t.join()
print(caught, t.is_alive())


def leave():
    raise SystemExit(3)


t = threading.Thread(target=leave, name="exits")
t.start()
t.join()
print(caught[1:], "still running")
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

# a thread started by a thread, and the daemon flag it inherits
flags = []


def outer():
    inner = threading.Thread(target=lambda: flags.append(threading.current_thread().daemon), name="inner")
    flags.append(inner.daemon)
    inner.start()
    inner.join()


o = threading.Thread(target=outer, daemon=True, name="outer")
o.start()
o.join()
print(flags)
