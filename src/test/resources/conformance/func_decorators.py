def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper
def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper
@shout
def greet(name):
    return "hello " + name
@twice
@twice
def inc(x):
    return x + 1
print(greet("ada"), inc(0))
