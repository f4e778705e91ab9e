print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6.2f}".format(3.14159), "{0[1]}".format([5, 6]), "{:,}".format(1234567), "{!r}".format("q"))
