package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's typing, as far as a program runs it: the names import, subscript and print as
 * CPython's ({@code typing.Dict[str, typing.List[int]]}, {@code typing.Optional[int]}), TypeVar,
 * Generic and Protocol as base classes, NamedTuple and TypedDict (a class statement's base or a
 * call), NewType, get_type_hints, cast and TYPE_CHECKING. A class body's annotations are evaluated
 * as it runs (see the interpreter); get_type_hints evaluates those that are strings, as CPython does.
 */
final class TypingModule {
    private TypingModule() {}

    /** The generic names: each subscripts to an alias printed as typing.NAME[args]. */
    private static final List<String> FORMS = List.of("Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable",
            "Sequence", "MutableSequence", "Iterable", "Iterator", "Generator", "Mapping", "MutableMapping", "Type", "Deque", "DefaultDict",
            "Counter", "OrderedDict", "Literal", "Final", "ClassVar", "Annotated", "Hashable", "Sized", "Collection", "Container",
            "AbstractSet", "KeysView", "ValuesView", "ItemsView", "Awaitable", "NoReturn", "Self", "TypeAlias", "Never", "LiteralString",
            "Required", "NotRequired", "TypeGuard");

    /** typing.TypedDict: a base for a class statement (see {@link #typedDict}) and, called, the functional form. */
    static final PyClass TYPED_DICT = PyClass.builtin("TypedDict", "typing", BuiltinTypes.OBJECT, Builtin.of("TypedDict", a -> {
        a.expect(1, 2, "total");
        Map<String, Object> namespace = new LinkedHashMap<>();
        PyDict annotations = new PyDict();
        if (a.size() == 2 && a.get(1) instanceof PyDict fields) for (PyDict.Entry e : fields.entries()) annotations.put(e.key(), e.value());
        namespace.put("__annotations__", annotations);
        return typedDict(a.string(0), "__main__", namespace, a.flag("total", true));
    }));

    static PyModule create() {
        PyModule m = new PyModule("typing");
        for (String name : FORMS) m.add(name, new Form(name));
        m.add("Generic", PyClass.library("Generic", "typing", null));
        m.add("NamedTuple", NamedTuples.TYPING_BASE);
        m.add("TypedDict", TYPED_DICT);
        m.add(Builtin.of("NewType", a -> new NewType(a.expect(2, 2, "name", "tp").string(0), a.get(1))));
        m.add(Builtin.of("get_type_hints", a -> typeHints(a.expect(1, 3, "globalns", "localns", "include_extras").get(0), a.interpreter())));
        m.add("Protocol", PyClass.library("Protocol", "typing", null));
        m.add("TYPE_CHECKING", false);
        m.add(Builtin.of("cast", a -> a.expect(2, 2, "typ", "val").option(1, "val", null)));
        m.add(Builtin.of("TypeVar", a -> {
            a.expect(1, Integer.MAX_VALUE, "bound", "covariant", "contravariant");
            return new TypeVar(a.string(0));
        }));
        for (String name : List.of("overload", "final", "no_type_check", "runtime_checkable"))
            m.add(Builtin.of(name, a -> a.expect(1, 1).get(0))); // decorators that change nothing at run time
        return m;
    }

    /**
     * {@code class Movie(TypedDict): title: str}: a class whose call makes a plain dict
     * ({@code Movie(title='x')} is {@code {'title': 'x'}}, of type dict), as in CPython.
     */
    static PyClass typedDict(String name, String module, Map<String, Object> namespace, Object total) {
        PyClass cls = PyClass.builtin(name, module, BuiltinTypes.DICT,
                Builtin.of(name, a -> a.interpreter().call(BuiltinTypes.DICT, a.positional(), a.keywords(), a.span())));
        for (Map.Entry<String, Object> member : namespace.entrySet())
            if (!(member.getKey().equals("__doc__") && member.getValue() == null)) cls.define(member.getKey(), member.getValue());
        cls.define("__annotations__", checkedTypes(namespace.get("__annotations__"), module));
        cls.define("__total__", Values.truthy(total));
        PySet required = new PySet(true), optional = new PySet(true); // every key is one or the other, as total= says
        if (namespace.get("__annotations__") instanceof PyDict keys) for (Object key : keys) (Values.truthy(total) ? required : optional).add(key);
        cls.define("__required_keys__", required);
        cls.define("__optional_keys__", optional);
        return cls;
    }

    /** A class TypedDict made: isinstance and issubclass refuse it, as typing's _TypedDictMeta does. */
    static boolean isTypedDict(PyClass c) {
        return c.isSubclassOf(BuiltinTypes.DICT) && c.dict().get("__total__") instanceof Boolean;
    }

