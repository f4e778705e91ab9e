def f():
    try:
        return "try"
    finally:
        print("cleanup")
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
print(f(), g())
h()
