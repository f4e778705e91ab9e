# Source: tester finding #1 (session 10), the Python tutorial's ch. 8 user-defined exceptions:
# BaseException.__new__ keeps the arguments in args before __init__ runs.
class MyError(Exception):
    def __init__(self, value):
        self.value = value
e = MyError(4)
print(repr(e), "[" + str(e) + "]")
print(e.args, e.value)
class WithMessage(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(f"code {code}")
        self.code = code
print(repr(WithMessage(7, detail="x")), WithMessage(7).args)
class Plain(ValueError):
    pass
print(repr(Plain(1, 2)), str(Plain("m")), Plain().args)
class Two(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
print(str(Two(1, 2)), repr(Two("x", 2.5)))
try:
    raise MyError(7)
except MyError as caught:
    print("caught", caught, caught.args, caught.value)
try:
    raise Two(1, 2) from MyError(0)
except Two as t:
    print(repr(t.__cause__), t.__cause__.args)
raise MyError(3)
