package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * unittest.TestCase as CPython 3.11 runs it: TestCase(methodName) names one test method; run(result)
 * calls setUp, the method and tearDown, then the cleanups, each part's exception reported to the
 * result as a failure (the failureException, AssertionError) or an error, or as a skip (SkipTest);
 * skip decorators and expectedFailure are honoured; subTest(msg, **params) reports each failing
 * block on its own; assertRaises and assertRaisesRegex as a context manager or with a callable. The
 * assert methods are {@link UnittestAsserts}'.
 */
final class UnittestCase {
    private UnittestCase() {}

    static final String SKIP_TEST = "unittest.case.SkipTest";
    static final PyClass TEST_CASE = testCaseClass();
    private static final PyClass SUB_TEST = subTestClass();
    private static final PyClass RAISES_CONTEXT = raisesContextClass();
    private static final PyClass SUB_TEST_CONTEXT = subTestContextClass();

    /** What one run of a test has found so far (CPython's _Outcome): whether all its parts passed, and an expected failure met. */
    static final class Outcome implements TabledHostObject {
        final Object result;
        boolean success = true;
        boolean expectingFailure;
        Object expectedFailure;

        Outcome(Object result) {
            this.result = result;
        }

        @Override
        public String typeName() {
            return "_Outcome";
        }

        private static final AttributeTable<Outcome> ATTRIBUTES = new AttributeTable<Outcome>()
                .value("result", o -> o.result)
                .value("success", o -> o.success);

        @Override
        public AttributeTable<Outcome> attributeTable() {
            return ATTRIBUTES;
        }
    }

    /** obj.method(*args). */
    static Object invoke(Interpreter in, Object obj, String method, Object... args) {
        return in.call(Attributes.get(in, obj, method), Arrays.asList(args));
    }

    private static boolean flag(Interpreter in, Object obj, String name) {
        return Values.truthy(Attributes.getOrNull(in, obj, name));
    }

    /** CPython's strclass: "module.QualName" of a class. */
    static String className(PyClass c) {
        return c.module() + "." + c.qualifiedName();
    }

    private static String methodName(PyInstance test) {
        return Repr.str(test.own("_testMethodName"));
    }

