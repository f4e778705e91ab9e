package dev.adjoint.lang;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's pathlib for reading (README, Security): {@code Path(...)}, {@code /}, name, stem, suffix,
 * parent, parts, exists/is_file/is_dir, iterdir, glob/rglob, read_text, read_bytes, open (read modes),
 * resolve, Path.cwd()/home(). The methods that write (write_text, mkdir, unlink, ...) are there and
 * refuse with the sentence open(path, 'w') gives. A path is a {@link PyPath}; open(), os.path and
 * gzip.open take one as CPython takes any os.PathLike.
 */
final class PathlibModule {
    private PathlibModule() {}

    static final PyClass PURE_PATH = PyClass.builtin("PurePath", "pathlib", BuiltinTypes.OBJECT, Builtin.of("PurePath", PathlibModule::make));
    static final PyClass PATH = PyClass.builtin("Path", "pathlib", PURE_PATH, Builtin.of("Path", PathlibModule::make));
    static final PyClass POSIX_PATH = PyClass.builtin("PosixPath", "pathlib", PATH, Builtin.of("PosixPath", PathlibModule::make));

    /** What pathlib's writing methods are refused with: the words open(path, 'w') uses (ReadOnlyFiles). */
    private static final List<String> WRITING = List.of("write_text", "write_bytes", "mkdir", "touch", "unlink", "rmdir", "rename", "replace",
            "symlink_to", "hardlink_to", "chmod", "lchmod");

    static {
        PyClass c = PURE_PATH;
        c.define("cwd", Builtin.of("cwd", a -> new PyPath(OsModule.abspath("."))));
        c.define("home", Builtin.of("home", a -> new PyPath(System.getProperty("user.home"))));
        c.method("exists", a -> self(a.expect(0, 0)).test(Files::exists));
        c.method("is_file", a -> self(a.expect(0, 0)).test(Files::isRegularFile));
        c.method("is_dir", a -> self(a.expect(0, 0)).test(Files::isDirectory));
        c.method("is_absolute", a -> self(a.expect(0, 0)).text().startsWith("/"));
        c.method("as_posix", a -> self(a.expect(0, 0)).text());
        c.method("__fspath__", a -> self(a.expect(0, 0)).text());
        c.method("iterdir", a -> {
            PyPath p = self(a.expect(0, 0));
            List<Object> children = new ArrayList<>();
            for (String name : p.names()) children.add(p.child(name));
            return PyIterator.generator("Path.iterdir", children.iterator());
        });
        c.method("glob", a -> self(a).glob(Repr.str(a.expect(1, 1, "pattern").option(0, "pattern", "")), "Path.glob"));
        c.method("rglob", a -> self(a).glob("**/" + Repr.str(a.expect(1, 1, "pattern").option(0, "pattern", "")), "Path.rglob"));
        c.method("read_text", a -> {
            a.expect(0, 2, "encoding", "errors");
            Object encoding = a.option(0, "encoding", null);
            return PyFile.open(self(a).text(), "r", false, encoding == null ? null : Repr.str(encoding)).readRest();
        });
        c.method("read_bytes", a -> PyFile.open(self(a.expect(0, 0)).text(), "rb", false, null).readRest());
        c.method("open", a -> {
            a.expect(0, 5, "mode", "buffering", "encoding", "errors", "newline");
            Object mode = a.option(0, "mode", "r"), encoding = a.option(2, "encoding", null);
            if (!(mode instanceof String m)) throw PyError.type("open() argument 'mode' must be str, not " + Values.typeName(mode));
            return PyFile.open(self(a).text(), m, false, encoding == null ? null : Repr.str(encoding));
        });
        c.method("joinpath", a -> {
            PyPath p = self(a);
            for (Object part : a.positional()) p = p.join(part);
            return p;
        });
        c.method("with_name", a -> self(a).withName(Repr.str(a.expect(1, 1).get(0))));
        c.method("with_stem", a -> {
            PyPath p = self(a);
            return p.withName(Repr.str(a.expect(1, 1).get(0)) + p.suffix());
        });
        c.method("with_suffix", a -> {
            PyPath p = self(a);
            String suffix = Repr.str(a.expect(1, 1).get(0));
            if (!suffix.isEmpty() && (!suffix.startsWith(".") || suffix.equals(".") || suffix.contains("/")))
                throw PyError.value("Invalid suffix " + Repr.repr(suffix));
            return p.withName(p.stem() + suffix);
        });
        c.method("absolute", a -> {
            PyPath p = self(a.expect(0, 0));
            return p.text().startsWith("/") ? p : new PyPath(OsModule.abspath(".")).join(p);
        });
        c.method("resolve", a -> {
            a.expect(0, 1, "strict");
            return new PyPath(resolved(self(a).text()));
        });
        c.method("expanduser", a -> {
            PyPath p = self(a.expect(0, 0));
            String t = p.text(), home = System.getProperty("user.home");
            return t.equals("~") || t.startsWith("~/") ? new PyPath(home + t.substring(1)) : p;
        });
        c.method("relative_to", a -> {
            PyPath p = self(a), other = new PyPath(a.expect(1, 1).get(0));
            List<String> mine = p.parts(), theirs = other.parts();
            if (theirs.size() > mine.size() || !mine.subList(0, theirs.size()).equals(theirs))
                throw PyError.value(Repr.repr(p.text()) + " is not in the subpath of " + Repr.repr(other.text())
                        + " OR one path is relative and the other is absolute.");
            return new PyPath(String.join("/", mine.subList(theirs.size(), mine.size())));
        });
        for (String name : WRITING)
            c.method(name, a -> {
                throw new PyError("PermissionError", "Path." + name + "(): adjoint does not write files from programs; "
                        + "reading is allowed (read_text(), read_bytes(), open()), and :save writes the session's inputs");
            });
    }

    static PyModule create() {
        PyModule m = new PyModule("pathlib");
        m.add("PurePath", PURE_PATH).add("Path", PATH).add("PosixPath", POSIX_PATH).add("PurePosixPath", PURE_PATH);
        return m;
    }

    private static Object make(Args a) {
        PyPath p = new PyPath(".");
        for (Object part : a.positional()) p = p.join(part);
        return p;
    }

    private static PyPath self(Args a) {
        return (PyPath) a.self();
    }

    /** resolve(): absolute, '..' folded, symbolic links followed where the path exists (as far as it does). */
    private static String resolved(String path) {
        java.nio.file.Path p = java.nio.file.Path.of(OsModule.abspath(path));
        try {
            return p.toRealPath().toString();
        } catch (java.io.IOException | RuntimeException e) {
            return p.toString();
        }
    }
}
