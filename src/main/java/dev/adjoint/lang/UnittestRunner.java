package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * unittest's results, suites and runner as CPython 3.11's: TestResult (failures, errors, skipped,
 * expectedFailures, unexpectedSuccesses as lists of (test, text), testsRun, wasSuccessful),
 * TextTestResult (dots at verbosity 1, "test_add (__main__.TestAdd.test_add) ... ok" at 2, then
 * each failure's traceback between CPython's rules), TestSuite (setUpClass and tearDownClass around
 * each class's tests) and TextTestRunner ("Ran 3 tests in 0.001s", "FAILED (failures=1, errors=1)").
 */
final class UnittestRunner {
    private UnittestRunner() {}

    /** CPython's rules between the failures (before the classes below, which define them). */
    private static final String SEPARATOR1 = "=".repeat(70), SEPARATOR2 = "-".repeat(70);
    static final PyClass TEST_RESULT = testResultClass();
    static final PyClass TEXT_TEST_RESULT = textTestResultClass();
    static final PyClass TEST_SUITE = testSuiteClass();
    static final PyClass TEXT_TEST_RUNNER = textTestRunnerClass();
    private static final PyClass WRITELN = writelnClass();
    private static final PyClass ERROR_HOLDER = errorHolderClass();

    private static Object invoke(Interpreter in, Object obj, String method, Object... args) {
        return UnittestCase.invoke(in, obj, method, args);
    }

    private static PyInstance self(Args a) {
        return (PyInstance) a.self();
    }

    private static PyList list(PyInstance result, String name) {
        return (PyList) result.own(name);
    }

    private static PyClass testResultClass() {
        PyClass c = PyClass.library("TestResult", "unittest.result", null);
        c.method("__init__", a -> {
            a.expect(0, 3, "stream", "descriptions", "verbosity");
            PyInstance self = self(a);
            for (String name : List.of("failures", "errors", "skipped", "expectedFailures", "unexpectedSuccesses")) self.setOwn(name, new PyList());
            self.setOwn("testsRun", 0L);
            self.setOwn("shouldStop", false);
            self.setOwn("failfast", false);
            self.setOwn("buffer", false);
            self.setOwn("tb_locals", false);
            self.setOwn("_testRunEntered", false);
            self.setOwn("_moduleSetUpFailed", false);
            self.setOwn("_previousTestClass", null);
            return null;
        });
        c.method("startTest", a -> {
            self(a).setOwn("testsRun", (Long) self(a).own("testsRun") + 1);
            return null;
        });
        for (String name : List.of("stopTest", "startTestRun", "stopTestRun")) c.method(name, a -> null);
        c.method("addSuccess", a -> null);
        c.method("addFailure", a -> record(a, "failures"));
        c.method("addError", a -> record(a, "errors"));
        c.method("addExpectedFailure", a -> record(a, "expectedFailures"));
        c.method("addSkip", a -> {
            a.expect(2, 2);
            list(self(a), "skipped").add(Values.tuple(a.get(0), a.get(1)));
            return null;
        });
        c.method("addUnexpectedSuccess", a -> {
            list(self(a), "unexpectedSuccesses").add(a.expect(1, 1).get(0));
            return null;
        });
        c.method("addSubTest", a -> {
            Interpreter in = a.interpreter();
            Object test = a.expect(3, 3).get(0), subtest = a.get(1), err = a.get(2);
            if (err == null) return null;
            if (Values.truthy(self(a).own("failfast"))) invoke(in, a.self(), "stop");
            boolean failure = ((PyClass) ((List<?>) err).get(0)).isSubclassOf((PyClass) Attributes.get(in, test, "failureException"));
            list(self(a), failure ? "failures" : "errors").add(Values.tuple(subtest, errorText(in, err)));
            return null;
        });
        c.method("wasSuccessful", a -> wasSuccessful(a.interpreter(), a.self()));
        c.method("stop", a -> {
            self(a).setOwn("shouldStop", true);
            return null;
        });
        c.method("_exc_info_to_string", a -> errorText(a.interpreter(), a.expect(2, 2).get(0)));
        c.method("__repr__", a -> "<" + UnittestCase.className(self(a).pyClass()) + " run=" + self(a).own("testsRun") + " errors=" + list(self(a), "errors").size()
                + " failures=" + list(self(a), "failures").size() + ">");
        return c;
    }

    /** addFailure, addError, addExpectedFailure(test, err): (test, the error's traceback text) appended to that list. */
    private static Object record(Args a, String listName) {
        a.expect(2, 2);
        if (Values.truthy(self(a).own("failfast")) && !listName.equals("expectedFailures")) invoke(a.interpreter(), a.self(), "stop");
        list(self(a), listName).add(Values.tuple(a.get(0), errorText(a.interpreter(), a.get(1))));
        return null;
    }

    private static boolean wasSuccessful(Interpreter in, Object result) {
        return in.len(Attributes.get(in, result, "failures")) == 0 && in.len(Attributes.get(in, result, "errors")) == 0
                && (!Attributes.has(in, result, "unexpectedSuccesses") || in.len(Attributes.get(in, result, "unexpectedSuccesses")) == 0);
    }

    /** CPython's _exc_info_to_string: the exception's traceback (from the test's own frame), as traceback.format_exception gives it. */
    static String errorText(Interpreter in, Object err) {
        List<?> info = Values.items(err);
        return String.join("", TracebackModule.lines(in, info.get(1), info.get(2), null, true));
    }

    private static void write(Interpreter in, Object stream, String text) {
        invoke(in, stream, "write", text);
    }

    private static void writeln(Interpreter in, Object stream, String text) {
        invoke(in, stream, "write", text + "\n");
    }

    private static PyClass textTestResultClass() {
        PyClass c = PyClass.library("TextTestResult", "unittest.runner", TEST_RESULT);
        c.define("separator1", SEPARATOR1);
        c.define("separator2", SEPARATOR2);
        c.method("__init__", a -> {
            a.expect(3, 3, "stream", "descriptions", "verbosity");
            Interpreter in = a.interpreter();
            in.call(TEST_RESULT.lookup("__init__"), List.of(a.self()));
            Object stream = a.option(0, "stream", null), verbosity = a.option(2, "verbosity", 1L);
            PyInstance self = self(a);
            self.setOwn("stream", stream);
            self.setOwn("showAll", Values.truthy(Operators.compare(TokenType.GREATER, verbosity, 1L)));
            self.setOwn("dots", Operators.equal(verbosity, 1L));
            self.setOwn("descriptions", a.option(1, "descriptions", true));
            self.setOwn("_newline", true);
            return null;
        });
        c.method("getDescription", a -> description(a.interpreter(), a.self(), a.expect(1, 1).get(0)));
        c.method("startTest", a -> {
            Interpreter in = a.interpreter();
            Object test = a.expect(1, 1).get(0);
            in.call(TEST_RESULT.lookup("startTest"), List.of(a.self(), test));
            if (Values.truthy(self(a).own("showAll"))) {
                write(in, self(a).own("stream"), description(in, a.self(), test) + " ... ");
                self(a).setOwn("_newline", false);
            }
            return null;
        });
        c.method("addSubTest", a -> {
            Interpreter in = a.interpreter();
            Object test = a.expect(3, 3).get(0), subtest = a.get(1), err = a.get(2);
            if (err != null) {
                boolean failure = ((PyClass) ((List<?>) err).get(0)).isSubclassOf((PyClass) Attributes.get(in, subtest, "failureException"));
                if (Values.truthy(self(a).own("showAll"))) writeStatus(in, self(a), subtest, failure ? "FAIL" : "ERROR");
                else if (Values.truthy(self(a).own("dots"))) write(in, self(a).own("stream"), failure ? "F" : "E");
            }
            return in.call(TEST_RESULT.lookup("addSubTest"), java.util.Arrays.asList(a.self(), test, subtest, err));
        });
        status(c, "addSuccess", "ok", ".");
        status(c, "addError", "ERROR", "E");
        status(c, "addFailure", "FAIL", "F");
        status(c, "addExpectedFailure", "expected failure", "x");
        status(c, "addUnexpectedSuccess", "unexpected success", "u");
        c.method("addSkip", a -> {
            Interpreter in = a.interpreter();
            in.call(TEST_RESULT.lookup("addSkip"), List.of(a.self(), a.expect(2, 2).get(0), a.get(1)));
            if (Values.truthy(self(a).own("showAll"))) writeStatus(in, self(a), a.get(0), "skipped " + Repr.repr(a.get(1)));
            else if (Values.truthy(self(a).own("dots"))) write(in, self(a).own("stream"), "s");
            return null;
        });
        c.method("printErrors", a -> {
            Interpreter in = a.interpreter();
            PyInstance self = self(a);
            Object stream = self.own("stream");
            if (Values.truthy(self.own("dots")) || Values.truthy(self.own("showAll"))) writeln(in, stream, "");
            printErrorList(in, self, "ERROR", Attributes.get(in, self, "errors"));
            printErrorList(in, self, "FAIL", Attributes.get(in, self, "failures"));
            List<Object> unexpected = Values.items(Attributes.get(in, self, "unexpectedSuccesses"));
            if (!unexpected.isEmpty()) {
                writeln(in, stream, SEPARATOR1);
                for (Object test : unexpected) writeln(in, stream, "UNEXPECTED SUCCESS: " + description(in, self, test));
            }
            return null;
        });
        c.method("printErrorList", a -> {
            printErrorList(a.interpreter(), self(a), Repr.str(a.expect(2, 2).get(0)), a.get(1));
            return null;
        });
        return c;
    }

    /** A TextTestResult method that records through TestResult's, then writes its word (verbosity 2) or letter (verbosity 1). */
    private static void status(PyClass c, String method, String word, String letter) {
        c.method(method, a -> {
            Interpreter in = a.interpreter();
            List<Object> args = new ArrayList<>();
            args.add(a.self());
            args.addAll(a.positional());
            in.call(TEST_RESULT.lookup(method), args);
            if (Values.truthy(self(a).own("showAll"))) writeStatus(in, self(a), a.get(0), word);
            else if (Values.truthy(self(a).own("dots"))) write(in, self(a).own("stream"), letter);
            return null;
        });
    }

    /** CPython's _write_status: a subtest's (or a line's second) status goes on a line of its own, after its description. */
    private static void writeStatus(Interpreter in, PyInstance self, Object test, String status) {
        Object stream = self.own("stream");
        boolean subtest = test instanceof PyInstance t && t.pyClass().name().equals("_SubTest");
        boolean newline = Values.truthy(self.own("_newline"));
        if (subtest || newline) {
            if (!newline) writeln(in, stream, "");
            if (subtest) write(in, stream, "  ");
            write(in, stream, description(in, self, test) + " ... ");
        }
        writeln(in, stream, status);
        self.setOwn("_newline", true);
    }

    private static void printErrorList(Interpreter in, PyInstance self, String flavour, Object errors) {
        Object stream = self.own("stream");
        for (Object pair : Values.items(errors)) {
            List<?> p = Values.items(pair);
            writeln(in, stream, SEPARATOR1);
            writeln(in, stream, flavour + ": " + description(in, self, p.get(0)));
            writeln(in, stream, SEPARATOR2);
            writeln(in, stream, Repr.str(p.get(1)));
        }
    }

    /** str(test), and the first line of its docstring on the next line when descriptions are on. */
    private static String description(Interpreter in, Object result, Object test) {
        Object doc = invoke(in, test, "shortDescription");
        boolean descriptions = Values.truthy(Attributes.get(in, result, "descriptions"));
        return descriptions && Values.truthy(doc) ? Repr.str(test) + "\n" + Repr.str(doc) : Repr.str(test);
    }

    /** The runner's stream as CPython wraps it (_WritelnDecorator): writeln(text="") adds the newline; anything else is the stream's. */
    private static PyClass writelnClass() {
        PyClass c = PyClass.library("_WritelnDecorator", "unittest.runner", null);
        c.method("__init__", a -> {
            self(a).setOwn("stream", a.expect(1, 1).get(0));
            return null;
        });
        c.method("writeln", a -> {
            Object arg = a.expect(0, 1).size() == 0 ? null : a.get(0);
            Object stream = self(a).own("stream");
            if (arg != null) invoke(a.interpreter(), stream, "write", arg);
            return invoke(a.interpreter(), stream, "write", "\n");
        });
        c.method("__getattr__", a -> {
            String name = Repr.str(a.expect(1, 1).get(0));
            if (name.equals("stream") || name.equals("__getstate__")) throw PyError.attribute(name);
            return Attributes.get(a.interpreter(), self(a).own("stream"), name);
        });
        return c;
    }

    /** What stands for a class in the results when its setUpClass or tearDownClass raised: "setUpClass (__main__.T)". */
    private static PyClass errorHolderClass() {
        PyClass c = PyClass.library("_ErrorHolder", "unittest.suite", null);
        c.define("failureException", null);
        c.method("__init__", a -> {
            self(a).setOwn("description", a.expect(1, 1).get(0));
            return null;
        });
        c.method("id", a -> self(a).own("description"));
        c.method("shortDescription", a -> null);
        c.method("__str__", a -> self(a).own("description"));
        c.method("__repr__", a -> "<ErrorHolder description=" + Repr.repr(self(a).own("description")) + ">");
        c.method("countTestCases", a -> 0L);
        return c;
    }

    private static PyClass testSuiteClass() {
        PyClass c = PyClass.library("TestSuite", "unittest.suite", null);
        c.method("__init__", a -> {
            a.expect(0, 1, "tests");
            self(a).setOwn("_tests", new PyList());
            self(a).setOwn("_removed_tests", 0L);
            Object tests = a.option(0, "tests", null);
            if (tests != null) invoke(a.interpreter(), a.self(), "addTests", tests);
            return null;
        });
        c.method("addTest", a -> {
            Object test = a.expect(1, 1).get(0);
            Interpreter in = a.interpreter();
            if (!Values.truthy(in.call(Attributes.get(in, in.modules().load("builtins"), "callable"), List.of(test))))
                throw PyError.type(Repr.repr(test) + " is not callable");
            if (test instanceof PyClass k && (k.isSubclassOf(UnittestCase.TEST_CASE) || k.isSubclassOf(TEST_SUITE)))
                throw PyError.type("TestCases and TestSuites must be instantiated before passing them to addTest()");
            list(self(a), "_tests").add(test);
            return null;
        });
        c.method("addTests", a -> {
            Object tests = a.expect(1, 1).get(0);
            if (tests instanceof String) throw PyError.type("tests must be an iterable of tests, not a string");
            for (Object test : Values.items(tests)) invoke(a.interpreter(), a.self(), "addTest", test);
            return null;
        });
        c.method("__iter__", a -> new PyIterator("list_iterator", new ArrayList<>(list(self(a), "_tests")).iterator()));
        c.method("countTestCases", a -> {
            long n = (Long) self(a).own("_removed_tests");
            for (Object test : list(self(a), "_tests")) n += Values.toLong(invoke(a.interpreter(), test, "countTestCases"), "countTestCases");
            return n;
        });
        c.method("__eq__", a -> {
            Object other = a.expect(1, 1).get(0);
            if (!(other instanceof PyInstance o) || !o.pyClass().isSubclassOf(TEST_SUITE)) return Dunders.NOT_IMPLEMENTED;
            return Operators.equal(list(self(a), "_tests"), o.own("_tests"));
        });
        c.method("__repr__", a -> "<" + UnittestCase.className(self(a).pyClass()) + " tests=" + Repr.repr(list(self(a), "_tests")) + ">");
        c.method("run", a -> {
            a.expect(1, 2, "result", "debug");
            return runSuite(a.interpreter(), self(a), a.option(0, "result", null));
        });
        c.method("__call__", a -> a.interpreter().call(Attributes.get(a.interpreter(), a.self(), "run"), a.positional(), a.keywords(), null));
        return c;
    }

    /** TestSuite.run: each test in turn (a suite in it runs its own), a class's setUpClass before its first test and tearDownClass after its last. */
    private static Object runSuite(Interpreter in, PyInstance suite, Object result) {
        boolean topLevel = false;
        if (!Values.truthy(Attributes.getOrNull(in, result, "_testRunEntered"))) {
            Attributes.set(in, result, "_testRunEntered", true);
            topLevel = true;
        }
        for (Object test : new ArrayList<>(list(suite, "_tests"))) {
            if (Values.truthy(Attributes.get(in, result, "shouldStop"))) break;
            boolean isSuite = test instanceof PyInstance t && t.pyClass().isSubclassOf(TEST_SUITE);
            if (!isSuite) {
                PyClass cls = BuiltinTypes.of(test);
                tearDownPreviousClass(in, cls, result);
                setUpClass(in, cls, result);
                Attributes.set(in, result, "_previousTestClass", cls);
                if (Values.truthy(Attributes.getOrNull(in, cls, "_classSetupFailed"))) continue;
            }
            in.call(test, List.of(result));
        }
        if (topLevel) {
            tearDownPreviousClass(in, null, result);
            Attributes.set(in, result, "_testRunEntered", false);
        }
        return result;
    }

    private static void setUpClass(Interpreter in, PyClass current, Object result) {
        if (current == Attributes.getOrNull(in, result, "_previousTestClass") || Values.truthy(Attributes.getOrNull(in, current, "__unittest_skip__"))) return;
        if (!current.isSubclassOf(UnittestCase.TEST_CASE)) return;
        Attributes.set(in, current, "_classSetupFailed", false);
        try {
            invoke(in, current, "setUpClass");
        } catch (LangError e) {
            if (e instanceof Interrupted || !Exceptions.matches(e, "Exception")) throw e;
            Attributes.set(in, current, "_classSetupFailed", true);
            classLevelError(in, result, e, "setUpClass (" + UnittestCase.className(current) + ")");
        }
    }

    private static void tearDownPreviousClass(Interpreter in, PyClass current, Object result) {
        Object previous = Attributes.getOrNull(in, result, "_previousTestClass");
        if (!(previous instanceof PyClass p) || p == current || !p.isSubclassOf(UnittestCase.TEST_CASE)) return;
        if (Values.truthy(Attributes.getOrNull(in, p, "_classSetupFailed")) || Values.truthy(Attributes.getOrNull(in, p, "__unittest_skip__"))) return;
        try {
            invoke(in, p, "tearDownClass");
        } catch (LangError e) {
            if (e instanceof Interrupted || !Exceptions.matches(e, "Exception")) throw e;
            classLevelError(in, result, e, "tearDownClass (" + UnittestCase.className(p) + ")");
        }
    }

    /** An error of setUpClass or tearDownClass, reported for an _ErrorHolder of that name (a SkipTest as a skip). */
    private static void classLevelError(Interpreter in, Object result, LangError e, String name) {
        Object holder = in.call(ERROR_HOLDER, List.of(name));
        if (Exceptions.matches(e, UnittestCase.SKIP_TEST) && Attributes.has(in, result, "addSkip"))
            invoke(in, result, "addSkip", holder, Repr.str(Exceptions.objectOf(e, in)));
        else invoke(in, result, "addError", holder, UnittestCase.excInfo(in, e));
    }

    private static PyClass textTestRunnerClass() {
        PyClass c = PyClass.library("TextTestRunner", "unittest.runner", null);
        c.define("resultclass", TEXT_TEST_RESULT);
        c.method("__init__", a -> {
            a.expect(0, 8, "stream", "descriptions", "verbosity", "failfast", "buffer", "resultclass", "warnings", "tb_locals");
            Interpreter in = a.interpreter();
            PyInstance self = self(a);
            Object stream = a.option(0, "stream", null);
            if (stream == null) stream = Attributes.get(in, in.modules().load("sys"), "stderr");
            if (Values.truthy(a.option(4, "buffer", false))) throw PyError.notSupported("unittest's buffer=True (capturing the tests' output)");
            self.setOwn("stream", in.call(WRITELN, List.of(stream)));
            self.setOwn("descriptions", a.option(1, "descriptions", true));
            self.setOwn("verbosity", a.option(2, "verbosity", 1L));
            self.setOwn("failfast", a.option(3, "failfast", false));
            self.setOwn("buffer", false);
            self.setOwn("tb_locals", a.option(7, "tb_locals", false));
            self.setOwn("warnings", a.option(6, "warnings", null));
            Object resultclass = a.option(5, "resultclass", null);
            if (resultclass != null) self.setOwn("resultclass", resultclass);
            return null;
        });
        c.method("_makeResult", a -> {
            PyInstance self = self(a);
            Interpreter in = a.interpreter();
            return in.call(Attributes.get(in, self, "resultclass"), java.util.Arrays.asList(self.own("stream"), self.own("descriptions"), self.own("verbosity")));
        });
        c.method("run", a -> run(a.interpreter(), self(a), a.expect(1, 1).get(0)));
        return c;
    }

    /** TextTestRunner.run: runs the test or suite, then the failures, "Ran N tests in T.TTTs" and the verdict, as CPython words them. */
    private static Object run(Interpreter in, PyInstance runner, Object test) {
        Object result = invoke(in, runner, "_makeResult");
        Attributes.set(in, result, "failfast", runner.own("failfast"));
        Attributes.set(in, result, "buffer", runner.own("buffer"));
        Attributes.set(in, result, "tb_locals", runner.own("tb_locals"));
        long start = System.nanoTime();
        if (Attributes.has(in, result, "startTestRun")) invoke(in, result, "startTestRun");
        try {
            in.call(test, List.of(result));
        } finally {
            if (Attributes.has(in, result, "stopTestRun")) invoke(in, result, "stopTestRun");
        }
        double taken = (System.nanoTime() - start) / 1e9;
        invoke(in, result, "printErrors");
        Object stream = runner.own("stream");
        if (Attributes.has(in, result, "separator2")) writeln(in, stream, Repr.str(Attributes.get(in, result, "separator2")));
        long run = Values.toLong(Attributes.get(in, result, "testsRun"), "testsRun");
        writeln(in, stream, "Ran " + run + " test" + (run != 1 ? "s" : "") + " in " + String.format(Locale.ROOT, "%.3f", taken) + "s");
        writeln(in, stream, "");
        List<String> infos = new ArrayList<>();
        if (!Values.truthy(invoke(in, result, "wasSuccessful"))) {
            write(in, stream, "FAILED");
            long failed = in.len(Attributes.get(in, result, "failures")), errored = in.len(Attributes.get(in, result, "errors"));
            if (failed > 0) infos.add("failures=" + failed);
            if (errored > 0) infos.add("errors=" + errored);
        } else {
            write(in, stream, "OK");
        }
        long skipped = in.len(Attributes.get(in, result, "skipped")), expectedFails = in.len(Attributes.get(in, result, "expectedFailures")),
                unexpected = in.len(Attributes.get(in, result, "unexpectedSuccesses"));
        if (skipped > 0) infos.add("skipped=" + skipped);
        if (expectedFails > 0) infos.add("expected failures=" + expectedFails);
        if (unexpected > 0) infos.add("unexpected successes=" + unexpected);
        if (!infos.isEmpty()) writeln(in, stream, " (" + String.join(", ", infos) + ")");
        else write(in, stream, "\n");
        if (Attributes.has(in, stream, "flush")) invoke(in, stream, "flush");
        return result;
    }
}
