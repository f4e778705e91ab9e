package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's unittest as students test their homework with it: TestCase ({@link UnittestCase}),
 * TestSuite, TestResult and TextTestRunner ({@link UnittestRunner}), TestLoader and
 * defaultTestLoader, the skip decorators and expectedFailure, SkipTest, and main() (TestProgram):
 * the TestCase classes of __main__ (or the tests named in argv: "TestAdd", "TestAdd.test_add"; -v,
 * -q, -f) run by a TextTestRunner on sys.stderr. In a script main() then ends the program with
 * sys.exit(not result.wasSuccessful()), as CPython's; at the prompt, in a pipe and in a notebook
 * (sys.argv == ['']) it returns, as main(exit=False) does, so that the session goes on.
 */
final class UnittestModule {
    private UnittestModule() {}

    static final PyClass TEST_LOADER = testLoaderClass();
    static final PyClass TEST_PROGRAM = testProgramClass();

    static PyModule create() {
        PyModule m = new PyModule("unittest");
        m.add("TestCase", UnittestCase.TEST_CASE).add("TestSuite", UnittestRunner.TEST_SUITE).add("TestResult", UnittestRunner.TEST_RESULT)
                .add("TextTestResult", UnittestRunner.TEXT_TEST_RESULT).add("TextTestRunner", UnittestRunner.TEXT_TEST_RUNNER)
                .add("TestLoader", TEST_LOADER).add("TestProgram", TEST_PROGRAM).add("main", TEST_PROGRAM)
                .add("SkipTest", Exceptions.named(UnittestCase.SKIP_TEST));
        m.add("defaultTestLoader", new PyInstance(TEST_LOADER, null)); // its __init__ sets nothing
        m.add(Builtin.of("skip", a -> {
            Object reason = a.expect(1, 1, "reason").get(0);
            if (reason instanceof UserFunction f) return skipped(a.interpreter(), f, ""); // @skip without a reason
            return skipping(reason);
        }));
        m.add(Builtin.of("skipIf", a -> Values.truthy(a.expect(2, 2, "condition", "reason").get(0)) ? skipping(a.get(1)) : unchanged()));
        m.add(Builtin.of("skipUnless", a -> Values.truthy(a.expect(2, 2, "condition", "reason").get(0)) ? unchanged() : skipping(a.get(1))));
        m.add(Builtin.of("expectedFailure", a -> {
            Object item = a.expect(1, 1, "test_item").get(0);
            Attributes.set(a.interpreter(), item, "__unittest_expecting_failure__", true);
            return item;
        }));
        return m;
    }

    /** The decorator skip(reason) returns: the test method or class marked to be skipped. */
    private static Builtin skipping(Object reason) {
        return Builtin.of("decorator", a -> skipped(a.interpreter(), a.expect(1, 1).get(0), reason));
    }

    private static Builtin unchanged() {
        return Builtin.of("_id", a -> a.expect(1, 1).get(0));
    }

    private static Object skipped(Interpreter in, Object item, Object reason) {
        Attributes.set(in, item, "__unittest_skip__", true);
        Attributes.set(in, item, "__unittest_skip_why__", reason);
        return item;
    }

    private static PyClass testLoaderClass() {
        PyClass c = PyClass.library("TestLoader", "unittest.loader", null);
        c.define("testMethodPrefix", "test");
        c.define("suiteClass", UnittestRunner.TEST_SUITE);
        c.method("__init__", a -> null);
        c.method("getTestCaseNames", a -> testCaseNames(a.interpreter(), a.self(), a.expect(1, 1).get(0)));
        c.method("loadTestsFromTestCase", a -> fromTestCase(a.interpreter(), a.self(), a.expect(1, 1).get(0)));
        c.method("loadTestsFromModule", a -> {
            Interpreter in = a.interpreter();
            Object module = a.expect(1, 1, "pattern").get(0);
            PyList tests = new PyList();
            for (String name : Attributes.names(module)) {
                Object obj = Attributes.get(in, module, name);
                if (obj instanceof PyClass k && k.isSubclassOf(UnittestCase.TEST_CASE)) tests.add(fromTestCase(in, a.self(), k));
            }
            return in.call(Attributes.get(in, a.self(), "suiteClass"), List.of(tests));
        });
        c.method("loadTestsFromName", a -> {
            a.expect(1, 2, "module");
            return fromName(a.interpreter(), a.self(), Repr.str(a.get(0)), a.option(1, "module", null));
        });
        c.method("loadTestsFromNames", a -> {
            a.expect(1, 2, "module");
            return fromNames(a.interpreter(), a.self(), Values.items(a.get(0)), a.option(1, "module", null));
        });
        return c;
    }

