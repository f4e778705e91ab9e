package dev.adjoint.session;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.Anomaly;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Builtins;
import dev.adjoint.lang.Completeness;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.Exceptions;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Source;
import dev.adjoint.lang.Progress;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.lib.PrintOptions;
import dev.adjoint.lang.lib.numpy.NpPrintOptions;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.random.NumpyRandom;
import dev.adjoint.session.report.AnomalyReport;
import dev.adjoint.session.report.BackwardReport;
import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.ExtendedGraph;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.LayerProfile;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.VarsReport;
import dev.adjoint.undo.UndoLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One user's session, and the engine facade every front-end talks to: the variable bindings (and
 * through them the live graph), a random generator, the settings that change evaluation (grad
 * mode, the element limit, anomaly detection). {@link #eval} runs an input; a failed input leaves
 * the session as it was. Every question a front-end asks about a graph (trace, forward, reverse,
 * grad, backward, check, jacobian, replay, the extended graph, vars) is one call that returns a
 * report as data; {@code dev.adjoint.render} turns reports into text. Sessions are independent of
 * each other, never touch the terminal, and every failure leaves them as a {@link LangError}.
 */
public final class Session {
    /** The default of {@link #setMaxElements}: 100 million elements, 800 MB. */
    public static final long DEFAULT_MAX_ELEMENTS = Limits.DEFAULT_MAX_ELEMENTS;

    private final Map<String, Object> bindings = new LinkedHashMap<>();
    /** The seed the generators (NumPy's and PyTorch's) started from (at creation or :reset): with it, :save makes random draws replayable. */
    private long replaySeed = freshSeed();
    private final NumpyRandom random = new NumpyRandom(replaySeed);
    private final Interpreter interpreter = new Interpreter(bindings, random);
    private final History history = new History();
    private final Inspector inspector = new Inspector(this);
    private boolean gradEnabled = true;
    private PrintOptions printOptions = PrintOptions.DEFAULT;
    private NpPrintOptions numpyPrintOptions = NpPrintOptions.DEFAULT;
    private long maxElements = Limits.DEFAULT_MAX_ELEMENTS;
    private boolean anomalyDetection;
    private final Anomaly.Recorder anomalies = new Anomaly.Recorder();
    private Source running; // the input being evaluated, for anomaly reports
    private boolean failureUndidSomething;

    public Session() {
        interpreter.torchRandom().seed(replaySeed);
        dev.adjoint.ndarray.HeapPressure.watch();
    }

    // ---------------------------------------------------------------- running inputs

    /**
     * Runs the statements of {@code source} (lines joined by '\n'), sending what they print to
     * {@code out} as it comes; returns the value of the last expression statement. Throws a
     * {@link LangError} whose span is relative to {@code source} (lines 1-based); on any error but
     * an interrupt the session is put back as it was before: bindings, the tensors they hold
     * (value, grad, requires_grad) and the random generator.
     */
    public EvalResult eval(String source, Output out) {
        long firstNode = Tensor.nextSeq();
        LastValue result = new LastValue(out);
        run(source, result);
        history.add(source, firstNode, Tensor.nextSeq());
        return result.value == null ? EvalResult.NOTHING : new EvalResult(Optional.of(result.value));
    }

    /**
     * Whether the last input that failed had done something before its error, which was undone with
     * it: a statement of its own ran to its end (a loop's body, the first of several statements) or
     * it bound a name ({@code import math, nosuch}). The front-ends then say so (a student who
     * pasted a training loop otherwise wonders where its first steps went). False after Ctrl-C,
     * which keeps what ran.
     */
    public boolean failureUndidSomething() {
        return failureUndidSomething;
    }

    /**
     * While set, a failed input keeps what it did before its error, as Python does: adjoint -i's
     * script (python3 -i FILE: the names as the error left them, to look into at the prompt).
     */
    public void keepWhatFailedInputsDid(boolean keep) {
        keepFailedInputs = keep;
    }

    private boolean keepFailedInputs;

    private void run(String source, Output out) {
        asInput(wholeFirstLine(source), out, () -> {
            running = parse(source);
            interpreter.run(running, out);
        });
    }

    /**
     * IPython's {@code %run [-n] [-i] FILE ARGS} in a notebook: the Python file runs as {@code __main__}
     * (the file's stem with {@code asModule}) in a namespace of its own (the session's with {@code inSession}), with sys.argv {@code [FILE,
     * ARGS...]} while it runs, and then its names are the session's ({@link Interpreter#runMain}).
     * It is an input like any other: what it prints goes to {@code out}, and if it fails, the
     * session is put back as it was.
     */
    public void runMain(java.nio.file.Path file, List<String> arguments, boolean asModule, boolean inSession, Output out) {
        List<String> argv = new ArrayList<>(List.of(file.toString()));
        argv.addAll(arguments);
        List<Object> savedArgv = interpreter.modules().argvItems();
        String stem = file.getFileName().toString().replaceFirst("\\.py$", "");
        asInput(null, out, () -> {
            interpreter.modules().setArgv(argv);
            try {
                interpreter.runMain(file, asModule ? stem : "__main__", inSession, out);
            } finally {
                interpreter.modules().restoreArgv(savedArgv); // as IPython puts sys.argv back
            }
        });
    }

    /**
     * Runs an input's work holding the session's global interpreter lock (the threads a program
     * started run only while it waits or between inputs), with this session's grad mode and print
     * options; on failure puts the session back (see {@link #eval}).
     */
    @SuppressWarnings("try")
    private void asInput(Span place, Output out, Runnable work) {
        try (Scope gil = interpreter.holdingGil()) {
            asInputHoldingGil(place, out, work);
        }
    }

    @SuppressWarnings("try")
    private void asInputHoldingGil(Span place, Output out, Runnable work) {
        Checkpoint before = new Checkpoint();
        failureUndidSomething = false;
        try (Scope ignored = GradMode.set(gradEnabled).and(PrintOptions.use(printOptions)).and(NpPrintOptions.use(numpyPrintOptions)); Scope limits = guard()) {
            try {
                work.run();
                gradEnabled = GradMode.isEnabled(); // torch.set_grad_enabled(False) lasts beyond its input (with-blocks restore theirs)
                printOptions = PrintOptions.current(); // and so does torch.set_printoptions
                numpyPrintOptions = NpPrintOptions.current(); // and np.set_printoptions
            } finally {
                takeAnomaly().ifPresent(out::anomaly); // before the error, if the input fails after the fault
                running = null;
            }
        } catch (Throwable e) {
            LangError error = Failures.classify(e, place);
            // Ctrl-C keeps what was done, as in Python, and so does exit() (the kernel's session goes on after it)
            if (!keepFailedInputs && !(error instanceof Interrupted) && Exceptions.exitOf(error) == null) failureUndidSomething = before.rollback();
            throw error;
        } finally {
            before.keep(); // after a rollback, nothing left to keep
        }
    }

    /** Holds the session's GIL until the scope closes: a command reads the graph while the program's threads wait. */
    public Scope holdingGil() {
        return interpreter.holdingGil();
    }

    /** The program's end: the finalizers still due (__del__, generator closes), as CPython runs them at exit, printed to {@code out}. */
    public void atExit(Output out) {
        try (Scope gil = interpreter.holdingGil(); Scope ignored = guard()) {
            interpreter.atExit(out);
        } catch (RuntimeException e) { // a finalizer's error was printed already; nothing else may escape at the end
        }
    }

    /** An input parsed; one that does not parse is Python's SyntaxError (unless the parser said which error it is). */
    private static Source parse(String source) {
        try {
            return Source.parse(source);
        } catch (LangError e) {
            throw syntaxError(e);
        }
    }

    private static LangError syntaxError(LangError e) {
        return "RuntimeError".equals(e.type()) ? LangError.python("SyntaxError", e.detail(), e.span()) : e; // else a type the parser chose itself
    }

    /** The value of an expression written in a request (a seed, a value to replay with), evaluated in the session. */
    Object valueOf(String expression) {
        LastValue v = new LastValue(null);
        run(expression, v);
        return v.value;
    }

    /** Passes output on (if there is somewhere to pass it) and keeps the last value shown. */
    private static final class LastValue implements Output {
        private final Output out;
        Object value;

        LastValue(Output out) {
            this.out = out;
        }

        public void print(String line) {
            if (out != null) out.print(line);
        }

        public void write(String text) {
            if (out != null) out.write(text);
        }

        public void show(Object v) {
            value = v;
            if (out != null) out.show(v);
        }

        public boolean showsValues() {
            return out == null || out.showsValues();
        }

        public void display(List<Object> values) {
            if (out != null) out.display(values); // not the input's value
        }

        public void writeError(String text) {
            if (out != null) out.writeError(text);
        }

        public void flush() {
            if (out != null) out.flush();
        }

        public String readLine(String prompt) {
            return out != null ? out.readLine(prompt) : Output.super.readLine(prompt);
        }

        public dev.adjoint.lang.StdinText stdin() {
            return out != null ? out.stdin() : Output.super.stdin();
        }

        public void warn(String message) {
            if (out != null) out.warn(message);
        }

        public Progress progress(String label, long total) {
            return out != null ? out.progress(label, total) : Progress.NONE;
        }

        public void anomaly(AnomalyReport report) {
            if (out != null) out.anomaly(report);
        }
    }

    /** What an input may change, taken before it runs and put back if it fails. */
    private final class Checkpoint {
        private final Map<String, Object> bindings = new LinkedHashMap<>(Session.this.bindings);
        private final String lastAssigned = interpreter.lastAssigned();
        private final Object lastShown = interpreter.lastShown();
        private final NumpyRandom.State random = Session.this.random.state();
        private final Set<String> modules = interpreter.modules().loadedNames();
        /** Everything else the input changes in place (tensors, and any value that records itself) at any depth. */
        private final UndoLog changes = UndoLog.open();
        private final long statementsRun = interpreter.statementsRun();

        /** Puts the session back; whether the input had done something by then (see {@link #failureUndidSomething}). */
        boolean rollback() {
            boolean didSomething = interpreter.statementsRun() > statementsRun || !sameBindings();
            changes.rollback();
            Session.this.bindings.clear();
            Session.this.bindings.putAll(bindings);
            interpreter.setLastAssigned(lastAssigned);
            interpreter.setLastShown(lastShown);
            Session.this.random.restore(random);
            interpreter.modules().forgetAllBut(modules); // an import that failed with its input did not happen (the echo asks)
            return didSomething;
        }

        private boolean sameBindings() {
            if (bindings.size() != Session.this.bindings.size()) return false;
            for (Map.Entry<String, Object> b : bindings.entrySet())
                if (!Session.this.bindings.containsKey(b.getKey()) || Session.this.bindings.get(b.getKey()) != b.getValue()) return false;
            return true;
        }

        void keep() {
            changes.close();
        }
    }

    /**
     * Runs a question about the graph with this session's limits (and anomaly detection, when on),
     * its failures classified as for an input.
     */
    <T> T answer(Supplier<T> question) {
        try (Scope limits = guard()) {
            return question.get();
        } catch (Throwable e) {
            throw Failures.classify(e, null);
        }
    }

    /** The element limit, and anomaly detection when it is on, for the current thread until closed. */
    private Scope guard() {
        Scope limits = Limits.maxElements(maxElements);
        return anomalyDetection ? limits.and(Anomaly.enable(anomalies)) : limits;
    }

    /** False while the input needs more lines: an open bracket, or a block not yet ended by an empty line. */
    public boolean isComplete(String source) {
        return Completeness.isComplete(source);
    }

    /** What is still open at the end of the input, e.g. "SyntaxError: '(' was never closed"; empty if nothing. */
    public Optional<LangError> unfinished(String source) {
        return Completeness.unfinished(source).map(Session::syntaxError);
    }

    // ---------------------------------------------------------------- questions about a graph

    /** The last variable assigned at the top level, if it holds a tensor: what a command is about when it names nothing. */
    public Optional<String> defaultTarget() {
        String last = interpreter.lastAssigned();
        return last != null && Targets.tensorOf(bindings.get(last)) != null ? Optional.of(last) : Optional.empty();
    }

    /** The variable a request names, which must hold a tensor; an error at the name if it does not. */
    public Target target(Arg name) {
        return Targets.resolve(bindings, name);
    }

    /** The forward (primal) trace of a target, numbered in {@code order} and {@code numbering}. */
    public Trace trace(Target target, Trace.Order order, Trace.Numbering numbering) {
        return answer(() -> {
            Trace t = traceOf(target.name(), target.tensor(), order, numbering);
            t.changedSince(); // here, under the session's limits and Ctrl-C, not while rendering
            return t;
        });
    }

    /** The trace of y, its named nodes checked against the variables now (a rebound variable's old node is marked). */
    Trace traceOf(String target, Tensor y, Trace.Order order, Trace.Numbering numbering) {
        return Trace.of(target, y, order, numbering, (name, node) -> Targets.tensorOf(bindings.get(name)) == node, n -> {}, ParameterNames.of(bindings));
    }

    /**
     * The same for work that will need about {@code bytesPerNode} a node (the trace's own included):
     * refused before the trace is built when the heap cannot hold it ({@link MemoryBudget}).
     */
    public Trace trace(Target target, Trace.Order order, Trace.Numbering numbering, long bytesPerNode, String what) {
        return answer(() -> {
            Trace t = Trace.of(target.name(), target.tensor(), order, numbering, (name, node) -> Targets.tensorOf(bindings.get(name)) == node,
                    n -> MemoryBudget.check(n, bytesPerNode, what), ParameterNames.of(bindings));
            t.changedSince(); // as trace(target, order, numbering): here, under the limits and Ctrl-C
            return t;
        });
    }

    /** The target's graph layer by layer, for one too big to draw: a few bytes a node, whatever its size. */
    public LayerProfile layers(Target target) {
        return answer(() -> LayerProfile.of(target.name(), target.tensor()));
    }

    /** Forward mode seeded with ẋ = 1 for the input {@code wrt} names (all other inputs 0). */
    public ForwardReport forward(Trace trace, Arg wrt) {
        return inspector.forward(trace, Map.of(wrt.text(), 1.0), wrt);
    }

    /** Forward mode along a direction: each named input's seed (inputs not named get 0); errors at {@code at}. */
    public ForwardReport forward(Trace trace, Map<String, Double> direction, Arg at) {
        return inspector.forward(trace, direction, at);
    }

    /** Reverse mode from a one-element output (v̄y = 1), with every edge's partial adjoint; {@code check}: every node against central differences too. */
    public ReverseReport reverse(Trace trace, boolean check) {
        return inspector.reverse(trace, check);
    }

    /** ∂y/∂x for the inputs {@code wrt} names (every input of y when empty), without touching .grad. */
    public GradReport grad(Target target, List<Arg> wrt) {
        return inspector.grad(target, wrt);
    }

    /** y.backward(v): accumulates into the inputs' .grad (a change to the session), and reports them. {@code seed} may be null. */
    public BackwardReport backward(Target target, Arg seed) {
        return inspector.backward(target, seed);
    }

    /** Every input's gradient against central finite differences. */
    public CheckReport check(Trace trace) {
        return inspector.check(trace);
    }

    /** The Jacobian by {@code mode} (reverse and compared when null), with the costs of both modes. */
    public JacobianReport jacobian(Trace trace, List<Arg> wrt, JacobianReport.Mode mode) {
        return inspector.jacobian(trace, wrt, mode);
    }

    /** The recorded graph evaluated again with new values for inputs, each given as NAME=expression. */
    public ReplayReport replay(Trace trace, Map<Arg, Arg> values) {
        return inspector.replay(trace, values);
    }

    /** The nodes reverse mode records when it runs with create_graph: reverse AD by extending the graph. */
    public ExtendedGraph extendedGraph(Trace trace) {
        return inspector.extendedGraph(trace);
    }

    /** The variables, each with its kind and, for a tensor, the size of its graph. */
    /** What a notebook's inspect (Shift-Tab, NAME?) shows for a dotted name bound in the session, if it is ({@link dev.adjoint.lang.LibraryHelp#inspect}). */
    public Optional<String> inspect(String dottedName) {
        return Optional.ofNullable(answer(() -> dev.adjoint.lang.LibraryHelp.inspect(dottedName, interpreter)));
    }

    /** What a notebook's NAME?? shows: the source of a function the program defined, as IPython's pinfo2 ({@link dev.adjoint.lang.LibraryHelp#inspectSource}). */
    public Optional<String> inspectSource(String dottedName) {
        return Optional.ofNullable(answer(() -> dev.adjoint.lang.LibraryHelp.inspectSource(dottedName, interpreter)));
    }

    public VarsReport vars() {
        Map<String, Object> names = new LinkedHashMap<>(bindings); // in a notebook, less IPython's history names, as %who leaves them out
        names.entrySet().removeIf(e -> isNotebookHistory(e.getKey(), e.getValue()) || (notebookNames.containsKey(e.getKey()) && notebookNames.get(e.getKey()) == e.getValue()));
        return answer(() -> Inspector.vars(names));
    }

    /** The statements (accepted inputs) that created nodes of the trace, in the order they ran. */
    List<String> statementsBehind(Trace trace) {
        return history.statementsBehind(trace);
    }

    // ---------------------------------------------------------------- settings

    /**
     * {@code :set anomaly on} (torch.autograd.detect_anomaly): nodes remember the statement that
     * created them, and the first NaN or infinity in a value or a gradient is reported.
     */
    public void setAnomalyDetection(boolean on) {
        anomalyDetection = on;
        anomalies.take();
    }

    public boolean anomalyDetection() {
        return anomalyDetection;
    }

    /** The first fault anomaly detection found since the last call (e.g. during a :command); empty if none. */
    public Optional<AnomalyReport> takeAnomaly() {
        Anomaly.Fault f = anomalies.take();
        if (f == null) return Optional.empty();
        return Optional.of(AnomalyReport.of(f, bindings, interpreter.lastAssigned(), running));
    }

    /** The script this session runs (adjoint FILE): its absolute path is {@code __file__}, as CPython 3.9+ sets it. */
    public void setScriptFile(java.nio.file.Path file) {
        bindings.put("__file__", file.toAbsolutePath().toString());
        java.nio.file.Path folder = file.toAbsolutePath().getParent();
        if (folder != null) interpreter.modules().setScriptFolder(folder); // sys.path[0]: import finds the modules beside it
    }

    /** Where the next input comes from (a script's name, null at the prompt and in a cell) and its first line there: warnings name that place. */
    public void placeInput(String sourceName, int firstLine) {
        placeInput(sourceName, firstLine, 0);
    }

    /** {@link #placeInput(String, int)} for an input of notebook cell number {@code cell} (0: not a cell). */
    public void placeInput(String sourceName, int firstLine, int cell) {
        interpreter.placeInput(sourceName, firstLine, cell);
    }

    /** A notebook's {@code %%capture NAME}: NAME is IPython's CapturedIO of what the cell printed and showed (each output by MIME type). */
    public void bindCaptured(String name, String stdout, String stderr, List<Map<String, String>> outputs) {
        bindings.put(name, interpreter.capturedIO(stdout, stderr, outputs));
    }

    /** os.environ of the programs run here (a dict): the process's environment, with what %env set. */
    public Object environ() {
        return interpreter.modules().environ();
    }

    /** A copy of {@link #environ()} whose values of names with key, token or secret in them are '<hidden>' (IPython's %env). */
    public Object environWithSecretsHidden() {
        dev.adjoint.lang.PyDict copy = new dev.adjoint.lang.PyDict();
        for (dev.adjoint.lang.PyDict.Entry e : interpreter.modules().environ().entries()) {
            String key = String.valueOf(e.key()).toLowerCase(java.util.Locale.ROOT);
            copy.put(e.key(), key.contains("key") || key.contains("token") || key.contains("secret") ? "<hidden>" : e.value());
        }
        return copy;
    }

    /** One variable of {@link #environ()}, or null. */
    public String environ(String name) {
        return interpreter.modules().environ().get(name) instanceof String s ? s : null;
    }

    /** Sets a variable of {@link #environ()} for the programs run here (no other process sees it). */
    public void setEnviron(String name, String value) {
        interpreter.modules().environ().put(name, value);
    }

    /** sys.argv of the programs run here: a script's name and its arguments (adjoint FILE ARG...). */
    public void setArgv(List<String> arguments) {
        interpreter.modules().setArgv(arguments);
    }

    /** {@code --max-elements}: the largest tensor (in elements) an evaluation may create; larger ones are refused before allocating. */
    public void setMaxElements(long n) {
        if (n < 1) throw new IllegalArgumentException("the element limit must be at least 1, got " + n);
        maxElements = Math.min(n, Limits.HARD_MAX_ELEMENTS);
    }

    public long maxElements() {
        return maxElements;
    }

    /** {@code :set grad off}: the grad mode every later eval runs in. */
    public void setGradEnabled(boolean on) {
        gradEnabled = on;
    }

    public boolean gradEnabled() {
        return gradEnabled;
    }

    // ---------------------------------------------------------------- bindings

    /** The value bound to a name, or null if unbound (use {@link #isBound} to tell None apart). */
    public Object lookup(String name) {
        return bindings.get(name);
    }

    /**
     * Whether this session has imported that module ({@code import torch}, {@code from torch import
     * nn}; undone with a failed input and by :reset): once torch is, tensors echo as PyTorch's repr.
     */
    public boolean hasImported(String module) {
        return interpreter.modules().isLoaded(module);
    }

    /** How an expression statement's value is echoed now: by what this session has imported. */
    public EchoStyle echoStyle() {
        return new EchoStyle(hasImported("torch"), interpreter.modules().anyLoaded());
    }

    /** A notebook's session: display() without an import, as IPython's shell binds it in builtins. */
    public Session inNotebook() {
        interpreter.bindNotebookBuiltins();
        return this;
    }

    /**
     * IPython's history names before notebook cell {@code count} runs {@code code}: {@code In[count]}
     * and {@code _i<count>} (the code without its trailing blank lines, as IPython keeps it); In and
     * Out are the same list and dict from cell to cell.
     */
    public void recordNotebookInput(int count, String code) {
        while (notebookIn.size() <= count) notebookIn.add("");
        notebookIn.set(count, code.stripTrailing());
        if (!bindings.containsKey("In")) bindings.put("In", notebookIn); // bound once: a cell that rebinds In keeps its value, as in IPython
        bindNotebookName("_i" + count, code.stripTrailing());
        if (!bindings.containsKey("Out")) bindings.put("Out", notebookOut);
    }

    /** The history names the notebook bound (_i3, _3, __, ___) and what it bound them to: :vars leaves them out while they hold that. */
    private final Map<String, Object> notebookNames = new java.util.HashMap<>();

    private void bindNotebookName(String name, Object value) {
        bindings.put(name, value);
        notebookNames.put(name, value);
    }

    /** IPython's In and Out: the notebook keeps writing to these, whatever the names are bound to. */
    private final dev.adjoint.lang.PyList notebookIn = dev.adjoint.lang.PyList.of("");
    private final dev.adjoint.lang.PyDict notebookOut = new dev.adjoint.lang.PyDict();

    /** Whether {@code name} is In or Out holding the notebook's own list or dict (which %who and %whos leave out, as IPython does). */
    public boolean isNotebookHistory(String name, Object value) {
        return name.equals("In") && value == notebookIn || name.equals("Out") && value == notebookOut;
    }

    /**
     * After notebook cell {@code count} showed {@code result} (its Out): {@code Out[count]} and
     * {@code _<count>}, and {@code __}, {@code ___} the two results before it ({@code _} is the
     * result, as at the prompt).
     */
    public void recordNotebookResult(int count, Object result) {
        notebookOut.put((long) count, result);
        bindNotebookName("_" + count, result);
        bindNotebookName("___", previousResults[1]);
        bindNotebookName("__", previousResults[0]);
        previousResults[1] = previousResults[0];
        previousResults[0] = result;
    }

    /** The results of the two cells before the last one that showed a result, newest first ({@code ""} before any, as IPython's). */
    private final Object[] previousResults = {"", ""};

    public Map<String, Object> richReprs(Object value) {
        return interpreter.richReprs(value);
    }

    /** A notebook's text of a cell's value: its repr with IPython's forms of functions, classes and plain objects ({@link dev.adjoint.lang.IPythonPretty}). */
    public String ipythonText(Object value) {
        return dev.adjoint.lang.IPythonPretty.text(value, interpreter);
    }

    public boolean isBound(String name) {
        return bindings.containsKey(name);
    }

    /** An unmodifiable snapshot of the bindings, in order of first binding. */
    public Map<String, Object> variables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /** The last name assigned by a statement at the top level (the default target of :commands), or null. */
    public String lastAssigned() {
        return interpreter.lastAssigned();
    }

    /** Forgets every variable and starts the random generator from a fresh seed (the settings stay). */
    public void reset() {
        bindings.clear();
        history.clear();
        interpreter.setLastAssigned(null);
        interpreter.modules().forgetAllBut(Set.of()); // a fresh start: `import torch` again makes a fresh module
        replaySeed = freshSeed();
        random.seed(replaySeed);
        interpreter.torchRandom().seed(replaySeed);
        interpreter.torchRandom().setDefaultDouble(false);
    }

    /**
     * The seed the random generator started from at the beginning of this session (or its last
     * :reset). Failed inputs draw nothing (the generator is restored with the variables), so
     * {@code seed(replaySeed())} followed by the accepted inputs draws the same numbers again.
     */
    public long replaySeed() {
        return replaySeed;
    }

    private static long freshSeed() {
        return System.nanoTime() & 0xffffffffL;
    }

    // ---------------------------------------------------------------- completion

    /** The names of the builtin functions and constants, for completion and "did you mean". */
    public Set<String> builtinNames() {
        return Builtins.table().keySet();
    }

    /** The variables that hold a graph (what :trace and the other inspection commands can be given). */
    public List<String> graphNames() {
        return bindings.entrySet().stream().filter(e -> Targets.tensorOf(e.getValue()) != null).map(Map.Entry::getKey).toList();
    }

    /**
     * The attributes and methods of what a dotted name ({@code nn}, {@code model}, {@code x1})
     * is bound to, for completion after a dot; empty if it names nothing known. Looks names up
     * only: completion never runs code.
     */
    public List<String> attributesOf(String dottedName) {
        return Completions.attributesOf(dottedName, bindings);
    }

    /** A tensor's attributes and methods. */
    public static List<String> tensorAttributes() {
        return dev.adjoint.lang.TensorMethods.attributeAndMethodNames();
    }

    Map<String, Object> bindings() {
        return bindings;
    }

    private static Span wholeFirstLine(String source) {
        int end = source.indexOf('\n');
        return new Span(0, end < 0 ? source.length() : end, 1, 1);
    }
}
