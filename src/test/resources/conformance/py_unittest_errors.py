# unittest's errors outside the test method: an error in tearDown (also after a failure), in tearDownClass, SystemExit
# raised by a test, a chained error; assertRaises(msg=) and a non-exception argument
import unittest, io, sys, traceback

class T(unittest.TestCase):
    def tearDown(self):
        raise ValueError("in tearDown")
    def test_a(self):
        print("running a")
    def test_fail_then_teardown(self):
        self.fail("first")

class U(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("tdc")
    def test_ok(self):
        pass
    def test_exit(self):
        sys.exit(3)
    def test_chain(self):
        try:
            {}["x"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e

s = io.StringIO()
r = unittest.main(argv=["x"], testRunner=unittest.TextTestRunner(stream=s, verbosity=2), exit=False)
print(s.getvalue().replace(__file__, "F").split("Ran")[0])
print(unittest.TestCase.failureException, unittest.SkipTest.__module__, unittest.TestCase.__module__)
print(repr(unittest.TestSuite([T("test_a")])))
try:
    with unittest.TestCase().assertRaises(ValueError, msg="custom"):
        pass
except AssertionError as e:
    print(e)
try:
    unittest.TestCase().assertRaises(3)
except TypeError as e:
    print(e)
