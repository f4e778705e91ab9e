# itertools as students use it: infinite counters cut by islice/zip, chain, the combinatorics,
# groupby on sorted data, accumulate, zip_longest, starmap, tee, pairwise.
import itertools
from itertools import count, cycle, repeat, chain, islice, product, permutations, combinations, zip_longest, accumulate, groupby, starmap, tee

print(list(islice(count(), 5)))
print(list(islice(count(10, 2), 3)), list(islice(count(0.5, 0.25), 3)))
print(list(zip("abc", count(1))))
print(list(islice(cycle("AB"), 5)), list(cycle([])))
print(list(repeat(7, 3)), list(repeat("x", 0)), list(repeat(1, -2)))
print(list(map(pow, range(4), repeat(2))))
print(list(chain([1, 2], (3,), "ab")), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(product("ab", range(2))))
print(list(product([0, 1], repeat=2)), list(product()), list(product([], [1])))
print(list(permutations("abc", 2)))
print(list(permutations(range(3))))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations([1], 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(list(zip_longest("ab", [1, 2, 3])), list(zip_longest("a", "bc", fillvalue="-")))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"])
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccdd")])
groups = groupby("aabb")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter("xy"), 3)
print(next(x), list(y), list(x), list(z))
print(list(itertools.pairwise("abcd")), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(lambda v: v % 2, range(6))), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(type(chain()), type(count()), isinstance(chain(), chain))
total = 0
for i in count(1):
    total += i
    if i == 100:
        break
print(total)
print(sum(islice(count(1), 10)), next(count(5)), sorted(chain([3, 1], [2])))
c = count(5)
next(c)
r = repeat("x", 3)
next(r)
print(count(), count(2, 0.5), count(1.5), repeat(1), repeat(None, 3), c, r, isinstance(c, count), type(r) is repeat)
print(type(groupby("a")) is itertools.groupby, isinstance(chain.from_iterable([]), chain))
