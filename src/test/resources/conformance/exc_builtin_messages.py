tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [1][5], lambda: {}["k"],
    lambda: int("abc"), lambda: float("x"), lambda: "a" + 1, lambda: 1 + "a", lambda: [].pop(),
    lambda: undefined_name, lambda: (1).foo, lambda: "abc".index("z"), lambda: [1, 2].index(3),
    lambda: [None][0](), lambda: len(5), lambda: {}.popitem(), lambda: [1, 2, 3][1:2][5], lambda: int(None),
    lambda: sum(["a"]), lambda: ("a",) * "b", lambda: max([]), lambda: divmod(1, 0), lambda: chr(-1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, "|", e)
