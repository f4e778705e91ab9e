# A pool of worker threads fed by a queue, results through another; q.join() waits for every
# task_done(); a sentinel per worker stops them.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker(wid):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item ** 2, wid >= 0))
        tasks.task_done()


workers = [threading.Thread(target=worker, args=(w,), name=f"w{w}") for w in range(3)]
for w in workers:
    w.start()
for n in range(20):
    tasks.put(n)
tasks.join()
print("all done", tasks.unfinished_tasks)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
out = sorted(results.get() for _ in range(20))
print(out[:5], len(out), results.empty())

# a bounded queue: the producer waits while it is full
box = queue.Queue(maxsize=1)
got = []


def consume():
    for _ in range(10):
        got.append(box.get())


c = threading.Thread(target=consume)
c.start()
for i in range(10):
    box.put(i)
c.join()
print(got)

# a LIFO stack shared by threads, then a priority queue of jobs
stack = queue.LifoQueue()
ts = [threading.Thread(target=stack.put, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(stack.get() for _ in range(5)))
jobs = queue.PriorityQueue()
for prio, name in [(2, "write"), (0, "read"), (1, "compute")]:
    jobs.put((prio, name))
done = []


def run_jobs():
    while not jobs.empty():
        done.append(jobs.get()[1])


t = threading.Thread(target=run_jobs)
t.start()
t.join()
print(done)
