# X | Y between types is a types.UnionType (PEP 604): printed as written, tested by isinstance
u = int | None
print(u, repr(u), type(u), u.__args__)
print(int | str == str | int, int | int, (int | str) | float, None | int, list[int] | None)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int])


def scale(x: int | float, factor: float | None = None) -> list[float] | None:
    return None if factor is None else [x * factor]


print(scale.__annotations__, scale(2, 0.5))


class Node:
    def link(self, other: "Node | None") -> "Node":
        return self


print(Node.link.__annotations__)
for attempt in [lambda: None | None, lambda: int | 3, lambda: isinstance([], list[int] | None)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
