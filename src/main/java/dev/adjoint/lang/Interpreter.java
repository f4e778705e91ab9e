package dev.adjoint.lang;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.random.NumpyRandom;
import dev.adjoint.random.TorchRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the syntax tree, building the graph as it goes (define-by-run). Errors become
 * {@link LangError}s at the span of the most specific node; Thread.interrupt() stops it at the
 * next statement, loop iteration or call.
 */
public final class Interpreter implements Expr.Visitor<Object>, Stmt.Visitor<Interpreter.Flow> {
    /**
     * Nested user-function calls allowed (Python's default); deeper is "maximum recursion depth
     * exceeded". The REPL evaluates on a large-stack thread; on a small stack the session turns a
     * StackOverflowError into the same message.
     */
    public static final int MAX_CALL_DEPTH = 1000;

    /** How a statement ended. */
    enum Flow { NORMAL, BREAK, CONTINUE, RETURN }

    /** One item of a with statement once entered: what leaving its block does. */
    interface Entered {
        /** Leaves the block, normally (error null) or by error {@code error}: true if the context manager suppressed it. */
        boolean exit(LangError error);

        /** Leaves it on a failure of ours (no Python runs): grad mode comes back. */
        void release();
    }

    /** A running user function and its scope, for super(). */
    /** A call running now: the function, its scope, and where it was called from (warnings.warn(stacklevel=2) names that place). */
    private record Frame(UserFunction function, Environment scope, Span call, Source callerSource) {}

    private final Environment globals;
    private final Map<String, Object> builtins = Builtins.table();
    /** The value of the last expression statement shown, or null: Python's prompt calls it `_`. */
    private Object lastShown;
    private final NumpyRandom random;
    /** PyTorch's generator for torch.* draws; the session seeds it (as NumPy's) for :save to replay. */
    private final TorchRandom torchRandom = new TorchRandom(0);
    private final Modules modules = new Modules(() -> this.printer == null ? StdinText.EMPTY : this.printer.stdin()); // (this.: a field declared below)
    private Deque<Frame> frames = new ArrayDeque<>();
    /** The __class__ cell of the class body running now (see ClassCell); null outside class bodies. */
    private ClassCell classBodyCell;
    /** The exceptions being handled by except clauses, innermost first: what a bare raise raises again. */
    private Deque<LangError> handling = new ArrayDeque<>();
    private Environment env;
    private Printer printer;
    private int callDepth;
    /** sys.set_int_max_str_digits's: the most digits an int converts to or from text (0: no limit). */
    private int maxStrDigits = PyNumbers.MAX_STR_DIGITS;
    /** sys.setrecursionlimit's: the nested calls allowed. */
    private int recursionLimit = MAX_CALL_DEPTH;
    /** Statements of the session's own inputs run to their end (not those of functions they call): a failed input that ran some says it was undone. */
    private long statementsRun;
    /** The input being run: spans of errors must lie in it. */
    private Source program;
    /** The input the code running now was parsed from: the program, or an earlier input's for a function defined there. */
    private Source codeSource;
    private Object returnValue;
    private String lastAssigned;
    private final Warnings warnings = new Warnings();
    /** The texts of PyTorch's TORCH_WARN_ONCE warnings already issued: once a process, whatever the filters. */
    private final java.util.Set<String> warnedOnce = new java.util.HashSet<>();
    /** The file the running input came from ("<stdin>" at the prompt, in a pipe and in a cell) and its first line there. */
    private String inputName = "<stdin>";
    private int inputFirstLine = 1;
    /** Whether the next input is the start of a module (a script's, a pipe's or -e's first line): its docstring is __doc__. */
    private boolean moduleStart;
    /** The notebook cell the running input belongs to (its execution count), or 0. */
    private int inputCell;

    /** The session's global interpreter lock (see {@link Gil}): held by the thread that runs Python code. */
    private final Gil gil = new Gil(this);

    Gil gil() {
        return gil;
    }

    /** Runs Python code on this thread until the scope closes, holding the session's global interpreter lock. */
    public Scope holdingGil() {
        return gil.enter();
    }

    /**
     * What of the interpreter belongs to one thread's running code (CPython's thread state): kept
     * with the thread while another holds the GIL ({@link Gil}), put back when it takes it again.
     */
    static final class ThreadState {
        private final Environment env;
        private final Deque<Frame> frames;
        private final Deque<LangError> handling;
        private final int callDepth;
        private final ClassCell classBodyCell;
        private final Source program;
        private final Source codeSource;
        private final Object returnValue;

        private ThreadState(Interpreter in) {
            env = in.env;
            frames = in.frames;
            handling = in.handling;
            callDepth = in.callDepth;
            classBodyCell = in.classBodyCell;
            program = in.program;
            codeSource = in.codeSource;
            returnValue = in.returnValue;
        }

        private ThreadState(Environment globals, Source program) {
            env = globals;
            frames = new ArrayDeque<>();
            handling = new ArrayDeque<>();
            callDepth = 0;
            classBodyCell = null;
            this.program = program;
            codeSource = program;
            returnValue = null;
        }
    }

    ThreadState saveThreadState() {
        return new ThreadState(this);
    }

    /** The state a thread starts with: at the top level of the session's module, nothing running. */
    ThreadState freshThreadState() {
        return new ThreadState(globals, program);
    }

    /**
     * A thread lets the GIL go: what a thread the program started printed is sent on now (no input's
     * end flushes it: it may print while the prompt waits, or while another thread runs).
     */
    void threadLetsGo() {
        if (printer != null && PyThreads.inStartedThread()) printer.flush();
    }

    void restoreThreadState(ThreadState s) {
        env = s.env;
        frames = s.frames;
        handling = s.handling;
        callDepth = s.callDepth;
        classBodyCell = s.classBodyCell;
        program = s.program;
        codeSource = s.codeSource;
        returnValue = s.returnValue;
    }

    /** {@code globals} is the session's variable map; the interpreter binds into it. */
    public Interpreter(Map<String, Object> globals, NumpyRandom random) {
        modules.setMain(PyModule.fromFile("__main__", globals, null)); // sys.modules[__name__] is the session's namespace
        this.globals = new Environment(globals, null);
        this.env = this.globals;
        this.random = random;
    }

    /** sys.set_int_max_str_digits: from now on, in this session. */
    void setMaxStrDigits(int digits) {
        maxStrDigits = digits;
        PyNumbers.setMaxStrDigits(digits);
    }

    /** Runs a parsed input at the top level; expression statements' values go to {@code printer.show}. */
    public void run(Source program, Printer printer) {
        this.printer = printer;
        env = globals;
        callDepth = 0;
        frames.clear();
        handling.clear();
        this.program = program;
        loopBodies.clear(); // only this input's loops (and those of the functions it calls) are kept
        program.placeAt(inputName, inputFirstLine, inputCell);
        codeSource = program;
        issueCompileWarnings(program);
        PyNumbers.setMaxStrDigits(maxStrDigits); // this session's, on the thread that runs it
        if (moduleStart) bindDocstring(program.statements());
        moduleStart = false; // the module's later inputs (a pipe's) start no module
        try (Scope constants = Constants.open()) {
            executeBlock(program.statements());
        } catch (LangError e) {
            e.leftTopLevel(program, globals); // the traceback's outermost frame
            throw e;
        }
    }

