# CPython looks __setattr__ and __delattr__ up on the type, never through __getattribute__
# (review finding, session 10): a tracing class prints only its own set/del lines, and a
# __getattribute__ that refuses private names does not stop assignment.
class T:
    def __getattribute__(self, n):
        print("get", n)
        return object.__getattribute__(self, n)

    def __setattr__(self, n, v):
        print("set", n)
        object.__setattr__(self, n, v)

    def __delattr__(self, n):
        print("del", n)
        object.__delattr__(self, n)


t = T()
t.x = 1
del t.x


class Private:
    def __getattribute__(self, n):
        if n.startswith("_"):
            raise AttributeError(n)
        return object.__getattribute__(self, n)

    def __setattr__(self, n, v):
        object.__setattr__(self, n, v)


p = Private()
p.y = 2
print(p.y)
