package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * help() of what a user wrote, laid out as CPython 3.11's pydoc lays out text: a function's
 * signature and docstring; a class's constructor signature, docstring, method resolution order
 * and its attributes grouped by kind ("Methods defined here:", "Class methods ...", "Data and
 * other attributes inherited from Base:"), sorted by name, with pydoc's rules for docstrings (a
 * method without one takes a base's, or object's for the special methods). Attributes a class
 * inherits from a built-in or library class (int, Exception, nn.Module) are not listed.
 */
final class PydocText {
    private PydocText() {}

    /** The docstrings object gives its special methods, which pydoc shows for a method without its own. */
    private static final Map<String, String> OBJECT_DOCS = Map.ofEntries(
            Map.entry("__init__", "Initialize self.  See help(type(self)) for accurate signature."),
            Map.entry("__repr__", "Return repr(self)."), Map.entry("__str__", "Return str(self)."),
            Map.entry("__eq__", "Return self==value."), Map.entry("__ne__", "Return self!=value."),
            Map.entry("__lt__", "Return self<value."), Map.entry("__le__", "Return self<=value."),
            Map.entry("__gt__", "Return self>value."), Map.entry("__ge__", "Return self>=value."),
            Map.entry("__hash__", "Return hash(self)."), Map.entry("__format__", "Default object formatter."),
            Map.entry("__setattr__", "Implement setattr(self, name, value)."), Map.entry("__getattribute__", "Return getattr(self, name)."),
            Map.entry("__delattr__", "Implement delattr(self, name)."), Map.entry("__sizeof__", "Size of object in memory, in bytes."),
            Map.entry("__dir__", "Default dir() implementation."));
    private static final String RULE = "-".repeat(70);
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]{6,16}(>+)$", Pattern.CASE_INSENSITIVE);

    /** help(f) of a function a def made. */
    static String function(UserFunction f) {
        // a functools.wraps decorator shows as the function it wraps: its name and docstring, and the wrapped one's parameters
        String name = f.attribute("__name__") instanceof String n ? n : f.name();
        UserFunction shown = Signatures.unwrapped(f) instanceof UserFunction u ? u : f;
        String doc = !f.hasAttribute("__doc__") ? docstring(f, null) : f.attribute("__doc__") instanceof String d ? cleandoc(d) : null;
        return "Help on function " + name + " in module __main__:\n\n" + routine(name, Signatures.ofFunction(shown, false), "", doc) + "\n";
    }

    /** help(obj.method): the method bound to an instance of a user's class. */
    static String method(UserFunction f, PyInstance self) {
        String doc = docstring(f, self.pyClass());
        return "Help on method " + f.name() + " in module __main__:\n\n"
                + routine(f.name(), Signatures.ofFunction(f, true), " method of __main__." + self.pyClass().name() + " instance", doc) + "\n";
    }

    /**
     * help(str.split) and help("a".split): a built-in type's method as pydoc shows it, from CPython's
     * recorded docstring and text signature; null for anything else, or a method not recorded.
     */
    static String builtinMethod(Object v) {
        BuiltinMethod m = v instanceof BuiltinMethod b ? b : v instanceof BoundCallable b && b.function() instanceof BuiltinMethod f ? f : null;
        String qualified = m == null || m.owner() == null ? null : "builtins." + m.owner() + "." + m.name();
        String doc = qualified == null ? null : CPythonDocs.doc(qualified);
        if (doc == null) return null;
        String text = CPythonDocs.textSignature(qualified);
        boolean bound = v instanceof BoundCallable;
        String params = text == null ? "(...)" // pydoc's form when CPython has no signature
                : bound ? text.replaceFirst("^\\(\\$self(, )?", "(").replaceFirst("^\\(/(, )?", "(") : text.replaceFirst("^\\(\\$self", "(self");
        String head = bound ? "Help on built-in function " + m.name() + ":\n\n" + m.name() + params + " method of builtins." + m.owner() + " instance\n"
                : "Help on method_descriptor:\n\n" + m.name() + params + "\n";
        return head + (doc.isEmpty() ? "" : indent(cleandoc(doc), "    ") + "\n") + "\n";
    }

    /** help(C) of a class a class statement made; help(obj) of its instance has another title. */
    static String classText(PyClass c, boolean ofInstance) {
        String title = ofInstance ? "Help on " + c.name() + " in module __main__ object:" : "Help on class " + c.name() + " in module __main__:";
        List<String> contents = new ArrayList<>();
        String init = signatureOfConstructor(c);
        if (init != null) contents.add(c.name() + init + "\n");
        Object doc = c.dict().get("__doc__");
        if (doc instanceof String s && !cleandoc(s).isEmpty()) contents.add(cleandoc(s) + "\n");
        if (c.mro().size() > 2) {
            contents.add("Method resolution order:");
            for (PyClass base : c.mro()) contents.add("    " + qualified(base));
            contents.add("");
        }
        boolean[] ruled = {false};
        for (PyClass owner : c.mro()) {
            if (owner.isBuiltin()) break; // what a built-in or library class gives is not listed
            String tag = owner == c ? "defined here" : "inherited from " + owner.name();
            Map<Kind, List<String>> sections = sections(owner, c);
            for (Kind kind : Kind.values()) {
                List<String> entries = sections.get(kind);
                if (entries.isEmpty()) continue;
                if (ruled[0]) contents.add(RULE);
                ruled[0] = true;
                contents.add(kind.heading + " " + tag + ":\n");
                contents.addAll(entries);
            }
        }
        String body = String.join("\n", contents).stripTrailing();
        return title + "\n\n" + "class " + c.name() + "(" + String.join(", ", c.bases().stream().map(PydocText::qualified).toList()) + ")\n"
                + (body.isEmpty() ? "" : indent(body, " |  ") + "\n") + "\n";
    }

    /** pydoc's groups of attributes, in its order. */
    private enum Kind {
        METHODS("Methods"), CLASS_METHODS("Class methods"), STATIC_METHODS("Static methods"), READONLY("Readonly properties"),
        DESCRIPTORS("Data descriptors"), DATA("Data and other attributes");

        final String heading;

        Kind(String heading) {
            this.heading = heading;
        }
    }

    /** The attributes {@code owner} itself defines that {@code c} does not override, each documented, by kind. */
    private static Map<Kind, List<String>> sections(PyClass owner, PyClass c) {
        Map<String, Object> members = new java.util.TreeMap<>(); // pydoc sorts by name
        for (Map.Entry<String, Object> e : owner.dict().entrySet())
            if (visible(e.getKey()) && definer(c, e.getKey()) == owner) members.put(e.getKey(), e.getValue());
        if (owner.dict().containsKey("__eq__") && !owner.dict().containsKey("__hash__") && definer(c, "__hash__") == owner)
            members.put("__hash__", null); // a class that defines __eq__ alone is unhashable: CPython sets __hash__ = None
        boolean holdsInstanceDict = owner.bases().size() == 1 && owner.bases().get(0) == BuiltinTypes.OBJECT;
        Map<Kind, List<String>> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) out.put(k, new ArrayList<>());
        if (holdsInstanceDict) {
            members.put("__dict__", "dictionary for instance variables");
            members.put("__weakref__", "list of weak references to the object");
        }
        for (Map.Entry<String, Object> e : members.entrySet()) {
            String name = e.getKey();
            Object v = e.getValue();
            if (holdsInstanceDict && (name.equals("__dict__") || name.equals("__weakref__"))) {
                out.get(Kind.DESCRIPTORS).add(name + "\n" + indent((String) v, "    ") + "\n");
            } else if (v instanceof UserFunction f) {
                out.get(Kind.METHODS).add(routine(name, Signatures.ofFunction(f, false), "", docstring(f, c)));
            } else if (v instanceof Descriptors.ClassMethod m && m.function() instanceof UserFunction f) {
                out.get(Kind.CLASS_METHODS).add(routine(name, Signatures.ofFunction(f, true), " from builtins.type", docstring(f, c)));
            } else if (v instanceof Descriptors.StaticMethod m && m.function() instanceof UserFunction f) {
                out.get(Kind.STATIC_METHODS).add(routine(name, Signatures.ofFunction(f, false), "", docstring(f, c)));
            } else if (v instanceof Descriptors.Property p) {
                String doc = p.getter() instanceof UserFunction g ? docstring(g, null) : null;
                out.get(p.setter() == null && p.deleter() == null ? Kind.READONLY : Kind.DESCRIPTORS)
                        .add(name + "\n" + (doc == null ? "" : indent(doc, "    ") + "\n"));
            } else if (v instanceof BuiltinMethod && owner.dict().get("__dataclass_fields__") != null) { // what @dataclass wrote: object's docstrings
                out.get(Kind.METHODS).add(name + dataclassMethodSignature(owner, name) + "\n" + indent(OBJECT_DOCS.getOrDefault(name, ""), "    ") + "\n");
            } else {
                out.get(Kind.DATA).add(data(name, v) + "\n");
            }
        }
        return out;
    }

    /** The signature of a method @dataclass wrote, as inspect.signature reads the code it generates. */
    private static String dataclassMethodSignature(PyClass owner, String name) {
        return switch (name) {
            case "__init__" -> {
                String params = Signatures.ofClass(owner).pyStr();
                yield "(self" + (params.startsWith("()") ? params.substring(1) : ", " + params.substring(1));
            }
            case "__setattr__" -> "(self, name, value)";
            case "__delattr__" -> "(self, name)";
            case "__repr__", "__hash__" -> "(self)";
            default -> "(self, other)"; // __eq__ and the order methods
        };
    }

    /** The class along {@code c}'s method resolution order whose dict holds {@code name} first. */
    private static PyClass definer(PyClass c, String name) {
        for (PyClass k : c.mro()) if (k.dict().containsKey(name) || name.equals("__hash__") && k.dict().containsKey("__eq__")) return k;
        return null;
    }

    /** pydoc's visiblename for a class's attributes: special names shown, private ones and bookkeeping hidden. */
    private static boolean visible(String name) {
        if (List.of("__doc__", "__module__", "__qualname__", "__slots__").contains(name)) return false;
        if (name.startsWith("__") && name.endsWith("__")) return true;
        return !name.startsWith("_");
    }

    /** "name(signature)note", then the docstring indented by four spaces: pydoc's docroutine (the signature as inspect.signature writes it: defaults by their repr). */
    private static String routine(String name, Signatures.Signature signature, String note, String doc) {
        return name + signature.pyStr() + note + "\n" + (doc == null ? "" : indent(doc, "    ") + "\n");
    }

    /** "name = repr": pydoc's docother, the repr without its address, cut to 100 characters and the line to 70. */
    private static String data(String name, Object v) {
        String repr = ADDRESS.matcher(Repr.repr(v)).replaceFirst("$1");
        if (repr.length() > 100) repr = repr.substring(0, 48) + "..." + repr.substring(repr.length() - 49);
        int chop = 70 - (name.length() + 3 + repr.length());
        if (chop < 0) repr = repr.substring(0, repr.length() + chop) + "...";
        return name + " = " + repr;
    }

    /** A function's docstring, else (for a method) the same method's along the class's bases, else object's: inspect.getdoc. */
    static String docstring(UserFunction f, PyClass c) {
        String own = Attributes.docstring(f);
        if (own != null) return cleandoc(own);
        if (c == null) return null;
        for (PyClass k : c.mro()) {
            Object v = k.dict().get(f.name());
            if (v instanceof UserFunction g && g != f && Attributes.docstring(g) != null) return cleandoc(Attributes.docstring(g));
        }
        return OBJECT_DOCS.get(f.name());
    }

    /** The constructor's signature without self, from the first __init__ along the resolution order; null when there is none or it is (). */
    private static String signatureOfConstructor(PyClass c) {
        String s = Signatures.ofClass(c).pyStr();
        return s.equals("()") ? null : s;
    }

    /** A class as pydoc names a base: bare in __main__, else module.name (builtins.object). */
    private static String qualified(PyClass c) {
        return c.module().equals("__main__") ? c.name() : c.module() + "." + c.name();
    }

    /** inspect.cleandoc: the first line stripped, the common indentation of the others removed, blank lines at both ends dropped. */
    static String cleandoc(String doc) {
        List<String> lines = new ArrayList<>(List.of(doc.replace("\t", "        ").split("\n", -1)));
        int margin = Integer.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            int content = line.length() - line.stripLeading().length();
            if (content < line.length()) margin = Math.min(margin, content);
        }
        lines.set(0, lines.get(0).stripLeading());
        if (margin < Integer.MAX_VALUE)
            for (int i = 1; i < lines.size(); i++) lines.set(i, lines.get(i).length() > margin ? lines.get(i).substring(margin) : lines.get(i).strip());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        while (!lines.isEmpty() && lines.get(0).isBlank()) lines.remove(0);
        return String.join("\n", lines);
    }

    /** pydoc's indent: {@code prefix} before every line, the last line's trailing spaces removed. */
    private static String indent(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = prefix + lines[i];
            out.append(i == lines.length - 1 ? line.stripTrailing() : line).append(i == lines.length - 1 ? "" : "\n");
        }
        return out.toString();
    }
}
