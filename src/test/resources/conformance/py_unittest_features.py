# unittest beyond assertEqual: assertRaises (a context manager with .exception, and with a callable),
# assertRaisesRegex, subTest, skip/skipIf/skipUnless/skipTest, expectedFailure, setUpClass and
# tearDownClass, addCleanup, an error in setUp, TestLoader and TestSuite, TestResult without a runner
import io
import re
import unittest


def masked(text):
    return re.sub(r"in \d+\.\d{3}s", "in T.TTTs", text)


def divide(a, b):
    return a / b


def run(*classes, verbosity=2):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(masked(stream.getvalue()))
    return result


class TestRaises(unittest.TestCase):
    def test_context(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            divide(1, 0)
        print("caught:", repr(cm.exception), cm.exception.args)

    def test_callable(self):
        self.assertRaises(ZeroDivisionError, divide, 1, 0)
        self.assertRaises(TypeError, divide, "a", b=1)

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            divide(1, 1)

    def test_not_raised_by(self):
        self.assertRaises(ValueError, divide, 4, 2)

    def test_other_error(self):
        with self.assertRaises(ValueError):
            divide(1, 0)

    def test_regex(self):
        with self.assertRaisesRegex(ZeroDivisionError, "by zero"):
            divide(1, 0)
        self.assertRaisesRegex(ValueError, r"invalid literal", int, "x")

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "^number"):
            int("x")

    def test_tuple(self):
        with self.assertRaises((KeyError, IndexError)) as cm:
            [][1]
        print(type(cm.exception).__name__)


class TestSub(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.assertTrue(False)
            with self.subTest(a=3):
                raise KeyError("k")

    def test_all_pass(self):
        for word in ["a", "b"]:
            with self.subTest(word=word):
                self.assertIn(word, "ab")


class TestSkips(unittest.TestCase):
    @unittest.skip("not ready")
    def test_skip(self):
        raise RuntimeError("never")

    @unittest.skipIf(1 < 2, "one is less")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(1 < 2, "runs")
    def test_skip_unless(self):
        pass

    def test_skip_test(self):
        self.skipTest("skipped inside")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


@unittest.skip("whole class")
class TestSkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("never set up")

    def test_one(self):
        pass


class TestFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)
        cls.shared = [1, 2, 3]

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.addCleanup(print, "cleanup", self._testMethodName)

    def test_shared(self):
        self.assertEqual(len(self.shared), 3)

    def test_shared_again(self):
        self.shared.append(4)


class TestBrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        print("never run")


class TestBrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("no file")

    def tearDown(self):
        print("never torn down")

    def test_x(self):
        print("never run")


result = run(TestRaises)
print(len(result.failures), len(result.errors))
result = run(TestSub)
print([str(test) for test, _ in result.failures], [test.id() for test, _ in result.errors])
result = run(TestSkips)
print(result.skipped, len(result.expectedFailures), result.unexpectedSuccesses, result.wasSuccessful())
result = run(TestSkippedClass, TestFixtures)
print(result.skipped)
result = run(TestBrokenSetUpClass, TestBrokenSetUp, verbosity=1)
print([str(test) for test, _ in result.errors], result.testsRun)

loader = unittest.defaultTestLoader
print(loader.getTestCaseNames(TestFixtures), loader.testMethodPrefix)
suite = loader.loadTestsFromTestCase(TestFixtures)
print(suite.countTestCases(), [t.id() for t in suite], repr(list(suite)[0]))
suite = unittest.TestSuite()
suite.addTest(TestRaises("test_callable"))
suite.addTests([TestSub("test_all_pass")])
print(suite.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful(), result.failures, result.errors)
test = TestRaises("test_not_raised")
print(test.id(), str(test), test.shortDescription(), test.countTestCases())
result = test.run()
print(type(result).__name__, result.testsRun, result.failures[0][1].splitlines()[-1])
try:
    TestRaises("test_missing")
except ValueError as e:
    print(e)
