package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * collections.UserList, UserDict and UserString: classes to subclass, whose value is
 * {@code self.data} (a list, dict or str), as CPython 3.11's collections/__init__.py has them.
 * Their methods go through the instance where CPython's do (UserDict's update and setdefault
 * assign with self[key] = value, so an overridden __setitem__ sees them; UserList iterates with
 * self[i]); what returns a new one of them makes it with the instance's own class.
 */
final class UserCollections {
    private UserCollections() {}

    static final PyClass USER_LIST = PyClass.library("UserList", "collections", null);
    static final PyClass USER_DICT = PyClass.library("UserDict", "collections", null);
    static final PyClass USER_STRING = PyClass.library("UserString", "collections", null);

    /** The list methods UserList passes to self.data as they are. */
    private static final List<String> LIST_METHODS = List.of("__len__", "__contains__", "append", "insert", "pop", "remove", "clear",
            "count", "index", "reverse", "sort");
    /** The dict methods UserDict passes to self.data (keys, items and values: self.data's views, where CPython's are KeysView(self) ...). */
    private static final List<String> DICT_METHODS = List.of("__len__", "__contains__", "__delitem__", "__iter__", "keys", "items", "values");
    /** The str methods whose str result UserString gives as a new instance of its class, as CPython's does. */
    private static final Set<String> STRING_RESULTS = Set.of("capitalize", "casefold", "center", "expandtabs", "ljust", "lower", "lstrip",
            "replace", "rjust", "rstrip", "strip", "swapcase", "title", "translate", "upper", "zfill", "removeprefix", "removesuffix",
            "__add__", "__mul__", "__mod__", "__getitem__");
    /** The str methods UserString passes to self.data (its other results are what str's are). */
    private static final List<String> STRING_METHODS = List.of("__len__", "__contains__", "__iter__", "__hash__", "count", "encode", "endswith",
            "find", "format", "format_map", "index", "isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
            "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "partition", "rfind", "rindex", "rpartition", "rsplit",
            "split", "splitlines", "startswith");

