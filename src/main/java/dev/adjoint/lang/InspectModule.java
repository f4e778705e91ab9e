package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's inspect, the part course autograders and notebooks use: signature (see {@link Signatures}),
 * getdoc, getsource and getsourcelines of the functions and classes a program defines (the lines of
 * its def or class statement, decorators included, from the input it was written in), getmembers,
 * cleandoc, and the is* tests (isfunction, ismethod, isclass, ismodule, isbuiltin, isroutine,
 * isgeneratorfunction). adjoint's own functions and classes are Java, so they have no source, and
 * its built-in functions keep no signature: both are said, never guessed.
 */
final class InspectModule {
    private InspectModule() {}

    private static final PyClass FULL_ARG_SPEC = NamedTuples.type("inspect", "FullArgSpec", "args", "varargs", "varkw", "defaults", "kwonlyargs",
            "kwonlydefaults", "annotations");

    private static final PyClass ARG_INFO = NamedTuples.type("inspect", "ArgInfo", "args", "varargs", "keywords", "locals");
    /** inspect.stack()'s items (CPython's also have positions, which adjoint does not give). */
    private static final PyClass FRAME_INFO = NamedTuples.type("inspect", "FrameInfo", "frame", "filename", "lineno", "function", "code_context", "index");

    static PyModule create() {
        PyModule m = new PyModule("inspect");
        m.add(Builtin.of("currentframe", a -> FrameObject.at(a.expect(0, 0).interpreter(), a.span(), 0)));
        m.add(Builtin.of("stack", a -> {
            a.expect(0, 1, "context");
            return FrameObject.stack(a.interpreter(), a.span(), FRAME_INFO);
        }));
        m.add(Builtin.of("getargvalues", a -> argValues(a.interpreter(), a.expect(1, 1, "frame").get(0))));
        m.add("ArgInfo", ARG_INFO);
        m.add("FrameInfo", FRAME_INFO);
        m.add("BoundArguments", BoundArguments.TYPE);
        m.add(Builtin.of("signature", a -> Signatures.of(a.expect(1, 1, "follow_wrapped", "globals", "locals", "eval_str").get(0),
                a.flag("follow_wrapped", true), a.interpreter())));
        m.add("Signature", Signatures.SIGNATURE);
        m.add("Parameter", Signatures.PARAMETER);
        m.add("_empty", Signatures.EMPTY);
        m.add(Builtin.of("getfullargspec", a -> fullArgSpec(a.expect(1, 1, "func").get(0), a.interpreter())));
        m.add(Builtin.of("getfile", a -> file(a.expect(1, 1, "object").get(0))));
        m.add(Builtin.of("getsourcefile", a -> file(a.expect(1, 1, "object").get(0))));
        m.add(Builtin.of("getdoc", a -> doc(a.expect(1, 1).get(0), a.interpreter())));
        m.add(Builtin.of("cleandoc", a -> PydocText.cleandoc(a.expect(1, 1, "doc").string(0))));
        m.add(Builtin.of("getsource", a -> String.join("", sourceLines(a.expect(1, 1, "object").get(0)))));
        m.add(Builtin.of("getsourcelines", a -> {
            Object obj = a.expect(1, 1, "object").get(0);
            return Values.tuple(new PyList(new ArrayList<Object>(sourceLines(obj))), (long) firstLine(obj));
        }));
        m.add(Builtin.of("getmembers", a -> members(a.expect(1, 2, "predicate").get(0), a.option(1, "predicate", null), a.interpreter())));
        m.add(Builtin.of("isfunction", a -> a.expect(1, 1, "object").get(0) instanceof UserFunction));
        m.add(Builtin.of("ismethod", a -> isMethod(a.expect(1, 1, "object").get(0))));
        m.add(Builtin.of("isclass", a -> a.expect(1, 1, "object").get(0) instanceof PyClass));
        m.add(Builtin.of("ismodule", a -> a.expect(1, 1, "object").get(0) instanceof PyModule));
        m.add(Builtin.of("isbuiltin", a -> isBuiltin(a.expect(1, 1, "object").get(0))));
        m.add(Builtin.of("isroutine", a -> {
            Object v = a.expect(1, 1, "object").get(0);
            return v instanceof UserFunction || v instanceof BuiltinMethod || isMethod(v) || isBuiltin(v);
        }));
        m.add(Builtin.of("isgeneratorfunction", a -> a.expect(1, 1, "object").get(0) instanceof UserFunction f && f.isGenerator()));
        m.add(Builtin.of("isgenerator", a -> Generator.isGenerator(a.expect(1, 1, "object").get(0))));
        for (String never : List.of("iscoroutinefunction", "iscoroutine", "isasyncgenfunction", "isawaitable")) // adjoint has no async def
            m.add(Builtin.of(never, a -> {
                a.expect(1, 1, "object");
                return false;
            }));
        m.add(Builtin.of("unwrap", a -> Signatures.unwrapped(a.expect(1, 1, "func").get(0))));
        return m;
    }

