package dev.adjoint.lang;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What calling a generator function returns: its body, not yet run, run a piece at each
 * {@code next()} ({@link ResumableBody}). As CPython's: {@code send}, {@code throw},
 * {@code close}, StopIteration carrying the return value, "generator already executing",
 * "generator raised StopIteration" (PEP 479). A generator advanced by an input that then failed
 * stays advanced, as every iterator does (its items are not values the undo log can put back).
 */
public final class Generator implements Iterator<Object> {
    private enum State { CREATED, SUSPENDED, RUNNING, DONE }

    private static final Object NONE = new Object();

    /** The call expression that made it (null when called from Java): see {@link #madeBy}. */
    private final Span site;
    /** Its running state, apart from this handle: what closes it after the collector freed the handle (see Finalization). */
    private final Run run;
    /** Whether the session watches it, to close it once nothing holds it (a suspended generator with cleanup to run). */
    private boolean watched;

    Generator(Interpreter in, UserFunction function, Environment scope, Span site) {
        this.site = site;
        this.run = new Run(in, function, scope);
    }

    /** A generator's body and where it stands; holds nothing that holds the generator. */
    private static final class Run {
        private final Interpreter in;
        private final UserFunction function;
        private final Environment scope;
        private final ResumableBody body;
        private State state = State.CREATED;
        /** A value taken by hasNext() and not yet by next(), or NONE. */
        private Object peeked = NONE;

        Run(Interpreter in, UserFunction function, Environment scope) {
            this.in = in;
            this.function = function;
            this.scope = scope;
            this.body = new ResumableBody(in, function);
        }

    /**
     * Resumes the body with {@code sent} (or raising {@code thrown} where it stopped): the next
     * value yielded, or {@link ResumableBody#END} once it has finished (see {@link #returned()}).
     */
        Object step(Object sent, LangError thrown) {
        if (peeked != NONE && thrown == null) { // a hasNext() ran it already
            Object v = peeked;
            peeked = NONE;
            return v;
        }
        switch (state) {
            case RUNNING:
                throw PyError.value("generator already executing");
            case DONE:
                if (thrown != null) throw thrown;
                return ResumableBody.END;
            case CREATED:
                if (thrown != null) { // raised before the first statement: the body never runs
                    state = State.DONE;
                    throw thrown;
                }
                if (sent != null) throw PyError.type("can't send non-None value to a just-started generator");
                break;
            default:
                break;
        }
        state = State.RUNNING;
        boolean done = true;
        try {
            Object v = in.inFrame(function, scope, null, () -> body.resume(sent, thrown));
            done = v == ResumableBody.END;
            return v;
        } catch (LangError e) {
            if (!(e instanceof Interrupted) && Exceptions.matches(e, "StopIteration")) // PEP 479: it would end the loop silently
                throw LangError.python("RuntimeError", "generator raised StopIteration", e.span());
            throw e;
        } finally {
            state = done ? State.DONE : State.SUSPENDED;
        }
    }

        /** g.close(): GeneratorExit raised where it stopped; a generator that yields again is a RuntimeError. */
        Object close() {
            if (state == State.CREATED || state == State.DONE) {
                state = State.DONE;
                return null;
            }
            Object v;
            try {
                v = step(null, LangError.python("GeneratorExit", "", null));
            } catch (LangError e) {
                if (Exceptions.matches(e, "GeneratorExit") || Exceptions.matches(e, "StopIteration")) return null;
                throw e;
            }
            if (v != ResumableBody.END) throw new PyError("RuntimeError", "generator ignored GeneratorExit");
            return null;
        }

        /** The close CPython runs when the last reference goes; an error is printed as "Exception ignored in: ...". */
        void dropped(String shown) {
            if (state != State.SUSPENDED) return;
            try {
                close();
            } catch (Interrupted e) {
                throw e;
            } catch (RuntimeException e) {
                in.printer().writeError("Exception ignored in: " + shown + "\n" + Interpreter.wrap(e, null).getMessage() + "\n");
            }
        }
    }

    /** Resumes the body (see Run.step); once suspended with cleanup left to run, the session watches it. */
    Object step(Object sent, LangError thrown) {
        try {
            return run.step(sent, thrown);
        } finally {
            if (!watched && run.state == State.SUSPENDED && hasCleanup()) {
                watched = true;
                Run r = run;
                String shown = toString();
                run.in.finalization().watchGenerator(this, () -> r.dropped(shown));
            }
        }
    }

    /** Whether its body has a try or a with, whose finally, except GeneratorExit or __exit__ closing it runs (else closing shows nothing). */
    private boolean hasCleanup() {
        if (cleanup == null) cleanup = hasTryOrWith(run.function.body());
        return cleanup;
    }

