print(int(3.9), int(-3.9), int("42"), int(" -7 "), int("ff", 16), int("0x1f", 0), int("1_000"), int(True))
print(float(3), float("2.5"), float(10**20))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(1234, -2))
