# concurrent.futures' ThreadPoolExecutor: submit and Future.result, map in order, errors through
# result() and exception(), wait and as_completed, done callbacks, shutdown.
import concurrent.futures as cf
import threading

print(cf.TimeoutError is TimeoutError, cf.FIRST_COMPLETED, cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(pow, 2, 10)
    print(f.result(), f.done(), f.exception(), f.cancelled(), f.running())
    print(repr(f).endswith("state=finished returned int>"))
    print(list(ex.map(lambda x: x * x, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 0])))
    g = ex.submit(lambda: 1 / 0)
    try:
        g.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, type(g.exception()).__name__)
    print(repr(g).endswith("state=finished raised ZeroDivisionError>"))
    names = ex.submit(lambda: threading.current_thread().name).result()
    print(names.startswith("ThreadPoolExecutor-"), threading.current_thread().name)
    fs = [ex.submit(pow, 2, i) for i in range(6)]
    print(sorted(x.result() for x in cf.as_completed(fs)))
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done), type(done).__name__)
    seen = []
    h = ex.submit(sum, [1, 2, 3])
    h.result()
    h.add_done_callback(lambda fut: seen.append(fut.result()))
    print(seen, h.cancel())
    kw = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(kw.result())

try:
    ex.submit(pow, 1, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

# a pool whose workers wait for an event the main thread sets
gate = threading.Event()
pool = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="gated")
waiting = [pool.submit(gate.wait) for _ in range(2)]
print([w.done() for w in waiting])
gate.set()
print([w.result() for w in waiting])
pool.shutdown(wait=True)
print("end")
