print(True + True, True * 3, False - 1, True / 2, int(True), float(False))
print(True == 1, False == 0.0, True is True, sum([True, False, True]))
