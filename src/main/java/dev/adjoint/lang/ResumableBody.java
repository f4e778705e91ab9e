package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The body of a generator function, run a piece at a time: each resume runs it up to its next
 * yield and returns the value, keeping where it stopped as a stack of frames (a statement list
 * and the place in it, plus a for loop's iterator, a try's phase, a with's context). Statements
 * that contain no yield run whole on the ordinary interpreter; only the statements on the way to
 * a yield (if, for, while, try, with, match, and the yield itself) are walked here, one frame each.
 *
 * <p>Why not a thread per generator, with the interpreter handed over at each yield: every item
 * would cost two thread switches (tens of microseconds on a loaded machine, so
 * {@code sum(gen())} over a million items would take many seconds), the interpreter's state and
 * the thread-bound state (grad mode, Ctrl-C, the undo log) would have to travel at every switch,
 * and an abandoned generator would keep a parked thread. Here a yield costs a few object steps,
 * grad mode is the one CPython has (a {@code with no_grad():} around a yield stays on while the
 * generator is suspended, as in CPython), and Ctrl-C is polled at every step. The price: a yield
 * stops the body only as a statement ({@code yield v}, {@code yield from it}) or an assignment's
 * value ({@code x = yield v}); {@link YieldLifting} moves every other yield there first.
 */
final class ResumableBody {
    /** What {@link #resume} returns when the body has finished (its return value is {@link #returned}). */
    static final Object END = Lookahead.END;
    /** What a step returns when it has yielded nothing yet. */
    private static final Object ON = new Object();

    private final Interpreter in;
    private final Set<Stmt> suspending;
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** The targets of {@code x = yield v} waiting for the value sent at the next resume, or null. */
    private List<Expr> receivers;
    /** The iterator a {@code yield from} is walking, or null. */
    private Iterator<Object> delegate;
    private Object returned;

    ResumableBody(Interpreter in, UserFunction function) {
        this.in = in;
        this.suspending = function.suspendingStatements();
        frames.push(new Frame(function.resumableBody()));
    }

    /** The value of the body's return statement (None if it ran off its end). */
    Object returned() {
        return returned;
    }

    /**
     * Runs to the next yield and returns its value, or {@link #END}. {@code sent} is the value of
     * the yield it stopped at; {@code thrown}, if not null, is raised there instead. An error the
     * body does not handle ends it and is thrown.
     */
    Object resume(Object sent, LangError thrown) {
        int outerHandling = in.handlingDepth();
        for (Iterator<Frame> up = frames.descendingIterator(); up.hasNext(); ) { // the except clauses it was inside
            Frame f = up.next();
            if (f.phase == Phase.HANDLER) in.pushHandled(f.handled);
        }
        try {
            return run(sent, thrown);
        } finally {
            in.restoreHandling(outerHandling);
        }
    }

    private Object run(Object sent, LangError thrown) {
        LangError pending = null;
        if (delegate == null) {
            pending = thrown;
            if (thrown == null && receivers != null) pending = receive(sent);
            receivers = null;
            sent = null;
            thrown = null;
        }
        while (true) {
            if (pending != null) {
                LangError unhandled = handle(pending);
                if (unhandled != null) throw unhandled; // the body ends with it (or with what replaced it on the way out)
                pending = null;
            }
            try {
                Object v;
                if (delegate != null) {
                    v = stepDelegate(sent, thrown);
                    sent = null;
                    thrown = null;
                } else {
                    v = step();
                }
                if (v != ON) return v;
            } catch (LangError e) {
                pending = e;
            }
        }
    }

    /** One statement, or the end of a block; ON, or a value yielded, or END. */
    private Object step() {
        Frame top = frames.peek();
        if (top == null) return END;
        if (top.at == top.stmts.size()) {
            blockEnded(top);
            return ON;
        }
        Stmt s = top.stmts.get(top.at++);
        if (!suspending.contains(s)) {
            Interpreter.Flow f = in.execute(s);
            if (f != Interpreter.Flow.NORMAL) leave(f, f == Interpreter.Flow.RETURN ? in.takeReturnValue() : null);
            return ON;
        }
        Interpreter.checkInterrupt(s.span());
        if (s instanceof Stmt.Expression e) return atYield((Expr.Yield) e.expr(), null);
        if (s instanceof Stmt.Assign a) return atYield((Expr.Yield) a.value(), a.targets());
        if (s instanceof Stmt.If i) {
            for (Stmt.Branch b : i.branches()) {
                if (in.condition(b.condition())) {
                    frames.push(new Frame(b.body()));
                    return ON;
                }
            }
            frames.push(new Frame(i.orElse()));
        } else if (s instanceof Stmt.For f) {
            Object iterable = in.evaluate(f.iterable());
            try {
                frames.push(Frame.loop(f.body(), s, Values.iterate(iterable)));
            } catch (RuntimeException x) {
                throw Interpreter.wrap(x, f.iterable().span());
            }
        } else if (s instanceof Stmt.While w) {
            frames.push(Frame.loop(w.body(), s, null));
        } else if (s instanceof Stmt.Match m) {
            List<Stmt> body = PatternMatcher.chosenCase(in, m);
            frames.push(new Frame(body == null ? List.of() : body));
        } else if (s instanceof Stmt.Try t) {
            Frame f = new Frame(t.body());
            f.statement = t;
            f.phase = Phase.BODY;
            frames.push(f);
        } else {
            enter((Stmt.With) s);
        }
        return ON;
    }

    /** {@code with a as x, b:} is {@code with a as x: with b:}: a frame per context, the body in the innermost. */
    private void enter(Stmt.With s) {
        List<Stmt.WithItem> items = s.items();
        for (int i = 0; i < items.size(); i++) {
            Interpreter.Entered context = in.enter(items.get(i));
            Frame f = new Frame(i == items.size() - 1 ? s.body() : List.of());
            f.context = context;
            frames.push(f);
        }
    }

    /** Evaluates a yield: its value to hand out, or for {@code yield from}, ON once the delegate is set. */
    private Object atYield(Expr.Yield y, List<Expr> targets) {
        receivers = targets;
        if (!y.from()) return y.value() == null ? null : in.evaluate(y.value());
        Object iterable = in.evaluate(y.value());
        try {
            delegate = Values.iterate(iterable);
        } catch (RuntimeException x) {
            receivers = null;
            throw Interpreter.wrap(x, y.value().span());
        }
        return ON;
    }

    /** One step of {@code yield from}: the delegate's next value, or ON when it has finished (its result received). */
    private Object stepDelegate(Object sent, LangError thrown) {
        Object v;
        try {
            v = delegate instanceof Generator g ? g.step(sent, thrown) : plainStep(thrown);
        } catch (RuntimeException x) {
            delegate = null;
            receivers = null;
            throw Interpreter.wrap(x, null);
        }
        if (v != END) return v;
        Object result = delegate instanceof Generator g ? g.returned() : null;
        delegate = null;
        LangError e = receivers == null ? null : receive(result);
        receivers = null;
        if (e != null) throw e;
        return ON;
    }

    /** An iterator that is not a generator takes no sent values; an exception thrown in is raised at the yield from. */
    private Object plainStep(LangError thrown) {
        if (thrown != null) throw thrown;
        return delegate.hasNext() ? delegate.next() : END;
    }

    /** Assigns the value of {@code x = yield ...}; the error, if assigning fails. */
    private LangError receive(Object value) {
        try {
            for (Expr target : receivers) in.assign(target, value, false);
            return null;
        } catch (LangError e) {
            return e;
        }
    }

    /** The end of a frame's statements: a loop's next turn, a try's next phase, a with's exit. */
    private void blockEnded(Frame f) {
        if (f.statement instanceof Stmt.For s) {
            Interpreter.checkInterrupt(s.span());
            Object item;
            try {
                if (!f.items.hasNext()) {
                    frames.pop();
                    frames.push(new Frame(s.orElse()));
                    return;
                }
                item = f.items.next();
            } catch (RuntimeException x) {
                throw Interpreter.wrap(x, s.iterable().span());
            }
            in.assign(s.target(), item, false);
            f.at = 0;
        } else if (f.statement instanceof Stmt.While s) {
            Interpreter.checkInterrupt(s.span());
            if (in.condition(s.condition())) {
                f.at = 0;
            } else {
                frames.pop();
                frames.push(new Frame(s.orElse()));
            }
        } else if (f.phase != null) {
            Stmt.Try t = (Stmt.Try) f.statement;
            switch (f.phase) {
                case BODY -> {
                    if (t.orElse().isEmpty()) {
                        finish(f);
                    } else {
                        f.phase = Phase.ELSE;
                        f.run(t.orElse());
                    }
                }
                case ELSE -> finish(f);
                case HANDLER -> {
                    if (f.star != null) {
                        f.star.ended(null);
                        starTurn(f);
                    } else {
                        leaveHandler(f);
                        finish(f);
                    }
                }
                case FINALLY -> {
                    frames.pop();
                    if (f.pendingError != null) throw f.pendingError;
                    if (f.pendingFlow != null) leave(f.pendingFlow, f.pendingValue);
                }
            }
        } else {
            frames.pop();
            if (f.context != null) f.context.exit(null);
        }
    }

    /** A try statement whose body, handler or else clause ended normally: its finally clause, if any. */
    private void finish(Frame f) {
        Stmt.Try t = (Stmt.Try) f.statement;
        if (t.finalBody().isEmpty()) frames.pop();
        else toFinally(f, null, null, null);
    }

    private static void toFinally(Frame f, LangError error, Interpreter.Flow flow, Object value) {
        f.phase = Phase.FINALLY;
        f.pendingError = error;
        f.pendingFlow = flow;
        f.pendingValue = value;
        f.run(((Stmt.Try) f.statement).finalBody());
    }

    /**
     * break, continue or return: leaves frames up to the loop (or the whole body), running the
     * finally clauses and with exits on the way; a finally clause runs first and goes on leaving after.
     */
    private void leave(Interpreter.Flow flow, Object value) {
        while (true) {
            Frame f = frames.peek();
            if (f == null) {
                returned = value; // return: the body has finished
                return;
            }
            if (flow != Interpreter.Flow.RETURN && (f.statement instanceof Stmt.For || f.statement instanceof Stmt.While)) {
                if (flow == Interpreter.Flow.BREAK) frames.pop();
                else f.at = f.stmts.size(); // continue: the end of the body takes the next turn
                return;
            }
            if (f.phase != null && f.phase != Phase.FINALLY) {
                if (f.phase == Phase.HANDLER) leaveHandler(f);
                if (!((Stmt.Try) f.statement).finalBody().isEmpty()) {
                    toFinally(f, null, flow, value);
                    return;
                }
            }
            frames.pop(); // a finally clause left by break or return drops what it was finishing, as in Python
            if (f.context != null) f.context.exit(null);
        }
    }

    /** Unwinds frames until a try handles {@code e} (null), or none is left: the error the body ends with (a handler's, an __exit__'s, may replace it). */
    private LangError handle(LangError e) {
        while (!frames.isEmpty()) {
            Frame f = frames.peek();
            if (f.context != null) {
                frames.pop();
                try {
                    if (f.context.exit(e)) return null; // __exit__ suppressed it
                } catch (LangError x) {
                    e = x;
                }
                continue;
            }
            if (f.phase == null || f.phase == Phase.FINALLY) {
                if (f.phase == Phase.FINALLY && f.pendingError != null) Exceptions.setContext(e, f.pendingError, in);
                frames.pop();
                continue;
            }
            Stmt.Try t = (Stmt.Try) f.statement;
            boolean catchable = !(e instanceof Interrupted i && !i.catchable()); // a --timeout is never caught, as in the interpreter
            if (t.star() && catchable && (f.phase == Phase.BODY || f.phase == Phase.HANDLER)) {
                if (f.phase == Phase.BODY) f.star = new ExceptStar(in, t, e);
                else f.star.ended(e); // kept to raise when the clauses are done
                try {
                    starTurn(f);
                    return null;
                } catch (LangError x) {
                    e = x;
                }
            }
            if (f.phase == Phase.BODY && !t.star() && catchable) {
                Stmt.Handler h;
                try {
                    h = in.handlerFor(t, e);
                } catch (LangError x) {
                    h = null;
                    e = x;
                }
                if (h != null) {
                    f.phase = Phase.HANDLER;
                    f.handler = h;
                    f.handled = e;
                    in.bindHandled(h, e);
                    f.run(h.body());
                    return null;
                }
            }
            if (f.phase == Phase.HANDLER) {
                Exceptions.setContext(e, f.handled, in);
                leaveHandler(f);
            }
            if (!t.finalBody().isEmpty()) {
                toFinally(f, e, null, null);
                return null;
            }
            frames.pop();
        }
        return e;
    }

    /**
     * The next except* clause that takes part of the error runs; after the last, the try goes on
     * to its finally clause, or what is left to raise is thrown (the try then past its handlers).
     */
    private void starTurn(Frame f) {
        f.handler = null;
        f.handled = null;
        f.phase = Phase.ELSE; // nothing more to handle here if a clause's type fails
        Stmt.Handler h = f.star.enterNext();
        if (h != null) {
            f.phase = Phase.HANDLER;
            f.handler = h;
            f.handled = f.star.matched();
            f.run(h.body());
            return;
        }
        ExceptStar star = f.star;
        f.star = null;
        star.finish();
        finish(f);
    }

    private void leaveHandler(Frame f) {
        in.unbindHandled(f.handler);
        f.handler = null;
        f.handled = null;
    }

    enum Phase { BODY, HANDLER, ELSE, FINALLY }

    /** A statement list being run and where; for a loop its statement (and iterator), for a try its phase, for a with its context. */
    private static final class Frame {
        List<Stmt> stmts;
        int at;
        Stmt statement;
        Iterator<Object> items;
        Phase phase;
        Stmt.Handler handler;
        LangError handled, pendingError;
        Interpreter.Flow pendingFlow;
        Object pendingValue;
        Interpreter.Entered context;
        /** A try's except* clauses taking their turns, or null. */
        ExceptStar star;

        Frame(List<Stmt> stmts) {
            this.stmts = stmts;
        }

        /** A loop starts at the end of its body, so that the end's rule takes the first turn. */
        static Frame loop(List<Stmt> body, Stmt statement, Iterator<Object> items) {
            Frame f = new Frame(body);
            f.at = body.size();
            f.statement = statement;
            f.items = items;
            return f;
        }

        void run(List<Stmt> block) {
            stmts = block;
            at = 0;
        }
    }

    /** The statements of a body that hold a yield, themselves or in a block of theirs (not in a def or class inside). */
    static Set<Stmt> suspendingStatements(List<Stmt> body) {
        Set<Stmt> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stmt s : body) mark(s, out);
        return out;
    }

    private static boolean mark(Stmt s, Set<Stmt> out) {
        boolean holds = false;
        if (s instanceof Stmt.Expression e) holds = e.expr() instanceof Expr.Yield;
        else if (s instanceof Stmt.Assign a) holds = a.value() instanceof Expr.Yield;
        else if (s instanceof Stmt.If i) {
            for (Stmt.Branch b : i.branches()) holds |= markAll(b.body(), out);
            holds |= markAll(i.orElse(), out);
        } else if (s instanceof Stmt.For f) holds = markAll(f.body(), out) | markAll(f.orElse(), out);
        else if (s instanceof Stmt.While w) holds = markAll(w.body(), out) | markAll(w.orElse(), out);
        else if (s instanceof Stmt.With w) holds = markAll(w.body(), out);
        else if (s instanceof Stmt.Match m) {
            for (Stmt.Case c : m.cases()) holds |= markAll(c.body(), out);
        } else if (s instanceof Stmt.Try t) {
            holds = markAll(t.body(), out) | markAll(t.orElse(), out) | markAll(t.finalBody(), out);
            for (Stmt.Handler h : t.handlers()) holds |= markAll(h.body(), out);
        }
        if (holds) out.add(s);
        return holds;
    }

    private static boolean markAll(List<Stmt> block, Set<Stmt> out) {
        boolean holds = false;
        for (Stmt s : block) holds |= mark(s, out);
        return holds;
    }
}
