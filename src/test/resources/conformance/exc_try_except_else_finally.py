def run(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("divide by zero")
        return "err"
    else:
        print("no error", r)
        return "ok"
    finally:
        print("finally", x)
print(run(2), run(0))
