class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Tag("a") as t:
    print("inside", t.name)
with Tag("b"):
    raise KeyError("suppressed")
print("after")
try:
    with Tag("c"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
with Tag("x"), Tag("y"):
    print("two")
