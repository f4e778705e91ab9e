package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * PEP 654's exception groups as CPython 3.11 has them: BaseExceptionGroup's constructor (which
 * makes an ExceptionGroup when every member is an Exception), split, subgroup and derive; and the
 * parts of a group an except* clause matches ({@link #match}) and what a try with except* raises
 * again at its end ({@link #reraised}).
 */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static PyClass baseGroup() {
        return Exceptions.all().get("BaseExceptionGroup");
    }

    static PyClass exceptionGroup() {
        return Exceptions.all().get("ExceptionGroup");
    }

    static boolean isGroup(Object o) {
        return o instanceof PyInstance i && i.pyClass().isSubclassOf(baseGroup());
    }

    /** The exceptions a group holds (its .exceptions). */
    static List<Object> members(Object group) {
        return Values.items(((PyInstance) group).own("exceptions"));
    }

    /** BaseExceptionGroup.__new__, which the interpreter calls as it calls a class's own __new__. */
    static final Descriptors.StaticMethod NEW = new Descriptors.StaticMethod(Builtin.of("__new__", ExceptionGroups::newGroup));

    /** BaseExceptionGroup's __new__, split, subgroup and derive (its __init__ and __str__ are in Exceptions). */
    static void define(PyClass base) {
        base.define("__new__", NEW);
        base.method("split", a -> {
            Object[] parts = split((PyInstance) a.self(), a.expect(1, 1).get(0), true, a.interpreter());
            return Values.tuple(parts[0], parts[1]);
        });
        base.method("subgroup", a -> split((PyInstance) a.self(), a.expect(1, 1).get(0), false, a.interpreter())[0]);
        base.method("derive", a -> { // what split and subgroup call to make each part: a group of the same message
            PyInstance self = (PyInstance) a.self();
            return a.interpreter().call(baseGroup(), List.of(self.own("message"), a.expect(1, 1).get(0)));
        });
    }

    /** BaseExceptionGroup(message, exceptions): checked as CPython checks it, an ExceptionGroup when all are Exceptions. */
    private static Object newGroup(Args a) {
        PyClass cls = (PyClass) a.get(0);
        List<Object> args = a.positional().subList(1, a.size());
        if (args.size() != 2) throw PyError.type("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.size() + " given)");
        List<Object> exceptions = checkedMembers(args.get(0), args.get(1));
        PyClass exception = Exceptions.all().get("Exception");
        boolean allExceptions = exceptions.stream().allMatch(e -> ((PyInstance) e).pyClass().isSubclassOf(exception));
        if (cls == baseGroup() && allExceptions) cls = exceptionGroup();
        if (cls.isSubclassOf(exception) && !allExceptions)
            throw PyError.type(cls == exceptionGroup() ? "Cannot nest BaseExceptions in an ExceptionGroup" : "Cannot nest BaseExceptions in '" + cls.name() + "'");
        return ClassHooks.newInstance(cls, args, a.interpreter());
    }

    /** The members of BaseExceptionGroup(message, exceptions), or CPython's error for bad arguments. */
    static List<Object> checkedMembers(Object message, Object items) {
        if (!(message instanceof String)) throw PyError.type("BaseExceptionGroup.__new__() argument 1 must be str, not " + Values.typeName(message));
        if (items instanceof java.util.Set<?> || items instanceof java.util.Map<?, ?> || items instanceof String || !(items instanceof List<?>))
            throw PyError.type("second argument (exceptions) must be a sequence");
        List<Object> exceptions = Values.items(items);
        if (exceptions.isEmpty()) throw PyError.value("second argument (exceptions) must be a non-empty sequence");
        for (int k = 0; k < exceptions.size(); k++)
            if (!(exceptions.get(k) instanceof PyInstance i && i.pyClass().isSubclassOf(Exceptions.BASE_EXCEPTION)))
                throw PyError.value("Item " + k + " of second argument (exceptions) is not an exception");
        return exceptions;
    }

    /** What split and subgroup test each exception with: a class, a tuple of classes, or a function. */
    private interface Condition {
        boolean matches(Object exception);
    }

    private static Condition condition(Object given, Interpreter in) {
        if (given instanceof PyClass c && c.isSubclassOf(Exceptions.BASE_EXCEPTION)) return e -> ((PyInstance) e).pyClass().isSubclassOf(c);
        if (given instanceof List<?> types && !(given instanceof PyList)) {
            for (Object t : types)
                if (!(t instanceof PyClass c && c.isSubclassOf(Exceptions.BASE_EXCEPTION))) throw notACondition();
            return e -> types.stream().anyMatch(t -> ((PyInstance) e).pyClass().isSubclassOf((PyClass) t));
        }
        if (Values.callable(given) && !(given instanceof PyClass)) return e -> Values.truthy(in.call(given, List.of(e)));
        throw notACondition();
    }

    private static PyError notACondition() {
        return PyError.type("expected a function, exception type or tuple of exception types");
    }

    /**
     * eg.split(condition) (keepRest) or eg.subgroup(condition): the exceptions that match and
     * those that do not, each a group made by derive with the nesting kept, or null (None) when
     * empty; a group the condition matches as a whole is kept whole. Walks nested groups with a
     * stack of its own, so a deep nesting needs no deep Java stack.
     */
    static Object[] split(PyInstance group, Object given, boolean keepRest, Interpreter in) {
        return split(group, condition(given, in), keepRest, in);
    }

    /** One group being split: its members, how far the walk is, and the parts made so far. */
    private static final class Walk {
        final PyInstance group;
        final List<Object> members;
        int next;
        final List<Object> matched = new ArrayList<>(), rest = new ArrayList<>();

        Walk(PyInstance group) {
            this.group = group;
            this.members = members(group);
        }
    }

    private static Object[] split(PyInstance group, Condition condition, boolean keepRest, Interpreter in) {
        if (condition.matches(group)) return new Object[] {group, null};
        Deque<Walk> walks = new ArrayDeque<>();
        walks.push(new Walk(group));
        while (true) {
            Walk w = walks.peek();
            if (w.next < w.members.size()) {
                Object member = w.members.get(w.next++);
                if (condition.matches(member)) w.matched.add(member);
                else if (isGroup(member)) walks.push(new Walk((PyInstance) member));
                else w.rest.add(member);
                continue;
            }
            walks.pop();
            Object matched = w.matched.isEmpty() ? null : derived(w.group, w.matched, in);
            Object rest = !keepRest || w.rest.isEmpty() ? null : derived(w.group, w.rest, in);
            Walk parent = walks.peek();
            if (parent == null) return new Object[] {matched, rest};
            if (matched != null) parent.matched.add(matched);
            if (rest != null) parent.rest.add(rest);
        }
    }

    /** group.derive(members), with the group's traceback, cause, context and a copy of its notes, as CPython's split gives each part. */
    private static PyInstance derived(PyInstance group, List<Object> members, Interpreter in) {
        Object made = in.callMethod(group, "derive", List.of(new PyList(members)));
        if (!isGroup(made)) throw PyError.type("derive must return an instance of BaseExceptionGroup");
        PyInstance part = (PyInstance) made;
        for (String field : List.of("__traceback__", "__cause__", "__context__", "__suppress_context__")) {
            Object value = group.own(field);
            if (value != Environment.UNBOUND) part.setOwn(field, value);
        }
        if (group.own("__notes__") instanceof List<?> notes) part.setOwn("__notes__", new PyList(notes));
        if (part.raisedAs() == null) part.raisedAs(group.raisedAs()); // the group's traceback, which a box shows
        return part;
    }

    /**
     * What an except* clause of {@code type} takes of the exception being handled (null: none): the
     * exception itself when it matches whole (a lone exception wrapped in ExceptionGroup("", [e])),
     * else the part of a group that split gives. [match, rest]. The type is a class or a tuple of
     * classes, checked by the caller.
     */
    static Object[] match(Object exception, Object type, Interpreter in) {
        if (exception == null) return new Object[] {null, null};
        PyInstance ex = (PyInstance) exception;
        if (condition(type, in).matches(ex)) {
            if (isGroup(ex)) return new Object[] {ex, null};
            PyInstance wrapped = (PyInstance) in.call(baseGroup(), List.of("", Values.tuple(ex)));
            wrapped.setOwn("__traceback__", ex.own("__traceback__"));
            return new Object[] {wrapped, null};
        }
        if (!isGroup(ex)) return new Object[] {null, ex};
        List<?> parts = Values.items(in.callMethod(ex, "split", List.of(type)));
        return new Object[] {parts.get(0), parts.get(1)};
    }

    /**
     * What a try with except* raises at its end (CPython's _PyExc_PrepReraiseStar), or null:
     * {@code raised} are the exceptions the handlers raised, {@code reraised} the matched parts
     * they raised again (bare raise) and the part no handler matched. A lone exception gives the
     * one of them there is; a group gives the part of it raised again (its nesting kept) and,
     * when handlers raised new ones, ExceptionGroup("", [new..., part]).
     */
    static Object reraised(Object original, List<Object> raised, List<Object> reraised, Interpreter in) {
        if (!isGroup(original)) return !raised.isEmpty() ? raised.get(0) : reraised.isEmpty() ? null : reraised.get(0);
        Set<Object> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object part : reraised) leaves.addAll(leaves(part));
        Object kept = leaves.isEmpty() ? null : split((PyInstance) original, e -> !isGroup(e) && leaves.contains(e), false, in)[0];
        if (raised.isEmpty()) return kept;
        List<Object> all = new ArrayList<>(raised);
        if (kept != null) all.add(kept);
        return all.size() == 1 ? all.get(0) : in.call(baseGroup(), List.of("", new PyList(all)));
    }

    /** The exceptions of a group that are not groups, at any depth (the exception itself when it is not a group). */
    static List<Object> leaves(Object exception) {
        List<Object> out = new ArrayList<>();
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(exception);
        while (!pending.isEmpty()) {
            Object e = pending.pop();
            if (!isGroup(e)) {
                out.add(e);
                continue;
            }
            List<Object> members = members(e);
            for (int k = members.size() - 1; k >= 0; k--) pending.push(members.get(k));
        }
        return out;
    }
}