    /** inspect.getargvalues(frame): its function's parameter names (positional and keyword-only), *args' and **kwargs' names, and its locals. */
    private static Object argValues(Interpreter in, Object frame) {
        if (!(frame instanceof FrameObject f)) throw PyError.attribute("'" + Values.typeName(frame) + "' object has no attribute 'f_code'");
        PyList args = new PyList();
        Object varargs = null, varkw = null;
        if (f.function() != null) {
            for (Object name : f.function().code().varNames()) {
                Stmt.Param p = f.function().params().stream().filter(q -> q.name().equals(name)).findFirst().orElse(null);
                if (p == null) break;
                switch (p.kind()) {
                    case VAR_POSITIONAL -> varargs = p.name();
                    case VAR_KEYWORD -> varkw = p.name();
                    default -> args.add(p.name());
                }
            }
        }
        return in.call(ARG_INFO, java.util.Arrays.asList(args, varargs, varkw, f.locals()));
    }

    /**
     * inspect.getfullargspec: the signature's parameters by kind (a method's first one kept), its defaults, and its annotations,
     * the return's first; TypeError('unsupported callable') for what has no signature.
     */
    private static Object fullArgSpec(Object obj, Interpreter in) {
        Signatures.Signature sig;
        try {
            sig = obj instanceof BoundCallable b && b.function() instanceof UserFunction f ? Signatures.ofFunction(f, false) : Signatures.of(obj, false, in);
        } catch (PyError e) {
            throw PyError.type("unsupported callable");
        }
        PyList args = new PyList(), keywordOnly = new PyList();
        List<Object> defaults = new ArrayList<>();
        PyDict keywordDefaults = new PyDict(), annotations = new PyDict();
        Object varargs = null, varkw = null;
        if (sig.returns() != Signatures.EMPTY) annotations.put("return", sig.returns());
        for (Signatures.Parameter p : sig.parameters()) {
            switch (p.kind()) {
                case POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD -> {
                    args.add(p.name());
                    if (p.dflt() != Signatures.EMPTY) defaults.add(p.dflt());
                }
                case VAR_POSITIONAL -> varargs = p.name();
                case KEYWORD_ONLY -> {
                    keywordOnly.add(p.name());
                    if (p.dflt() != Signatures.EMPTY) keywordDefaults.put(p.name(), p.dflt());
                }
                case VAR_KEYWORD -> varkw = p.name();
            }
            if (p.annotation() != Signatures.EMPTY) annotations.put(p.name(), p.annotation());
        }
        return in.call(FULL_ARG_SPEC, java.util.Arrays.asList(args, varargs, varkw, defaults.isEmpty() ? null : Values.tuple(defaults), keywordOnly,
                keywordDefaults.size() == 0 ? null : keywordDefaults, annotations));
    }

    /** inspect.getfile: the file a def or class statement was in (its input's name at the prompt). */
    private static Object file(Object obj) {
        Definition d = definition(obj);
        return d.source().origin();
    }