    static {
        USER_LIST.method("__init__", a -> {
            a.expect(0, 1, "initlist");
            Object init = a.option(0, "initlist", null);
            List<Object> items = init == null ? new ArrayList<>() : Values.items(init instanceof PyInstance i && isUser(i, USER_LIST) ? data(a.interpreter(), i) : init);
            ((PyInstance) a.self()).setOwn("data", new PyList(items));
            return null;
        });
        for (String name : LIST_METHODS) USER_LIST.method(name, a -> delegate(a, name));
        USER_LIST.method("__getitem__", a -> {
            Object v = Subscripts.get(a.interpreter(), data(a), a.expect(1, 1).get(0));
            return a.get(0) instanceof SliceValue ? make(a, v) : v;
        });
        USER_LIST.method("__setitem__", a -> {
            Subscripts.set(a.interpreter(), data(a), a.expect(2, 2).get(0), a.get(1));
            return null;
        });
        USER_LIST.method("__delitem__", a -> {
            Subscripts.delete(a.interpreter(), data(a), a.expect(1, 1).get(0));
            return null;
        });
        USER_LIST.method("__iter__", a -> new PyIterator("generator", byIndex(a.interpreter(), a.expect(0, 0).self()))); // Sequence.__iter__
        USER_LIST.method("__add__", a -> make(a, Operators.binary(TokenType.PLUS, data(a), asList(a, a.expect(1, 1).get(0)))));
        USER_LIST.method("__radd__", a -> make(a, Operators.binary(TokenType.PLUS, asList(a, a.expect(1, 1).get(0)), data(a))));
        USER_LIST.method("__iadd__", a -> {
            ((PyList) data(a)).addAll(Values.items(cast(a, a.expect(1, 1).get(0))));
            return a.self();
        });
        USER_LIST.method("__mul__", a -> make(a, Operators.binary(TokenType.STAR, data(a), a.expect(1, 1).get(0))));
        USER_LIST.method("__rmul__", a -> make(a, Operators.binary(TokenType.STAR, data(a), a.expect(1, 1).get(0))));
        USER_LIST.method("extend", a -> {
            ((PyList) data(a)).addAll(Values.items(cast(a, a.expect(1, 1).get(0))));
            return null;
        });
        USER_LIST.method("copy", a -> make(a.expect(0, 0), a.self()));
        common(USER_LIST);

        USER_DICT.method("__init__", a -> {
            a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
            ((PyInstance) a.self()).setOwn("data", new PyDict());
            if (a.size() == 1 && a.get(0) != null) update(a.interpreter(), a.self(), a.get(0));
            if (!a.keywords().isEmpty()) update(a.interpreter(), a.self(), dictOf(a.keywords()));
            return null;
        });
        for (String name : DICT_METHODS) USER_DICT.method(name, a -> delegate(a, name));
        USER_DICT.method("__getitem__", a -> {
            Object key = a.expect(1, 1).get(0);
            PyDict d = (PyDict) data(a);
            if (d.containsKey(key)) return d.get(key);
            PyClass cls = BuiltinTypes.of(a.self());
            if (cls.owner("__missing__") != null) return a.interpreter().call(Attributes.get(a.interpreter(), a.self(), "__missing__"), List.of(key));
            throw PyError.key(key);
        });
        USER_DICT.method("__setitem__", a -> {
            ((PyDict) data(a)).put(a.expect(2, 2).get(0), a.get(1));
            return null;
        });
        USER_DICT.method("get", a -> {
            a.expect(1, 2, "key", "default");
            Object key = a.get(0);
            return Operators.contains(a.self(), key) ? Subscripts.get(a.interpreter(), a.self(), key) : a.option(1, "default", null);
        });
        USER_DICT.method("update", a -> {
            a.expect(0, 1, a.keywords().keySet().toArray(new String[0]));
            if (a.size() == 1) update(a.interpreter(), a.self(), a.get(0));
            if (!a.keywords().isEmpty()) update(a.interpreter(), a.self(), dictOf(a.keywords()));
            return null;
        });
        USER_DICT.method("setdefault", a -> { // MutableMapping's: self[key], else self[key] = default
            a.expect(1, 2, "key", "default");
            Object key = a.get(0), absent = a.option(1, "default", null);
            if (Operators.contains(a.self(), key)) return Subscripts.get(a.interpreter(), a.self(), key);
            Subscripts.set(a.interpreter(), a.self(), key, absent);
            return absent;
        });
        USER_DICT.method("pop", a -> { // MutableMapping's: self[key], then del self[key]
            a.expect(1, 2, "key", "default");
            Object key = a.get(0);
            if (!Operators.contains(a.self(), key)) {
                if (a.size() == 2) return a.get(1);
                throw PyError.key(key);
            }
            Object v = Subscripts.get(a.interpreter(), a.self(), key);
            Subscripts.delete(a.interpreter(), a.self(), key);
            return v;
        });
        USER_DICT.method("clear", a -> delegate(a, "clear"));
        USER_DICT.method("popitem", a -> delegate(a, "popitem"));
        USER_DICT.method("copy", a -> {
            a.expect(0, 0);
            return a.interpreter().call(BuiltinTypes.of(a.self()), List.of(DictMethods.copy((PyDict) data(a))));
        });
        USER_DICT.method("__or__", a -> {
            Object other = a.expect(1, 1).get(0);
            if (!(other instanceof PyDict) && !(other instanceof PyInstance i && isUser(i, USER_DICT))) return Dunders.NOT_IMPLEMENTED;
            return make(a, Operators.binary(TokenType.PIPE, data(a), cast(a, other)));
        });
        USER_DICT.method("__ior__", a -> {
            update(a.interpreter(), a.self(), a.expect(1, 1).get(0));
            return a.self();
        });
        common(USER_DICT);

        USER_STRING.method("__init__", a -> {
            Object seq = a.expect(1, 1, "seq").get(0);
            ((PyInstance) a.self()).setOwn("data", seq instanceof String s ? s : seq instanceof PyInstance i && isUser(i, USER_STRING)
                    ? data(a.interpreter(), i) : Repr.str(seq));
            return null;
        });
        for (String name : STRING_METHODS) USER_STRING.method(name, a -> delegate(a, name));
        for (String name : STRING_RESULTS) USER_STRING.method(name, a -> {
            Object r = delegate(a, name);
            return r instanceof String ? make(a, r) : r;
        });
        USER_STRING.method("__radd__", a -> make(a, Repr.str(cast(a, a.expect(1, 1).get(0))) + data(a)));
        USER_STRING.method("__rmul__", a -> make(a, Operators.binary(TokenType.STAR, data(a), a.expect(1, 1).get(0))));
        USER_STRING.method("__rmod__", a -> make(a, Operators.binary(TokenType.PERCENT, Repr.str(a.expect(1, 1).get(0)), a.self())));
        USER_STRING.method("__str__", a -> Repr.str(data(a.expect(0, 0))));
        USER_STRING.method("__int__", a -> a.interpreter().call(BuiltinTypes.INT, List.of(data(a.expect(0, 0)))));
        USER_STRING.method("__float__", a -> a.interpreter().call(BuiltinTypes.FLOAT, List.of(data(a.expect(0, 0)))));
        common(USER_STRING);
    }

