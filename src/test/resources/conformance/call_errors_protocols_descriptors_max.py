# Z6, Z7, Z42, Z64: CPython's words for a protocol broken (__len__, __iter__, __index__), a method called through
# its type on another object, map() without iterables, max()'s > with the new item first, divmod(); nan keys.
def t(name, f):
    try:
        print(name, "OK", f())
    except BaseException as e:
        print(name, type(e).__name__ + ":", e)
class BadLen2:
    def __len__(self): return "x"
class BadLen3:
    def __len__(self): return 2.5
class BadLen:
    def __len__(self): return -1
class BadIter:
    def __iter__(self): return 5
class ListIter:
    def __iter__(self): return [1, 2]
class BadIndex:
    def __index__(self): return 2.5
t("badlen", lambda: len(BadLen()))
t("badlen2", lambda: len(BadLen2()))
t("badlen3", lambda: bool(BadLen3()))
t("baditer", lambda: list(BadIter()))
t("listiter", lambda: [x for x in ListIter()])
t("badindex", lambda: [1, 2, 3][BadIndex()])
t("append", lambda: list.append(1))
t("upper", lambda: str.upper(1))
t("dictget", lambda: dict.get(1))
t("map", lambda: map(None))
t("map0", lambda: map())
t("max", lambda: max(["a", 1]))
t("max2", lambda: max("a", 1))
t("min", lambda: min(["a", 1]))
t("divmod", lambda: divmod((1,), 2))
nan = float("nan")
d = {nan: 1, float("nan"): 2}
print(len(d), d[nan], hash(nan) == hash(nan), hash(nan) != 0)
print(type(NotImplemented), __debug__)
