def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
    return "fine"
print(classify(lambda: [][0]), classify(lambda: {}[0]), classify(lambda: 1 / 0), classify(lambda: int("x")), classify(lambda: 0))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(bool, int))