    private static PyClass testCaseClass() {
        PyClass c = PyClass.library("TestCase", "unittest.case", null);
        c.define("failureException", Exceptions.named("AssertionError"));
        c.define("longMessage", true);
        c.define("maxDiff", 80L * 8);
        c.method("__init__", a -> {
            a.expect(0, 1, "methodName");
            PyInstance self = (PyInstance) a.self();
            Object name = a.option(0, "methodName", "runTest");
            self.setOwn("_testMethodName", name);
            self.setOwn("_outcome", null);
            self.setOwn("_testMethodDoc", "No test");
            self.setOwn("_cleanups", new PyList());
            self.setOwn("_subtest", null);
            Object method = Attributes.getOrNull(a.interpreter(), self, Repr.str(name));
            if (method == null) {
                if (!"runTest".equals(name)) throw PyError.value("no such test method in " + Repr.repr(self.pyClass()) + ": " + Repr.str(name));
            } else {
                self.setOwn("_testMethodDoc", Attributes.getOrNull(a.interpreter(), method, "__doc__"));
            }
            return null;
        });
        c.method("setUp", a -> null);
        c.method("tearDown", a -> null);
        c.define("setUpClass", new Descriptors.ClassMethod(new BuiltinMethod("setUpClass", a -> null)));
        c.define("tearDownClass", new Descriptors.ClassMethod(new BuiltinMethod("tearDownClass", a -> null)));
        c.method("countTestCases", a -> 1L);
        c.method("defaultTestResult", a -> a.interpreter().call(UnittestRunner.TEST_RESULT, List.of()));
        c.method("id", a -> className(((PyInstance) a.self()).pyClass()) + "." + methodName((PyInstance) a.self()));
        c.method("__str__", a -> methodName((PyInstance) a.self()) + " (" + className(((PyInstance) a.self()).pyClass()) + "." + methodName((PyInstance) a.self()) + ")");
        c.method("__repr__", a -> "<" + className(((PyInstance) a.self()).pyClass()) + " testMethod=" + methodName((PyInstance) a.self()) + ">");
        c.method("__eq__", a -> {
            Object other = a.expect(1, 1).get(0);
            if (!(other instanceof PyInstance o) || o.pyClass() != ((PyInstance) a.self()).pyClass()) return Dunders.NOT_IMPLEMENTED;
            return Operators.equal(methodName((PyInstance) a.self()), methodName(o));
        });
        c.method("__hash__", a -> (long) java.util.Objects.hash(((PyInstance) a.self()).pyClass(), methodName((PyInstance) a.self())));
        c.method("shortDescription", a -> shortDescription(((PyInstance) a.self()).own("_testMethodDoc")));
        c.method("run", a -> {
            a.expect(0, 1, "result");
            return run(a.interpreter(), (PyInstance) a.self(), a.option(0, "result", null));
        });
        c.method("__call__", a -> a.interpreter().call(Attributes.get(a.interpreter(), a.self(), "run"), a.positional(), a.keywords(), null));
        c.method("skipTest", a -> {
            Object reason = a.expect(1, 1, "reason").get(0);
            throw Exceptions.raise(a.interpreter().call(Exceptions.named(SKIP_TEST), List.of(reason)), a.interpreter(), null);
        });
        c.method("addCleanup", a -> {
            if (a.positional().isEmpty()) throw a.typeError("missing 1 required positional argument: 'function'");
            ((PyList) ((PyInstance) a.self()).own("_cleanups")).add(Values.tuple(a.get(0), Values.tuple(a.positional().subList(1, a.size())), dictOf(a.keywords())));
            return null;
        });
        c.method("doCleanups", a -> doCleanups(a.interpreter(), (PyInstance) a.expect(0, 0).self()));
        c.method("subTest", a -> {
            a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
            PyInstance context = (PyInstance) a.interpreter().call(SUB_TEST_CONTEXT, List.of());
            context.setOwn("test_case", a.self());
            if (a.positional().size() > 0) context.setOwn("_message", a.get(0));
            context.setOwn("_params", dictOf(a.keywords()));
            return context;
        });
        c.method("assertRaises", a -> raises(a, false));
        c.method("assertRaisesRegex", a -> raises(a, true));
        UnittestAsserts.define(c);
        return c;
    }

    /** The first line of a docstring, stripped; None without one. */
    static Object shortDescription(Object doc) {
        if (!(doc instanceof String d) || d.isEmpty()) return null;
        return d.strip().split("\n", -1)[0].strip();
    }

    /** TestCase.run: CPython 3.11's, reporting to the result through its methods (a subclass's own are called). */
    static Object run(Interpreter in, PyInstance test, Object result) {
        boolean ownResult = result == null;
        if (ownResult) {
            result = invoke(in, test, "defaultTestResult");
            invoke(in, result, "startTestRun");
        }
        invoke(in, result, "startTest", test);
        try {
            Object method = Attributes.get(in, test, methodName(test));
            if (flag(in, test.pyClass(), "__unittest_skip__") || flag(in, method, "__unittest_skip__")) {
                Object why = Attributes.getOrNull(in, test.pyClass(), "__unittest_skip_why__");
                if (!Values.truthy(why)) why = Attributes.getOrNull(in, method, "__unittest_skip_why__");
                addSkip(in, result, test, why == null ? "" : why);
                return result;
            }
            boolean expecting = flag(in, test, "__unittest_expecting_failure__") || flag(in, method, "__unittest_expecting_failure__");
            Outcome outcome = new Outcome(result);
            test.setOwn("_outcome", outcome);
            try {
                part(in, outcome, test, null, () -> invoke(in, test, "setUp"));
                if (outcome.success) {
                    outcome.expectingFailure = expecting;
                    part(in, outcome, test, null, () -> in.call(method, List.of()));
                    outcome.expectingFailure = false;
                    part(in, outcome, test, null, () -> invoke(in, test, "tearDown"));
                }
                invoke(in, test, "doCleanups");
                if (outcome.success) {
                    if (!expecting) invoke(in, result, "addSuccess", test);
                    else if (outcome.expectedFailure != null) invoke(in, result, "addExpectedFailure", test, outcome.expectedFailure);
                    else invoke(in, result, "addUnexpectedSuccess", test);
                }
                return result;
            } finally {
                test.setOwn("_outcome", null);
            }
        } finally {
            invoke(in, result, "stopTest", test);
            if (ownResult) invoke(in, result, "stopTestRun");
        }
    }

