# threading.Thread as programs use it: a target with args and kwargs, start and join, names,
# daemon flags, is_alive, a subclass overriding run(), and CPython's errors for misuse.
import threading

results = {}


def work(key, n, scale=1):
    results[key] = sum(range(n)) * scale


threads = [threading.Thread(target=work, args=(f"t{i}", 10 * i), kwargs={"scale": i}, name=f"worker-{i}") for i in range(4)]
print([t.is_alive() for t in threads], [t.ident for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.name for t in threads], [t.is_alive() for t in threads], all(isinstance(t.ident, int) for t in threads))
print(all(t.ident for t in threads), all(isinstance(t.native_id, int) for t in threads))
print(repr(threading.Thread(name="fresh")), repr(threading.Thread(name="d", daemon=True)))
t = threading.Thread(target=work, args=("x", 3), name="once")
t.start()
t.join()
print(repr(t).startswith("<Thread(once, stopped "), t.daemon)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(name="never").join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

d = threading.Thread(name="renamed", daemon=False)
d.name = "new name"
d.daemon = True
print(d.name, d.daemon, d.is_alive())


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


cs = [Counter(n) for n in (5, 50, 500)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(threading.get_ident() == main.ident, threading.active_count(), threading.enumerate() == [main])
print(repr(main).startswith("<_MainThread(MainThread, started "))

seen = []


def who():
    me = threading.current_thread()
    seen.append((me.name, me is not main, me.ident == threading.get_ident(), threading.active_count() >= 2, me in threading.enumerate()))


t = threading.Thread(target=who, name="asker")
t.start()
t.join()
print(seen)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e9)
