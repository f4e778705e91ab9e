package dev.adjoint.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Python's glob, which only reads folders: glob(pattern, recursive=False) and iglob with
 * CPython's algorithm (segments with * ? [...] matched against each folder's names in the order
 * the file system lists them, names starting with '.' only by a pattern that does, '**' any
 * depth when recursive, a pattern ending in '/' only folders), and escape.
 */
final class GlobModule {
    private GlobModule() {}

    private static final Pattern MAGIC = Pattern.compile("[*?\\[]");

    static PyModule create() {
        PyModule m = new PyModule("glob");
        m.add(Builtin.of("glob", a -> new PyList(new ArrayList<Object>(glob(a)))));
        m.add(Builtin.of("iglob", a -> PyIterator.generator("_iglob", glob(a).iterator())));
        m.add(Builtin.of("escape", a -> {
            String p = path(a.expect(1, 1, "pathname").option(0, "pathname", null));
            return MAGIC.matcher(p).replaceAll("[$0]");
        }));
        m.add(Builtin.of("has_magic", a -> MAGIC.matcher(path(a.expect(1, 1, "s").option(0, "s", null))).find()));
        return m;
    }

    private static List<String> glob(Args a) {
        a.expect(1, 1, "pathname", "root_dir", "dir_fd", "recursive", "include_hidden");
        if (a.keyword("root_dir") != null || a.keyword("dir_fd") != null) throw PyError.notSupported("glob with root_dir= or dir_fd=; join the folder to the pattern");
        String pattern = path(a.option(0, "pathname", null));
        boolean recursive = Values.truthy(a.keyword("recursive")), hidden = Values.truthy(a.keyword("include_hidden"));
        List<String> out = new ArrayList<>();
        new Globbing(recursive, hidden).glob(pattern, false, out);
        if ((pattern.isEmpty() || recursive && pattern.startsWith("**")) && !out.isEmpty() && out.get(0).isEmpty()) out.remove(0);
        return out;
    }

    private static String path(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof PyPath p) return p.text();
        throw PyError.type("expected str, bytes or os.PathLike object, not " + Values.typeName(v));
    }

    private record Globbing(boolean recursive, boolean includeHidden) {
        /** CPython's _iglob: the folder part globbed first (folders only), then the last segment in each. */
        void glob(String pattern, boolean dirOnly, List<String> out) {
            List<Object> parts = OsModule.split(pattern);
            String dirname = (String) parts.get(0), basename = (String) parts.get(1);
            if (!magic(pattern)) {
                if (basename.isEmpty() ? isDir(dirname) : exists(pattern)) out.add(pattern);
                return;
            }
            if (dirname.isEmpty()) {
                inFolder("", basename, dirOnly, out);
                return;
            }
            List<String> dirs = new ArrayList<>();
            if (!dirname.equals(pattern) && magic(dirname)) glob(dirname, true, dirs);
            else dirs.add(dirname);
            for (String dir : dirs) {
                List<String> names = new ArrayList<>();
                if (magic(basename)) inFolder(dir, basename, dirOnly, names);
                else if (basename.isEmpty() ? isDir(dir) : exists(join(dir, basename))) names.add(basename);
                for (String name : names) out.add(join(dir, name));
            }
        }

        /** The names in a folder a segment matches (glob1), or, for '**' when recursive, every path below it (glob2). */
        private void inFolder(String dir, String segment, boolean dirOnly, List<String> out) {
            if (recursive && segment.equals("**")) {
                out.add("");
                below(dir, dirOnly, "", out);
                return;
            }
            Pattern match = PyPath.wildcard(segment);
            boolean hiddenToo = includeHidden || segment.startsWith(".");
            for (String name : list(dir, dirOnly)) if ((hiddenToo || !name.startsWith(".")) && match.matcher(name).matches()) out.add(name);
        }

        private void below(String dir, boolean dirOnly, String prefix, List<String> out) {
            for (String name : list(dir, dirOnly)) {
                if (!includeHidden && name.startsWith(".")) continue;
                out.add(prefix + name);
                below(dir.isEmpty() ? name : join(dir, name), dirOnly, prefix + name + "/", out);
            }
        }

        /** A folder's names in the file system's order (all, or its folders); nothing if it cannot be listed. */
        private static List<String> list(String dir, boolean dirOnly) {
            List<String> out = new ArrayList<>();
            try (Stream<Path> entries = Files.list(Path.of(dir.isEmpty() ? "." : dir))) {
                entries.forEach(e -> {
                    if (!dirOnly || Files.isDirectory(e)) out.add(e.getFileName().toString());
                });
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
            return out;
        }
    }

    private static boolean magic(String s) {
        return MAGIC.matcher(s).find();
    }

    private static boolean exists(String p) {
        try {
            return Files.exists(Path.of(p), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isDir(String p) {
        try {
            return !p.isEmpty() && Files.isDirectory(Path.of(p));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() || a.endsWith("/") ? a + b : a + "/" + b;
    }
}
