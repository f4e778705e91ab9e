for v in [0, 1, -1, 0.0, 0.5, "", " ", [], [0], (), {}, {0: 0}, set(), None, range(0), range(1)]:
    print(repr(v), bool(v), "yes" if v else "no")