    /**
     * get_type_hints(obj): a class's annotations along its MRO (its bases' first), or a function's,
     * each evaluated as CPython does: a string (a class body keeps them as written, a forward
     * reference is one) is evaluated in the program's names, None is NoneType.
     */
    private static PyDict typeHints(Object obj, Interpreter in) {
        PyDict out = new PyDict();
        if (obj instanceof PyClass c) {
            for (int i = c.mro().size() - 1; i >= 0; i--)
                if (c.mro().get(i).dict().get("__annotations__") instanceof PyDict annotations)
                    for (PyDict.Entry e : annotations.entries()) out.put(e.key(), hint(e.value(), in));
            return out;
        }
        Object annotations = Attributes.getOrAbsent(in, obj, "__annotations__");
        if (!(annotations instanceof PyDict d)) throw PyError.type(Repr.repr(obj) + " is not a module, class, method, or function.");
        for (PyDict.Entry e : d.entries()) out.put(e.key(), hint(e.value(), in));
        return out;
    }

    private static Object hint(Object annotation, Interpreter in) {
        Object v = annotation instanceof String text ? in.evaluateText(text) : annotation instanceof ForwardRef r ? in.evaluateText(r.text()) : annotation;
        if (v instanceof Alias a && !a.name().equals("Literal")) { // Optional["Node"]: the forward references inside are resolved too
            List<Object> args = new ArrayList<>();
            for (Object arg : a.args()) args.add(hint(arg, in));
            v = new Alias(a.name(), args);
        }
        return v == null ? BuiltinTypes.NONE : v;
    }

    /** NewType('UserId', int): called, it gives its argument back; printed __main__.UserId. */
    record NewType(String name, Object supertype) implements Callable, TabledHostObject, PyReprable {
        @Override
        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            if (args.size() != 1 || !keywords.isEmpty())
                throw PyError.type("NewType.__call__() takes 2 positional arguments but " + (args.size() + 1) + " were given");
            return args.get(0);
        }

        @Override
        public String typeName() {
            return "NewType";
        }

        private static final AttributeTable<NewType> ATTRIBUTES = new AttributeTable<NewType>()
                .value("__module__", t -> "__main__")
                .value("__name__", NewType::name)
                .value("__qualname__", NewType::name)
                .value("__supertype__", NewType::supertype);

