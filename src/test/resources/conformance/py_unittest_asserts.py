# unittest's assert methods and CPython 3.11's failure messages: "x != y", long reprs shortened,
# lists, tuples, dicts and strings shown with difflib's ndiff, msg= after " : ", longMessage, maxDiff
import unittest

t = unittest.TestCase()


def check(method, *args, **kwargs):
    try:
        getattr(t, method)(*args, **kwargs)
        print(method, "passed")
    except AssertionError as e:
        print(method + ":", e)
        print("--")


check("assertEqual", 3, 4)
check("assertEqual", 3, 3.0)
check("assertEqual", 3, 4, msg="three and four")
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertEqual", list(range(50)), list(range(49)) + [99])
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, "a"), (1, "b"))
check("assertEqual", [1, 2], (1, 2))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {"name": "adjoint", "items": list(range(30))}, {"name": "adjoint", "items": list(range(31))})
check("assertEqual", "hello world", "hello wordl")
check("assertEqual", "line one\nline two\n", "line one\nline 2\n")
check("assertEqual", "abc", "xyz")
check("assertEqual", {1, 2}, {2, 3})
check("assertNotEqual", 1, 1.0)
check("assertTrue", 0)
check("assertTrue", [], "must not be empty")
check("assertFalse", [0])
check("assertIs", [], [])
check("assertIsNot", None, None)
check("assertIsNone", 0)
check("assertIsNotNone", None)
check("assertIn", "z", "abc")
check("assertNotIn", 1, {1: 2})
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, float))
check("assertNotIsInstance", 1, int)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertAlmostEqual", 0.1 + 0.2, 0.3)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.01, places=1)
check("assertAlmostEqual", 1.0, 1.1, delta=0.05)
check("assertAlmostEqual", 1.0, 1.1, delta=0.2)
check("assertNotAlmostEqual", 1.0, 1.0 + 1e-9)
check("assertNotAlmostEqual", 1.0, 1.1, delta=0.2)
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 2])
check("assertCountEqual", [1, 2, 2, "a"], [2, 1, "b", "b"])
check("assertCountEqual", [[1], [2]], [[2], [2]])
check("assertListEqual", [1], [2])
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1, 2), (1, 3))
check("assertDictEqual", {"a": 1}, {"a": 1.5})
check("assertDictEqual", [], {})
check("assertSequenceEqual", "abc", "abd")
check("assertMultiLineEqual", "x\ny\n", "x\nz\n")
check("assertRegex", "hello", r"^w")
check("assertNotRegex", "hello", "l+")
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print(e)
try:
    t.fail("stop here")
except AssertionError as e:
    print(repr(e))
try:
    t.fail()
except AssertionError as e:
    print(repr(e))


class Quiet(unittest.TestCase):
    longMessage = False
    maxDiff = 20


q = Quiet()
for args in [(3, 4, "own message"), (3, 4), ([1, 2, 3], [1, 2, 4])]:
    try:
        q.assertEqual(*args)
    except AssertionError as e:
        print(e)
        print("--")
q.maxDiff = None
try:
    q.assertEqual(list(range(10)), list(range(1, 11)))
except AssertionError as e:
    print(e)
