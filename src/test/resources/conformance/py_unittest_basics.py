# unittest as students test their homework (needle's hw0 style): TestCase classes with setUp and
# tearDown, assertEqual & co., run by unittest.main with a TextTestRunner whose stream the program
# reads back (the time in "Ran N tests in T.TTTs" masked), at verbosity 1 and 2
import io
import re
import unittest


def add(x, y):
    return x + y


def masked(text):
    return re.sub(r"in \d+\.\d{3}s", "in T.TTTs", text)


class TestAdd(unittest.TestCase):
    def setUp(self):
        self.log = ["setUp"]

    def tearDown(self):
        self.log.append("tearDown")
        print("tearDown after", self.id(), self.log)

    def test_add(self):
        self.log.append("test")
        self.assertEqual(add(5, 6), 11)

    def test_bad(self):
        self.assertEqual(add(5, 6), 12)

    def test_error(self):
        """Adds a string to a number."""
        add(1, "x")

    def test_message(self):
        self.assertEqual(add(1, 1), 3, "one and one")

    def test_true(self):
        self.assertTrue(add(0, 0))


class TestOthers(unittest.TestCase):
    def test_in(self):
        self.assertIn(3, [1, 2])

    def test_passes(self):
        self.assertIsNone(None)
        self.assertIsNotNone(1)
        self.assertIsInstance(1.5, float)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertNotEqual(1, 2)
        self.assertFalse([])

    def helper_not_a_test(self):
        raise RuntimeError("never run")


for verbosity in [1, 2]:
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    program = unittest.main(argv=["prog"], testRunner=runner, exit=False)
    print(masked(stream.getvalue()))
    result = program.result
    print(type(program).__name__, result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
    print([str(test) for test, text in result.failures])
    print(repr(result).startswith("<unittest.runner.TextTestResult run=7 errors=1 failures=4>"))

stream = io.StringIO()
program = unittest.main(argv=["prog", "TestAdd.test_add", "TestOthers"], testRunner=unittest.TextTestRunner(stream=stream, verbosity=2), exit=False)
print(masked(stream.getvalue()))
try:
    unittest.main(argv=["prog", "-q", "TestOthers.test_passes"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    unittest.main(argv=["prog", "TestOthers.test_in"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", repr(e.code))
