# send(), throw() and close(): a generator as a coroutine of the old style.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return average

avg = averager()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(3))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)

# throw raises at the yield where it stopped; the body may handle it
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
r = resilient()
print(next(r))
print(r.throw(ValueError("bad value")))
print(next(r))
try:
    r.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
try:
    next(r)
except StopIteration:
    print("finished after the error")

# close() runs the finally clauses
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = guarded()
print(next(g))
g.close()
print(list(g))
g.close()
unstarted = guarded()
unstarted.close()
print("closed before starting: no cleanup")

def stubborn():
    for attempt in range(2):
        try:
            yield attempt
        except GeneratorExit:
            print("refusing to stop")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(s))

# GeneratorExit is not an Exception: except Exception does not swallow close()
def polite():
    try:
        yield 1
    except Exception:
        print("never")
    finally:
        print("polite cleanup")
p = polite()
next(p)
p.close()