    /** doCleanups: the functions addCleanup gave, last first, each a part of the test. */
    private static Object doCleanups(Interpreter in, PyInstance test) {
        Outcome outcome = test.own("_outcome") instanceof Outcome o ? o : new Outcome(null);
        PyList cleanups = (PyList) test.own("_cleanups");
        while (!cleanups.isEmpty()) {
            List<?> cleanup = (List<?>) cleanups.remove(cleanups.size() - 1);
            part(in, outcome, test, null, () -> in.call(cleanup.get(0), new ArrayList<>((List<?>) cleanup.get(1)), dict((PyDict) cleanup.get(2)), null));
        }
        return outcome.success;
    }

    static PyDict dictOf(Map<String, Object> keywords) {
        PyDict d = new PyDict();
        keywords.forEach(d::put);
        return d;
    }

    private static Map<String, Object> dict(PyDict d) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object k : Values.items(d)) out.put((String) k, d.get(k));
        return out;
    }

    /**
     * CPython's _Outcome.testPartExecutor: runs one part (setUp, the test, a subtest's block, ...)
     * and reports what it raised: a SkipTest as a skip, anything else as an error or failure (of
     * the subtest {@code subTest} when given), kept instead while a failure is expected.
     * KeyboardInterrupt (Ctrl-C) stops the run.
     */
    static void part(Interpreter in, Outcome outcome, PyInstance test, PyInstance subTest, Runnable body) {
        boolean oldSuccess = outcome.success;
        outcome.success = true;
        try {
            body.run();
            if (subTest != null && outcome.success && outcome.result != null) invoke(in, outcome.result, "addSubTest", test, subTest, null);
        } catch (LangError e) {
            if (e instanceof Interrupted || Exceptions.matches(e, "KeyboardInterrupt")) throw e;
            if (Exceptions.matches(e, SKIP_TEST)) {
                outcome.success = false;
                addSkip(in, outcome.result, subTest != null ? subTest : test, Repr.str(Exceptions.objectOf(e, in)));
            } else {
                List<Object> err = excInfo(in, e);
                if (outcome.expectingFailure) {
                    outcome.expectedFailure = err;
                } else {
                    outcome.success = false;
                    if (subTest != null) invoke(in, outcome.result, "addSubTest", test, subTest, err);
                    else addError(in, outcome.result, test, err);
                }
            }
        } finally {
            outcome.success = outcome.success && oldSuccess;
        }
    }

    /** sys.exc_info() of an error caught here: its type, its exception and its traceback (from the test's own frame down). */
    static List<Object> excInfo(Interpreter in, LangError e) {
        Object ex = Exceptions.objectOf(e, in);
        TracebackObject tb = TracebackObject.of(e.traceback(), null, in);
        if (ex instanceof PyInstance i) i.setOwn("__traceback__", tb);
        return Values.tuple(BuiltinTypes.of(ex), ex, tb);
    }

    /** CPython's _addError: a failure when it is the test's failureException, else an error. */
    static void addError(Interpreter in, Object result, Object test, List<Object> err) {
        if (result == null) return;
        boolean failure = ((PyClass) err.get(0)).isSubclassOf((PyClass) Attributes.get(in, test, "failureException"));
        invoke(in, result, failure ? "addFailure" : "addError", test, err);
    }

    private static void addSkip(Interpreter in, Object result, Object test, Object reason) {
        if (result == null) return;
        if (Attributes.has(in, result, "addSkip")) invoke(in, result, "addSkip", test, reason);
        else invoke(in, result, "addSuccess", test);
    }

    /** A subtest: the test case, its message (if given) and parameters (a nested one's before those around it). */
    private static PyClass subTestClass() {
        PyClass c = PyClass.library("_SubTest", "unittest.case", TEST_CASE);
        c.method("__init__", a -> null);
        c.method("_subDescription", a -> subDescription((PyInstance) a.self()));
        c.method("id", a -> {
            PyInstance self = (PyInstance) a.self();
            return invoke(a.interpreter(), self.own("test_case"), "id") + " " + subDescription(self);
        });
        c.method("__str__", a -> {
            PyInstance self = (PyInstance) a.self();
            return Repr.str(self.own("test_case")) + " " + subDescription(self);
        });
        c.method("__repr__", a -> "<" + className(((PyInstance) a.self()).pyClass()) + " testMethod=" + Repr.str(((PyInstance) a.self()).own("_testMethodName")) + ">");
        c.method("shortDescription", a -> invoke(a.interpreter(), ((PyInstance) a.self()).own("test_case"), "shortDescription"));
        return c;
    }

    /** "[message] (a=1, b=2)", or "(<subtest>)" with neither. */
    private static String subDescription(PyInstance subTest) {
        List<String> parts = new ArrayList<>();
        if (subTest.own("_message") != Environment.UNBOUND) parts.add("[" + Repr.str(subTest.own("_message")) + "]");
        PyDict params = (PyDict) subTest.own("params");
        if (params.size() > 0) {
            List<String> items = new ArrayList<>();
            for (Object k : Values.items(params)) items.add(Repr.str(k) + "=" + Repr.repr(params.get(k)));
            parts.add("(" + String.join(", ", items) + ")");
        }
        return parts.isEmpty() ? "(<subtest>)" : String.join(" ", parts);
    }

    /**
     * What subTest() returns: entered, a subtest of the test (its parameters before those of the
     * subtest around it); left, what its block raised is reported for it and goes no further.
     */
    private static PyClass subTestContextClass() {
        PyClass c = PyClass.library("_SubTestContext", "unittest.case", null);
        c.method("__enter__", a -> {
            PyInstance self = (PyInstance) a.self();
            Interpreter in = a.interpreter();
            PyInstance test = (PyInstance) self.own("test_case");
            if (!(test.own("_outcome") instanceof Outcome)) return null; // run without a result: the block just runs
            Object parent = test.own("_subtest");
            PyDict params = new PyDict();
            PyDict own = (PyDict) self.own("_params");
            for (Object k : Values.items(own)) params.put(k, own.get(k));
            if (parent instanceof PyInstance p) {
                PyDict outer = (PyDict) p.own("params");
                for (Object k : Values.items(outer)) if (!params.containsKey(k)) params.put(k, outer.get(k));
            }
            PyInstance sub = (PyInstance) in.call(SUB_TEST, List.of());
            sub.setOwn("test_case", test);
            sub.setOwn("_testMethodName", test.own("_testMethodName"));
            if (self.own("_message") != Environment.UNBOUND) sub.setOwn("_message", self.own("_message"));
            sub.setOwn("params", params);
            sub.setOwn("failureException", Attributes.get(in, test, "failureException"));
            self.setOwn("_parent", parent);
            test.setOwn("_subtest", sub);
            return null;
        });
        c.method("__exit__", a -> {
            PyInstance self = (PyInstance) a.self();
            Interpreter in = a.interpreter();
            PyInstance test = (PyInstance) self.own("test_case");
            if (!(test.own("_outcome") instanceof Outcome outcome)) return false;
            PyInstance sub = (PyInstance) test.own("_subtest");
            test.setOwn("_subtest", self.own("_parent"));
            Object value = a.get(1);
            part(in, outcome, test, sub, () -> {
                if (value != null) throw in.handledError(); // the block's exception, reported for this subtest
            });
            return true;
        });
        return c;
    }

    /**
     * assertRaises(expected, callable=None, *args, **kwargs) and assertRaisesRegex(expected, regex,
     * ...): with a callable it is called, else a context manager whose exception attribute is the
     * exception raised in its block.
     */
    private static Object raises(Args a, boolean regex) {
        int first = regex ? 2 : 1;
        if (a.positional().size() < first) throw a.typeError("missing 1 required positional argument: '" + (a.positional().isEmpty() ? "expected_exception" : "expected_regex") + "'");
        Interpreter in = a.interpreter();
        PyInstance context = (PyInstance) in.call(RAISES_CONTEXT, List.of());
        Object expected = a.get(0);
        context.setOwn("expected", expected);
        context.setOwn("test_case", a.self());
        context.setOwn("expected_regex", regex ? a.get(1) instanceof String s ? in.call(Attributes.get(in, in.modules().load("re"), "compile"), List.of(s)) : a.get(1) : null);
        context.setOwn("obj_name", null);
        context.setOwn("msg", null);
        checkExpected(in, expected);
        if (a.positional().size() == first) { // the context manager: msg is its one keyword
            for (String k : a.keywords().keySet()) if (!k.equals("msg")) throw PyError.type(Repr.repr(k) + " is an invalid keyword argument for this function");
            context.setOwn("msg", a.keywords().get("msg"));
            return context;
        }
        Object callable = a.get(first);
        Object name = Attributes.getOrNull(in, callable, "__name__");
        context.setOwn("obj_name", name != null ? name : Repr.str(callable));
        invoke(in, context, "__enter__");
        try {
            in.call(callable, new ArrayList<>(a.positional().subList(first + 1, a.size())), a.keywords(), null);
        } catch (LangError e) {
            Object ex = Exceptions.objectOf(e, in);
            if (!Values.truthy(exit(in, context, BuiltinTypes.of(ex), ex))) throw e;
            return null;
        }
        exit(in, context, null, null);
        return null;
    }

    private static void checkExpected(Interpreter in, Object expected) {
        List<?> classes = expected instanceof List<?> l && !(expected instanceof PyList) ? l : List.of(expected);
        for (Object c : classes)
            if (!(c instanceof PyClass k && k.isSubclassOf(Exceptions.BASE_EXCEPTION)))
                throw PyError.type("assertRaises() arg 1 must be an exception type or tuple of exception types");
    }

    private static Object exit(Interpreter in, PyInstance context, Object type, Object value) {
        return invoke(in, context, "__exit__", type, value, null);
    }

    /** _AssertRaisesContext: fails when its block raised nothing (or, with a regex, a message it does not match); an exception of another type goes on. */
    private static PyClass raisesContextClass() {
        PyClass c = PyClass.library("_AssertRaisesContext", "unittest.case", null);
        c.method("__enter__", a -> a.self());
        c.method("__exit__", a -> {
            PyInstance self = (PyInstance) a.self();
            Interpreter in = a.interpreter();
            Object type = a.get(0), value = a.get(1), expected = self.own("expected");
            Args onTest = a.withSelf(self.own("test_case"));
            if (type == null) {
                Object name = Attributes.getOrNull(in, expected, "__name__");
                String expectedName = name != null ? Repr.str(name) : Repr.str(expected);
                Object objName = self.own("obj_name");
                throw UnittestAsserts.fail(onTest, self.own("msg"), objName != null ? expectedName + " not raised by " + Repr.str(objName) : expectedName + " not raised");
            }
            List<?> classes = expected instanceof List<?> l && !(expected instanceof PyList) ? l : List.of(expected);
            boolean matches = false;
            for (Object k : classes) matches |= ((PyClass) type).isSubclassOf((PyClass) k);
            if (!matches) return false; // let an unexpected exception pass through
            if (value instanceof PyInstance v) v.setOwn("__traceback__", null); // kept without its traceback, as CPython's with_traceback(None)
            self.setOwn("exception", value);
            Object regex = self.own("expected_regex");
            if (regex != null && invoke(in, regex, "search", Repr.str(value)) == null)
                throw UnittestAsserts.fail(onTest, self.own("msg"), "\"" + Repr.str(Attributes.get(in, regex, "pattern")) + "\" does not match \"" + Repr.str(value) + "\"");
            return true;
        });
        return c;
    }
}
