# a def or class evaluates its decorators first (top to bottom), then defaults or bases, then applies them bottom up
def trace(name):
    print("decorator", name)
    def wrap(f):
        print("wrap", f.__name__)
        return f
    return wrap

def default(v):
    print("default", v)
    return v

@trace("outer")
@trace("inner")
def f(a=default(1), b=default(2)):
    return a + b

print(f())

class K:
    @trace("method")
    def m(self, x=default(3)):
        return x
print(K().m())
def base(b):
    print("base")
    return b
@trace("cls")
class C(base(object)):
    print("body")
