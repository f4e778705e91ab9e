# heapq (CPython's sift order, so the heap list prints the same) and bisect, as priority queues and grade tables use them
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data); print(data)
print(heapq.heappushpop(data, 3), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
pq = []
heapq.heappush(pq, (2, "write")); heapq.heappush(pq, (1, "read")); heapq.heappush(pq, (3, "run"))
print([heapq.heappop(pq)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3), bisect.bisect(a, 0, hi=2))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
grades = [(60, "D"), (70, "C"), (80, "B")]
print(bisect.bisect([g[0] for g in grades], 75), bisect.bisect_right(grades, 72, key=lambda g: g[0]))

