package dev.adjoint.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A pathlib.PosixPath: its text normalised as CPython's pathlib does ('a//b/./c' is 'a/b/c', ''
 * is '.', '..' kept), joined with {@code /}, compared and hashed by its parts. Its methods are
 * {@link PathlibModule}'s; its properties (name, stem, suffix, parent, parts, ...) are here.
 */
final class PyPath implements TabledHostObject, PyOperand, PyReprable {
    /** "/" or "//" (POSIX keeps exactly two leading slashes) for an absolute path, else "". */
    private final String root;
    private final List<String> parts;

    /** A path of one argument: a str or another path (os.PathLike). */
    PyPath(Object v) {
        String text = fsPath(v);
        root = text.startsWith("//") && !text.startsWith("///") ? "//" : text.startsWith("/") ? "/" : "";
        List<String> kept = new ArrayList<>();
        for (String part : text.split("/")) if (!part.isEmpty() && !part.equals(".")) kept.add(part);
        parts = List.copyOf(kept);
    }

    /** The text of a path argument (str or path), or CPython's TypeError. */
    static String fsPath(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof PyPath p) return p.text();
        throw PyError.type("expected str, bytes or os.PathLike object, not " + Values.typeName(v));
    }

    String text() {
        String s = root + String.join("/", parts);
        return s.isEmpty() ? "." : s;
    }

    /** The parts as Path.parts gives them: the root first when there is one. */
    List<String> parts() {
        List<String> out = new ArrayList<>();
        if (!root.isEmpty()) out.add(root);
        out.addAll(parts);
        return out;
    }

    /** this / other: an absolute other replaces this, as in pathlib. */
    PyPath join(Object other) {
        String o = fsPath(other);
        if (o.startsWith("/")) return new PyPath(o);
        return new PyPath(text() + "/" + o);
    }

    PyPath child(String name) {
        return new PyPath(root + String.join("/", parts) + (parts.isEmpty() ? "" : "/") + name);
    }

    String name() {
        return parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    }

    /** The suffix from the last dot of the name, unless the dot starts or ends it. */
    String suffix() {
        String n = name();
        int i = n.lastIndexOf('.');
        return i > 0 && i < n.length() - 1 ? n.substring(i) : "";
    }

    String stem() {
        String n = name();
        return n.substring(0, n.length() - suffix().length());
    }

    private PyPath parent() {
        if (parts.isEmpty()) return this;
        return new PyPath(root + String.join("/", parts.subList(0, parts.size() - 1)));
    }

    PyPath withName(String name) {
        if (parts.isEmpty()) throw PyError.value(pyRepr() + " has an empty name");
        if (name.isEmpty() || name.contains("/") || name.equals(".")) throw PyError.value("Invalid name " + Repr.repr(name));
        return parent().child(name);
    }

    boolean test(Predicate<Path> query) {
        try {
            return query.test(Path.of(text()));
        } catch (RuntimeException e) { // a path Java cannot represent (a NUL byte): pathlib says False
            return false;
        }
    }

    /** The names in this folder, in the order the file system gives them (as os.scandir). */
    List<String> names() {
        Path p = Path.of(text());
        if (!Files.exists(p)) throw PyError.os("FileNotFoundError", 2, "No such file or directory", text());
        if (!Files.isDirectory(p)) throw PyError.os("NotADirectoryError", 20, "Not a directory", text());
        List<String> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(p)) {
            entries.forEach(e -> out.add(e.getFileName().toString()));
        } catch (IOException e) {
            throw PyError.os("PermissionError", 13, "Permission denied", text());
        }
        return out;
    }

    /** glob(pattern): segment by segment, '**' being this folder and every folder under it; each path once. */
    Object glob(String pattern, String function) {
        if (pattern.isEmpty()) throw PyError.value("Unacceptable pattern: ''");
        if (pattern.startsWith("/")) throw new PyError("NotImplementedError", "Non-relative patterns are unsupported");
        List<PyPath> found = List.of(this);
        for (String segment : pattern.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            Set<PyPath> next = new LinkedHashSet<>();
            for (PyPath dir : found) {
                if (!dir.test(Files::isDirectory)) continue;
                if (segment.equals("**")) next.addAll(dir.folders());
                else {
                    Pattern match = segment.equals("..") ? null : wildcard(segment);
                    if (match == null) next.add(dir.child(".."));
                    else for (String name : dir.names()) if (match.matcher(name).matches()) next.add(dir.child(name));
                }
            }
            found = new ArrayList<>(next);
        }
        return PyIterator.generator(function, found.iterator());
    }

    /** This folder and every folder below it, each before its own (as pathlib walks for '**'). */
    private List<PyPath> folders() {
        List<PyPath> out = new ArrayList<>();
        List<PyPath> stack = new ArrayList<>(List.of(this));
        while (!stack.isEmpty()) {
            PyPath dir = stack.remove(stack.size() - 1);
            out.add(dir);
            List<PyPath> subfolders = new ArrayList<>();
            for (String name : dir.names()) {
                PyPath c = dir.child(name);
                if (c.test(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))) subfolders.add(c);
            }
            for (int i = subfolders.size() - 1; i >= 0; i--) stack.add(subfolders.get(i));
        }
        return out;
    }

    /** fnmatch's pattern language for one name: * ? [seq] [!seq] (ranges a-z in a set); case-sensitive, as on POSIX. */
    static Pattern wildcard(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '[' ? pattern.indexOf(']', i + 2) : -1;
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else if (close > 0) {
                String set = pattern.substring(i + 1, close);
                boolean negated = set.startsWith("!");
                re.append('[').append(negated ? "^" : "");
                for (char member : (negated ? set.substring(1) : set).toCharArray())
                    re.append(member == '-' || Character.isLetterOrDigit(member) ? String.valueOf(member) : "\\" + member);
                re.append(']');
                i = close;
            } else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    @Override
    public String typeName() {
        return "PosixPath";
    }

    @Override
    public PyClass pyClass() {
        return PathlibModule.POSIX_PATH;
    }

    private static final AttributeTable<PyPath> ATTRIBUTES = new AttributeTable<PyPath>()
            .value("anchor", p -> p.root)
            .value("drive", p -> "")
            .value("name", PyPath::name)
            .value("parent", PyPath::parent)
            .value("parents", p -> {
                List<Object> out = new ArrayList<>();
                for (PyPath q = p; !q.parts.isEmpty(); q = q.parent()) out.add(q.parent());
                return Values.tuple(out);
            })
            .value("parts", p -> Values.tuple(new ArrayList<>(p.parts())))
            .value("root", p -> p.root)
            .value("stem", PyPath::stem)
            .value("suffix", PyPath::suffix)
            .value("suffixes", p -> {
                PyList out = new PyList();
                String n = p.name();
                if (!n.endsWith(".")) {
                    String[] pieces = n.replaceAll("^\\.+", "").split("\\.", -1);
                    for (int i = 1; i < pieces.length; i++) out.add("." + pieces[i]);
                }
                return out;
            });

    @Override
    public AttributeTable<PyPath> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public Object binary(TokenType op, Object other, boolean reflected) {
        if (op != TokenType.SLASH || !(other instanceof String || other instanceof PyPath)) return null;
        return reflected ? new PyPath(other).join(this) : join(other);
    }

    @Override
    public Object compare(TokenType op, Object other, boolean reflected) {
        if (!(other instanceof PyPath p)) return op == TokenType.EQUAL_EQUAL ? Boolean.FALSE : op == TokenType.BANG_EQUAL ? Boolean.TRUE : null;
        int c = compareParts(parts(), p.parts());
        return Operators.test(op, reflected ? -c : c);
    }

    private static int compareParts(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A path is its own key in dicts and sets: equal by its parts (Path('a/b') == Path('a//b')). */
    Object hashKey() {
        return this;
    }

    @Override
    public String pyRepr() {
        return "PosixPath(" + Repr.repr(text()) + ")";
    }

    @Override
    public String pyStr() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyPath p && parts().equals(p.parts());
    }

    @Override
    public int hashCode() {
        return parts().hashCode();
    }
}
