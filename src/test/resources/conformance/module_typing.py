# typing's names import, subscript and print as CPython's; annotations using them run.
from typing import List, Dict, Tuple, Optional, Union, Callable, Any, Sequence, Iterable, Iterator, Set, TypeVar, Generic, cast
import typing

def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None

def apply(f: Callable[[int], int], xs: Sequence[int]) -> List[int]:
    return [f(x) for x in xs]

def lookup(table: Dict[str, Tuple[int, ...]], key: str = "a") -> Union[int, str]:
    return table.get(key, ("missing",))[0]

count: int = 3
names: List[str] = ["a", "b"]
print(first([4, 5]), first([]), apply(lambda x: x + 1, [1, 2]), lookup({"a": (1, 2)}), lookup({}), count, names)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Union[int])
print(Callable[[int], str], Tuple[int, ...], Any, Sequence[float], Iterable, Callable[..., int], Set[str])
print(typing.Iterator[int], List["Node"], List[int] == List[int])
T = TypeVar("T")
print(T)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

s = Stack()
s.push(1)
print(s.items, cast(int, "not checked"), typing.TYPE_CHECKING)
