class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no {key!r}")
        self.key = key
try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception), repr(e))
try:
    raise AppError
except AppError as e:
    print("bare class:", repr(e), str(e) == "")
e = ValueError("a", 2)
print(e, repr(e), e.args, repr(KeyError("k")), str(KeyError("k")))
