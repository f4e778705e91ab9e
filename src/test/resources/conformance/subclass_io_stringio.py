# Subclassing io.StringIO (Z21): the object is a file in memory with methods of its own.
import io


class Log(io.StringIO):
    def log(self, *parts):
        print(*parts, file=self)
        return self

    def write(self, s):
        self.count = getattr(self, "count", 0) + 1
        return super().write(s.upper())


lg = Log()
lg.log("epoch", 1).log("loss", 0.5)
print(repr(lg.getvalue()), lg.count, isinstance(lg, io.StringIO), type(lg).__mro__[1])
lg.seek(0)
print(lg.readline(), end="")
print([line for line in lg])
with Log("start\n") as f:
    print(f is not None, type(f).__name__, f.read())
print(f.closed)


class Capture(io.StringIO):
    pass


cap = Capture("abc")
cap.seek(0, 2)
cap.write("def")
print(cap.getvalue(), cap.tell(), repr(cap)[:20])
