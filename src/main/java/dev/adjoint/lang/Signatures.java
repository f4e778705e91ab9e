package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * inspect.signature: the parameters of a function, a method (without the object it is bound to), a
 * class (its __init__'s, or a dataclass's fields) or a callable object, each with its kind, default
 * and annotation, printed as CPython's inspect prints them ({@code (a: int, b=2, /, *args, c, **kw) -> bool}).
 * A dataclass's generated docstring is its name and this text.
 */
final class Signatures {
    private Signatures() {}

    /** inspect._empty: what a parameter without a default or annotation has there. */
    static final PyClass EMPTY = PyClass.builtin("_empty", "inspect", BuiltinTypes.OBJECT, null);

    /** inspect.Parameter, whose class attributes are the kinds and empty. */
    static final PyClass PARAMETER = PyClass.builtin("Parameter", "inspect", BuiltinTypes.OBJECT, Builtin.of("Parameter", a -> {
        a.expect(2, 2, "default", "annotation");
        if (!(a.get(1) instanceof Kind kind)) throw PyError.value(Repr.repr(a.get(1)) + " is not a valid _ParameterKind");
        Object dflt = a.has("default") ? a.keyword("default") : EMPTY, annotation = a.has("annotation") ? a.keyword("annotation") : EMPTY;
        return new Parameter(a.string(0), kind, dflt, annotation);
    }));

    /** inspect.Signature, whose class attribute empty is inspect._empty. */
    static final PyClass SIGNATURE = PyClass.builtin("Signature", "inspect", BuiltinTypes.OBJECT, Builtin.of("Signature", a -> {
        a.expect(0, 1, "parameters", "return_annotation");
        Object given = a.option(0, "parameters", null);
        return validated(given == null ? List.of() : parameters(given), a.has("return_annotation") ? a.keyword("return_annotation") : EMPTY);
    }));

    private static List<Parameter> parameters(Object given) {
        List<Parameter> params = new ArrayList<>();
        for (Object p : Values.items(given)) {
            if (!(p instanceof Parameter q)) throw PyError.attribute("'" + Values.typeName(p) + "' object has no attribute 'kind'"); // what CPython reads first
            params.add(q);
        }
        return params;
    }

