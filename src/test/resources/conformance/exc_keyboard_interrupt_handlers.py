# KeyboardInterrupt as the Python tutorial (ch. 8) and training loops use it: it is a BaseException,
# not an Exception, so `except Exception` lets it through to `except KeyboardInterrupt`; finally and
# __exit__ see it. (A real Ctrl-C is tested on a process in KeyboardInterruptTest.)
class Checkpoint:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, kind, value, tb):
        print("exit sees", kind.__name__ if kind else None, repr(value))
        return False

def train(steps):
    for step in range(steps):
        if step == 3:
            raise KeyboardInterrupt
        print("step", step)

try:
    with Checkpoint():
        try:
            train(10)
        except Exception as e:
            print("not an Exception", e)
        finally:
            print("finally runs")
except KeyboardInterrupt as e:
    print("stopped:", repr(e), str(e) == "", e.args)

print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(KeyboardInterrupt.__mro__)
try:
    raise KeyboardInterrupt("at step 7")
except BaseException as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyboardInterrupt
    except:
        print("bare except catches it")
        raise
except KeyboardInterrupt:
    print("re-raised")