    /**
     * IPython's {@code %run FILE}: the file runs in a namespace of its own whose {@code __name__} is
     * {@code name} ("__main__", or the file's stem for -n), or with {@code inSession} (-i) in the
     * session's names; its folder is first on sys.path while it runs, as IPython's safe_execfile has
     * it; its expression statements show nothing (a script's do not). Then its names are the
     * session's, all but {@code __name__} and {@code __file__}, as IPython updates the user namespace,
     * also when the file ends by sys.exit(). Functions it defined keep reading its namespace. An error
     * names the file and line; the caller undoes what the file did, as with any failed input.
     */
    public void runMain(java.nio.file.Path file, String name, boolean inSession, Printer printer) {
        this.printer = printer;
        env = globals;
        callDepth = 0;
        frames.clear();
        handling.clear();
        loopBodies.clear();
        PyNumbers.setMaxStrDigits(maxStrDigits);
        String path = file.toAbsolutePath().toString();
        Map<String, Object> names = inSession ? globals.table() : new LinkedHashMap<>();
        Map<String, Object> saved = new LinkedHashMap<>();
        for (String dunder : List.of("__name__", "__doc__", "__file__")) if (names.containsKey(dunder)) saved.put(dunder, names.get(dunder));
        names.put("__name__", name);
        if (!inSession) names.put("__doc__", null);
        if (!inSession) names.put("__package__", null);
        names.put("__file__", path);
        Object folder = modules.scriptFolder();
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null && folder != null) modules.setScriptFolder(parent);
        boolean exited = false;
        try (Scope constants = Constants.open()) {
            runModuleFile(PyModule.fromFile(name, names, path), file);
        } catch (LangError e) {
            exited = Exceptions.exitOf(e) != null;
            throw e;
        } finally {
            modules.forget(name); // sys.modules keeps no module of the run (IPython puts __main__ back)
            modules.restoreScriptFolder(folder);
            if (inSession) { // the session's own __name__ and __file__ again
                for (String dunder : List.of("__name__", "__file__")) names.remove(dunder);
                names.putAll(saved);
            } else if (exited) copyNames(names);
        }
        if (!inSession) copyNames(names);
    }

    private void copyNames(Map<String, Object> names) {
        for (Map.Entry<String, Object> e : names.entrySet())
            if (!e.getKey().equals("__name__") && !e.getKey().equals("__file__")) globals.define(e.getKey(), e.getValue());
    }

    /** Where the next input comes from: a script's name (null or "<stdin>" for the prompt, a pipe, a cell) and its first line, as warnings name it, and the notebook cell it is in (0 outside one: tracebacks say "Cell In[7]"). */
    public void placeInput(String sourceName, int firstLine, int cell) {
        inputName = sourceName == null || sourceName.equals("<stdin>") ? "<stdin>"
                : sourceName.startsWith("-e") ? sourceName // a statement of the command line (-e#2), no file
                : sourceName.startsWith("<") && sourceName.endsWith(">") ? sourceName // -c's "<string>": a pseudo-file, as CPython names it
                : java.nio.file.Path.of(sourceName).toAbsolutePath().toString();
        inputFirstLine = firstLine;
        inputCell = cell;
        moduleStart = sourceName != null && firstLine == 1 && cell == 0 && (!sourceName.startsWith("-e#") || sourceName.equals("-e#1"));
    }

    /**
     * A module's docstring (a string as its first statement) is its {@code __doc__}, as CPython binds
     * it for a script, a pipe and an imported file (argparse's {@code description=__doc__}); at the
     * prompt and in a cell, and in a module without one, {@code __doc__} stays None.
     */
    private void bindDocstring(List<Stmt> statements) {
        if (!statements.isEmpty() && statements.get(0) instanceof Stmt.Expression e && e.expr() instanceof Expr.Str doc)
            env.define("__doc__", doc.value());
    }

    /**
     * globals(): the session's names as a live dict, as CPython's module dict (students' test
     * runners walk it for test_ functions); a write binds the name, and a failed input's writes are
     * undone with its other bindings. One dict, as CPython's: globals() is globals().
     */
    PyDict globalsDict() {
        if (globalsView == null) globalsView = mainView(globals.table());
        return globalsView;
    }

    private PyDict globalsView;

    /** The names of a module's scope as a live dict: globals() for the session's own, a view of an imported file's otherwise (f.__globals__). */
    PyDict globalsDict(Environment module) {
        return module == globals ? globalsDict() : globalsView(module.table());
    }

    /** globals(): the namespace of the module whose code runs, an imported file's own (in its functions too), as CPython's. */
    PyDict currentGlobals() {
        return globalsDict(env.global());
    }

    /**
     * The session's names with {@code __name__} first, as CPython's __main__ dict has it
     * (globals()['__name__']); the session's own bindings, which :vars lists, stay the user's.
     */
    static PyDict mainView(Map<String, Object> names) {
        return namesView(names, true);
    }

    /** An imported file's names as a live dict (its __name__ is among them). */
    static PyDict globalsView(Map<String, Object> names) {
        return namesView(names, false);
    }

    private static PyDict namesView(Map<String, Object> names, boolean main) {
        return new NameDict() {
            Map<String, Object> names() {
                if (!main || names.containsKey("__name__")) return java.util.Collections.unmodifiableMap(names);
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("__name__", "__main__");
                all.putAll(names);
                return java.util.Collections.unmodifiableMap(all);
            }

            void set(String name, Object value) {
                names.put(name, value);
            }

            void delete(String name) {
                names.remove(name);
            }
        };
    }

    /** locals(): the globals at top level; in a function or class body a snapshot of its names, as CPython's. */
    PyDict localsDict() {
        if (env.isGlobal()) return globalsDict();
        PyDict d = new PyDict();
        env.table().forEach((name, value) -> {
            if (!YieldLifting.isTemporary(name)) d.put(name, value);
        });
        return d;
    }

    /** The session's warning filters (warnings.filterwarnings) and what they have let through. */
    public Warnings warnings() {
        return warnings;
    }

    /**
     * An engine warning (PyTorch's UserWarnings: a scheduler stepped before its optimizer, .grad of a
     * non-leaf, ...) issued by library module {@code module}: through the program's warning filters,
     * then shown as adjoint's "warning:" line.
     */
    public void warn(String category, String message, String module) {
        PyInstance w = new PyInstance(Exceptions.named(category), this);
        w.setOwn("args", Values.tuple(message));
        warnings.warn(w, new Warnings.Place(module.replace('.', '/') + ".py", 0, module, null), this, printer::warn);
    }

    /**
     * A warning issued at line {@code line} of library module {@code module} (NumPy's own Python
     * code, e.g. numpy.core.fromnumeric line 57): through the program's filters as from that place,
     * so the default filter shows it once a session for that line; shown as adjoint's "warning:" line.
     */
    public void warnInLibrary(String category, String message, String module, long line) {
        PyInstance w = new PyInstance(Exceptions.named(category), this);
        w.setOwn("args", Values.tuple(message));
        warnings.warn(w, new Warnings.Place(module.replace('.', '/') + ".py", line, module, null), this, printer::warn);
    }

    /**
     * PyTorch's TORCH_WARN_ONCE from C++ under one of its Python functions: the first time only, placed
     * where that function calls into C++ (file, line and source line as torch 1.13 shows them), in
     * CPython's form ("FILE:LINE: UserWarning: ..." and the line), through the program's filters.
     */
    public void warnOnceInTorch(String category, String message, String file, long line, String sourceLine) {
        if (!warnedOnce.add(message)) return;
        PyInstance w = new PyInstance(Exceptions.named(category), this);
        w.setOwn("args", Values.tuple(message));
        String module = file.substring(file.indexOf("torch/")).replace(".py", "").replace('/', '.');
        warnings.warn(w, new Warnings.Place(file, line, module, sourceLine), this, null);
    }

    /** A library function's warning placed at its caller's line ({@code span}), as Python modules warn with stacklevel=2. */
    public void warnAtCall(String category, String message, Span span) {
        PyInstance w = new PyInstance(Exceptions.named(category), this);
        w.setOwn("args", Values.tuple(message));
        warnings.warn(w, placeOf(span, 1), this, null);
    }

    /**
     * The SyntaxWarnings of {@code source}'s compilation, before it runs: each one shown (CPython's
     * compiler warns with no registry, so the same line warns again when compiled again), named by
     * the file and line, with the line when it can be read back.
     */
    void issueCompileWarnings(Source source) {
        if (source.warnings().isEmpty()) return;
        String[] lines = source.text().split("\n", -1);
        String origin = source.origin();
        String module = origin.endsWith(".py") ? origin.substring(0, origin.length() - 3) : origin; // warnings' normalize_module
        for (Source.Warning w : source.warnings()) {
            PyInstance warning = new PyInstance(Exceptions.named("SyntaxWarning"), this);
            warning.setOwn("args", Values.tuple(w.message()));
            int line = w.span().line();
            String text = source.linesReadable() && line <= lines.length ? lines[line - 1] : null;
            warnings.warnUnregistered(warning, new Warnings.Place(origin, source.firstLine() + line - 1, module, text), this);
        }
    }

    /** Whether a TORCH_WARN_ONCE site whose words differ call by call (a deprecated overload names the function) has not warned yet. */
    public boolean firstWarningFrom(String site) {
        return warnedOnce.add(site);
    }

    /** PyTorch's TORCH_WARN_ONCE: the first time only, at the user's line ({@code span}; null: library code, named by module). */
    public void warnOnceAtCall(String category, String message, Span span, String module) {
        if (!warnedOnce.add(message)) return;
        if (span == null) warn(category, message, module);
        else warnAtCall(category, message, span);
    }

    /**
     * Where user code issued a warning: the call at {@code span} (stacklevel 1), or the call of the
     * function running it (2), and so on up, as CPython's warnings.warn names it; "sys" past the top.
     */
    Warnings.Place placeOf(Span span, int stacklevel) {
        Source source = codeSource;
        java.util.Iterator<Frame> up = frames.iterator();
        for (int level = 1; level < stacklevel; level++) {
            if (!up.hasNext()) return new Warnings.Place("sys", 1, "sys", null);
            Frame f = up.next();
            span = f.call();
            source = f.callerSource();
        }
        if (span == null) return new Warnings.Place(inputName, inputFirstLine, "__main__", null);
        // the input the code was written in (a function defined at an earlier input names that input's lines)
        long line = source.firstLine() + span.line() - 1;
        String[] lines = source.text().split("\n", -1);
        boolean readable = source.linesReadable() && span.line() <= lines.length; // CPython cannot read back <stdin>'s lines
        return new Warnings.Place(source.origin(), line, "__main__", readable ? lines[span.line() - 1] : null);
    }

    /** State a library module keeps per session (NumPy's np.seterr modes), made by {@code make} when first asked for. */
    public <T> T libraryState(Class<T> kind, java.util.function.Supplier<T> make) {
        return kind.cast(libraryState.computeIfAbsent(kind, k -> make.get()));
    }

    private final Map<Class<?>, Object> libraryState = new java.util.HashMap<>();

    /** The state {@link #libraryState} made for {@code kind}, or null if nothing asked for it yet. */
    <T> T libraryStateIfAny(Class<T> kind) {
        return kind.cast(libraryState.get(kind));
    }

    public NumpyRandom random() {
        return random;
    }

    public TorchRandom torchRandom() {
        return torchRandom;
    }

    public Printer printer() {
        return printer;
    }

    /** The modules import finds (math, needle, torch, ...). */
    public Modules modules() {
        return modules;
    }

    /** A name of the session's top level (__main__), or null: where pickle finds the classes of the program. */
    Object mainGlobal(String name) {
        Object v = globals.table().get(name);
        return v == Environment.UNBOUND ? null : v;
    }

    /** `_`, the last value shown at the prompt (null for none): a failed input puts it back. */
    public Object lastShown() {
        return lastShown;
    }

    public void setLastShown(Object v) {
        lastShown = v;
    }

    public String lastAssigned() {
        return lastAssigned;
    }

    /** How many statements of the inputs themselves (loop bodies included, function bodies not) have run to their end. */
    public long statementsRun() {
        return statementsRun;
    }

    public void setLastAssigned(String name) {
        lastAssigned = name;
    }

    // ---- statements ----

    Flow executeBlock(List<Stmt> body) {
        Anomaly.Recorder anomaly = Anomaly.current(); // :set anomaly on: nodes remember the statement that made them
        Object outer = anomaly == null ? null : anomaly.context();
        try {
            for (int i = 0, n = body.size(); i < n; i++) {
                Flow f = execute(body.get(i), anomaly);
                if (f != Flow.NORMAL) return f;
            }
            return Flow.NORMAL;
        } finally {
            if (anomaly != null) anomaly.at(outer);
        }
    }

    /** One statement (a generator's body runs its statements one at a time). */
    Flow execute(Stmt s) {
        return execute(s, Anomaly.current());
    }

    private Flow execute(Stmt s, Anomaly.Recorder anomaly) {
        checkInterrupt(s.span());
        if (anomaly != null) anomaly.at(new Where(s, codeSource));
        Flow f = s.accept(this);
        statementDone();
        return f;
    }

    /** A statement ran to its end (counted for the session's own inputs, not inside the functions they call). */
    void statementDone() {
        if (callDepth == 0) statementsRun++;
        if (finalizationDue) { // after the statement, when its Java frames no longer hold what it dropped
            finalizationDue = false;
            finalization.dropped();
        }
    }

    /** Whether the statement running dropped a watched value (a del, a rebinding, a call's locals; see Finalization). */
    private boolean finalizationDue;

    /** A statement and the input it was parsed from. */
    public record Where(Stmt statement, Source source) {}

    @Override
    public Flow visitExpression(Stmt.Expression s) {
        Object v = evaluate(s.expr());
        if (Finalization.isWatched(v) && !(callDepth == 0 && printer.showsValues())) finalizationDue = true; // R() alone: nothing keeps it
        if (callDepth == 0 && printer.showsValues() && v != null) { // a .py script shows nothing and keeps no `_`, as CPython
            lastShown = v; // `_`, as Python's prompt keeps it
            try {
                printer.show(v);
            } catch (RuntimeException e) {
                throw wrap(e, s.span()); // a __repr__ that fails
            }
        }
        return Flow.NORMAL;
    }

    @Override
    public Flow visitAssign(Stmt.Assign s) {
        Object value = evaluate(s.value());
        List<Expr> targets = s.targets();
        for (int i = 0, n = targets.size(); i < n; i++) assign(targets.get(i), value, true); // no iterator per statement run
        return Flow.NORMAL;
    }

    /**
     * {@code target: annotation = value}, in CPython's order: the value, the assignment, then the annotation. In a module or
     * class body the annotation of a name is evaluated and kept in {@code __annotations__} (under {@code from __future__
     * import annotations} its text is), that of an attribute or subscript evaluated only; a function's are never evaluated.
     */
    @Override
    public Flow visitAnnotated(Stmt.Annotated s) {
        if (s.value() != null) {
            assign(s.target(), evaluate(s.value()), true);
        } else if (s.target() instanceof Expr.Attribute a) {
            evaluate(a.object());
        } else if (s.target() instanceof Expr.Index x) {
            evaluate(x.object());
            for (Expr item : x.items()) evaluate(item);
        }
        if (!env.isClassBody() && !env.isModuleBody()) return Flow.NORMAL;
        boolean postponed = postponedAnnotations();
        if (s.target() instanceof Expr.Name n) {
            Object value = annotation(s.annotation(), postponed);
            if (!(env.table().get("__annotations__") instanceof PyDict)) env.define("__annotations__", new PyDict());
            ((PyDict) env.table().get("__annotations__")).put(n.name(), value);
        } else if (!postponed) {
            annotation(s.annotation(), false);
        }
        return Flow.NORMAL;
    }

    /** Whether {@code from __future__ import annotations} (which binds that name) ran in the module running now: annotations are then their text. */
    private boolean postponedAnnotations() {
        return env.global().get("annotations") instanceof FutureModule.Feature;
    }

    /** Whether a class body's statements annotate a name anywhere outside nested defs and classes: CPython then makes its __annotations__ first. */
    private static boolean annotatesNames(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Annotated a && a.target() instanceof Expr.Name) return true;
            if (s instanceof Stmt.If i && (i.branches().stream().anyMatch(b -> annotatesNames(b.body())) || annotatesNames(i.orElse()))) return true;
            if (s instanceof Stmt.For f && (annotatesNames(f.body()) || annotatesNames(f.orElse()))) return true;
            if (s instanceof Stmt.While w && (annotatesNames(w.body()) || annotatesNames(w.orElse()))) return true;
            if (s instanceof Stmt.With w && annotatesNames(w.body())) return true;
            if (s instanceof Stmt.Match m && m.cases().stream().anyMatch(c -> annotatesNames(c.body()))) return true;
            if (s instanceof Stmt.Try t && (annotatesNames(t.body()) || t.handlers().stream().anyMatch(h -> annotatesNames(h.body()))
                    || annotatesNames(t.orElse()) || annotatesNames(t.finalBody()))) return true;
        }
        return false;
    }

    @Override
    public Flow visitMatch(Stmt.Match s) {
        List<Stmt> body = PatternMatcher.chosenCase(this, s);
        return body == null ? Flow.NORMAL : executeBlock(body);
    }

    @Override
    public Flow visitAugAssign(Stmt.AugAssign s) {
        TokenType op = s.op().type().binaryOfAugmented();
        if (s.target() instanceof Expr.Name n) {
            if (env.isUnboundLocal(n.name())) throw unboundLocal(n.name(), n.span()); // count += 1 in a function, count a global: the classic missing `global`
            Object result = augmented(op, visitName(n), evaluate(s.value()), s.op().span());
            bind(n.name(), result, true);
        } else if (s.target() instanceof Expr.Attribute a) {
            Object object = evaluate(a.object());
            Object current = attribute(object, a);
            Object result = augmented(op, current, evaluate(s.value()), s.op().span());
            try {
                Attributes.set(this, object, a.name(), result);
            } catch (RuntimeException e) {
                throw wrap(e, a.span());
            }
        } else {
            Expr.Index ix = (Expr.Index) s.target();
            Object object = evaluate(ix.object());
            Object key = subscriptKey(ix);
            Object current = subscript(object, key, ix);
            Object result = augmented(op, current, evaluate(s.value()), s.op().span());
            setSubscript(object, key, result, ix);
        }
        return Flow.NORMAL;
    }

    private Object augmented(TokenType op, Object current, Object rhs, Span at) {
        try {
            // a number's += is Python arithmetic: it records nothing (the name is bound afresh)
            Object left = Values.plain(current);
            Object right = PyNumbers.isNumber(left) ? Values.plain(rhs) : rhs;
            return issued(Operators.inPlace(op, left, right), at);
        } catch (RuntimeException e) {
            throw wrap(e, at);
        }
    }

    @Override
    public Flow visitIf(Stmt.If s) {
        List<Stmt.Branch> branches = s.branches();
        for (int i = 0, n = branches.size(); i < n; i++) { // no iterator per statement run
            Stmt.Branch b = branches.get(i);
            if (condition(b.condition())) return executeBlock(b.body());
        }
        return executeBlock(s.orElse());
    }

    @Override
    public Flow visitWhile(Stmt.While s) {
        LoopBody body = loopBody(s.body());
        while (true) {
            Flow f = whilePass(s, body);
            if (f == null) return executeBlock(s.orElse());
            if (f == Flow.BREAK) return Flow.NORMAL;
            if (f == Flow.RETURN) return f;
        }
    }

    /** One pass of a while loop, or null once its condition is false (a method of its own: see {@link #forPass}). */
    private Flow whilePass(Stmt.While s, LoopBody body) {
        checkInterrupt(s.span());
        return condition(s.condition()) ? body.run(this) : null;
    }

    /** Loop bodies made ready to run (see {@link LoopBody}), kept while the session's input runs. */
    private final Map<List<Stmt>, LoopBody> loopBodies = new java.util.IdentityHashMap<>();

    private LoopBody loopBody(List<Stmt> statements) {
        LoopBody body = loopBodies.get(statements);
        if (body == null) loopBodies.put(statements, body = LoopBody.of(statements));
        return body;
    }

    @Override
    public Flow visitFor(Stmt.For s) {
        Object iterable = evaluate(s.iterable());
        Iterator<Object> items;
        try {
            items = Values.iterate(iterable);
        } catch (RuntimeException e) {
            throw wrap(e, s.iterable().span());
        }
        LoopBody body = loopBody(s.body());
        if (iterable instanceof Generator g && s.iterable() instanceof Expr.Call call && g.madeBy(call)) return forOwning(s, g, body);
        return forLoop(s, items, body);
    }

    private Flow forLoop(Stmt.For s, Iterator<Object> items, LoopBody body) {
        while (true) {
            Flow f = forPass(s, items, body);
            if (f == null) return executeBlock(s.orElse());
            if (f == Flow.BREAK) return Flow.NORMAL;
            if (f == Flow.RETURN) return f;
        }
    }

    /**
     * {@code for v in gen():} where only the loop holds the generator: when the loop ends early
     * (break, return, an error) the generator is dropped, and CPython closes it at once, so its
     * finally clauses and with exits run before the code after the loop. A generator bound to a
     * name or passed to a function is not closed this way (adjoint counts no references).
     */
    private Flow forOwning(Stmt.For s, Generator g, LoopBody body) {
        Flow flow;
        try {
            flow = forLoop(s, g, body);
        } catch (Interrupted e) {
            throw e;
        } catch (RuntimeException e) {
            g.dropped();
            throw e;
        }
        g.dropped();
        return flow;
    }

    /**
     * One pass of a for loop: the next item bound to the target, then the body; null when the items
     * have run out. A method of its own so that the JIT compiles it after its first thousand calls:
     * the loop's own code runs in the bytecode interpreter until on-stack replacement, which waits
     * for tens of thousands of passes.
     */
    private Flow forPass(Stmt.For s, Iterator<Object> items, LoopBody body) {
        checkInterrupt(s.span());
        Object item;
        try {
            if (!items.hasNext()) return null;
            item = items.next();
        } catch (RuntimeException e) {
            if (e instanceof LangError le) le.passedCall(s.span().to(s.body().get(s.body().size() - 1).span())); // a generator's error: CPython places it at the whole for statement
            throw wrap(e, s.iterable().span());
        }
        if (s.target() instanceof Expr.Name n) bind(n.name(), item, false);
        else assign(s.target(), item, false);
        return body.run(this);
    }

    @Override
    public Flow visitDef(Stmt.Def s) {
        List<Object> decorators = decorators(s.decorators()); // CPython's order: decorators, defaults, annotations
        UserFunction f = UserFunction.of(s, defaults(s.params()), env.functionScope(), codeSource, qualifiedPrefix()).inClassCell(classCellHere());
        annotate(f, s);
        bind(s.name(), decorate(f, decorators, s.decorators()), false);
        return Flow.NORMAL;
    }

    /**
     * f.__annotations__: the parameters' and the return's annotations, evaluated when the def runs
     * (after the defaults) in CPython's order: ordinary parameters, positional-only ones, then the rest.
     */
    private void annotate(UserFunction f, Stmt.Def s) {
        boolean postponed = postponedAnnotations();
        PyDict annotations = null;
        for (int pass = 0; pass < 3; pass++) {
            for (Stmt.Param p : s.params()) {
                int order = p.kind() == Stmt.ParamKind.NORMAL ? 0 : p.kind() == Stmt.ParamKind.POSITIONAL_ONLY ? 1 : 2;
                if (order != pass || p.annotation() == null) continue;
                if (annotations == null) annotations = new PyDict();
                annotations.put(p.name(), annotation(p.annotation(), postponed));
            }
        }
        if (s.returns() != null) {
            if (annotations == null) annotations = new PyDict();
            annotations.put("return", annotation(s.returns(), postponed));
        }
        if (annotations != null) f.setAttribute("__annotations__", annotations);
    }

    /**
     * One annotation's value. Where adjoint lacks what an annotation names or does (`torch.dtype`, `Optional[int] | None`),
     * its source text stands in, as under postponed annotations: a def that runs
     * in CPython must not fail here. A name defined nowhere is CPython's NameError as before.
     */
    private Object annotation(Expr e, boolean postponed) {
        if (postponed) return Unparser.annotation(e);
        try {
            return evaluate(e);
        } catch (LangError x) {
            if (!x.type().equals("TypeError") && !x.type().equals("AttributeError")) throw x;
            return Unparser.expression(e);
        }
    }

    private List<Object> defaults(List<Stmt.Param> params) {
        List<Object> defaults = new ArrayList<>(params.size());
        for (Stmt.Param p : params) defaults.add(p.defaultValue() == null ? Environment.UNBOUND : evaluate(p.defaultValue()));
        return defaults;
    }

    /** The decorators' values, evaluated top to bottom before anything else of the def or class. */
    private List<Object> decorators(List<Expr> written) {
        List<Object> values = new ArrayList<>(written.size());
        for (Expr d : written) values.add(evaluate(d));
        return values;
    }

    /** Applies decorators innermost (last written) first. */
    private Object decorate(Object value, List<Object> decorators, List<Expr> written) {
        for (int i = decorators.size() - 1; i >= 0; i--) value = call(decorators.get(i), Arrays.asList(value), Map.of(), written.get(i).span());
        return value;
    }

    @Override
    public Flow visitClass(Stmt.ClassDef s) {
        List<Object> decorators = decorators(s.decorators());
        List<PyClass> bases = new ArrayList<>();
        for (Expr b : s.bases()) {
            Object base = evaluate(b);
            if (base instanceof TypingModule.NewType t) // CPython's words (NewType's __mro_entries__ refuses)
                throw LangError.python("TypeError", "Cannot subclass an instance of NewType. Perhaps you were looking for: `" + s.name() + " = NewType("
                        + Repr.quoted(s.name()) + ", " + t.name() + ")`", b.span());
            if (!(base instanceof PyClass c)) throw LangError.python("TypeError", "a base class must be a class, not " + Values.typeName(base), b.span());
            try {
                BuiltinSubclasses.checkBase(c);
            } catch (RuntimeException e) {
                throw wrap(e, b.span());
            }
            bases.add(c);
        }
        try {
            BuiltinSubclasses.checkLayout(bases);
        } catch (RuntimeException e) {
            throw wrap(e, s.span());
        }
        Map<String, Object> classKeywords = new LinkedHashMap<>();
        for (Expr.Keyword k : s.keywords()) {
            Object value = evaluate(k.value());
            if (k.name().equals("metaclass") && value != BuiltinTypes.TYPE)
                throw wrap(PyError.notSupported("a metaclass other than type (metaclass=" + (value instanceof Callable c ? c.name() : Repr.repr(value)) + ")"), k.span());
            if (!k.name().equals("metaclass")) classKeywords.put(k.name(), value);
        }
        Map<String, Object> namespace = new LinkedHashMap<>();
        namespace.put("__module__", "__main__");
        String qualifiedName = qualifiedPrefix() + s.name();
        namespace.put("__qualname__", qualifiedName); // as CPython's class body has it (a class nested in it reads it), not kept in the class's dict
        boolean documented = !s.body().isEmpty() && s.body().get(0) instanceof Stmt.Expression e && e.expr() instanceof Expr.Str;
        if (annotatesNames(s.body())) namespace.put("__annotations__", new PyDict());
        namespace.put("__doc__", documented ? ((Expr.Str) ((Stmt.Expression) s.body().get(0)).expr()).value() : null);
        Environment saved = env;
        ClassCell savedCell = classBodyCell, cell = new ClassCell();
        env = Environment.classBody(env, namespace);
        classBodyCell = cell;
        callDepth++; // a class body shows no values at the prompt
        try {
            executeBlock(s.body());
        } finally {
            env = saved;
            classBodyCell = savedCell;
            callDepth--;
        }
        // as type.__new__ does: __new__ is a static method, __init_subclass__ a class method, whether decorated or not
        if (namespace.get("__new__") instanceof UserFunction f) namespace.put("__new__", new Descriptors.StaticMethod(f));
        if (namespace.get("__init_subclass__") instanceof UserFunction f) namespace.put("__init_subclass__", new Descriptors.ClassMethod(f));
        if (namespace.get("__qualname__") instanceof String q) qualifiedName = q; // the body may set it
        namespace.remove("__qualname__");
        PyClass cls;
        try {
            String module = lookup("__name__") instanceof String m ? m : "__main__";
            if (bases.contains(NamedTuples.TYPING_BASE)) {
                cls = NamedTuples.fromClassBody(s.name(), namespace, module); // class Pt(NamedTuple): a tuple class, as typing makes it
                classKeywords.clear();
            } else if (bases.size() == 1 && NamedTuples.isNamedTupleClass(bases.get(0))) {
                cls = NamedTuples.subclass(s.name(), bases.get(0), namespace, module); // class Q(Pt): a tuple class with Pt's fields
            } else if (bases.contains(TypingModule.TYPED_DICT)) {
                cls = TypingModule.typedDict(s.name(), module, namespace, classKeywords.getOrDefault("total", true)); // class Movie(TypedDict): its call makes a dict
                classKeywords.clear(); // total=False: every key is optional anyway (a dict is not checked)
            } else {
                // type.__new__: a class that defines __eq__ but not __hash__ gets __hash__ = None (E.__hash__ is None, and its subclasses')
                if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) namespace.put("__hash__", null);
                cls = PyClass.user(s.name(), module, bases, namespace);
                Slots.check(cls);
            }
            cell.fill(cls); // as type.__new__ fills __classcell__: before __set_name__, __init_subclass__ and the decorators
            cls.setQualifiedName(qualifiedName);
            cls.setStatement(s, codeSource);
            if (cls.metaclass() != null) cls.metaclass().created(this, cls); // enum: the members
        } catch (RuntimeException e) {
            throw wrap(e, s.span());
        }
        for (Object member : namespace.values()) {
            Object fn = member instanceof Descriptors.StaticMethod m ? m.function() : member instanceof Descriptors.ClassMethod m ? m.function()
                    : member instanceof Descriptors.Property p ? p.getter() : member instanceof SingleDispatchMethod d ? d.decorated() : member;
            if (fn instanceof UserFunction f) f.setDefiningClass(cls);
            if (member instanceof Descriptors.Property p && p.setter() instanceof UserFunction f) f.setDefiningClass(cls);
        }
        try {
            ClassHooks.created(this, cls, namespace, classKeywords, s.span());
        } catch (RuntimeException e) {
            throw wrap(e, s.span());
        }
        bind(s.name(), decorate(cls, decorators, s.decorators()), false);
        return Flow.NORMAL;
    }

    /** What a class defined here puts before its name in __qualname__: "C." in class C's body, "f.<locals>." in function f, nothing at the top. */
    private String qualifiedPrefix() {
        if (env.isClassBody() && env.table().get("__qualname__") instanceof String enclosing) return enclosing + ".";
        if (env.isGlobal() || frames.isEmpty()) return "";
        return frames.peek().function().qualifiedName() + ".<locals>.";
    }

    @Override
    public Flow visitReturn(Stmt.Return s) {
        returnValue = s.value() == null ? null : evaluate(s.value());
        return Flow.RETURN;
    }

    @Override
    public Flow visitBreak(Stmt.Break s) {
        return Flow.BREAK;
    }

    @Override
    public Flow visitContinue(Stmt.Continue s) {
        return Flow.CONTINUE;
    }

    @Override
    public Flow visitPass(Stmt.Pass s) {
        return Flow.NORMAL;
    }

    /** {@code with no_grad():} (the previous grad mode comes back however the block ends), or an object with __enter__/__exit__. */
    @Override
    public Flow visitWith(Stmt.With s) {
        return with(s, 0);
    }

    private Flow with(Stmt.With s, int item) {
        if (item == s.items().size()) return executeBlock(s.body());
        Entered context = enter(s.items().get(item));
        Flow flow;
        try {
            flow = with(s, item + 1);
        } catch (LangError e) {
            boolean suppressed;
            try {
                suppressed = context.exit(e);
            } catch (LangError x) { // raised by __exit__ while it handled e: e is its context, as in CPython
                Exceptions.setContext(x, e, this);
                throw wrap(x, withStatement(s));
            }
            if (!suppressed) throw e;
            return Flow.NORMAL;
        } catch (RuntimeException | Error e) {
            context.release();
            throw e;
        }
        try {
            context.exit(null);
        } catch (RuntimeException x) {
            throw wrap(x, withStatement(s)); // an error of __exit__ is placed at the with statement, as CPython's traceback shows it
        }
        return flow;
    }

    /** The whole with statement, its body included: CPython's place of an error of __exit__ (no carets under its first line). */
    private static Span withStatement(Stmt.With s) {
        return s.body().isEmpty() ? s.span() : s.span().to(s.body().get(s.body().size() - 1).span());
    }

    /** A library context entered: binds {@code as}, and {@code leave} runs however the block ends (errors go through). */
    private Entered entered(Stmt.WithItem w, Object value, Runnable leave) {
        try {
            if (w.target() != null) assign(w.target(), value, false);
        } catch (RuntimeException | Error e) {
            leave.run();
            throw e;
        }
        return new Entered() {
            public boolean exit(LangError error) {
                leave.run();
                return false;
            }

            public void release() {
                leave.run();
            }
        };
    }

    /** Enters one item of a with statement: grad mode for no_grad()/enable_grad(), else the object's __enter__. */
    Entered enter(Stmt.WithItem w) {
        Object context = evaluate(w.context());
        if (context instanceof GradModeContext g) { // `as` gets what PyTorch's __enter__ returns: None
            Scope scope = g.enter();
            return entered(w, null, scope::close);
        }
        if (context instanceof InferenceModeContext m) {
            Scope scope = m.enter();
            return entered(w, null, scope::close);
        }
        if (context instanceof ContextManager manager) {
            Object value;
            try {
                value = manager.enter(this);
            } catch (PyError e) { // a bad setting (np.printoptions(legacy=...)) is the user's error at the with item
                throw wrap(e, w.context().span());
            }
            return entered(w, value, manager::exit);
        }
        if (context instanceof PyInstance i && !i.has("__enter__") && i.value() instanceof ContextManager manager) { // class Log(io.StringIO): its file's
            Object value = manager.enter(this);
            return entered(w, value == manager ? i : value, manager::exit);
        }
        if (!(context instanceof PyInstance i) || !i.has("__enter__") || !i.has("__exit__"))
            throw LangError.python("TypeError", "'" + Values.typeName(context) + "' object does not support the context manager protocol"
                    + " (with works with no_grad(), enable_grad() and objects with __enter__ and __exit__)", w.context().span());
        Object entered = callMethod(i, "__enter__", List.of());
        if (w.target() != null) assign(w.target(), entered, false);
        return new Entered() {
            public boolean exit(LangError e) {
                if (e == null) {
                    callMethod(i, "__exit__", Arrays.asList(null, null, null));
                    return false;
                }
                if (!handleable(e)) return false; // a --timeout stops the program: no __exit__ may swallow it
                caughtHere(e);
                Object ex = Exceptions.objectOf(e, Interpreter.this);
                handling.push(e); // __exit__ sees it as sys.exc_info(), as CPython's
                try {
                    return Values.truthy(callMethod(i, "__exit__", Arrays.asList(Exceptions.classOf(e), ex, Attributes.get(Interpreter.this, ex, "__traceback__"))));
                } finally {
                    handling.pop();
                }
            }

            public void release() {
            }
        };
    }

    @Override
    public Flow visitTry(Stmt.Try s) {
        Flow flow = Flow.NORMAL;
        LangError pending = null;
        try {
            flow = tryBody(s);
        } catch (LangError e) {
            pending = e;
        }
        if (!s.finalBody().isEmpty()) {
            Object savedReturn = returnValue;
            Flow f;
            boolean handlingPending = pending != null && handleable(pending);
            if (handlingPending) { // the finally clause sees it as sys.exc_info(), as CPython's
                caughtHere(pending);
                handling.push(pending);
            }
            try {
                f = executeBlock(s.finalBody()); // an error here replaces the pending one, as in Python
            } catch (LangError e) {
                if (pending != null) Exceptions.setContext(e, pending, this);
                throw e;
            } finally {
                if (handlingPending) handling.pop();
            }
            if (f != Flow.NORMAL) return f; // return/break in finally drops the pending error, as in Python
            returnValue = savedReturn;
        }
        if (pending != null) throw pending;
        return flow;
    }

    /** The body, then a matching handler on an error, else the else clause; what finally sees. */
    private Flow tryBody(Stmt.Try s) {
        Flow flow;
        try {
            flow = executeBlock(s.body());
        } catch (LangError e) {
            if (e instanceof Interrupted i && !i.catchable()) throw e; // a --timeout stops the program; Ctrl-C is a KeyboardInterrupt
            if (s.star()) return ExceptStar.handle(this, s, e);
            Stmt.Handler h = handlerFor(s, e);
            if (h == null) throw e;
            return handle(h, e);
        } catch (StackOverflowError e) {
            throw e;
        }
        if (flow == Flow.NORMAL) return executeBlock(s.orElse());
        return flow;
    }

    Stmt.Handler handlerFor(Stmt.Try s, LangError e) {
        PyClass raised = Exceptions.classOf(e);
        for (Stmt.Handler h : s.handlers()) {
            if (h.type() == null) return h;
            Object type = evaluate(h.type());
            List<Object> types = type instanceof List<?> l && !(type instanceof PyList) ? new ArrayList<>(l) : List.of(type);
            for (Object t : types) {
                if (!(t instanceof PyClass c) || !c.isSubclassOf(Exceptions.BASE_EXCEPTION))
                    throw LangError.python("TypeError", "catching classes that do not inherit from BaseException is not allowed", h.type().span());
                if (raised.isSubclassOf(c)) return h;
            }
        }
        return null;
    }

    private Flow handle(Stmt.Handler h, LangError e) {
        bindHandled(h, e);
        try {
            return executeBlock(h.body());
        } catch (LangError x) {
            Exceptions.setContext(x, e, this);
            throw x;
        } finally {
            unbindHandled(h);
        }
    }

    /** Entering an except clause: its name bound to the exception, which a bare raise raises again. */
    void bindHandled(Stmt.Handler h, LangError e) {
        caughtHere(e);
        if (h.name() != null) bind(h.name(), Exceptions.objectOf(e, this), false);
        handling.push(e);
    }

    /**
     * The error is caught in the frame running now (by an except clause, or seen by a finally clause or
     * an __exit__): its traceback ends there, and its exception's __traceback__ says so, as CPython's.
     */
    void caughtHere(LangError e) {
        e.caughtIn(new Traceback.Entry(runningFunctionName(), codeSource, e.placeInCurrentFrame(), enclosingFunction(), env), frames.size());
        if (e.exception() != null) Exceptions.keepTraceback(e, this); // an exception object made later gets it then (Exceptions.objectOf)
    }

    /** Whether the error may be handled: not a --timeout's stop, which no handler, finally or __exit__ sees as an exception. */
    private static boolean handleable(LangError e) {
        return !(e instanceof Interrupted i && !i.catchable());
    }

    void unbindHandled(Stmt.Handler h) {
        handling.pop();
        if (h.name() != null) env.delete(h.name()); // Python unbinds the name after the handler
    }

    /** The exception being handled (sys.exc_info()'s), or null. */
    LangError handledError() {
        return handling.peek();
    }

    /** The frames from the top level down to the code at {@code span}, outermost first (logging's "Call stack:"). */
    List<Traceback.Entry> stack(Span span) {
        List<Traceback.Entry> out = new ArrayList<>();
        for (RunningFrame f : runningFrames(span)) out.add(0, new Traceback.Entry(f.name(), f.source(), f.at()));
        return out;
    }

    /**
     * A frame running now (or one a traceback keeps): its code's name ("<module>", "<listcomp>"), its
     * function (null for the top level; a comprehension's is the function it is in), its scope, and
     * where in which input it is.
     */
    record RunningFrame(String name, UserFunction function, Environment scope, Source source, Span at) {
        /** A frame an error passed, as its traceback keeps it. */
        static RunningFrame of(Traceback.Entry e) {
            return new RunningFrame(e.function(), e.code(), e.variables(), e.source(), e.where());
        }

        /** Whether it is a comprehension's ("<listcomp>", "<genexpr>"), whose function is the one it is in. */
        boolean comprehension() {
            return function != null && !name.equals(function.name());
        }
    }

    /** The frames running now, innermost first, the one whose code is at {@code span} first and the top level last (inspect.stack()). */
    List<RunningFrame> runningFrames(Span span) {
        List<RunningFrame> out = new ArrayList<>();
        Source source = codeSource;
        for (Frame f : frames) { // innermost first
            out.add(new RunningFrame(f.function().name(), f.function(), f.scope(), source, span));
            span = f.call();
            source = f.callerSource();
        }
        out.add(new RunningFrame("<module>", null, globals, source, span));
        return out;
    }

    /** The rich forms of a value a notebook shows beside its text, by MIME type (its _repr_html_, _repr_markdown_, ...; images as bytes). */
    public Map<String, Object> richReprs(Object value) {
        return IPythonModule.richReprs(this, value);
    }

    /** The source of the code running now (the input a running function was defined in). */
    Source runningSource() {
        return codeSource;
    }

    /** How many exceptions are being handled; a generator's own come and go with it (see ResumableBody). */
    int handlingDepth() {
        return handling.size();
    }

    void pushHandled(LangError e) {
        handling.push(e);
    }

    void restoreHandling(int depth) {
        while (handling.size() > depth) handling.pop();
    }

    @Override
    public Flow visitRaise(Stmt.Raise s) {
        if (s.exception() == null) {
            if (handling.isEmpty()) throw LangError.python("RuntimeError", "No active exception to reraise", s.span());
            throw handling.peek();
        }
        Object value = evaluate(s.exception());
        Object cause = s.cause() == null ? null : evaluate(s.cause());
        LangError error;
        try {
            error = Exceptions.raise(value, this, s.span());
        } catch (PyError e) {
            throw wrap(e, s.span());
        }
        if (s.cause() != null) Exceptions.setCause(error, cause, handledAs(cause), this, s.cause().span());
        throw error;
    }

    /** The error being handled whose exception object is {@code exception} (raise X from e names it by its object), or null. */
    private LangError handledAs(Object exception) {
        for (LangError e : handling) if (e.exception() == exception) return e;
        return null;
    }

    @Override
    public Flow visitAssert(Stmt.Assert s) {
        if (condition(s.test())) return Flow.NORMAL;
        if (s.message() == null) throw LangError.python("AssertionError", "", s.span());
        Object message = evaluate(s.message());
        PyInstance ex = new PyInstance(Exceptions.named("AssertionError"), this);
        ex.setOwn("args", Values.tuple(message));
        throw Exceptions.raise(ex, this, s.span());
    }

    /** CPython's error for a function's local read before it has a value (a global of that name or not). */
    private static LangError unboundLocal(String name, Span span) {
        return LangError.python("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value", span);
    }

    @Override
    public Flow visitDel(Stmt.Del s) {
        for (Expr target : s.targets()) delete(target);
        return Flow.NORMAL;
    }

    private void delete(Expr target) {
        if (target instanceof Expr.Name n) {
            if (finalization.any() && Finalization.isWatched(env.get(n.name()))) finalizationDue = true; // del r: CPython's __del__ runs now if that was the last reference
            if (!env.delete(n.name())) {
                if (env.isUnboundLocal(n.name())) throw unboundLocal(n.name(), n.span()); // del makes the name local, as CPython compiles it
                throw LangError.python("NameError", "name '" + n.name() + "' is not defined", n.span());
            }
        } else if (target instanceof Expr.Attribute a) {
            Object object = evaluate(a.object());
            try {
                Attributes.delete(this, object, a.name());
            } catch (RuntimeException e) {
                throw wrap(e, a.nameSpan());
            }
        } else if (target instanceof Expr.Index ix) {
            Object object = evaluate(ix.object());
            Object key = subscriptKey(ix);
            try {
                Subscripts.delete(this, object, key);
            } catch (RuntimeException e) {
                throw wrap(e, ix.span());
            }
        } else {
            for (Expr item : target instanceof Expr.Tuple t ? t.items() : ((Expr.ListExpr) target).items()) delete(item); // del a, b and del [a, b]
        }
    }

    @Override
    public Flow visitScope(Stmt.Scope s) {
        for (String name : s.names()) {
            if (!s.nonlocal()) {
                if (env != globals) env.declareGlobal(name);
            } else if (!env.declareNonlocal(name)) {
                throw LangError.python("SyntaxError", "no binding for nonlocal '" + name + "' found", s.span());
            }
        }
        return Flow.NORMAL;
    }

    @Override
    public Flow visitImport(Stmt.Import s) {
        try {
            if (s.module() == null) {
                for (Stmt.Alias a : s.names()) {
                    PyModule m = importModule(a.name());
                    if (a.alias() != null) bind(a.alias(), m, false);
                    else bind(a.name().split("\\.")[0], importModule(a.name().split("\\.")[0]), false);
                }
            } else {
                String dotted = Imports.absolute(s.module(), env.global().table());
                PyModule m = importModule(dotted);
                for (Stmt.Alias a : s.names()) {
                    if (a.name().equals("*")) imports().star(m, dotted).forEach((name, v) -> bind(name, v, false));
                    else bind(a.alias() != null ? a.alias() : a.name(), imports().name(m, dotted, a.name()), false);
                }
            }
        } catch (RuntimeException e) {
            throw wrap(e, s.span());
        }
        return Flow.NORMAL;
    }

    /**
     * __import__(name) and importlib.import_module(name): the module {@code import name} loads; the
     * top package of a dotted name unless {@code leaf} (a fromlist, or import_module), as CPython's.
     */
    Object importByName(String dotted, boolean leaf) {
        if (dotted.isEmpty()) throw PyError.value("Empty module name");
        PyModule m = importModule(dotted);
        return leaf || !dotted.contains(".") ? m : importModule(dotted.split("\\.")[0]);
    }

    /** The module {@code import} binds: one of adjoint's, else the user's package or NAME.py on sys.path (the script's folder), run once per session. */
    private PyModule importModule(String dotted) {
        return imports().module(dotted);
    }

    private Imports imports;

    /** How import statements find modules (importlib's functions use it too). */
    Imports imports() {
        if (imports == null) imports = new Imports(modules, this::runModuleFile);
        return imports;
    }

    /**
     * Runs a module's file in a namespace of its own ({@code __name__} is its name, so its
     * {@code if __name__ == "__main__":} block does not run), as CPython's import does; an error in
     * it names the file and line, at the import.
     */
    private PyModule runModuleFile(PyModule module, java.nio.file.Path file) {
        String name = module.name(), path = file.toAbsolutePath().toString(), shown = file.toString();
        Map<String, Object> names = module.globals();
        modules.register(name, module); // before its code runs: a circular import finds it, as in CPython
        modules.running(name, true);
        Environment savedEnv = env;
        Source savedSource = codeSource;
        Source source = null;
        try {
            source = Source.parse(ReadOnlyFiles.text(shown));
            source.placeAt(path, 1);
            issueCompileWarnings(source);
            env = new Environment(names, null);
            codeSource = source;
            callDepth++; // a module's expression statements show nothing, also when imported at the prompt
            try {
                bindDocstring(source.statements());
                executeBlock(source.statements());
            } finally {
                callDepth--;
            }
        } catch (LangError e) {
            modules.forget(name);
            if (e instanceof Interrupted) throw e.at(null); // the import is where it stopped
            if (source == null) // it did not parse: no frame to show, so the message says where
                throw new LangError(e.type(), "in module " + name + " (" + shown + ", line " + (e.span() == null ? 1 : e.span().line()) + "): " + e.getMessage(), e.detail(), null);
            e.leftTopLevel(source, env);
            throw relocate(e, null); // placed at the import; its traceback goes on into the module
        } catch (RuntimeException e) {
            modules.forget(name);
            throw e;
        } finally {
            env = savedEnv;
            codeSource = savedSource;
            modules.running(name, false);
        }
        return module;
    }

    /**
     * exec() and eval(): code compiled from a string runs in {@code scope} as a module body of its
     * own pseudo-file ({@code <string>}), as CPython runs it: a traceback goes on into it, a def in it
     * names its lines. {@code expression} is eval's (its value is returned); null runs the statements.
     */
    Object runString(Source source, Environment scope, Expr expression) {
        Environment savedEnv = env;
        Source savedSource = codeSource;
        try {
            env = scope;
            codeSource = source;
            if (expression != null) return evaluate(expression);
            executeBlock(source.statements());
            return null;
        } catch (LangError e) {
            if (e instanceof Interrupted) throw e.at(null); // it stopped at the exec() call
            e.leftTopLevel(source, scope);
            throw relocate(e, null); // placed at the call; its traceback goes on into the string
        } finally {
            env = savedEnv;
            codeSource = savedSource;
        }
    }

    /**
     * The scope exec()/eval() run in, by CPython's rules: with no dicts the caller's (in a function,
     * exec binds into a namespace of its own over the function's names: exec cannot create locals);
     * with a globals dict, a module scope over that dict ({@code globals()} itself is the session's);
     * with a locals mapping too, a namespace over it, as a class body is, in front of the globals.
     */
    Environment stringScope(PyDict globalsDict, PyDict localsDict, boolean exec) {
        Environment global = globalsDict == null ? env.global() : scopeOf(globalsDict);
        if (localsDict != null && localsDict != globalsDict) return Environment.classBody(global, new DictNames(localsDict));
        if (globalsDict != null) return global;
        boolean inFunction = !env.isGlobal() && !env.isClassBody();
        return exec && inFunction ? Environment.classBody(env, new LinkedHashMap<>()) : env;
    }

    private Environment scopeOf(PyDict d) {
        if (d == globalsDict()) return globals;
        return new Environment(new DictNames(d), null);
    }

    boolean condition(Expr e) {
        return truthy(evaluate(e), e.span());
    }

    /** A condition's truth; a failing __bool__ or an ambiguous tensor is an error at the condition. */
    static boolean truthy(Object v, Span condition) {
        try {
            return Values.truthy(v);
        } catch (RuntimeException x) {
            throw wrap(x, condition);
        }
    }

    // ---- binding ----

    /**
     * Assigns to a target. {@code byStatement}: an assignment statement, where, at the top level, a
     * plain number (not a bool) becomes an input number: the lecture's {@code x1 = 2}.
     */
    void assign(Expr target, Object value, boolean byStatement) {
        if (target instanceof Expr.Name n) {
            bind(n.name(), value, byStatement);
        } else if (target instanceof Expr.Attribute a) {
            Object object = evaluate(a.object());
            try {
                Attributes.set(this, object, a.name(), value);
            } catch (RuntimeException e) {
                throw wrap(e, a.span());
            }
        } else if (target instanceof Expr.Index ix) {
            Object object = evaluate(ix.object());
            setSubscript(object, subscriptKey(ix), value, ix);
        } else if (target instanceof Expr.Starred s) {
            assign(s.value(), value, byStatement);
        } else {
            unpack(target, value, byStatement);
        }
    }

    /** {@code a, (b, c), *rest = value}. */
    private void unpack(Expr target, Object value, boolean byStatement) {
        List<Expr> targets = target instanceof Expr.Tuple t ? t.items() : ((Expr.ListExpr) target).items();
        List<Object> items;
        try {
            items = Values.items(value);
        } catch (RuntimeException e) {
            throw LangError.python("TypeError", "cannot unpack non-iterable " + Values.typeName(value) + " object", target.span());
        }
        int star = -1;
        for (int i = 0; i < targets.size(); i++) if (targets.get(i) instanceof Expr.Starred) star = i;
        if (star < 0) {
            if (items.size() != targets.size())
                throw LangError.python("ValueError", (items.size() > targets.size() ? "too many values to unpack (expected " + targets.size() + ")"
                        : "not enough values to unpack (expected " + targets.size() + ", got " + items.size() + ")"), target.span());
            for (int i = 0; i < targets.size(); i++) assign(targets.get(i), items.get(i), byStatement);
            return;
        }
        int after = targets.size() - star - 1;
        if (items.size() < targets.size() - 1)
            throw LangError.python("ValueError", "not enough values to unpack (expected at least " + (targets.size() - 1) + ", got " + items.size() + ")", target.span());
        for (int i = 0; i < star; i++) assign(targets.get(i), items.get(i), byStatement);
        assign(targets.get(star), new PyList(items.subList(star, items.size() - after)), byStatement);
        for (int i = 0; i < after; i++) assign(targets.get(star + 1 + i), items.get(items.size() - after + i), byStatement);
    }

    /** {@code name = value} as an assignment statement binds it. */
    void bindByStatement(String name, Object value) {
        bind(name, value, true);
    }

    /** Binds in the current scope; at the top level a plain number becomes an input number and a node without a name takes the variable's. */
    void bind(String name, Object value, boolean byStatement) {
        boolean top = env == globals;
        // with grad mode off (no_grad, :set grad off) nothing is recorded, input numbers included
        if (top && byStatement && (value instanceof Long || value instanceof Double || value instanceof java.math.BigInteger) && GradMode.isEnabled())
            value = TrackedNumber.input(value);
        if (top) {
            Tensor node = Values.node(value);
            if (node != null && node.name() == null) node.setName(name);
        }
        if (finalization.any()) {
            Object before = env.get(name);
            if (before != value && Finalization.isWatched(before)) finalizationDue = true; // r = None: CPython's __del__ runs now
        }
        env.define(name, value);
        if (byStatement && top) lastAssigned = name;
    }

    /** The session's __del__ and generator finalization (see Finalization). */
    Finalization finalization() {
        return finalization;
    }

    private final Finalization finalization = new Finalization();

    /** The program's end: the finalizers of what is still watched, as CPython runs them at exit; printed through {@code out}. */
    public void atExit(Printer out) {
        PyThreads threads = PyThreads.ifAny(this);
        if (threads != null) threads.joinAll(); // as CPython's threading._shutdown: the threads that are not daemons end first
        if (!finalization.any()) return;
        this.printer = out;
        // CPython clears __main__'s names at exit: those with one leading underscore first, then the rest in order
        List<Object> named = new ArrayList<>();
        for (boolean underscored : new boolean[] {true, false})
            for (Map.Entry<String, Object> e : globals.table().entrySet()) {
                String n = e.getKey();
                if ((n.startsWith("_") && !n.startsWith("__")) == underscored && Finalization.isWatched(e.getValue())) named.add(e.getValue());
            }
        finalization.atExit(named);
    }

    /** The name of the function whose body is running, "<module>" at the top level (a log record's funcName). */
    String runningFunctionName() {
        return frames.isEmpty() ? "<module>" : frames.peek().function().name();
    }

    /** The function whose body is running, or null at top level. */
    private UserFunction enclosingFunction() {
        return frames.isEmpty() ? null : frames.peek().function();
    }

    /** The __class__ cell a function made here closes over: the class body's it is written in, else the enclosing function's. */
    private ClassCell classCellHere() {
        if (env.outsideComprehensions().isClassBody()) return classBodyCell;
        return frames.isEmpty() ? null : frames.peek().function().classCell();
    }

    /**
     * The value of a dotted name ({@code np.zeros}, {@code xs.sum}) for help and a notebook's inspect:
     * the name looked up, then each attribute (a property's code runs, as IPython's inspect runs it);
     * {@link Environment#UNBOUND} when a part is not there.
     */
    Object valueOfName(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        Object v = lookup(parts[0]);
        try {
            for (int i = 1; i < parts.length && v != Environment.UNBOUND; i++) v = Attributes.get(this, v, parts[i]);
        } catch (RuntimeException missing) {
            return Environment.UNBOUND;
        }
        return v;
    }

    private Object lookup(String name) {
        Object v = env.get(name);
        if (v != Environment.UNBOUND) return v == Environment.UNBOUND_LOCAL || v == Environment.UNBOUND_FREE ? Environment.UNBOUND : v;
        return builtin(name);
    }

    /** The built-in of that name (len, print), or null. */
    Object builtinNamed(String name) {
        return builtins.get(name);
    }

    private Object builtin(String name) {
        if (name.equals("_") && lastShown != null) return lastShown; // a builtin of the prompt's, so `_ = 1` hides it, as in Python
        Object v = builtins.getOrDefault(name, Environment.UNBOUND);
        if (v != Environment.UNBOUND && inPythonProgram() && !Suggestions.isPythonBuiltin(name)) return Environment.UNBOUND; // sqrt, zeros: the lecture's
        return v != Environment.UNBOUND ? v : notebookBuiltins.getOrDefault(name, Environment.UNBOUND);
    }

    /**
     * Whether the code running is a Python program's (a .py script or module, -c, a function defined
     * there): it sees Python's builtins only, as under CPython, not the lecture's bare sqrt, exp,
     * zeros or tensor, so a script that forgot an import fails here as it does for the grader.
     */
    private boolean inPythonProgram() {
        return codeSource != null && codeSource.isPythonProgram();
    }

    /** Where a Python program finds the lecture's commonest bare names. */
    private static final Map<String, String> LECTURE_IMPORTS = lectureImports();

    private static Map<String, String> lectureImports() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String f : List.of("sqrt", "exp", "log", "sin", "cos", "tan", "pi", "e", "floor", "ceil", "log2", "log10", "fabs"))
            m.put(f, "from math import " + f);
        for (String f : List.of("tensor", "zeros", "ones", "rand", "randn", "eye", "arange", "tanh", "sigmoid", "relu", "matmul", "no_grad", "enable_grad"))
            m.put(f, "import torch; torch." + f);
        m.put("ln", "from math import log");
        return m;
    }

    /** What IPython's shell adds to a notebook's builtins: display (IPython.display's), callable without an import. */
    private final Map<String, Object> notebookBuiltins = new java.util.HashMap<>();

    /** Binds IPython's notebook builtins (the kernel's session; a script and the prompt have Python's builtins only). */
    /** IPython's CapturedIO of what a %%capture cell printed and showed (each output its data by MIME type). */
    public Object capturedIO(String stdout, String stderr, List<Map<String, String>> outputs) {
        return CaptureModule.captured(this, stdout, stderr, outputs);
    }

    public void bindNotebookBuiltins() {
        notebookBuiltins.put("display", IPythonModule.createDisplay().attribute("display"));
    }

    // ---- calls ----

    Object callFunction(UserFunction f, List<Object> args, Map<String, Object> keywords, Span span) {
        checkInterrupt(span);
        if (tooDeep())
            throw LangError.python("RecursionError", "maximum recursion depth exceeded", span);
        Environment local = Environment.local(f.closure(), f.localNames());
        try {
            bindParameters(f, args, keywords, local);
        } catch (PyError e) {
            throw wrap(e, span);
        }
        if (f.isGenerator()) return new Generator(this, f, local, span); // its body runs as it is asked for items
        Object result = inFrame(f, local, span, () -> {
            if (f.expression() != null) return evaluate(f.expression());
            Flow flow = executeBlock(f.body());
            return flow == Flow.RETURN ? takeReturnValue() : null;
        });
        if (finalization.any() && holdsWatched(local, result)) finalizationDue = true; // its locals die with the call, as in CPython
        return result;
    }

    /** Whether a returning call's scope held a watched value other than the one it returns. */
    private static boolean holdsWatched(Environment local, Object returned) {
        for (Object v : local.table().values()) if (v != returned && Finalization.isWatched(v)) return true;
        return false;
    }

    /**
     * Runs {@code body} inside function {@code f}'s frame: its scope, the input it was defined in,
     * one call deeper (a call, or one step of a generator's body).
     */
    Object inFrame(UserFunction f, Environment local, Span span, java.util.function.Supplier<Object> body) {
        if (tooDeep())
            throw LangError.python("RecursionError", "maximum recursion depth exceeded", span);
        Environment saved = env;
        Source savedSource = codeSource;
        Anomaly.Recorder anomaly = Anomaly.current();
        Object anomalyContext = anomaly == null ? null : anomaly.context();
        env = local;
        codeSource = f.source();
        callDepth++;
        frames.push(new Frame(f, local, span, savedSource));
        try {
            return body.get();
        } catch (LangError e) {
            e.leftFrame(f, span, local); // for a traceback
            e.placeSpanIn(f.source());
            // placed in the input being run (a lambda of this input that a function of an earlier one called): shown where it is
            if (e.spanSource() == program || e.span() == null) throw e;
            throw relocate(e, span);
        } finally {
            frames.pop();
            env = saved;
            codeSource = savedSource;
            callDepth--;
            if (anomaly != null) anomaly.at(anomalyContext);
        }
    }

    /** Whether one more call passes the recursion limit: the top level is a frame too, as CPython counts them (999 calls of a recursion). */
    private boolean tooDeep() {
        return callDepth + 1 >= recursionLimit;
    }

    int recursionLimit() {
        return recursionLimit;
    }

    /** sys.setrecursionlimit(n): deeper calls need Java stack; the evaluating thread's 512 MB holds tens of thousands. */
    void setRecursionLimit(int n) {
        recursionLimit = n;
    }

    /** The value a return statement left, taken once. */
    Object takeReturnValue() {
        Object v = returnValue;
        returnValue = null;
        return v;
    }

    /**
     * An error inside a function defined by an earlier input has a span in that input's text, not in
     * the one being run: it moves to the call; its traceback keeps where in the function it happened.
     */
    private static LangError relocate(LangError e, Span call) {
        return e.at(call);
    }

    /**
     * Python's argument binding: positional, *args, keywords (into named parameters or **kwargs),
     * then defaults; its TypeErrors word for word and in the order CPython 3.11 checks them
     * (ceval.c's initialize_locals).
     */
    private static void bindParameters(UserFunction f, List<Object> args, Map<String, Object> keywords, Environment local) {
        List<Stmt.Param> params = f.params();
        if (keywords.isEmpty() && args.size() == f.positionalArity()) { // f(a, b) for def f(a, b): each argument its parameter
            for (int i = 0, n = args.size(); i < n; i++) local.define(params.get(i).name(), args.get(i));
            return;
        }
        String fn = f.qualifiedName() + "()";
        Object[] bound = new Object[params.size()];
        java.util.Arrays.fill(bound, Environment.UNBOUND);
        int positional = 0, positionalDefaults = 0;
        Stmt.Param varArgs = null, varKeywords = null;
        for (Stmt.Param p : params) {
            if (p.kind() == Stmt.ParamKind.NORMAL || p.kind() == Stmt.ParamKind.POSITIONAL_ONLY) {
                positional++;
                if (p.defaultValue() != null) positionalDefaults++;
            } else if (p.kind() == Stmt.ParamKind.VAR_POSITIONAL) varArgs = p;
            else if (p.kind() == Stmt.ParamKind.VAR_KEYWORD) varKeywords = p;
        }
        for (int i = 0, n = Math.min(args.size(), positional); i < n; i++) bound[i] = args.get(i); // NORMAL parameters come first
        PyDict extra = varKeywords == null ? null : new PyDict();
        List<String> positionalOnly = List.of(); // made at the first such keyword: most calls have none
        for (Map.Entry<String, Object> k : keywords.entrySet()) {
            int at = -1;
            for (int i = 0; i < params.size() && at < 0; i++) {
                Stmt.Param p = params.get(i);
                if (p.name().equals(k.getKey()) && p.kind() != Stmt.ParamKind.VAR_POSITIONAL && p.kind() != Stmt.ParamKind.VAR_KEYWORD) at = i;
            }
            if (at >= 0 && params.get(at).kind() == Stmt.ParamKind.POSITIONAL_ONLY) { // f(a, /, **kw): the keyword a goes to kw
                if (extra == null) (positionalOnly = positionalOnly.isEmpty() ? new ArrayList<>() : positionalOnly).add(k.getKey());
                else extra.put(k.getKey(), k.getValue());
            } else if (at < 0) {
                if (extra == null) throw PyError.type(fn + " got an unexpected keyword argument '" + k.getKey() + "'");
                extra.put(k.getKey(), k.getValue());
            } else if (bound[at] != Environment.UNBOUND) {
                throw PyError.type(fn + " got multiple values for argument '" + k.getKey() + "'");
            } else {
                bound[at] = k.getValue();
            }
        }
        if (!positionalOnly.isEmpty())
            throw PyError.type(fn + " got some positional-only arguments passed as keyword arguments: '" + String.join(", ", positionalOnly) + "'");
        if (args.size() > positional && varArgs == null) throw tooManyPositional(fn, params, bound, positional, positionalDefaults, args.size());
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positional - positionalDefaults; i++) if (bound[i] == Environment.UNBOUND) missing.add(params.get(i).name());
        if (!missing.isEmpty()) throw missingArguments(fn, "positional", missing);
        for (int i = 0; i < params.size(); i++) {
            Stmt.Param p = params.get(i);
            if (p.kind() == Stmt.ParamKind.KEYWORD_ONLY && bound[i] == Environment.UNBOUND && f.defaults().get(i) == Environment.UNBOUND) missing.add(p.name());
        }
        if (!missing.isEmpty()) throw missingArguments(fn, "keyword-only", missing);
        for (int i = 0; i < params.size(); i++) {
            Stmt.Param p = params.get(i);
            switch (p.kind()) {
                case VAR_POSITIONAL -> local.define(p.name(), Values.tuple(args.size() > positional ? args.subList(positional, args.size()) : List.of()));
                case VAR_KEYWORD -> local.define(p.name(), extra);
                default -> local.define(p.name(), bound[i] != Environment.UNBOUND ? bound[i] : f.defaults().get(i));
            }
        }
    }

    /** "f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given" */
    private static PyError tooManyPositional(String fn, List<Stmt.Param> params, Object[] bound, int positional, int defaults, int given) {
        int keywordOnlyGiven = 0;
        for (int i = 0; i < params.size(); i++) if (params.get(i).kind() == Stmt.ParamKind.KEYWORD_ONLY && bound[i] != Environment.UNBOUND) keywordOnlyGiven++;
        String takes = defaults > 0 ? "from " + (positional - defaults) + " to " + positional + " positional arguments"
                : positional + " positional argument" + (positional == 1 ? "" : "s");
        String keywordOnly = keywordOnlyGiven == 0 ? ""
                : " positional argument" + (given == 1 ? "" : "s") + " (and " + keywordOnlyGiven + " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ")";
        return PyError.type(fn + " takes " + takes + " but " + given + keywordOnly + (given == 1 && keywordOnlyGiven == 0 ? " was" : " were") + " given");
    }

    /** "f() missing 3 required positional arguments: 'a', 'b', and 'c'" */
    static PyError missingArguments(String fn, String kind, List<String> names) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        int n = quoted.size();
        String listed = n == 1 ? quoted.get(0)
                : n == 2 ? quoted.get(0) + " and " + quoted.get(1)
                : String.join(", ", quoted.subList(0, n - 1)) + ", and " + quoted.get(n - 1);
        return PyError.type(fn + " missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s") + ": " + listed);
    }

    /** Calls any callable value from Java (sorted's key, map's function, a special method); errors become LangErrors. */
    public Object call(Object fn, List<Object> args) {
        return call(fn, args, Map.of(), null);
    }

    public Object call(Object fn, List<Object> args, Map<String, Object> keywords, Span span) {
        try {
            if (fn instanceof Callable c) return c.call(this, args, keywords, span);
            if (fn instanceof PyInstance i && i.has("__call__")) return call(Attributes.get(this, i, "__call__"), args, keywords, span);
        } catch (RuntimeException e) {
            throw wrap(e, span);
        }
        throw LangError.python("TypeError", "'" + Values.typeName(fn) + "' object is not callable", span);
    }

    /** {@code object[key]} as the language does it, for library code that reads a user's container (a DataLoader its dataset). */
    public Object item(Object object, Object key) {
        return item(object, key, null);
    }

    private Object item(Object object, Object key, Span span) {
        if (object instanceof Tensor t) return TensorIndex.get(t, key, this, span);
        return Subscripts.get(this, object, key);
    }

    /** {@code len(object)} as the language does it, for library code. */
    public long len(Object object) {
        return Values.toLong(PyBuiltins.len(object), "len()");
    }

    /** {@code obj.name(args)} for an object of a user class. */
    Object callMethod(PyInstance obj, String name, List<Object> args) {
        return callMethod(obj, name, args, Map.of());
    }

    /** {@code obj.name(*args, **keywords)} (a module's __call__ passing both to its forward). */
    public Object callMethod(PyInstance obj, String name, List<Object> args, Map<String, Object> keywords) {
        Object m;
        try {
            m = Attributes.get(this, obj, name);
        } catch (RuntimeException e) {
            throw wrap(e, null);
        }
        return call(m, args, keywords, null);
    }

    /** Makes an object of a user class (or of a library class) and runs its __init__. */
    Object instantiate(PyClass cls, List<Object> args, Map<String, Object> keywords, Span span) {
        AbcModule.refuseAbstract(cls);
        PyInstance obj;
        if (cls.lookup("__new__") instanceof Descriptors.StaticMethod m && (m.function() instanceof UserFunction || m == ExceptionGroups.NEW)) {
            // type.__call__: a __new__ of the class's own (or BaseExceptionGroup's, which may make an ExceptionGroup) makes the object; __init__ runs only on an instance of cls
            Object f = m.function();
            List<Object> newArgs = new ArrayList<>(args.size() + 1);
            newArgs.add(cls);
            newArgs.addAll(args);
            Object made = call(f, newArgs, keywords, span);
            if (!(made instanceof PyInstance i && i.pyClass().isSubclassOf(cls))) return made;
            obj = i;
        } else {
            obj = ClassHooks.newInstance(cls, args, keywords, this);
        }
        Object init = Attributes.special(this, obj, "__init__");
        Object result = call(init, args, keywords, span);
        if (result != null) throw PyError.type("__init__() should return None, not '" + Values.typeName(result) + "'");
        return obj;
    }

    /**
     * super(cls, obj) as given; super() with no arguments as CPython finds them: the running
     * function's first positional parameter and its __class__ cell, with CPython's RuntimeErrors
     * where either is missing.
     */
    Object superOf(Args a) {
        if (a.size() == 1) throw PyError.notSupported("super() with one argument (an unbound super object)");
        if (a.size() == 2) {
            if (!(a.get(0) instanceof PyClass c)) throw a.typeError("argument 1 must be a type");
            return boundSuper(c, a.get(1));
        }
        Frame f = frames.peek();
        UserFunction fn = f == null ? null : f.function();
        if (env.isComprehension()) { // CPython 3.11's comprehension is a function whose first argument is its iterator, never an instance
            if (fn == null || fn.classCell() == null) throw new PyError("RuntimeError", "super(): __class__ cell not found");
            if (fn.classCell().value() == null) throw new PyError("RuntimeError", "super(): empty __class__ cell");
            throw PyError.type("super(type, obj): obj must be an instance or subtype of type");
        }
        if (fn == null || fn.params().isEmpty() || !positional(fn.params().get(0)))
            throw new PyError("RuntimeError", "super(): no arguments");
        Object first = f.scope().table().getOrDefault(fn.params().get(0).name(), Environment.UNBOUND);
        if (first == Environment.UNBOUND) throw new PyError("RuntimeError", "super(): arg[0] deleted");
        if (fn.classCell() == null) throw new PyError("RuntimeError", "super(): __class__ cell not found");
        if (fn.classCell().value() == null) throw new PyError("RuntimeError", "super(): empty __class__ cell");
        return boundSuper(fn.classCell().value(), first);
    }

    private static boolean positional(Stmt.Param p) {
        return p.kind() == Stmt.ParamKind.NORMAL || p.kind() == Stmt.ParamKind.POSITIONAL_ONLY;
    }

    /** CPython's supercheck: obj must be an instance of cls, or a subclass of it (super() in a class method). */
    private static Descriptors.Super boundSuper(PyClass cls, Object obj) {
        boolean fits = obj instanceof PyClass c && c.isSubclassOf(cls) || BuiltinTypes.of(obj).isSubclassOf(cls);
        if (!fits) throw PyError.type("super(type, obj): obj must be an instance or subtype of type");
        return new Descriptors.Super(cls, obj);
    }

    // ---- expressions ----

    /** The value of an expression written as text (an annotation kept as written, for typing.get_type_hints), in the names in scope now. */
    Object evaluateText(String expression) {
        List<Stmt> parsed = Parser.parse(expression.strip());
        if (parsed.size() != 1 || !(parsed.get(0) instanceof Stmt.Expression e)) throw new PyError("SyntaxError", "invalid annotation: " + expression);
        return evaluate(e.expr());
    }

    public Object evaluate(Expr e) {
        return e.accept(this);
    }

    @Override
    public Object visitNumber(Expr.Number e) {
        return e.value();
    }

    @Override
    public Object visitString(Expr.Str e) {
        return e.value();
    }

    @Override
    public Object visitFString(Expr.FString e) {
        StringBuilder sb = new StringBuilder();
        for (Expr part : e.parts()) {
            if (part instanceof Expr.Str s) {
                sb.append(s.value());
                continue;
            }
            Expr.FormattedValue f = (Expr.FormattedValue) part;
            Object value = evaluate(f.value());
            String spec = f.spec() == null ? "" : (String) visitFString((Expr.FString) f.spec());
            try {
                if (f.debugText() != null) sb.append(f.debugText());
                if (f.conversion() != 0) value = StrFormat.convert(value, f.conversion());
                sb.append(StrFormat.formatValue(value, spec, this));
            } catch (RuntimeException x) {
                throw wrap(x, f.span());
            }
        }
        return sb.toString();
    }

    @Override
    public Object visitLiteral(Expr.Literal e) {
        return e.value();
    }

    @Override
    public Object visitName(Expr.Name e) {
        Object v = env.get(e.name());
        if (v == Environment.UNBOUND_LOCAL) throw unboundLocal(e.name(), e.span());
        if (v == Environment.UNBOUND_FREE)
            throw LangError.python("NameError", "cannot access free variable '" + e.name() + "' where it is not associated with a value in enclosing scope", e.span());
        if (v == Environment.UNBOUND) v = builtin(e.name());
        if (v != Environment.UNBOUND) return v;
        if (e.name().equals("__doc__")) return null; // a module without a docstring (the prompt's) has __doc__ None (bindDocstring)
        if (e.name().equals("__class__") && classCellHere() != null) { // a method's __class__: its class body's cell
            if (classCellHere().value() != null) return classCellHere().value();
            throw LangError.python("NameError", "cannot access free variable '__class__' where it is not associated with a value in enclosing scope", e.span());
        }
        if (e.name().equals("__annotations__") && env.global() == globals) { // CPython's __main__ starts with an empty one
            PyDict annotations = new PyDict();
            globals.define("__annotations__", annotations);
            return annotations;
        }
        UserFunction running = enclosingFunction();
        List<Collection<String>> stages = new ArrayList<>(env.suggestionStages(running == null ? null : running.varNames()));
        boolean python = inPythonProgram();
        stages.add(Suggestions.builtinStage(python ? Suggestions.pythonBuiltins(builtins.keySet()) : builtins.keySet()));
        String hint = Suggestions.didYouMean(e.name(), stages);
        if (python && builtins.containsKey(e.name())) hint += "\nhint: " + e.name() + " is a lecture function of adjoint's prompt; a Python program imports it, as CPython needs"
                + (LECTURE_IMPORTS.containsKey(e.name()) ? " (" + LECTURE_IMPORTS.get(e.name()) + ")" : "");
        throw LangError.python("NameError", "NameError", "name '" + e.name() + "' is not defined", hint, e.span())
                .withNameAndObject(e.name(), null);
    }

    @Override
    public Object visitTuple(Expr.Tuple e) {
        return Values.tuple(displayItems(e.items()));
    }

    @Override
    public Object visitList(Expr.ListExpr e) {
        return new PyList(displayItems(e.items()));
    }

    @Override
    public Object visitSet(Expr.SetExpr e) {
        PySet s = new PySet();
        for (Object item : displayItems(e.items())) {
            try {
                s.add(item);
            } catch (RuntimeException x) {
                throw wrap(x, e.span());
            }
        }
        if (e.items().size() <= 2 || !e.constant()) return s;
        // CPython compiles {3, 1, 2} to a constant frozenset, built once more from its own order (compile.c's merge_consts),
        // then merged into a new set: the order it prints
        PySet constant = new PySet(true), out = new PySet();
        for (Object item : s.items()) constant.add(item);
        out.update(constant);
        return out;
    }

    /** The items of a list, tuple or set display, with {@code *xs} unpacked. */
    private List<Object> displayItems(List<Expr> exprs) {
        List<Object> out = new ArrayList<>(exprs.size());
        for (Expr x : exprs) {
            if (x instanceof Expr.Starred s) {
                Object v = evaluate(s.value());
                try {
                    out.addAll(Values.items(v));
                } catch (RuntimeException e) {
                    throw wrap(e, s.span());
                }
            } else {
                out.add(evaluate(x));
            }
        }
        return out;
    }

    @Override
    public Object visitDict(Expr.DictExpr e) {
        PyDict d = new PyDict();
        for (int i = 0; i < e.values().size(); i++) {
            Expr k = e.keys().get(i);
            try {
                if (k == null) {
                    Object m = evaluate(e.values().get(i));
                    if (m instanceof PyInstance p && p.value() instanceof PyDict value) m = value; // {**vocab}: a dict subclass's items
                    if (!(m instanceof PyDict)) throw PyError.type("'" + Values.typeName(m) + "' object is not a mapping");
                    DictMethods.fill(d, m);
                } else {
                    Object key = evaluate(k);
                    d.put(key, evaluate(e.values().get(i)));
                }
            } catch (RuntimeException x) {
                throw wrap(x, k == null ? e.values().get(i).span() : k.span());
            }
        }
        return d;
    }

    @Override
    public Object visitUnary(Expr.Unary e) {
        Object v = evaluate(e.operand());
        try {
            return Operators.unary(e.op().type(), v);
        } catch (RuntimeException x) {
            throw wrap(x, e.op().type() == TokenType.NOT ? e.operand().span() : e.op().span());
        }
    }

    /** Chains longer than this are evaluated along their left spine in a loop, not by recursion. */
    private static final int SHORT_CHAIN = 32;

    @Override
    public Object visitBinary(Expr.Binary e) {
        int length = 0;
        for (Expr l = e.left(); l instanceof Expr.Binary b && length <= SHORT_CHAIN; l = b.left()) length++;
        if (length <= SHORT_CHAIN) return applyBinary(e, evaluate(e.left()));
        List<Expr.Binary> spine = new ArrayList<>();
        Expr bottom = e;
        while (bottom instanceof Expr.Binary b) {
            spine.add(b);
            bottom = b.left();
        }
        Object acc = evaluate(bottom);
        for (int i = spine.size() - 1; i >= 0; i--) acc = applyBinary(spine.get(i), acc);
        return acc;
    }

    /** An operator's result, its pending warnings (NumPy's "divide by zero encountered in divide") issued at the operator. */
    Object issued(Object result, Span at) {
        if (result instanceof PendingWarnings w) w.issuePending(this, at);
        return result;
    }

    private Object applyBinary(Expr.Binary e, Object left) {
        Object right = evaluate(e.right());
        try {
            return issued(Operators.binary(e.op().type(), left, right), e.op().span());
        } catch (RuntimeException x) {
            throw wrap(x, e.op().span()).withPosition(e.op().span(), e.span());
        }
    }

    @Override
    public Object visitCompare(Expr.Compare e) {
        Object left = evaluate(e.operands().get(0));
        Object result = null;
        for (int i = 0; i < e.ops().size(); i++) {
            Object right = evaluate(e.operands().get(i + 1));
            Token op = e.ops().get(i);
            try {
                result = Operators.compare(op.type(), left, right);
                if (i + 1 < e.ops().size() && !Values.truthy(result)) return result;
            } catch (RuntimeException x) {
                throw wrap(x, op.span());
            }
            left = right;
        }
        return result;
    }

    @Override
    public Object visitLogical(Expr.Logical e) {
        Object left = evaluate(e.left());
        boolean truth;
        try {
            truth = Values.truthy(left);
        } catch (RuntimeException x) {
            throw wrap(x, e.left().span());
        }
        boolean isOr = e.op().type() == TokenType.OR;
        if (truth == isOr) return left;
        return evaluate(e.right());
    }

    @Override
    public Object visitConditional(Expr.Conditional e) {
        return condition(e.condition()) ? evaluate(e.then()) : evaluate(e.orElse());
    }

    @Override
    public Object visitLambda(Expr.Lambda e) {
        if (e.generator() != null)
            return UserFunction.of(e.generator(), defaults(e.params()), env.functionScope(), codeSource, qualifiedPrefix()).inClassCell(classCellHere());
        return UserFunction.lambda(e, defaults(e.params()), env.functionScope(), codeSource, qualifiedPrefix()).inClassCell(classCellHere());
    }

    @Override
    public Object visitComprehension(Expr.Comprehension e) {
        Comprehension walk = new Comprehension(e);
        if (e.kind() == Expr.ComprehensionKind.GENERATOR) return new PyIterator("generator", walk);
        switch (e.kind()) {
            case LIST: {
                PyList out = new PyList();
                while (walk.hasNext()) out.add(walk.next());
                return out;
            }
            case SET: {
                PySet out = new PySet();
                while (walk.hasNext()) {
                    Object item = walk.next();
                    try {
                        out.add(item);
                    } catch (RuntimeException x) {
                        throw wrap(x, e.element().span());
                    }
                }
                return out;
            }
            default: {
                PyDict out = new PyDict();
                while (walk.hasNext()) {
                    List<?> kv = (List<?>) walk.next();
                    try {
                        out.put(kv.get(0), kv.get(1));
                    } catch (RuntimeException x) {
                        throw wrap(x, e.element().span());
                    }
                }
                return out;
            }
        }
    }

    /** CPython 3.11's names of a comprehension's frame. */
    private static final Map<Expr.ComprehensionKind, String> FRAME_NAMES = Map.of(Expr.ComprehensionKind.LIST, "<listcomp>",
            Expr.ComprehensionKind.SET, "<setcomp>", Expr.ComprehensionKind.DICT, "<dictcomp>", Expr.ComprehensionKind.GENERATOR, "<genexpr>");

    /**
     * The items of a comprehension, produced one at a time in its own scope (a loop over a stack of
     * iterators, one per for clause, never recursion). The first iterable is evaluated at once, in
     * the enclosing scope, as Python does; a generator expression runs the rest as it is consumed.
     */
    private final class Comprehension extends Lookahead {
        private final Expr.Comprehension e;
        private final Environment scope;
        private final Iterator<?>[] iterators;
        private int level;
        /** Where its code is, for its frame in a traceback: CPython 3.11 runs a comprehension as a function of its own. */
        private final Source source = codeSource;
        private final UserFunction enclosing = enclosingFunction();

        Comprehension(Expr.Comprehension e) {
            this.e = e;
            this.iterators = new Iterator<?>[e.clauses().size()];
            Expr first = e.clauses().get(0).iterable();
            Object iterable = evaluate(first);
            try {
                iterators[0] = Values.iterate(iterable);
            } catch (RuntimeException x) {
                throw wrap(x, first.span());
            }
            this.scope = Environment.comprehension(env);
        }

        @Override
        Object fetch() {
            Environment saved = env;
            env = scope;
            try {
                return produce();
            } catch (LangError x) {
                boolean generator = e.kind() == Expr.ComprehensionKind.GENERATOR;
                x.leftComprehension(FRAME_NAMES.get(e.kind()), source, enclosing, generator ? null : e.span(), scope);
                throw x;
            } finally {
                env = saved;
            }
        }

        private Object produce() {
            while (level >= 0) {
                checkInterrupt(e.span());
                Expr.ForClause clause = e.clauses().get(level);
                Object item;
                try {
                    if (!iterators[level].hasNext()) {
                        level--;
                        continue;
                    }
                    item = iterators[level].next();
                } catch (RuntimeException x) {
                    throw wrap(x, clause.iterable().span());
                }
                if (clause.target() instanceof Expr.Name n) env.define(n.name(), item);
                else assign(clause.target(), item, false);
                boolean keep = true;
                for (Expr c : clause.conditions()) {
                    if (!condition(c)) {
                        keep = false;
                        break;
                    }
                }
                if (!keep) continue;
                if (level == iterators.length - 1) {
                    if (e.kind() == Expr.ComprehensionKind.DICT) return Values.tuple(evaluate(e.element()), evaluate(e.value()));
                    return evaluate(e.element());
                }
                Expr next = e.clauses().get(level + 1).iterable();
                Object iterable = evaluate(next);
                try {
                    iterators[++level] = Values.iterate(iterable);
                } catch (RuntimeException x) {
                    throw wrap(x, next.span()).withPosition(next.span(), e.span()); // CPython's frame underlines the comprehension
                }
            }
            return END;
        }
    }

    @Override
    public Object visitNamedExpr(Expr.NamedExpr e) {
        Object value = evaluate(e.value());
        Environment saved = env;
        env = env.outsideComprehensions();
        try {
            bind(e.name(), value, false); // not an assignment statement: a number stays a plain number
        } finally {
            env = saved;
        }
        return value;
    }

    @Override
    public Object visitYield(Expr.Yield e) {
        throw new IllegalStateException("a yield is run by its generator's ResumableBody, never evaluated"); // the parser keeps yields where it can
    }

    @Override
    public Object visitStarred(Expr.Starred e) {
        throw LangError.python("SyntaxError", "can't use starred expression here", e.span());
    }

    @Override
    public Object visitCall(Expr.Call e) {
        Object fn;
        if (e.callee() instanceof Expr.Attribute a) {
            Object object = evaluate(a.object());
            // a needle tensor's methods are needle's (its attributes); a lazy module's uninitialized tensor refuses most (TensorAttributes)
            if (object instanceof Tensor t && !t.isNeedle() && !dev.adjoint.nn.Parameter.isUninitialized(t)) {
                TensorMethods.Method m = TensorMethods.get(a.name());
                if (m != null) {
                    List<Object> args = arguments(e);
                    Map<String, Object> keywords = keywords(e);
                    try {
                        return m.apply(t, new Args(a.name(), args, keywords, e.span(), this));
                    } catch (RuntimeException x) {
                        throw wrap(x, e.span());
                    }
                }
            }
            BuiltinMethod method = Attributes.plainMethod(object, a.name());
            if (method != null) { // xs.append(x), d.get(k, 0), s.split(): no bound method made, no argument list copied twice
                List<Object> args = arguments(e);
                Map<String, Object> keywords = keywords(e);
                try {
                    return method.fn().apply(new Args(method.name(), args, keywords, e.span(), this).withSelf(object));
                } catch (RuntimeException x) {
                    throw wrap(x, e.span());
                }
            }
            fn = attribute(object, a);
        } else {
            fn = evaluate(e.callee());
            if (e.keywords().isEmpty() && e.args().size() == 1 && !(e.args().get(0) instanceof Expr.Starred))
                return callWithOne(fn, evaluate(e.args().get(0)), e.span());
        }
        return call(fn, arguments(e), keywords(e), e.span());
    }

    /** {@code f(x)}: one positional argument, and a builtin's short way when it is a number (sin(x) and the like). */
    Object callWithOne(Object fn, Object argument, Span span) {
        if (fn instanceof Builtin b && b.fn() instanceof Builtin.OneNumber f) {
            try {
                Object r = f.ofNumber(argument);
                if (r != null) return r;
            } catch (RuntimeException x) {
                throw wrap(x, span);
            }
        }
        return call(fn, Arrays.asList(argument), Map.of(), span);
    }

    private List<Object> arguments(Expr.Call e) {
        List<Expr> exprs = e.args();
        if (exprs.isEmpty()) return List.of();
        boolean starred = false;
        for (Expr x : exprs) starred |= x instanceof Expr.Starred;
        if (starred) return displayItems(exprs);
        Object[] args = new Object[exprs.size()];
        for (int i = 0; i < args.length; i++) args[i] = evaluate(exprs.get(i));
        return Arrays.asList(args);
    }

    private Map<String, Object> keywords(Expr.Call e) {
        if (e.keywords().isEmpty()) return Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Expr.Keyword k : e.keywords()) {
            Object v = evaluate(k.value());
            if (k.name() != null) {
                out.put(k.name(), v);
                continue;
            }
            if (v instanceof PyInstance p && p.value() instanceof PyDict value) v = value; // f(**config): a dict subclass's items
            if (!(v instanceof PyDict d))
                throw LangError.python("TypeError", "argument after ** must be a mapping, not " + Values.typeName(v), k.span());
            for (PyDict.Entry entry : d.entries()) {
                if (!(entry.key() instanceof String name)) throw LangError.python("TypeError", "keywords must be strings", k.span());
                if (out.containsKey(name)) throw LangError.python("TypeError", "got multiple values for keyword argument '" + name + "'", k.span());
                out.put(name, entry.value());
            }
        }
        return out;
    }

    @Override
    public Object visitAttribute(Expr.Attribute e) {
        return attribute(evaluate(e.object()), e);
    }

    private Object attribute(Object object, Expr.Attribute e) {
        try {
            if (object instanceof Tensor t) return TensorAttributes.get(t, e.name(), this, e.span());
            return Attributes.get(this, object, e.name());
        } catch (RuntimeException x) {
            LangError error = wrap(x, e.nameSpan()).withPosition(e.nameSpan(), e.span()); // CPython 3.11's position: the whole obj.name
            if (Exceptions.matches(error, "AttributeError")) error.withNameAndObject(e.name(), object);
            throw error;
        }
    }

    @Override
    public Object visitIndex(Expr.Index e) {
        Object object = evaluate(e.object());
        return subscript(object, subscriptKey(e), e);
    }

    private Object subscript(Object object, Object key, Expr.Index e) {
        try {
            return item(object, key, e.span());
        } catch (RuntimeException x) {
            throw wrap(x, e.span());
        }
    }

    private void setSubscript(Object object, Object key, Object value, Expr.Index e) {
        try {
            if (object instanceof Tensor t) TensorIndex.set(t, key, value, this, e.span()); // in place, as PyTorch
            else Subscripts.set(this, object, key, value);
        } catch (RuntimeException x) {
            throw wrap(x, e.span());
        }
    }

    /** The key of a subscript: one item, a slice, or a tuple of several ({@code d[1, 2]}). */
    private Object subscriptKey(Expr.Index e) {
        if (e.items().size() == 1 && !(e.items().get(0) instanceof Expr.Starred)) return keyItem(e.items().get(0));
        List<Object> items = new ArrayList<>(e.items().size());
        for (Expr item : e.items()) {
            if (item instanceof Expr.Starred) items.addAll(displayItems(List.of(item))); // x[..., *idx] (Python 3.11): its items join the tuple
            else items.add(keyItem(item));
        }
        return Values.tuple(items);
    }

    private Object keyItem(Expr item) {
        if (item instanceof Expr.Slice s)
            return new SliceValue(s.start() == null ? null : evaluate(s.start()), s.stop() == null ? null : evaluate(s.stop()),
                    s.step() == null ? null : evaluate(s.step()));
        return evaluate(item);
    }

    @Override
    public Object visitSlice(Expr.Slice e) {
        throw LangError.python("SyntaxError", "a slice a:b is only allowed inside [...]", e.span());
    }

    // ---- errors ----

    static void checkInterrupt(Span span) {
        if (Thread.interrupted()) throw Interrupted.noticed(span);
        Gil.switchIfDue(); // another thread of the program waits for the GIL
        dev.adjoint.ndarray.HeapPressure.check(); // a graph grown until the heap is full: fail (and undo) the input
    }

    /**
     * Engine and value exceptions (shapes, autograd misuse, Python's TypeError, ...) become
     * LangErrors at the node's span, with their Python type: autograd and shape errors are
     * RuntimeErrors, as in PyTorch.
     */
    public static LangError wrap(RuntimeException e, Span span) {
        if (e instanceof LangError le) {
            le.passedCall(span);
            return le.span() == null && span != null ? le.at(span) : le;
        }
        if (e instanceof dev.adjoint.ndarray.ComputationInterrupted) return Interrupted.noticed(span);
        if (e instanceof dev.adjoint.ndarray.Limits.LimitException limit) return ElementLimit.error(limit, span);
        if (e instanceof PyError p) {
            String detail = p.getMessage() == null ? "" : p.getMessage();
            LangError error = p.plain() ? LangError.plain(p.type(), detail, span) : LangError.python(p.type(), p.type(), detail, p.hint(), span);
            if (p.nameAndObject() != null) error.withNameAndObject((String) p.nameAndObject()[0], p.nameAndObject()[1]);
            return p.args() == null ? error : error.withArgs(p.args());
        }
        String message = InternalFailure.readableMessage(e);
        if (message == null) return InternalFailure.error(span); // nothing a user may read (no message, or a Java class name)
        if (e instanceof dev.adjoint.autograd.op.Indexing.IndexOutOfBounds) return LangError.python("IndexError", message, span); // PyTorch's IndexErrors
        if (e instanceof dev.adjoint.autograd.op.LinalgError.Singular) // PyTorch's LinAlgError, a RuntimeError
            return LangError.python(dev.adjoint.autograd.op.LinalgError.PYTHON_TYPE, message, span);
        if (e instanceof dev.adjoint.autograd.op.Unique.NoDerivative) return LangError.python("NotImplementedError", message, span);
        if (e instanceof AutogradException || e instanceof dev.adjoint.ndarray.ShapeException || e instanceof IllegalStateException)
            return LangError.python("RuntimeError", message, span);
        if (e instanceof ArithmeticException) return LangError.python("ArithmeticError", message, span);
        if (e instanceof IllegalArgumentException || e instanceof UnsupportedOperationException) return LangError.python("ValueError", message, span);
        return InternalFailure.error(span); // any other exception is a bug of ours
    }
}