    /** A function bound to an object or a class (CPython's method type: a def's, not a built-in's). */
    private static boolean isMethod(Object v) {
        return v instanceof BoundCallable b && b.function() instanceof UserFunction;
    }

    /** A built-in function, or a built-in method bound to its object ({@code [].append}). */
    private static boolean isBuiltin(Object v) {
        return v instanceof Builtin || v instanceof BoundCallable b && !(b.function() instanceof UserFunction);
    }

    /**
     * inspect.getdoc: the object's docstring, else (for a method or a class) the one it inherits, with
     * its indentation cleaned; None for none.
     */
    private static Object doc(Object obj, Interpreter in) {
        UserFunction f = obj instanceof UserFunction u ? u : obj instanceof BoundCallable b && b.function() instanceof UserFunction u ? u : null;
        if (f != null) return PydocText.docstring(f, f.definingClass());
        if (obj instanceof PyClass c) {
            for (PyClass k : c.mro())
                if (k != BuiltinTypes.OBJECT && k.dict().get("__doc__") instanceof String d) return PydocText.cleandoc(d);
            return null;
        }
        Object d = Attributes.getOrAbsent(in, obj, "__doc__");
        return d instanceof String text ? PydocText.cleandoc(text) : null;
    }

    /** The lines of a def's or class's source, each with its newline, as inspect.getsourcelines gives them. */
    static List<String> sourceLines(Object obj) {
        Definition d = definition(obj);
        return d.source().lines(d.first(), d.last());
    }

    /** The line the source of {@code obj} starts on, in its file. */
    private static int firstLine(Object obj) {
        Definition d = definition(obj);
        return d.source().firstLine() + d.first() - 1;
    }

    /** Where a statement's source lies in its input: its first and last lines there (1-based). */
    private record Definition(Source source, int first, int last) {}

    private static Definition definition(Object obj) {
        if (obj instanceof BoundCallable b) obj = b.function();
        obj = Signatures.unwrapped(obj);
        if (obj instanceof CodeObject c) obj = c.function();
        if (obj instanceof UserFunction f) {
            Source s = f.source();
            if (f.def() == null) return new Definition(s, f.span().line(), s.lineOf(f.span().end())); // a lambda: its lines
            return new Definition(s, firstOf(f.def().decorators(), f.span()).line(), s.blockEnd(f.span(), f.body()));
        }
        if (obj instanceof PyClass c && c.statement() != null) {
            Stmt.ClassDef k = c.statement();
            return new Definition(c.source(), firstOf(k.decorators(), k.span()).line(), c.source().blockEnd(k.span(), k.body()));
        }
        if (obj instanceof PyClass c && c.module().equals("builtins")) throw PyError.type(Repr.repr(c) + " is a built-in class");
        if (obj instanceof PyClass || obj instanceof PyModule) // adjoint's own, written in Java
            throw new PyError("OSError", obj instanceof PyModule ? "source code not available" : "could not find class definition");
        throw PyError.type("module, class, method, function, traceback, frame, or code object was expected, got " + Values.typeName(obj));
    }

    /** Where a def or class starts: its first decorator, else its keyword. */
    static Span firstOf(List<Expr> decorators, Span header) {
        Span first = header;
        for (Expr d : decorators) if (d.span().offset() < first.offset()) first = d.span();
        return first;
    }

    /** inspect.getmembers: the (name, value) pairs of dir(obj) that can be read, sorted by name, those the predicate accepts. */
    private static PyList members(Object obj, Object predicate, Interpreter in) {
        PyList out = new PyList();
        for (String name : Attributes.names(obj)) {
            Object value = Attributes.getOrAbsent(in, obj, name);
            if (value == Environment.UNBOUND) continue;
            if (predicate != null && !Values.truthy(in.call(predicate, java.util.Arrays.asList(value)))) continue;
            out.add(Values.tuple(name, value));
        }
        return out;
    }
}
