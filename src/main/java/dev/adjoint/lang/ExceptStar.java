package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A try statement's except* clauses (PEP 654) handling an error of its body, as CPython 3.11
 * runs them: each clause in turn takes the part of what is left that matches its type and runs
 * once with that part bound; at the end, the part no clause took and whatever the clauses raised
 * (or raised again) are raised together ({@link ExceptionGroups#reraised}). The clauses are
 * taken a turn at a time ({@link #enterNext}, {@link #ended}, {@link #finish}) so that a
 * generator can stop at a yield inside one ({@link ResumableBody}) as the interpreter runs them whole.
 */
final class ExceptStar {
    private final Interpreter in;
    private final Stmt.Try statement;
    private final LangError error;
    private final Object original;
    private Object rest;
    private final List<Object> raised = new ArrayList<>(), reraised = new ArrayList<>();
    /** The error each exception to raise again came as. */
    private final Map<Object, LangError> errors = new IdentityHashMap<>();
    private int next;
    /** The clause running and the part of the group it took (as an error, and as the exception). */
    private Stmt.Handler handler;
    private LangError matched;
    private Object matchedPart;

    ExceptStar(Interpreter in, Stmt.Try statement, LangError error) {
        this.in = in;
        this.statement = statement;
        this.error = error;
        this.original = Exceptions.objectOf(error, in);
        this.rest = original;
        in.caughtHere(error); // its traceback ends here, which the parts of it raised in a new group keep
        errors.put(original, error);
    }

    /** Runs the clauses whole: the interpreter's try statement. */
    static Interpreter.Flow handle(Interpreter in, Stmt.Try s, LangError error) {
        ExceptStar star = new ExceptStar(in, s, error);
        for (Stmt.Handler h = star.enterNext(); h != null; h = star.enterNext()) {
            LangError failed = null;
            try {
                in.executeBlock(h.body()); // no break, continue or return can leave it (a SyntaxError)
            } catch (LangError x) {
                if (x instanceof Interrupted i && !i.catchable()) {
                    in.unbindHandled(h);
                    throw x;
                }
                failed = x;
            }
            star.ended(failed);
        }
        star.finish();
        return Interpreter.Flow.NORMAL;
    }

    /** The next clause that takes part of what is left, its name bound to that part ({@link #matched}); null when every clause has had its turn. */
    Stmt.Handler enterNext() {
        List<Stmt.Handler> handlers = statement.handlers();
        while (next < handlers.size()) {
            Stmt.Handler h = handlers.get(next++);
            Object type = in.evaluate(h.type()); // evaluated and checked even when nothing is left, as in CPython
            checkType(type, h.type().span());
            Object[] parts = ExceptionGroups.match(rest, type, in);
            rest = parts[1];
            if (parts[0] == null) continue;
            handler = h;
            matchedPart = parts[0];
            matched = standingFor(error, matchedPart);
            errors.put(matchedPart, matched);
            in.bindHandled(h, matched);
            return h;
        }
        return null;
    }

    /** The error the running clause handles (a bare raise raises it again). */
    LangError matched() {
        return matched;
    }

    /** The running clause has ended: normally ({@code failed} null) or with an error, kept to raise at the end. */
    void ended(LangError failed) {
        in.unbindHandled(handler);
        if (failed == matched) {
            reraised.add(matchedPart); // a bare raise
        } else if (failed != null) {
            Exceptions.setContext(failed, matched, in);
            in.caughtHere(failed); // raised again in a group: its traceback ends in this frame, as CPython's
            Object ex = Exceptions.objectOf(failed, in);
            raised.add(ex);
            errors.put(ex, failed);
        }
        handler = null;
        matched = null;
        matchedPart = null;
    }

    /** After the last clause: raises what is left to raise, or returns when nothing is. */
    void finish() {
        if (rest != null) reraised.add(rest);
        rest = null;
        Object result = ExceptionGroups.reraised(original, raised, reraised, in);
        if (result == null) return;
        LangError known = errors.get(result);
        if (known != null) throw known;
        if (raised.isEmpty()) throw standingFor(error, result); // the part of the group raised again keeps its traceback
        throw Exceptions.raise(result, in, statement.span());
    }

    /** The error, standing for a part of its exception (the traceback and chain are the group's). */
    private static LangError standingFor(LangError error, Object part) {
        PyInstance ex = (PyInstance) part;
        PyClass builtin = ex.pyClass().builtinBase();
        return error.standingFor(part, builtin == null ? "Exception" : builtin.name(), ex.pyClass().name(), ex.str());
    }

    /** An except* clause's type: exception classes that are not exception groups (CPython's TypeErrors otherwise). */
    private static void checkType(Object type, Span span) {
        List<?> types = type instanceof List<?> l && !(type instanceof PyList) ? l : List.of(type);
        for (Object t : types)
            if (!(t instanceof PyClass c) || !c.isSubclassOf(Exceptions.BASE_EXCEPTION))
                throw LangError.python("TypeError", "catching classes that do not inherit from BaseException is not allowed", span);
        for (Object t : types)
            if (((PyClass) t).isSubclassOf(ExceptionGroups.baseGroup()))
                throw LangError.python("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.", span);
    }
}
