inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf > 1e308, nan == nan, nan != nan)
print(float("1e500"), float("-0"), float(" 3.5 "), float("1_000.5"))
