package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A try statement's except* clauses (PEP 654) handling an error of its body, as CPython 3.11
 * runs them: each clause in turn takes the part of what is left that matches its type and runs
 * once with that part bound; at the end, the part no clause took and whatever the clauses raised
 * (or raised again) are raised together ({@link ExceptionGroups#reraised}).
 */
final class ExceptStar {
    private ExceptStar() {}

    static Interpreter.Flow handle(Interpreter in, Stmt.Try s, LangError error) {
        Object original = Exceptions.objectOf(error, in), rest = original;
        List<Object> raised = new ArrayList<>(), reraised = new ArrayList<>();
        Map<Object, LangError> errors = new IdentityHashMap<>(); // the error each exception to raise again came as
        errors.put(original, error);
        for (Stmt.Handler h : s.handlers()) {
            Object type = in.evaluate(h.type()); // evaluated and checked even when nothing is left, as in CPython
            checkType(type, h.type().span());
            Object[] parts = ExceptionGroups.match(rest, type, in);
            rest = parts[1];
            if (parts[0] == null) continue;
            LangError matched = standingFor(error, parts[0]);
            errors.put(parts[0], matched);
            in.bindHandled(h, matched);
            try {
                in.executeBlock(h.body()); // no break, continue or return can leave it (a SyntaxError)
            } catch (LangError x) {
                if (x instanceof Interrupted i && !i.catchable()) throw x;
                if (x == matched) {
                    reraised.add(parts[0]); // a bare raise
                } else {
                    Exceptions.setContext(x, matched, in);
                    Object ex = Exceptions.objectOf(x, in);
                    raised.add(ex);
                    errors.put(ex, x);
                }
            } finally {
                in.unbindHandled(h);
            }
        }
        if (rest != null) reraised.add(rest);
        Object result = ExceptionGroups.reraised(original, raised, reraised, in);
        if (result == null) return Interpreter.Flow.NORMAL;
        LangError known = errors.get(result);
        if (known != null) throw known;
        if (raised.isEmpty()) throw standingFor(error, result); // the part of the group raised again keeps its traceback
        throw Exceptions.raise(result, in, s.span());
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
