names = ["a", "b", "c"]
for i, n in enumerate(names, start=1):
    print(i, n)
for n, v in zip(names, [10, 20]):
    print(n, v)
print(list(enumerate("xy")), list(zip()), list(zip([1], [2], [3])))
