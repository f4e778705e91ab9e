# Locks, events, conditions, semaphores and barriers: threads wait for each other, never sleep
# for the order; CPython's results, reprs and errors.
import threading

lock = threading.Lock()
total = [0]


def add(n):
    for _ in range(n):
        with lock:
            total[0] += 1


ts = [threading.Thread(target=add, args=(3000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])

l = threading.Lock()
print(repr(l).startswith("<unlocked _thread.lock object at "), l.locked())
print(l.acquire(), l.locked(), repr(l).startswith("<locked _thread.lock"))
print(l.acquire(False), l.acquire(timeout=0.01), l.acquire(blocking=False))
l.release()
for call in (l.release, lambda: l.acquire(False, 1), lambda: l.acquire(timeout=-2)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

r = threading.RLock()
print(r.acquire(), r.acquire(), repr(r).split(" owner=")[0])
r.release()
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at "))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with")

# an RLock taken by one thread may not be released by another
held = threading.RLock()
held.acquire()
errors = []


def release_other():
    try:
        held.release()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=release_other)
t.start()
t.join()
held.release()
print(errors)

# Event: a thread waits until the main thread sets it
ev = threading.Event()
got = []


def waiter():
    got.append(ev.wait())
    got.append(ev.is_set())


t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(got, ev.wait(0.01), repr(ev).endswith(": set>"))
ev.clear()
print(ev.is_set(), ev.wait(0.01), ev.wait(timeout=-1), repr(ev).endswith(": unset>"))

# Condition: producer and consumer in turns
cv = threading.Condition()
items = []
consumed = []


def consumer():
    for _ in range(5):
        with cv:
            cv.wait_for(lambda: items)
            consumed.append(items.pop(0))
            cv.notify()


t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with cv:
        items.append(i * i)
        cv.notify()
        cv.wait_for(lambda: not items)
t.join()
print(consumed)
with cv:
    print(cv.wait(0.01), cv.wait_for(lambda: 42, timeout=0), cv.wait_for(lambda: 0, timeout=0.01))
for call in (cv.wait, cv.notify, cv.notify_all):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at "))

# notify wakes the waiters one by one
cv2 = threading.Condition(threading.Lock())
woken = []
waiting = threading.Semaphore(0)


def sleeper(k):
    with cv2:
        waiting.release()
        cv2.wait()
        woken.append(k)


ts = [threading.Thread(target=sleeper, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for _ in ts:
    waiting.acquire()
with cv2:
    cv2.notify(2)
with cv2:
    cv2.notify_all()
for t in ts:
    t.join()
print(sorted(woken))

# semaphores
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
with s:
    print("in semaphore", repr(s).endswith(": value=1>"))
b = threading.BoundedSemaphore(1)
print(repr(b).endswith(": value=1/1>"), isinstance(b, threading.Semaphore))
for call in (b.release, lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

# barrier: each party gets its arrival index, the action runs once
arrived = []
bar = threading.Barrier(3, action=lambda: arrived.append("action"))
idx = []


def party():
    idx.append(bar.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), arrived, bar.parties, bar.n_waiting, bar.broken)
bar.abort()
try:
    bar.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), isinstance(e, RuntimeError))
bar.reset()
print(bar.broken)
single = threading.Barrier(1)
print(single.wait(), single.wait())

# Timer: runs its function after the interval unless cancelled
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm.join()
tm2 = threading.Timer(30, fired.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm2.is_alive())
