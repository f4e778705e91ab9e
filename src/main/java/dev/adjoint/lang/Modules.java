package dev.adjoint.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What {@code import} can find: a fixed table of modules built in Java (math, needle, torch, ...),
 * each made once per session on its first import, then the user's own NAME.py in a folder of
 * sys.path (which the interpreter runs). No module of the table reads files, starts processes or
 * reaches the network; any other name is a ModuleNotFoundError that lists the modules offered.
 * Library modules are registered by {@link dev.adjoint.lang.lib.Library#modules}.
 */
public final class Modules {
    /**
     * The table, built at the first import rather than when a session starts: its suppliers are
     * ~40 lambdas (each linked by invokedynamic at its first run) and register torch's and NumPy's
     * classes, a sixth of the start-up of a session that imports nothing.
     */
    private static final class Registry {
        private static final Map<String, Supplier<PyModule>> REGISTRY = new LinkedHashMap<>();

        static {
            REGISTRY.put("math", MathModule::create);
            REGISTRY.put("cmath", CmathModule::create);
            REGISTRY.put("importlib", ImportlibModule::create);
            REGISTRY.put("__future__", FutureModule::create);
            REGISTRY.put("random", RandomModule::create);
            REGISTRY.put("sys", SysModule::create);
            REGISTRY.put("itertools", ItertoolsModule::create);
            REGISTRY.put("functools", FunctoolsModule::create);
            REGISTRY.put("typing", TypingModule::create);
            REGISTRY.put("collections", CollectionsModule::create);
            REGISTRY.put("collections.abc", CollectionsAbc::create);
            REGISTRY.put("operator", OperatorModule::create);
            REGISTRY.put("json", JsonModule::create);
            REGISTRY.put("time", TimeModule::create);
            REGISTRY.put("copy", CopyModule::create);
            REGISTRY.put("string", StringModule::create);
            REGISTRY.put("unicodedata", UnicodedataModule::create);
            REGISTRY.put("numbers", NumbersModule::create);
            REGISTRY.put("types", TypesModule::create);
            REGISTRY.put("re", ReModule::create);
            REGISTRY.put("warnings", WarningsModule::create);
            REGISTRY.put("struct", StructModule::create);
            REGISTRY.put("gzip", GzipModule::create);
            REGISTRY.put("os", OsModule::create);
            REGISTRY.put("os.path", OsModule::createPath);
            REGISTRY.put("pathlib", PathlibModule::create);
            REGISTRY.put("heapq", HeapqModule::create);
            REGISTRY.put("threading", ThreadingModule::create);
            REGISTRY.put("queue", QueueModule::create);
            REGISTRY.put("concurrent", FuturesModule::createPackage);
            REGISTRY.put("concurrent.futures", FuturesModule::create);
            REGISTRY.put("bisect", BisectModule::create);
            REGISTRY.put("gc", GcModule::create);
            REGISTRY.put("builtins", ImportlibModule::builtins);
            REGISTRY.put("contextlib", ContextlibModule::create);
            REGISTRY.put("abc", AbcModule::create);
            REGISTRY.put("dataclasses", DataclassesModule::create);
            REGISTRY.put("inspect", InspectModule::create);
            REGISTRY.put("statistics", StatisticsModule::create);
            REGISTRY.put("io", IoModule::create);
            REGISTRY.put("logging", LoggingModule::create);
            REGISTRY.put("pprint", PprintModule::create);
            REGISTRY.put("enum", EnumModule::create);
            REGISTRY.put("traceback", TracebackModule::create);
            REGISTRY.put("unittest", UnittestModule::create);
            REGISTRY.put("datetime", DatetimeModule::create);
            REGISTRY.put("argparse", ArgparseModule::create);
            REGISTRY.put("textwrap", TextwrapModule::create);
            REGISTRY.put("reprlib", ReprlibModule::create);
            REGISTRY.put("csv", CsvModule::create);
            REGISTRY.put("fractions", FractionsModule::create);
            REGISTRY.put("decimal", DecimalModule::create);
            REGISTRY.put("timeit", TimeitModule::create);
            REGISTRY.put("zlib", ZlibModule::create);
            REGISTRY.put("glob", GlobModule::create);
            REGISTRY.put("fileinput", FileinputModule::create);
            REGISTRY.put("pickle", PickleModule::create);
            REGISTRY.put("IPython", IPythonModule::create);
            REGISTRY.put("IPython.display", IPythonModule::createDisplay);
            for (String name : List.of("tqdm", "tqdm.auto", "tqdm.notebook")) REGISTRY.put(name, () -> TqdmModule.create(name));
            dev.adjoint.lang.lib.Library.modules(REGISTRY);
        }
    }

    /** Modules students import that adjoint leaves out on purpose, and why (said instead of the list of modules offered). */
    private static final Map<String, String> REFUSED = Map.of(
            "tempfile", "adjoint's programs write no files; keep data in memory with io.BytesIO or io.StringIO (torch.save(obj, buf) and pickle.dump(obj, buf) take one)",
            "subprocess", "adjoint does not run commands",
            "shutil", "adjoint does not copy, move or delete files");

    /** Modules tutorials import on their first lines that adjoint does not have: CPython's message, then one line of what to do instead. */
    private static final Map<String, String> HINTED = Map.of(
            "matplotlib", "hint: adjoint draws no plots; print the numbers, or draw a computational graph with :graph --out graph.svg",
            "torchvision", "hint: adjoint has no torchvision; MNIST's 10,000 test images ship as mnist() (X, y), batched by DataLoader(mnist(), batch_size=100)",
            "graphviz", "hint: adjoint has no graphviz package; :graph y draws a value's computational graph (:graph y --out graph.svg writes a picture)",
            "pandas", "hint: adjoint has no pandas; read a CSV file with open(path).read().splitlines() and line.split(','), then torch.tensor(rows)",
            "d2l", "hint: adjoint has no d2l package (d2l.plot, d2l.Timer, its data loaders); run the book's PyTorch cells without it");

    private final Map<String, PyModule> loaded = new LinkedHashMap<>();
    /** sys.stdin: one object a session, reading where the running input's front-end reads. */
    private final StdinFile stdin;

    Modules(java.util.function.Supplier<StdinText> stdin) {
        this.stdin = new StdinFile(stdin);
    }
    /** sys.argv: the script's name and arguments, as CPython gives them; [''] at the prompt and in a pipe. */
    private final PyList argv = PyList.of("");
    /**
     * sys.path: where import looks for NAME.py after adjoint's own modules: the script's folder (''
     * at the prompt: the working directory, or the folder of the script :load runs), then what the
     * program appends.
     */
    private final PyList path = PyList.of("");
    /** os.environ: the session's, so that %env NAME=VALUE in a notebook is what os.environ and os.getenv see after import os. */
    private PyDict environ; // read from the process at first use: most sessions never import os

    /** A script's folder is sys.path[0], as CPython sets it. */
    public void setScriptFolder(java.nio.file.Path folder) {
        path.set(0, folder.toString());
    }

    /** sys.path[0] now (null when a program emptied sys.path), to put back after a run of another folder's script. */
    Object scriptFolder() {
        return path.size() == 0 ? null : path.get(0);
    }

    /** Puts back what {@link #scriptFolder} gave. */
    void restoreScriptFolder(Object folder) {
        if (folder != null && path.size() > 0) path.set(0, folder);
    }

    /**
     * What a folder of sys.path (or of a package's __path__) holds for {@code import name}: a package
     * (NAME/__init__.py, its {@code file}), a module (NAME.py), or, when neither is anywhere, the
     * folders NAME without __init__.py, which together make a namespace package.
     */
    record Found(java.nio.file.Path file, boolean isPackage, List<String> namespace) {
        /** The package's folder, its __path__ (a namespace package's are its folders). */
        List<String> folders() {
            return file == null ? namespace : List.of(file.getParent().toAbsolutePath().toString());
        }
    }

    /** Finds {@code name} (one part of a dotted name) in {@code folders}, as CPython's path finder: per folder a package first, then NAME.py; null if nothing. */
    static Found locate(String name, Iterable<?> folders) {
        List<String> namespace = new java.util.ArrayList<>();
        for (Object entry : folders) {
            if (!(entry instanceof String folder)) continue;
            try {
                java.nio.file.Path dir = dev.adjoint.files.ScriptFolder.resolveAsWritten(folder.isEmpty() ? name : folder + "/" + name);
                if (java.nio.file.Files.isRegularFile(dir.resolve("__init__.py"))) return new Found(dir.resolve("__init__.py"), true, null);
                java.nio.file.Path file = dir.resolveSibling(name + ".py");
                if (java.nio.file.Files.isRegularFile(file)) return new Found(file, false, null);
                if (java.nio.file.Files.isDirectory(dir)) namespace.add(dir.toAbsolutePath().toString());
            } catch (java.nio.file.InvalidPathException e) {
                // an entry no path can be (a NUL byte): CPython skips it too
            }
        }
        return namespace.isEmpty() ? null : new Found(null, true, namespace);
    }

    /** {@code import name} of a top-level name along sys.path. */
    Found locate(String name) {
        return locate(name, path);
    }

    /** Whether adjoint has a module of that top-level name (math, torch, ...). */
    static boolean isOwn(String name) {
        return Registry.REGISTRY.containsKey(name);
    }

    /** Modules whose code is running now (a circular import finds one partially initialized). */
    private final java.util.Set<String> running = new java.util.HashSet<>();

    void running(String name, boolean now) {
        if (now) running.add(name);
        else running.remove(name);
    }

    boolean isRunning(String name) {
        return running.contains(name);
    }

    /** sys.modules['__main__']: the session's namespace (kept apart from the imports: a :reset keeps it, memberName does not search it). */
    private PyModule main;

    void setMain(PyModule module) {
        main = module;
    }

    /** sys.modules['__main__']. */
    PyModule main() {
        return main;
    }

    /** sys.modules: the modules imported so far, by name, as a live dict, with __main__ first as in CPython. */
    private final PyDict loadedView = new NameDict() {
        Map<String, Object> names() {
            if (main == null) return java.util.Collections.unmodifiableMap(loaded);
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("__main__", main);
            all.putAll(loaded);
            return java.util.Collections.unmodifiableMap(all);
        }

        void set(String name, Object value) {
            if (value instanceof PyModule m) loaded.put(name, m);
        }

        void delete(String name) {
            loaded.remove(name);
        }
    };

    /** A module run from a file, registered before its code runs, so that a circular import finds it (as CPython's sys.modules). */
    void register(String name, PyModule module) {
        loaded.put(name, module);
    }

    /** A module whose file failed: the next import runs it again, as in CPython. */
    void forget(String name) {
        loaded.remove(name);
    }

    /** sys.argv, the session's list (fileinput reads the files it names). */
    PyList argv() {
        return argv;
    }

    /** sys.stdin, the session's. */
    StdinFile stdin() {
        return stdin;
    }

    /** os.environ of this session. */
    public PyDict environ() {
        if (environ == null) environ = OsModule.environment();
        return environ;
    }

    /** sys.argv's items now, to put back after a run with other arguments. */
    public java.util.List<Object> argvItems() {
        return new java.util.ArrayList<>(Values.items(argv));
    }

    /** Puts back what {@link #argvItems} gave (the same list object: a module holding sys.argv sees it). */
    public void restoreArgv(java.util.List<Object> items) {
        argv.setAll(items);
    }

    /** Sets sys.argv (the session's; the one list sys.argv is, also after import). */
    public void setArgv(java.util.List<String> arguments) {
        argv.setAll(arguments);
    }

    /** The top-level names import offers, for messages and :help. */
    public static String offered() {
        return String.join(", ", Registry.REGISTRY.keySet().stream().filter(n -> !n.contains(".") && !n.startsWith("_")).sorted().toList());
    }

    /** Every module import finds, submodules as dotted names (numpy.random), for completion. */
    static List<String> names() {
        return Registry.REGISTRY.keySet().stream().filter(n -> !n.startsWith("_")).sorted().toList();
    }

    /** A fresh module of that dotted name (not imported into any session), or null if there is none. */
    static PyModule made(String dotted) {
        Supplier<PyModule> make = Registry.REGISTRY.get(dotted);
        return make == null ? null : make.get();
    }

    /**
     * A registry entry for a submodule made of its package's own objects (torch.nn.modules.loss
     * holds the loss classes of torch.nn), built from the package the session has loaded, so that
     * both names are the same class. Alone (completion, help), it is built from a fresh package.
     */
    public record FromParent(String parent, java.util.function.Function<PyModule, PyModule> derive) implements Supplier<PyModule> {
        @Override
        public PyModule get() {
            return derive.apply(made(parent));
        }
    }

    /** The module of a dotted name, loading its parents first and binding it as their attribute, as Python does. */
    PyModule load(String dotted) {
        PyModule m = find(dotted);
        if (m != null) return m;
        String top = dotted.split("\\.")[0];
        if (REFUSED.containsKey(top)) throw new PyError("ModuleNotFoundError", "No module named '" + dotted + "' (" + REFUSED.get(top) + ")");
        if (HINTED.containsKey(top)) throw PyError.noModule(top, HINTED.get(top).substring("hint: ".length()));
        // CPython's message and name (the top's when it is missing: import sklearn.svm names sklearn); what adjoint has is a hint
        if (!Registry.REGISTRY.containsKey(top)) throw PyError.noModule(top, "adjoint offers: " + offered());
        throw PyError.noModule(dotted, "'" + top + "' offers: "
                + String.join(", ", Registry.REGISTRY.keySet().stream().filter(n -> n.startsWith(top + ".")).toList()));
    }

    /** Whether {@code import} has loaded any module in this session (the REPL's echo of numbers asks). */
    public boolean anyLoaded() {
        return !loaded.isEmpty();
    }

    /** Whether {@code import} has loaded that module in this session (the REPL's echo asks for torch). */
    public boolean isLoaded(String dotted) {
        return loaded.containsKey(dotted);
    }

    /**
     * MODULE.NAME of a module's member {@code v} (the same object), among the modules loaded and the
     * submodules they hold (np.linalg, before any import names it); null if none has it.
     */
    public String memberName(Object v) {
        if (v == null) return null;
        java.util.ArrayDeque<PyModule> modules = new java.util.ArrayDeque<>(loaded.values());
        java.util.Set<PyModule> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!modules.isEmpty()) {
            PyModule m = modules.poll();
            if (!seen.add(m)) continue;
            for (Map.Entry<String, Object> e : m.members().entrySet()) {
                if (e.getValue() == v) return m.name() + "." + e.getKey();
                if (e.getValue() instanceof PyModule sub) modules.add(sub);
            }
        }
        return null;
    }

    /** The modules loaded so far, for {@link #forgetAllBut}: a failed input's imports are undone with it. */
    public java.util.Set<String> loadedNames() {
        return new java.util.HashSet<>(loaded.keySet());
    }

    /** Forgets the modules loaded since {@code names} was taken (a failed input), or all (an empty set: :reset). */
    public void forgetAllBut(java.util.Set<String> names) {
        loaded.keySet().retainAll(names);
    }

    /** The module of a dotted name, or null if there is none. */
    PyModule find(String dotted) {
        if (dotted.equals("__main__") && main != null) return main; // import __main__
        PyModule m = loaded.get(dotted);
        if (m != null) return m;
        Supplier<PyModule> make = Registry.REGISTRY.get(dotted);
        if (make == null) return null;
        int dot = dotted.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : load(dotted.substring(0, dot));
        m = loaded.get(dotted); // building the parent may have loaded it
        if (m == null) {
            m = make instanceof FromParent f ? f.derive().apply(parent) : make.get();
            if (dotted.equals("sys")) m.add("argv", argv).add("path", path).add("modules", loadedView).add("stdin", stdin).add("__stdin__", stdin); // the members that are the session's, not the module's
            if (dotted.equals("os")) m.add("environ", environ());
            loaded.put(dotted, m);
            // a package imports its submodules, as needle's and torch's __init__ do: after
            // `import needle as ndl`, ndl.nn.Module is there
            for (String child : Registry.REGISTRY.keySet())
                if (child.startsWith(dotted + ".") && child.indexOf('.', dotted.length() + 1) < 0) find(child);
        }
        if (parent != null && !parent.has(dotted.substring(dot + 1))) parent.add(dotted.substring(dot + 1), m);
        return m;
    }
}