    /** Signature(parameters): CPython's checks of their order, defaults and names. */
    private static Signature validated(List<Parameter> params, Object returns) {
        Kind top = Kind.POSITIONAL_ONLY;
        boolean seenDefault = false;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Parameter p : params) {
            if (p.kind().ordinal() < top.ordinal())
                throw PyError.value("wrong parameter order: " + top.description + " parameter before " + p.kind().description + " parameter");
            top = p.kind();
            if (p.kind() == Kind.POSITIONAL_ONLY || p.kind() == Kind.POSITIONAL_OR_KEYWORD) {
                if (p.dflt() != EMPTY) seenDefault = true;
                else if (seenDefault) throw PyError.value("non-default argument follows default argument");
            }
            if (!names.add(p.name())) throw PyError.value("duplicate parameter name: " + Repr.quoted(p.name()));
        }
        return new Signature(params, returns);
    }

    static {
        for (Kind k : Kind.values()) PARAMETER.define(k.name(), k);
        PARAMETER.define("empty", EMPTY);
        SIGNATURE.define("empty", EMPTY);
    }

    /** inspect._ParameterKind, in CPython's order (its value). */
    enum Kind implements TabledHostObject, PyReprable {
        POSITIONAL_ONLY("positional-only"), POSITIONAL_OR_KEYWORD("positional or keyword"), VAR_POSITIONAL("variadic positional"),
        KEYWORD_ONLY("keyword-only"), VAR_KEYWORD("variadic keyword");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        static Kind of(Stmt.ParamKind k) {
            return switch (k) {
                case POSITIONAL_ONLY -> POSITIONAL_ONLY;
                case NORMAL -> POSITIONAL_OR_KEYWORD;
                case VAR_POSITIONAL -> VAR_POSITIONAL;
                case KEYWORD_ONLY -> KEYWORD_ONLY;
                case VAR_KEYWORD -> VAR_KEYWORD;
            };
        }

        @Override
        public String typeName() {
            return "_ParameterKind";
        }

        private static final AttributeTable<Kind> ATTRIBUTES = new AttributeTable<Kind>()
                .value("description", k -> k.description)
                .value("name", Kind::name)
                .value("value", k -> (long) k.ordinal());

        @Override
        public AttributeTable<Kind> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "<_ParameterKind." + name() + ": " + ordinal() + ">";
        }

        @Override
        public String pyStr() {
            return name();
        }
    }

    /** inspect.Parameter: {@code dflt} and {@code annotation} are {@link #EMPTY} when there is none. */
    record Parameter(String name, Kind kind, Object dflt, Object annotation) implements TabledHostObject, PyReprable {
        @Override
        public String typeName() {
            return "Parameter";
        }

        @Override
        public PyClass pyClass() {
            return PARAMETER;
        }

        private static final AttributeTable<Parameter> ATTRIBUTES = new AttributeTable<Parameter>()
                .value("annotation", Parameter::annotation)
                .value("default", Parameter::dflt)
                .value("kind", Parameter::kind)
                .value("name", Parameter::name)
                .method("replace", (p, a) -> { // a copy with the given parts changed
                    a.expect(0, 0, "name", "kind", "default", "annotation");
                    Object kind = a.has("kind") ? a.keyword("kind") : p.kind;
                    if (!(kind instanceof Kind k)) throw PyError.value(Repr.repr(kind) + " is not a valid _ParameterKind");
                    return new Parameter(a.has("name") ? Repr.str(a.keyword("name")) : p.name, k, a.has("default") ? a.keyword("default") : p.dflt,
                            a.has("annotation") ? a.keyword("annotation") : p.annotation);
                });

        @Override
        public AttributeTable<Parameter> attributeTable() {
            return ATTRIBUTES;
        }

        /** Parameter.__str__: {@code *args: float}, {@code b: int = 2}, {@code c=3}. */
        @Override
        public String pyStr() {
            String text = name;
            if (annotation != EMPTY) text += ": " + formatAnnotation(annotation);
            if (dflt != EMPTY) text += (annotation != EMPTY ? " = " : "=") + Repr.repr(dflt);
            return kind == Kind.VAR_POSITIONAL ? "*" + text : kind == Kind.VAR_KEYWORD ? "**" + text : text;
        }

        @Override
        public String pyRepr() {
            return "<Parameter \"" + pyStr() + "\">";
        }
    }

    /** inspect.Signature: the parameters in order, and the return annotation ({@link #EMPTY} for none). */
    record Signature(List<Parameter> parameters, Object returns) implements TabledHostObject, PyReprable {
        @Override
        public String typeName() {
            return "Signature";
        }

        @Override
        public PyClass pyClass() {
            return SIGNATURE;
        }

        private static final AttributeTable<Signature> ATTRIBUTES = new AttributeTable<Signature>()
                .method("bind", (s, a) -> BoundArguments.bind(s, a.positional(), a.keywords(), false))
                .method("bind_partial", (s, a) -> BoundArguments.bind(s, a.positional(), a.keywords(), true))
                .value("parameters", s -> {
                    PyDict byName = CollectionsModule.orderedDict();
                    for (Parameter p : s.parameters) byName.put(p.name(), p);
                    return byName;
                })
                .method("replace", (s, a) -> { // a copy with new parameters or return annotation
                    a.expect(0, 0, "parameters", "return_annotation");
                    return validated(a.has("parameters") ? Signatures.parameters(a.keyword("parameters")) : s.parameters,
                            a.has("return_annotation") ? a.keyword("return_annotation") : s.returns);
                })
                .value("return_annotation", Signature::returns);

        @Override
        public AttributeTable<Signature> attributeTable() {
            return ATTRIBUTES;
        }

        /** Signature.__str__: the parameters with '/' after the positional-only ones and '*' before the keyword-only ones, then '-> return'. */
        @Override
        public String pyStr() {
            List<String> out = new ArrayList<>();
            boolean slashPending = false, starNeeded = true;
            for (Parameter p : parameters) {
                if (p.kind() == Kind.POSITIONAL_ONLY) {
                    slashPending = true;
                } else if (slashPending) {
                    out.add("/");
                    slashPending = false;
                }
                if (p.kind() == Kind.VAR_POSITIONAL) {
                    starNeeded = false;
                } else if (p.kind() == Kind.KEYWORD_ONLY && starNeeded) {
                    out.add("*");
                    starNeeded = false;
                }
                out.add(p.pyStr());
            }
            if (slashPending) out.add("/");
            String text = "(" + String.join(", ", out) + ")";
            return returns == EMPTY ? text : text + " -> " + formatAnnotation(returns);
        }

        @Override
        public String pyRepr() {
            return "<Signature " + pyStr() + ">";
        }
    }

    private static final Pattern DOTTED = Pattern.compile("[\\w.]+");

    /** inspect.formatannotation: a class by its name (builtins bare), typing's forms without "typing.", anything else its repr. */
    static String formatAnnotation(Object annotation) {
        if (annotation instanceof TypingModule.Form || annotation instanceof TypingModule.Alias || annotation instanceof TypingModule.ForwardRef
                || annotation instanceof TypingModule.TypeVar) {
            Matcher m = DOTTED.matcher(Repr.repr(annotation));
            StringBuilder out = new StringBuilder();
            while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group().startsWith("typing.") ? m.group().substring(7) : m.group()));
            return m.appendTail(out).toString();
        }
        if (annotation instanceof GenericAlias) return Repr.str(annotation);
        if (annotation instanceof PyClass c) return c.module().equals("builtins") ? c.qualifiedName() : c.module() + "." + c.qualifiedName();
        return Repr.repr(annotation);
    }

    /** The signature of what inspect.signature is given; CPython's TypeError and ValueError for what has none. */
    static Signature of(Object obj, Interpreter in) {
        return of(obj, true, in);
    }

    /** {@code followWrapped}: a functools.wraps decorator's signature is that of the function it wraps (getfullargspec does not look). */
    static Signature of(Object obj, boolean followWrapped, Interpreter in) {
        if (followWrapped) obj = unwrapped(obj);
        if (obj instanceof UserFunction f) return ofFunction(f, false);
        if (obj instanceof BoundCallable b && (followWrapped ? unwrapped(b.function()) : b.function()) instanceof UserFunction f) return ofFunction(f, true);
        if (obj instanceof PyClass c && NamedTuples.isNamedTupleClass(c)) return ofNamedTuple(c);
        if (obj instanceof PyClass c && !c.isBuiltin()) return ofClass(c);
        if (obj instanceof PyInstance i && i.pyClass().lookup("__call__") instanceof UserFunction call) return ofFunction(call, true);
        if (obj instanceof Builtin b) {
            String qualified = CPythonDocs.qualifiedName(b, in), text = qualified == null ? null : CPythonDocs.textSignature(qualified);
            Signature recorded = text == null ? null : ofText(text, in);
            if (recorded != null) return recorded;
        }
        if (obj instanceof Callable c) throw PyError.value("no signature found for builtin " + Repr.repr(c));
        throw PyError.type(Repr.repr(obj) + " is not a callable object");
    }

    /**
     * A built-in function's signature from CPython's __text_signature__ ({@code ($module, iterable, /, *, key=None)}): its
     * parameters read as a def's, the module parameter left out; null for one that is no def's (a default CPython cannot write).
     */
    private static Signature ofText(String text, Interpreter in) {
        String params = text.replaceFirst("^\\(\\$(module|self)(, )?", "(").replaceFirst("^\\(/(, )?", "(");
        try {
            Stmt.Def def = (Stmt.Def) Parser.parse("def f" + params + ": pass").get(0);
            List<Parameter> out = new ArrayList<>();
            for (Stmt.Param p : def.params())
                out.add(new Parameter(p.name(), Kind.of(p.kind()), p.defaultValue() == null ? EMPTY : in.evaluate(p.defaultValue()), EMPTY));
            return new Signature(out, EMPTY);
        } catch (LangError e) {
            return null;
        }
    }

    /** inspect.unwrap: what a decorator made with functools.wraps wraps (its __wrapped__), followed to the end. */
    static Object unwrapped(Object obj) {
        for (int hops = 0; hops < 100; hops++) { // CPython gives up on a cycle too
            Object inner = obj instanceof UserFunction f ? f.attribute("__wrapped__") : obj instanceof SingleDispatch d ? d.attribute("__wrapped__") : null;
            if (inner == null) return obj;
            obj = inner;
        }
        return obj;
    }

    /** A def's or lambda's parameters, its annotations as its __annotations__ holds them now; without the first when bound. */
    static Signature ofFunction(UserFunction f, boolean bound) {
        PyDict annotations = f.attribute("__annotations__") instanceof PyDict d ? d : new PyDict();
        List<Parameter> params = new ArrayList<>();
        for (int i = bound ? 1 : 0; i < f.params().size(); i++) {
            Stmt.Param p = f.params().get(i);
            Object dflt = f.defaults().get(i) == Environment.UNBOUND ? EMPTY : f.defaults().get(i);
            params.add(new Parameter(p.name(), Kind.of(p.kind()), dflt, annotations.containsKey(p.name()) ? annotations.get(p.name()) : EMPTY));
        }
        return new Signature(params, annotations.containsKey("return") ? annotations.get("return") : EMPTY);
    }

    /** A namedtuple class's: its fields, with their defaults and (a typing.NamedTuple's) annotations. */
    private static Signature ofNamedTuple(PyClass c) {
        PyDict defaults = c.lookup("_field_defaults") instanceof PyDict d ? d : new PyDict();
        PyDict annotations = c.lookup("__annotations__") instanceof PyDict d ? d : new PyDict();
        List<Parameter> params = new ArrayList<>();
        for (Object field : (List<?>) c.lookup("_fields"))
            params.add(new Parameter((String) field, Kind.POSITIONAL_OR_KEYWORD, defaults.containsKey(field) ? defaults.get(field) : EMPTY,
                    annotations.containsKey(field) ? annotations.get(field) : EMPTY));
        return new Signature(params, EMPTY);
    }

    /** A class's: the first __init__ along its resolution order (a dataclass's from its fields), without self; () for object's. */
    static Signature ofClass(PyClass c) {
        for (PyClass k : c.mro()) {
            if (k.isBuiltin()) break;
            Object init = k.dict().get("__init__");
            if (init instanceof UserFunction f) return ofFunction(f, true);
            if (init != null && DataclassesModule.madeInit(k, init)) return new Signature(DataclassesModule.initParameters(k), null);
        }
        return new Signature(List.of(), EMPTY);
    }
}
