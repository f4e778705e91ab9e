# bisect: bisect and insort are bisect_right and insort_right under a second name, as CPython's module
# defines them; the searches take lo, hi and key.
import bisect
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect, bisect.insort, bisect.bisect_left)
xs = [1, 3, 3, 5, 7]
print(bisect.bisect_left(xs, 3), bisect.bisect(xs, 3), bisect.bisect_right(xs, 3, 0, 2))
bisect.insort(xs, 4)
bisect.insort_left(xs, 3)
print(xs)
words = ["apple", "fig", "banana"]
words.sort(key=len)
bisect.insort(words, "kiwi", key=len)
print(words, bisect.bisect_left(words, 5, key=len))
try:
    bisect.bisect_left(xs, 3, -1)
except ValueError as e:
    print("ValueError:", e)
