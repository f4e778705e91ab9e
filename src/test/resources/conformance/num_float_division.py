for a in [7.5, -7.5]:
    for b in [2, -2.0]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 5 % -0.5, 1e20 % 3)
