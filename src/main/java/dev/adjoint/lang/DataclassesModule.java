package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's dataclasses: {@code @dataclass} (and {@code @dataclass(frozen=True, order=True, ...)})
 * reads the class's annotated fields in order (a base dataclass's first) and gives it __init__,
 * __repr__, __eq__, the order methods, and for frozen ones __setattr__/__delattr__ that refuse and
 * a __hash__, unless the class defines them itself; field(default=, default_factory=, init=,
 * repr=, hash=, compare=, kw_only=), fields, asdict, astuple, replace, is_dataclass. Keyword-only fields
 * (kw_only=True, field(kw_only=True), or those after {@code _: KW_ONLY}) are taken by name only,
 * after the positional ones; slots=True gives the class __slots__ of its fields, so that an
 * attribute that is not a field is refused. Messages are CPython 3.11's.
 */
final class DataclassesModule {
    private DataclassesModule() {}

    private static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<dataclasses._MISSING_TYPE object>";
        }
    };

    /** The KW_ONLY sentinel: a field annotated with it ({@code _: KW_ONLY}) makes the fields after it keyword-only. */
    private static final Object KW_ONLY = new Object() {
        @Override
        public String toString() {
            return "<dataclasses._KW_ONLY_TYPE object at " + Values.address(this) + ">";
        }
    };

    /** dataclasses.InitVar: {@code x: InitVar[int]} is an argument of __init__ passed on to __post_init__, not a field. */
    static final PyClass INIT_VAR = PyClass.builtin("InitVar", "dataclasses", BuiltinTypes.OBJECT,
            Builtin.of("InitVar", a -> new InitVarType(a.expect(1, 1, "type").get(0))));

    static {
        INIT_VAR.define("__class_getitem__", new Descriptors.ClassMethod(new BuiltinMethod("__class_getitem__", a -> new InitVarType(a.expect(1, 1).get(0)))));
    }

    /** InitVar[t]: its type, printed dataclasses.InitVar[t]. */
    record InitVarType(Object type) implements TabledHostObject, PyReprable {
        @Override
        public String typeName() {
            return "InitVar";
        }

        @Override
        public PyClass pyClass() {
            return INIT_VAR;
        }

        private static final AttributeTable<InitVarType> ATTRIBUTES = new AttributeTable<InitVarType>().value("type", InitVarType::type);

        @Override
        public AttributeTable<InitVarType> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "dataclasses.InitVar[" + GenericAlias.typeText(type) + "]";
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("dataclasses");
        m.add(Builtin.of("dataclass", a -> {
            a.expect(0, 1, "init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots");
            Options o = new Options(a.flag("init", true), a.flag("repr", true), a.flag("eq", true), a.flag("order", false), a.flag("frozen", false),
                    a.flag("unsafe_hash", false), a.flag("match_args", true), a.flag("kw_only", false), a.flag("slots", false));
            if (o.order && !o.eq) throw PyError.value("eq must be true if order is true");
            if (a.size() == 1) return process(cls(a.get(0)), o, a.interpreter()); // @dataclass
            return Builtin.of("wrap", b -> process(cls(b.expect(1, 1).get(0)), o, b.interpreter())); // @dataclass(...)
        }));
        m.add(Builtin.of("field", a -> {
            a.expect(0, 0, "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only");
            Object dflt = a.has("default") ? a.keyword("default") : MISSING, factory = a.has("default_factory") ? a.keyword("default_factory") : MISSING;
            if (dflt != MISSING && factory != MISSING) throw PyError.value("cannot specify both default and default_factory");
            Object kwOnly = a.has("kw_only") ? (Object) a.flag("kw_only", false) : MISSING; // unset: the decorator's kw_only decides
            return new Field(null, null, dflt, factory, a.flag("init", true), a.flag("repr", true), a.keyword("hash"), a.flag("compare", true), kwOnly);
        }));
        m.add(Builtin.of("fields", a -> {
            Object v = a.expect(1, 1).get(0);
            Map<String, Field> fs = fieldsOf(v);
            if (fs == null) throw PyError.type("must be called with a dataclass type or instance");
            return Values.tuple(new ArrayList<Object>(fs.values().stream().filter(f -> !f.initVar).toList()));
        }));
        m.add(Builtin.of("is_dataclass", a -> fieldsOf(a.expect(1, 1).get(0)) != null));
        m.add(Builtin.of("asdict", a -> convert(instance(a.expect(1, 1).get(0), "asdict()"), true, 0)));
        m.add(Builtin.of("astuple", a -> convert(instance(a.expect(1, 1).get(0), "astuple()"), false, 0)));
        m.add(Builtin.of("replace", a -> {
            if (a.size() != 1) throw a.typeError("takes 1 positional argument but " + a.size() + " were given");
            PyInstance obj = instance(a.get(0), "replace()");
            Map<String, Object> kw = new LinkedHashMap<>();
            for (Field f : fieldsOf(obj).values()) {
                if (!f.init) {
                    if (a.has(f.name)) throw PyError.value("field " + f.name + " is declared with init=False, it cannot be specified with replace()");
                    continue;
                }
                if (f.initVar && !a.has(f.name) && f.dflt == MISSING) throw PyError.value("InitVar " + Repr.quoted(f.name) + " must be specified with replace()");
                kw.put(f.name, a.has(f.name) ? a.keyword(f.name) : f.initVar ? f.dflt : obj.own(f.name)); // an InitVar's default is its class attribute
            }
            for (String k : a.keywords().keySet()) if (!kw.containsKey(k)) kw.put(k, a.keyword(k)); // __init__ names the unknown one
            return a.interpreter().call(obj.pyClass(), List.of(), kw, a.span());
        }));
        m.add("FrozenInstanceError", Exceptions.library("dataclasses.FrozenInstanceError"));
        m.add("MISSING", MISSING);
        m.add("KW_ONLY", KW_ONLY);
        m.add("InitVar", INIT_VAR);
        return m;
    }

    private record Options(boolean init, boolean repr, boolean eq, boolean order, boolean frozen, boolean unsafeHash, boolean matchArgs, boolean kwOnly, boolean slots) {}

    private static PyClass cls(Object v) {
        if (v instanceof PyClass c && !c.isBuiltin()) return c;
        throw PyError.type("dataclass() should be called on a class, not " + Values.typeName(v));
    }

    private static PyInstance instance(Object v, String function) {
        if (v instanceof PyInstance i && fieldsOf(i) != null) return i;
        throw PyError.type(function + " should be called on dataclass instances");
    }

    /** The fields of a dataclass or of an instance of one, in order; null for anything else. */
    static Map<String, Field> fieldsOf(Object v) {
        PyClass c = v instanceof PyClass k ? k : v instanceof PyInstance i ? i.pyClass() : null;
        if (c == null || !(c.lookup("__dataclass_fields__") instanceof FieldTable t)) return null;
        return t.fields();
    }

    /** __dataclass_fields__: a dict of the class's fields by name, in order (a plain dict, as CPython's). */
    static final class FieldTable extends PyDict {
        FieldTable(Map<String, Field> fields) {
            fields.forEach(this::put);
        }

        /** The fields it holds now. */
        Map<String, Field> fields() {
            Map<String, Field> out = new LinkedHashMap<>();
            for (PyDict.Entry e : entries()) if (e.key() instanceof String name && e.value() instanceof Field f) out.put(name, f);
            return out;
        }
    }

    /** One field: what field(...) says, completed with its name and annotation by @dataclass. */
    static final class Field implements TabledHostObject {
        final String name;
        /** The class's annotation of it: a class ({@code int}), a typing alias, or a string as written. */
        final Object type;
        final Object dflt, factory;
        final boolean init, repr, compare;
        /** field(hash=): None (the default) hashes the field when it is compared; else whether to, by its truth. */
        final Object hash;
        /** True or False once @dataclass has read it; MISSING in a field(...) that did not say. */
        final Object kwOnly;
        /** Annotated InitVar[...]: an argument of __init__ for __post_init__, not a field of the instance. */
        final boolean initVar;

        Field(String name, Object type, Object dflt, Object factory, boolean init, boolean repr, Object hash, boolean compare, Object kwOnly) {
            this.name = name;
            this.type = type;
            this.dflt = dflt;
            this.factory = factory;
            this.init = init;
            this.repr = repr;
            this.hash = hash;
            this.compare = compare;
            this.kwOnly = kwOnly;
            this.initVar = isInitVar(type);
        }

        /** The field of the class's annotation {@code n: t}; {@code kwOnly} is what the decorator and KW_ONLY say when field(...) did not. */
        Field named(String n, Object t, boolean kwOnlyByDefault) {
            return new Field(n, t, dflt, factory, init, repr, hash, compare, kwOnly == MISSING ? kwOnlyByDefault : kwOnly);
        }

        /** In the generated __hash__: CPython's {@code f.hash is None and f.compare or f.hash}. */
        boolean hashed() {
            return !initVar && (hash == null ? compare : Values.truthy(hash));
        }

        boolean hasDefault() {
            return dflt != MISSING || factory != MISSING;
        }

        /** Taken by position in __init__ (not keyword-only). */
        boolean positional() {
            return init && !Boolean.TRUE.equals(kwOnly);
        }

        public String typeName() {
            return "Field";
        }

        /** Read before @dataclass has named the field (field(...).name), name and type are None, as in CPython. */
        private static final AttributeTable<Field> ATTRIBUTES = new AttributeTable<Field>()
                .value("compare", f -> f.compare)
                .value("default", f -> f.dflt)
                .value("hash", f -> f.hash)
                .value("default_factory", f -> f.factory)
                .value("init", f -> f.init)
                .value("kw_only", f -> f.kwOnly)
                .value("name", f -> f.name)
                .value("repr", f -> f.repr)
                .value("type", f -> f.type);

        @Override
        public AttributeTable<Field> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "Field(name=" + Repr.repr(name) + ",type=" + Repr.repr(type) + ",default=" + (dflt == MISSING ? MISSING : Repr.repr(dflt))
                    + ",default_factory=" + (factory == MISSING ? MISSING : Repr.repr(factory)) + ",init=" + Repr.repr(init) + ",repr=" + Repr.repr(repr)
                    + ",hash=" + Repr.repr(hash) + ",compare=" + Repr.repr(compare) + ",kw_only=" + (kwOnly == MISSING ? MISSING : Repr.repr(kwOnly)) + ")";
        }
    }

    /** @dataclass: the fields read, the methods the class lacks added; the class itself is returned. */
    private static PyClass process(PyClass cls, Options o, Interpreter in) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = cls.mro().size() - 1; i >= 1; i--) { // the bases' fields first, as CPython collects them
            Map<String, Field> inherited = fieldsOf(cls.mro().get(i));
            if (inherited != null && cls.mro().get(i).dict().get("__dataclass_fields__") != null) fields.putAll(inherited);
        }
        if (cls.dict().get("__annotations__") instanceof PyDict annotations) {
            boolean afterMarker = false;
            for (PyDict.Entry e : annotations.entries()) {
                String name = (String) e.key();
                Object type = e.value();
                if (isKwOnlyMarker(type)) { // _: KW_ONLY
                    if (afterMarker) throw PyError.type(Repr.quoted(name) + " is KW_ONLY, but KW_ONLY has already been specified");
                    afterMarker = true;
                    continue;
                }
                if (isClassVar(type)) continue; // a class variable, not a field
                Object given = cls.dict().getOrDefault(name, MISSING);
                Field f = given instanceof Field spec ? spec.named(name, type, o.kwOnly || afterMarker)
                        : new Field(name, type, given, MISSING, true, true, null, true, o.kwOnly || afterMarker);
                if (f.dflt instanceof PyList || f.dflt instanceof PyDict || f.dflt instanceof PySet)
                    throw PyError.value("mutable default " + Repr.repr(BuiltinTypes.of(f.dflt)) + " for field " + name + " is not allowed: use default_factory");
                if (given instanceof Field) {
                    if (f.dflt == MISSING) cls.delete(name);
                    else cls.set(name, f.dflt); // the class attribute is the default, as in CPython
                }
                fields.remove(name);
                fields.put(name, f);
            }
        }
        boolean seenDefault = false;
        for (Field f : fields.values()) {
            if (!f.positional()) continue; // keyword-only fields may come in any order
            if (!f.hasDefault() && seenDefault) throw PyError.type("non-default argument '" + f.name + "' follows default argument");
            seenDefault |= f.hasDefault();
        }
        cls.set("__dataclass_fields__", new FieldTable(fields));
        String owner = cls.name();
        if (o.matchArgs) // what a class pattern's positional sub-patterns match: Move(dx, dy)
            setIfAbsent(cls, "__match_args__", Values.tuple(fields.values().stream().filter(Field::positional).map(f -> (Object) f.name).toList()));
        if (o.slots) slots(cls, fields);
        if (o.init) setIfAbsent(cls, "__init__", new BuiltinMethod("__init__", a -> init(a, fields, owner)));
        if (cls.dict().get("__doc__") == null) // as CPython documents it: the class's name and its signature, P(x: int, y: int = 0)
            cls.set("__doc__", cls.name() + Signatures.ofClass(cls).pyStr().replace(" -> None", ""));
        if (o.repr) setIfAbsent(cls, "__repr__", new BuiltinMethod("__repr__", a -> {
            PyInstance self = (PyInstance) a.self();
            List<String> parts = new ArrayList<>();
            for (Field f : fields.values()) if (f.repr && !f.initVar) parts.add(f.name + "=" + Repr.repr(self.own(f.name)));
            return self.pyClass().name() + "(" + String.join(", ", parts) + ")";
        }));
        if (o.eq) setIfAbsent(cls, "__eq__", new BuiltinMethod("__eq__", a -> {
            Object other = a.expect(1, 1).get(0);
            if (!(other instanceof PyInstance p) || p.pyClass() != ((PyInstance) a.self()).pyClass()) return Dunders.NOT_IMPLEMENTED;
            return Operators.equal(compared(a.self(), fields), compared(other, fields));
        }));
        if (o.order)
            for (OperatorNames.Comparison op : OperatorNames.COMPARISONS) {
                if (op.op() == TokenType.EQUAL_EQUAL || op.op() == TokenType.BANG_EQUAL) continue; // order=True: the four orderings, in CPython's order
                String method = op.method();
                TokenType t = op.op();
                if (cls.dict().containsKey(method)) throw PyError.type("Cannot overwrite attribute " + method + " in class " + owner + ". Consider using functools.total_ordering");
                cls.set(method, new BuiltinMethod(method, a -> {
                    Object other = a.expect(1, 1).get(0);
                    if (!(other instanceof PyInstance p) || p.pyClass() != ((PyInstance) a.self()).pyClass()) return Dunders.NOT_IMPLEMENTED;
                    return Operators.compare(t, compared(a.self(), fields), compared(other, fields));
                }));
            }
        if (o.frozen) {
            for (String[] op : new String[][] {{"__setattr__", "assign to"}, {"__delattr__", "delete"}}) {
                if (cls.dict().containsKey(op[0])) throw PyError.type("Cannot overwrite attribute " + op[0] + " in class " + owner);
                cls.set(op[0], new BuiltinMethod(op[0], a -> {
                    throw new PyError("dataclasses.FrozenInstanceError", "cannot " + op[1] + " field " + Repr.repr(Repr.str(a.get(0))));
                }));
            }
        }
        // CPython's _hash_action: unsafe_hash, or eq with frozen, adds a __hash__ (the hash of the tuple of
        // the hashed fields: field(hash=) says, or when None, field(compare=)); eq without frozen makes the class unhashable; a __hash__ of its own stays
        boolean ownHash = cls.dict().containsKey("__hash__");
        if (o.unsafeHash && ownHash) throw PyError.type("Cannot overwrite attribute __hash__ in class " + cls.name());
        if (o.unsafeHash || o.eq && o.frozen && !ownHash)
            cls.set("__hash__", new BuiltinMethod("__hash__", a -> SetOrder.hash(HashKey.of(hashed(a.self(), fields)))));
        else if (o.eq && !ownHash) cls.set("__hash__", null);
        return cls;
    }

    /** What a field made by default_factory shows as its default in the signature of __init__. */
    private static final Object FACTORY = new Object() {
        @Override
        public String toString() {
            return "<factory>";
        }
    };

    /** Whether {@code init} is the __init__ @dataclass gave {@code cls} (one the class defines itself is a def). */
    static boolean madeInit(PyClass cls, Object init) {
        return init instanceof BuiltinMethod && cls.dict().get("__dataclass_fields__") instanceof FieldTable;
    }

    /** The parameters of the __init__ @dataclass made: the fields it takes, those taken by position first, with their types and defaults. */
    static List<Signatures.Parameter> initParameters(PyClass cls) {
        List<Signatures.Parameter> params = new ArrayList<>();
        for (boolean keywordOnly : new boolean[] {false, true})
            for (Field f : fieldsOf(cls).values()) {
                if (!f.init || f.positional() == keywordOnly) continue;
                Object dflt = f.dflt != MISSING ? f.dflt : f.factory != MISSING ? FACTORY : Signatures.EMPTY;
                params.add(new Signatures.Parameter(f.name, keywordOnly ? Signatures.Kind.KEYWORD_ONLY : Signatures.Kind.POSITIONAL_OR_KEYWORD, dflt, f.type));
            }
        return params;
    }

    /** A KW_ONLY annotation: the sentinel, or as a string annotation writes it ({@code "KW_ONLY"}, {@code "dataclasses.KW_ONLY"}). */
    private static boolean isKwOnlyMarker(Object annotation) {
        if (annotation instanceof String text) return text.strip().matches("(\\w+\\s*\\.\\s*)?KW_ONLY\\b.*");
        return annotation == KW_ONLY;
    }

    /** An InitVar annotation: InitVar[t], InitVar itself, or a string that starts so. */
    private static boolean isInitVar(Object annotation) {
        if (annotation instanceof String text) return text.strip().matches("(\\w+\\s*\\.\\s*)?InitVar\\b.*");
        return annotation == INIT_VAR || annotation instanceof InitVarType;
    }

    /** A ClassVar annotation ({@code ClassVar}, {@code ClassVar[int]}, or a string that starts so): a class attribute, not a field. */
    private static boolean isClassVar(Object annotation) {
        if (annotation instanceof String text) return text.strip().matches("(\\w+\\s*\\.\\s*)?ClassVar\\b.*");
        return annotation instanceof TypingModule.Form f && f.name().equals("ClassVar")
                || annotation instanceof TypingModule.Alias a && a.name().equals("ClassVar");
    }

    /**
     * slots=True: __slots__ names the fields, so that setting any other attribute is refused
     * (Attributes.setOrdinary); the defaults stay in the fields, not as class attributes, as in
     * CPython (where a class attribute of a slot's name would conflict with it).
     */
    private static void slots(PyClass cls, Map<String, Field> fields) {
        if (cls.dict().containsKey("__slots__")) throw PyError.type(cls.name() + " already specifies __slots__");
        List<Object> names = new ArrayList<>();
        for (Field f : fields.values()) {
            if (f.initVar) continue;
            names.add(f.name);
            cls.delete(f.name);
        }
        cls.set("__slots__", Values.tuple(names));
    }

    private static void setIfAbsent(PyClass cls, String name, Object method) {
        if (!cls.dict().containsKey(name)) cls.set(name, method);
    }

    /** The tuple of an instance's compared fields (what ==, < and hash look at). */
    private static List<Object> compared(Object self, Map<String, Field> fields) {
        List<Object> out = new ArrayList<>();
        for (Field f : fields.values()) if (f.compare && !f.initVar) out.add(((PyInstance) self).own(f.name));
        return Values.tuple(out);
    }

    /** The tuple of an instance's hashed fields (what the generated __hash__ hashes). */
    private static List<Object> hashed(Object self, Map<String, Field> fields) {
        List<Object> out = new ArrayList<>();
        for (Field f : fields.values()) if (f.hashed()) out.add(((PyInstance) self).own(f.name));
        return Values.tuple(out);
    }

    /**
     * The generated __init__ (the positional fields, then the keyword-only ones): CPython's argument
     * errors, then defaults and default_factory, then __post_init__.
     */
    private static Object init(Args a, Map<String, Field> fields, String owner) {
        PyInstance self = (PyInstance) a.self();
        List<Field> params = fields.values().stream().filter(f -> f.init).toList();
        List<Field> positional = params.stream().filter(Field::positional).toList();
        String fn = owner + ".__init__()";
        if (a.size() > positional.size()) {
            long required = positional.stream().filter(f -> !f.hasDefault()).count() + 1;
            String takes = required == positional.size() + 1 ? String.valueOf(required) : "from " + required + " to " + (positional.size() + 1);
            throw PyError.type(fn + " takes " + takes + " positional argument" + (positional.size() == 0 ? "" : "s") + " but " + (a.size() + 1) + " were given");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < a.size(); i++) values.put(positional.get(i).name, a.get(i));
        for (String k : a.keywords().keySet()) {
            if (params.stream().noneMatch(f -> f.name.equals(k))) throw PyError.type(fn + " got an unexpected keyword argument '" + k + "'");
            if (values.containsKey(k)) throw PyError.type(fn + " got multiple values for argument '" + k + "'");
            values.put(k, a.keyword(k));
        }
        for (boolean byPosition : new boolean[] {true, false}) { // CPython names the missing positional ones first
            List<String> missing = new ArrayList<>();
            for (Field f : params) if (f.positional() == byPosition && !values.containsKey(f.name) && !f.hasDefault()) missing.add(f.name);
            if (!missing.isEmpty()) throw Interpreter.missingArguments(fn, byPosition ? "positional" : "keyword-only", missing);
        }
        List<Object> initVars = new ArrayList<>(); // __post_init__'s arguments, in the fields' order
        for (Field f : fields.values()) {
            Object v = values.containsKey(f.name) ? values.get(f.name)
                    : f.factory != MISSING ? a.interpreter().call(f.factory, List.of()) : f.dflt;
            if (f.initVar) initVars.add(v);
            else if (v != MISSING) self.setOwn(f.name, v);
        }
        if (self.has("__post_init__")) self.call("__post_init__", initVars.toArray());
        return null;
    }

    /** asdict/astuple: dataclass instances, lists, tuples and dicts inside converted too, as CPython's deep copy does. */
    private static Object convert(Object v, boolean dict, int depth) {
        if (depth > Interpreter.MAX_CALL_DEPTH) throw new PyError("RecursionError", "maximum recursion depth exceeded");
        if (v instanceof PyInstance i && fieldsOf(i) != null) {
            if (dict) {
                PyDict out = new PyDict();
                for (Field f : fieldsOf(i).values()) if (!f.initVar) out.put(f.name, convert(i.own(f.name), true, depth + 1));
                return out;
            }
            List<Object> out = new ArrayList<>();
            for (Field f : fieldsOf(i).values()) if (!f.initVar) out.add(convert(i.own(f.name), false, depth + 1));
            return Values.tuple(out);
        }
        if (v instanceof PyList l) {
            PyList out = new PyList();
            for (Object x : l) out.add(convert(x, dict, depth + 1));
            return out;
        }
        if (v instanceof PyDict d) {
            PyDict out = new PyDict();
            for (PyDict.Entry e : d.entries()) out.put(convert(e.key(), dict, depth + 1), convert(e.value(), dict, depth + 1));
            return out;
        }
        if (v instanceof List<?> t && !(v instanceof HostObject)) {
            List<Object> out = new ArrayList<>();
            for (Object x : t) out.add(convert(x, dict, depth + 1));
            return Values.tuple(out);
        }
        return v;
    }
}
