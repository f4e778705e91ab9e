# a student's hand-written test runner: globals() finds the test_ functions, in definition order
def test_addition():
    assert 1 + 1 == 2


def test_failing():
    assert 2 * 2 == 5, "arithmetic"


def helper():
    return 3


def test_helper():
    assert helper() == 3


passed = failed = 0
for name, fn in list(globals().items()):
    if name.startswith("test_") and callable(fn):
        try:
            fn()
            passed += 1
            print("PASS", name)
        except AssertionError as e:
            failed += 1
            print("FAIL", name, e)
print(passed, "passed,", failed, "failed")
g = globals()
g["made_here"] = 42
print(made_here, "helper" in g, g["helper"] is helper, type(g).__name__)
