# Subclassing str, int and float (Z20): values that act as their built-in type, methods of their own.


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
print(n, repr(n), str(n), len(n), n.shout(), n.upper(), type(n.upper()).__name__, n[0], n[1:], type(n[1:]).__name__)
print(n == "ada", "ada" == n, n != "bob", n < "b", n + "x", "x" + n, n * 2, "d" in n, n in "adam", n.startswith("a"))
print(isinstance(n, str), type(n).__mro__, hash(n) == hash("ada"), {"ada": 1}[n], {n: 2}["ada"], f"<{n}>", "%s|%r" % (n, n))
print(", ".join([n, Name("bo")]), "-".join(Name("xyz")), n.split("d"), list(n), sorted(Name("cab")), int(Name("42")) + 1)
print("{:>6}".format(n), format(n, "^7"), n.replace("a", "o"), n.title(), n.encode(), len({n, "ada"}))


class Label(str):
    def __new__(cls, text, weight=1):
        obj = super().__new__(cls, text.strip())
        obj.weight = weight
        return obj


lb = Label("  cat ", weight=3)
print(repr(lb), lb.weight, len(lb), lb == "cat")


class Money(int):
    def __repr__(self):
        return f"${int(self)}"


m = Money(5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, m * Money(2), -m, abs(Money(-3)), m // 2, m % 3, 2 ** m, m == 5, m > 4)
print(isinstance(m, int), int(m), float(m), hash(m) == hash(5), {5: "five"}[m], list(range(m)), [0, 1, 2, 3, 4, 5][m], bool(Money(0)))
print(f"{m:03d}", "%d" % m, m.bit_length(), m.real, divmod(m, 2), round(Money(7), -1), sum([m, m]), max(m, 3), sorted([Money(3), 1, m]))


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, c == 21.5, c < 30, round(c), int(c), isinstance(c, float), f"{c:.2f}")
print(Celsius("3.25"), Celsius(), bool(Celsius(0.0)), c.is_integer(), hash(c) == hash(21.5), -c, abs(Celsius(-2.0)))


class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)


print(Even(4), Even(4) + 1)
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)


class Hex(int):
    def __str__(self):
        return hex(self)


h = Hex(255)
print(h, str(h), repr(h), f"{h}", h + 1, Hex("ff", 16), Hex("10", base=2))