    /** The names of the class's test methods (those starting with testMethodPrefix, inherited ones too), sorted. */
    private static PyList testCaseNames(Interpreter in, Object loader, Object cls) {
        String prefix = Repr.str(Attributes.get(in, loader, "testMethodPrefix"));
        List<String> names = new ArrayList<>();
        Object callable = Attributes.get(in, in.modules().load("builtins"), "callable");
        for (String name : Attributes.names(cls))
            if (name.startsWith(prefix) && Values.truthy(in.call(callable, List.of(Attributes.get(in, cls, name))))) names.add(name);
        names.sort(null);
        return new PyList(new ArrayList<Object>(names));
    }

    private static Object fromTestCase(Interpreter in, Object loader, Object cls) {
        if (cls instanceof PyClass k && k.isSubclassOf(UnittestRunner.TEST_SUITE))
            throw PyError.type("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?");
        List<Object> names = testCaseNames(in, loader, cls);
        if (names.isEmpty() && Attributes.has(in, cls, "runTest")) names = List.of("runTest");
        PyList tests = new PyList();
        for (Object name : names) tests.add(in.call(cls, List.of(name)));
        return in.call(Attributes.get(in, loader, "suiteClass"), List.of(tests));
    }

    /** loadTestsFromName: "TestAdd" (a class's tests) or "TestAdd.test_add" (one), looked up in the module. */
    private static Object fromName(Interpreter in, Object loader, String name, Object module) {
        String[] parts = name.split("\\.");
        Object parent = null, obj = module;
        int first = 0;
        if (obj == null) {
            obj = in.modules().load(parts[0]);
            first = 1;
        }
        for (int i = first; i < parts.length; i++) {
            parent = obj;
            obj = Attributes.get(in, obj, parts[i]);
        }
        if (obj instanceof PyClass k && k.isSubclassOf(UnittestCase.TEST_CASE)) return fromTestCase(in, loader, k);
        if (parent instanceof PyClass p && p.isSubclassOf(UnittestCase.TEST_CASE) && obj instanceof Callable)
            return in.call(Attributes.get(in, loader, "suiteClass"), List.of(PyList.of(in.call(p, List.of(parts[parts.length - 1])))));
        if (obj instanceof PyInstance i && i.pyClass().isSubclassOf(UnittestRunner.TEST_SUITE)) return obj;
        throw PyError.type("don't know how to make test from: " + Repr.str(obj));
    }

    private static Object fromNames(Interpreter in, Object loader, List<Object> names, Object module) {
        PyList suites = new PyList();
        for (Object name : names) suites.add(fromName(in, loader, Repr.str(name), module));
        return in.call(Attributes.get(in, loader, "suiteClass"), List.of(suites));
    }

