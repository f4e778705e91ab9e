package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Python's typing, as far as a program runs it: the names import, subscript and print as
 * CPython's ({@code typing.Dict[str, typing.List[int]]}, {@code typing.Optional[int]}), TypeVar,
 * Generic and Protocol as base classes, cast and TYPE_CHECKING. Annotations themselves are
 * never evaluated by adjoint (see the parser), so {@code def f(x: List[int]) -> Optional[int]:}
 * needs none of this unless the program uses the names elsewhere.
 */
final class TypingModule {
    private TypingModule() {}

    /** The generic names: each subscripts to an alias printed as typing.NAME[args]. */
    private static final List<String> FORMS = List.of("Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable",
            "Sequence", "MutableSequence", "Iterable", "Iterator", "Generator", "Mapping", "MutableMapping", "Type", "Deque", "DefaultDict",
            "Counter", "OrderedDict", "Literal", "Final", "ClassVar", "Annotated", "Hashable", "Sized", "Collection", "Container",
            "AbstractSet", "KeysView", "ValuesView", "ItemsView", "Awaitable", "NoReturn");

    static PyModule create() {
        PyModule m = new PyModule("typing");
        for (String name : FORMS) m.add(name, new Form(name));
        m.add("Generic", PyClass.library("Generic", "typing", null));
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

    /** A typing name (List, Optional, ...): subscripting it makes an {@link Alias}. */
    record Form(String name) implements HostObject, Subscriptable, PyReprable {
        @Override
        public Object getItem(Object key) {
            List<Object> args = key instanceof List<?> l && !(key instanceof PyList) ? new ArrayList<>(l) : new ArrayList<>(java.util.Arrays.asList(key));
            if (name.equals("Optional")) {
                if (args.size() != 1) throw PyError.type("typing.Optional requires a single type.");
                return union(List.of(args.get(0), BuiltinTypes.NONE));
            }
            if (name.equals("Union")) return union(args);
            return new Alias(name, args);
        }

        /** Union[...]: one member is that member; with None it prints as Optional. */
        private static Object union(List<Object> members) {
            List<Object> distinct = new ArrayList<>();
            for (Object v : members) {
                Object t = v == null ? BuiltinTypes.NONE : v;
                if (!distinct.contains(t)) distinct.add(t);
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
        public Object attribute(String member) {
            return null;
        }

        @Override
        public Collection<String> attributeNames() {
            return List.of();
        }

        @Override
        public String pyRepr() {
            return "typing." + name;
        }
    }

    /** A subscripted typing name: {@code typing.List[int]}. */
    record Alias(String name, List<Object> args) implements HostObject, Subscriptable, PyReprable {
        @Override
        public Object getItem(Object key) {
            throw PyError.type(pyRepr() + " is not a generic class");
        }

        @Override
        public String typeName() {
            return "_GenericAlias";
        }

        @Override
        public Object attribute(String member) {
            return member.equals("__args__") ? Values.tuple(args) : null;
        }

        @Override
        public Collection<String> attributeNames() {
            return List.of("__args__");
        }

        @Override
        public String pyRepr() {
            StringBuilder sb = new StringBuilder("typing.").append(name).append('[');
            for (int i = 0; i < args.size(); i++) sb.append(i > 0 ? ", " : "").append(argument(args.get(i)));
            return sb.append(']').toString();
        }

        /** How typing prints a type inside brackets: int, __main__.Foo, None, ..., [int, str], ForwardRef('Foo'). */
        private static String argument(Object v) {
            if (v instanceof String s) return "ForwardRef(" + Repr.quoted(s) + ")";
            if (v instanceof PyList l) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(argument(l.get(i)));
                return sb.append(']').toString();
            }
            return GenericAlias.typeText(v);
        }
    }

    /** TypeVar('T'), printed ~T. */
    record TypeVar(String name) implements PyReprable {
        @Override
        public String pyRepr() {
            return "~" + name;
        }
    }
}
