# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue; put and get with block and timeout,
# Empty and Full, qsize/empty/full, task_done and join.
import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), str(e) == "")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty, not blocking")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

f = queue.Queue(maxsize=2)
f.put("a")
f.put_nowait("b")
print(f.full(), f.qsize(), f.maxsize)
try:
    f.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    f.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(f.get(), f.get())

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
print(isinstance(pq, queue.Queue), isinstance(lq, queue.Queue), queue.Empty.__name__, queue.Full.__mro__[1].__name__)

tq = queue.Queue()
tq.put(1)
tq.put(None)
print(tq.unfinished_tasks)
tq.get()
tq.task_done()
tq.get()
tq.task_done()
tq.join()
print("joined", tq.unfinished_tasks)
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)

sq = queue.SimpleQueue()
sq.put(None)
sq.put("x")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
print(type(sq).__name__, type(q).__name__, repr(q).startswith("<queue.Queue object at "))