    /**
     * unittest.main(module='__main__', defaultTest=None, argv=None, testRunner=None,
     * testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, ...): loads and runs the
     * tests when made, its result in .result; see the class comment for when it exits.
     */
    private static PyClass testProgramClass() {
        PyClass c = PyClass.library("TestProgram", "unittest.main", null);
        c.method("__init__", a -> {
            a.expect(0, 11, "module", "defaultTest", "argv", "testRunner", "testLoader", "exit", "verbosity", "failfast", "catchbreak", "buffer", "warnings",
                    "tb_locals");
            Interpreter in = a.interpreter();
            PyInstance self = (PyInstance) a.self();
            Object module = a.option(0, "module", "__main__");
            if (module instanceof String name) module = name.equals("__main__") ? in.modules().main() : in.modules().load(name);
            Object argv = a.option(2, "argv", null);
            if (argv == null) argv = in.modules().argv();
            Object loader = a.option(4, "testLoader", null);
            if (loader == null) loader = Attributes.get(in, in.modules().load("unittest"), "defaultTestLoader");
            if (Values.truthy(a.option(8, "catchbreak", null))) throw PyError.notSupported("unittest.main(catchbreak=True)");
            if (Values.truthy(a.option(9, "buffer", null))) throw PyError.notSupported("unittest's buffer=True (capturing the tests' output)");
            self.setOwn("module", module);
            self.setOwn("exit", a.option(5, "exit", true));
            self.setOwn("verbosity", a.option(6, "verbosity", 1L));
            self.setOwn("failfast", a.option(7, "failfast", null));
            self.setOwn("defaultTest", a.option(1, "defaultTest", null));
            self.setOwn("testRunner", a.option(3, "testRunner", null));
            self.setOwn("testLoader", loader);
            self.setOwn("tb_locals", a.option(11, "tb_locals", false));
            List<Object> args = Values.items(argv);
            self.setOwn("progName", args.isEmpty() ? null : baseName(Repr.str(args.get(0))));
            List<Object> names = parseArgs(self, args);
            Object defaultTest = self.own("defaultTest");
            if (names.isEmpty() && defaultTest != null) names = defaultTest instanceof String s ? List.of(s) : Values.items(defaultTest);
            Object test = names.isEmpty() ? invoke(in, loader, "loadTestsFromModule", module) : invoke(in, loader, "loadTestsFromNames", new PyList(names), module);
            self.setOwn("test", test);
            runTests(in, self);
            return null;
        });
        return c;
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** CPython's command line of unittest.main: -v, -q, -f (and their long names), then the tests to run. */
    private static List<Object> parseArgs(PyInstance self, List<Object> argv) {
        List<Object> names = new ArrayList<>();
        for (Object arg : argv.subList(Math.min(1, argv.size()), argv.size())) {
            String s = Repr.str(arg);
            switch (s) {
                case "-v", "--verbose" -> self.setOwn("verbosity", 2L);
                case "-q", "--quiet" -> self.setOwn("verbosity", 0L);
                case "-f", "--failfast" -> self.setOwn("failfast", true);
                default -> {
                    if (s.startsWith("-")) throw PyError.notSupported("unittest.main's option " + s + " (adjoint takes -v, -q and -f)");
                    if (names.isEmpty() && s.equals("discover")) throw PyError.notSupported("unittest's test discovery; run the file that has the tests");
                    names.add(s);
                }
            }
        }
        return names;
    }

    private static void runTests(Interpreter in, PyInstance self) {
        Object runner = self.own("testRunner");
        if (runner == null) runner = UnittestRunner.TEXT_TEST_RUNNER;
        if (runner instanceof PyClass k) {
            Map<String, Object> keywords = new LinkedHashMap<>();
            keywords.put("verbosity", self.own("verbosity"));
            keywords.put("failfast", self.own("failfast"));
            keywords.put("tb_locals", self.own("tb_locals"));
            runner = in.call(k, List.of(), keywords, null);
        }
        Object result = invoke(in, runner, "run", self.own("test"));
        self.setOwn("result", result);
        boolean script = !in.modules().argv().isEmpty() && !"".equals(in.modules().argv().get(0));
        if (Values.truthy(self.own("exit")) && script) throw SiteBuiltins.systemExit(!Values.truthy(invoke(in, result, "wasSuccessful")));
    }

    private static Object invoke(Interpreter in, Object obj, String method, Object... args) {
        return UnittestCase.invoke(in, obj, method, args);
    }
}