        @Override
        public AttributeTable<NewType> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "__main__." + name;
        }
    }

    /** A typing name (List, Optional, ...): subscripting it makes an {@link Alias}. */
    record Form(String name) implements HostObject, Subscriptable, PyReprable {
        @Override
        public Object getItem(Object key) {
            List<Object> args = key instanceof List<?> l && !(key instanceof PyList) ? new ArrayList<>(l) : new ArrayList<>(java.util.Arrays.asList(key));
            if (name.equals("Optional")) {
                if (args.size() != 1) throw PyError.type("typing.Optional requires a single type.");
                return union(java.util.Arrays.asList(args.get(0), BuiltinTypes.NONE)); // its argument may be None
            }
            if (name.equals("Union")) return union(args);
            if (name.equals("Literal")) { // repeats dropped: Literal[1, 1] is Literal[1], Literal[True, 1] keeps both
                java.util.Map<List<Object>, Object> distinct = new java.util.LinkedHashMap<>();
                for (Object v : args) distinct.putIfAbsent(Alias.literalKey(v), v);
                return new Alias(name, new ArrayList<>(distinct.values()));
            }
            return new Alias(name, args);
        }

        /** Union[...]: one member is that member; with None it prints as Optional. */
        private static Object union(List<Object> members) {
            List<Object> distinct = new ArrayList<>();
            for (Object v : members) {
                // a union among the members gives its own (Optional[Union[int, str]] is Union[int, str, None])
                List<Object> inner = v instanceof Alias a && a.asUnion() instanceof UnionType u ? u.members() : java.util.Collections.singletonList(v);
                for (Object w : inner) {
                    Object t = w == null ? BuiltinTypes.NONE : w;
                    if (!distinct.contains(t)) distinct.add(t);
                }
            }
            if (distinct.size() == 1) return distinct.get(0);
            if (distinct.size() == 2 && distinct.contains(BuiltinTypes.NONE)) {
                distinct.remove(BuiltinTypes.NONE);
                return new Alias("Optional", distinct);
            }
            return new Alias("Union", distinct);
        }

        @Override
        public String typeName() {
            return "_SpecialForm";
        }

        @Override
        public String pyRepr() {
            return "typing." + name;
        }
    }

    /** A subscripted typing name: {@code typing.List[int]}. */
    record Alias(String name, List<Object> args) implements TabledHostObject, Subscriptable, PyReprable, HashedByValue {
        /** Union[...] or Optional[...] as the types.UnionType it equals (Union[int, str] == int | str), else null. */
        Object asUnion() {
            if (!name.equals("Union") && !name.equals("Optional")) return null;
            Object u = args.get(0);
            for (Object t : args.subList(1, args.size())) u = UnionType.of(u, t);
            return name.equals("Optional") ? UnionType.of(u, null) : u;
        }

        /** As CPython's typing: unions by their set of types, other aliases by name and == arguments (a Literal's by type too: Literal[1] is not Literal[True]). */
        @Override
        public boolean equals(Object o) {
            Object u = asUnion();
            if (u != null) return u.equals(o instanceof Alias a && a.asUnion() != null ? a.asUnion() : o);
            if (!(o instanceof Alias a) || !a.name.equals(name)) return false;
            return name.equals("Literal") ? literalKeys(a.args).equals(literalKeys(args)) : Operators.equal(Values.tuple(args), Values.tuple(a.args));
        }

        /** A Literal's value as typing compares it, with its type (Literal[1, 2] == Literal[2, 1], Literal[1] != Literal[True]). */
        static List<Object> literalKey(Object v) {
            return List.of(Values.typeName(v), HashKey.of(v));
        }

        private static java.util.Set<List<Object>> literalKeys(List<Object> values) {
            java.util.Set<List<Object>> keys = new java.util.HashSet<>();
            for (Object v : values) keys.add(literalKey(v));
            return keys;
        }

        @Override
        public int hashCode() {
            Object u = asUnion();
            return u != null ? u.hashCode() : 31 * name.hashCode() + args.size(); // equal aliases hash alike; their arguments may be lists
        }

        @Override
        public Object getItem(Object key) {
            throw PyError.type(pyRepr() + " is not a generic class");
        }

        @Override
        public String typeName() {
            return "_GenericAlias";
        }

        private static final AttributeTable<Alias> ATTRIBUTES = new AttributeTable<Alias>()
                .value("__args__", t -> Values.tuple(t.args));

        @Override
        public AttributeTable<Alias> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            StringBuilder sb = new StringBuilder("typing.").append(name).append('[');
            for (int i = 0; i < args.size(); i++) // a Literal's arguments are values, not forward references
                sb.append(i > 0 ? ", " : "").append(name.equals("Literal") ? Repr.repr(args.get(i)) : argument(args.get(i)));
            return sb.append(']').toString();
        }

        /** How typing prints a type inside brackets: int, __main__.Foo, None, ..., [int, str], ForwardRef('Foo'). */
        private static String argument(Object v) {
            if (v instanceof String s) return new ForwardRef(s, null).pyRepr();
            if (v == null || v == BuiltinTypes.NONE) return "NoneType"; // typing keeps None as type(None)
            if (v instanceof PyList l) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(argument(l.get(i)));
                return sb.append(']').toString();
            }
            return GenericAlias.typeText(v);
        }
    }

    /** A string annotation as NamedTuple and TypedDict keep it (typing._type_check): ForwardRef('int'), evaluated by get_type_hints. */
    record ForwardRef(String text, String module) implements TabledHostObject, PyReprable {
        @Override
        public String typeName() {
            return "ForwardRef";
        }

        private static final AttributeTable<ForwardRef> ATTRIBUTES = new AttributeTable<ForwardRef>()
                .value("__forward_arg__", ForwardRef::text)
                .value("__forward_module__", ForwardRef::module);

        @Override
        public AttributeTable<ForwardRef> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "ForwardRef(" + Repr.quoted(text) + (module == null ? "" : ", module=" + Repr.quoted(module)) + ")";
        }
    }

    /** The annotations of a NamedTuple or TypedDict class as typing keeps them: a string is a ForwardRef, None is NoneType. */
    static PyDict checkedTypes(Object annotations, String module) {
        PyDict checked = new PyDict();
        if (annotations instanceof PyDict written)
            for (PyDict.Entry e : written.entries())
                checked.put(e.key(), e.value() instanceof String text ? new ForwardRef(text, module) : e.value() == null ? BuiltinTypes.NONE : e.value());
        return checked;
    }

    /** TypeVar('T'), printed ~T. */
    record TypeVar(String name) implements PyReprable {
        @Override
        public String pyRepr() {
            return "~" + name;
        }
    }
}
