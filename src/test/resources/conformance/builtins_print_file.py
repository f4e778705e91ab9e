# print(..., file=...) writes to any object with write() (and to sys.stdout), as CPython's print.
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


c = Collect()
print("a", 1, file=c, sep="-")
print("b", file=c, end="")
print(c.parts)
print("visible", file=sys.stdout)
sys.stdout.write("written\n")
print(sys.stderr.write("") == 0)