    /** __repr__ and the comparisons: self.data's, the other one's data when it is one of them too. */
    private static void common(PyClass cls) {
        cls.method("__repr__", a -> Repr.repr(data(a.expect(0, 0))));
        Map<String, TokenType> comparisons = Map.of("__eq__", TokenType.EQUAL_EQUAL, "__ne__", TokenType.BANG_EQUAL, "__lt__", TokenType.LESS,
                "__le__", TokenType.LESS_EQUAL, "__gt__", TokenType.GREATER, "__ge__", TokenType.GREATER_EQUAL);
        comparisons.forEach((name, op) -> cls.method(name, a -> Operators.compare(op, data(a), cast(a, a.expect(1, 1).get(0)))));
        cls.define("__hash__", cls == USER_STRING ? cls.lookup("__hash__") : null); // mutable ones are unhashable, as they define __eq__
    }

    private static boolean isUser(PyInstance i, PyClass cls) {
        return i.pyClass().isSubclassOf(cls);
    }

    private static Object data(Args a) {
        return data(a.interpreter(), a.self());
    }

    private static Object data(Interpreter in, Object self) {
        return Attributes.get(in, self, "data");
    }

    /** other.data when other is a UserList/UserDict/UserString, else other (CPython's __cast). */
    private static Object cast(Args a, Object other) {
        return other instanceof PyInstance i && (isUser(i, USER_LIST) || isUser(i, USER_DICT) || isUser(i, USER_STRING)) ? data(a.interpreter(), i) : other;
    }

    /** The other operand of + as a list (its data, a list, or list(other)). */
    private static Object asList(Args a, Object other) {
        Object o = cast(a, other);
        return o instanceof PyList ? o : new PyList(Values.items(o));
    }

    /** self.data's own method, called with the call's arguments (UserString's: their data for UserStrings). */
    private static Object delegate(Args a, String name) {
        Interpreter in = a.interpreter();
        List<Object> args = new ArrayList<>();
        for (Object v : a.positional()) args.add(a.self() instanceof PyInstance i && isUser(i, USER_STRING) ? cast(a, v) : v);
        return in.call(Attributes.get(in, data(a), name), args, a.keywords(), a.span());
    }

    /** self.__class__(value). */
    private static Object make(Args a, Object value) {
        return a.interpreter().call(BuiltinTypes.of(a.self()), List.of(value));
    }

    private static PyDict dictOf(Map<String, Object> keywords) {
        PyDict d = new PyDict();
        keywords.forEach(d::put);
        return d;
    }

    /** MutableMapping.update: self[key] = value for each of a mapping's keys, or each pair. */
    private static void update(Interpreter in, Object self, Object other) {
        Object o = other;
        boolean mapping = o instanceof PyDict || Attributes.getOrAbsent(in, o, "keys") != Environment.UNBOUND;
        if (mapping) {
            for (Object key : Values.items(in.call(Attributes.get(in, o, "keys"), List.of())))
                Subscripts.set(in, self, key, Subscripts.get(in, o, key));
            return;
        }
        for (Object pair : Values.items(o)) {
            List<Object> kv = Values.items(pair);
            if (kv.size() != 2) throw PyError.value("dictionary update sequence element has length " + kv.size() + "; 2 is required");
            Subscripts.set(in, self, kv.get(0), kv.get(1));
        }
    }

    /** Sequence.__iter__: self[0], self[1], ... until IndexError, through the instance (a subclass's __getitem__ too). */
    private static Iterator<Object> byIndex(Interpreter in, Object self) {
        return new Iterator<>() {
            private long i;
            private Object next;
            private boolean done, ready;

            public boolean hasNext() {
                if (!ready && !done) {
                    try {
                        next = Subscripts.get(in, self, i++);
                        ready = true;
                    } catch (PyError e) {
                        if (!e.type().equals("IndexError")) throw e;
                        done = true;
                    } catch (LangError e) {
                        if (!"IndexError".equals(e.type())) throw e;
                        done = true;
                    }
                }
                return ready;
            }

            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                ready = false;
                return next;
            }
        };
    }
}