    private Boolean cleanup;

    private static boolean hasTryOrWith(java.util.List<Stmt> body) {
        java.util.ArrayDeque<java.util.List<Stmt>> blocks = new java.util.ArrayDeque<>();
        blocks.push(body);
        while (!blocks.isEmpty()) {
            for (Stmt s : blocks.pop()) {
                if (s instanceof Stmt.Try || s instanceof Stmt.With) return true;
                if (s instanceof Stmt.If i) {
                    i.branches().forEach(b -> blocks.push(b.body()));
                    blocks.push(i.orElse());
                } else if (s instanceof Stmt.While w) {
                    blocks.push(w.body());
                    blocks.push(w.orElse());
                } else if (s instanceof Stmt.For f) {
                    blocks.push(f.body());
                    blocks.push(f.orElse());
                } else if (s instanceof Stmt.Match m) {
                    m.cases().forEach(c -> blocks.push(c.body()));
                }
            }
        }
        return false;
    }

    /** Whether the session watches it (see Finalization). */
    boolean watched() {
        return watched;
    }

    /** What the body returned once it has finished. */
    Object returned() {
        return run.body.returned();
    }

    // ---- Python's methods ----

    /** next(g), g.send(v), g.throw(e): the next value, or StopIteration with the return value. */
    Object send(Object value) {
        return orStop(step(value, null));
    }

    Object throwIn(LangError e) {
        return orStop(step(null, e));
    }

    private Object orStop(Object v) {
        if (v != ResumableBody.END) return v;
        Object result = returned();
        if (result == null) throw new PyError("StopIteration", "");
        throw new PyError("StopIteration", Repr.str(result)).withArgs(result);
    }

    /** g.close(): GeneratorExit raised where it stopped; a generator that yields again is a RuntimeError. */
    Object close() {
        return run.close();
    }

    /**
     * Whether calling a generator function in {@code call} made this generator, directly: then
     * nothing else can hold it (its body has not run, so it has not even seen itself), and whoever
     * evaluated {@code call} without binding the result drops the only reference when done with it.
     */
    boolean madeBy(Expr.Call call) {
        return site != null && site == call.span();
    }

    /**
     * What CPython does when the last reference to a suspended generator goes: {@link #close()},
     * and an error that raises is printed as "Exception ignored in: ..." and goes no further.
     */
    void dropped() {
        run.dropped(toString());
    }

    String name() {
        return run.function.qualifiedName();
    }

    // ---- a Java iterator, for for loops, list(), sum(), zip(), ... ----

    @Override
    public boolean hasNext() {
        if (run.peeked == NONE) run.peeked = step(null, null);
        return run.peeked != ResumableBody.END;
    }

    @Override
    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        Object v = run.peeked;
        run.peeked = NONE;
        return v;
    }

    @Override
    public String toString() {
        return "<generator object " + name() + " at " + Values.address(this) + ">";
    }

    /** The methods of the generator type (also a generator expression's). */
    static void register(PyClass type) {
        type.method("send", a -> {
            Object value = a.expect(1, 1).get(0);
            if (!(a.self() instanceof PyIterator expression)) return generator(a).send(value);
            if (value != null && !expression.started()) throw PyError.type("can't send non-None value to a just-started generator");
            return PyBuiltins.nextItem(expression); // a generator expression takes no value: its yields are its items
        });
        type.method("__next__", a -> {
            a.expect(0, 0);
            if (a.self() instanceof PyIterator expression) return PyBuiltins.nextItem(expression); // a generator expression's
            return generator(a).send(null);
        });
        type.method("__iter__", a -> a.self());
        type.method("close", a -> {
            a.expect(0, 0);
            if (a.self() instanceof PyIterator expression) {
                expression.close();
                return null;
            }
            return generator(a).close();
        });
        type.method("throw", a -> {
            a.expect(1, 3);
            Object value = a.size() > 1 && a.get(1) != null ? a.get(1) : a.get(0);
            LangError thrown = Exceptions.raise(value, a.interpreter(), a.span());
            if (a.self() instanceof PyIterator expression) { // nothing in a generator expression catches it: it ends, and the error goes on
                expression.close();
                throw thrown;
            }
            return generator(a).throwIn(thrown);
        });
    }

    private static Generator generator(Args a) {
        return (Generator) a.self();
    }

    /** Whether {@code v} is a generator (a generator function's or a generator expression's). */
    static boolean isGenerator(Object v) {
        return v instanceof Generator || v instanceof PyIterator p && p.typeName().equals("generator");
    }
}
