package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Python's fileinput: {@code for line in fileinput.input():} reads the lines of the files named on
 * the command line (sys.argv[1:]), or of stdin when there are none or a name is '-', as a piped
 * script does; input(files), filename(), lineno(), filelineno(), isfirstline(), isstdin(),
 * nextfile(), close(), and FileInput as a with statement's object. Files are read as open() reads
 * them; inplace=True (which rewrites the files) is refused: adjoint's programs write no files.
 */
final class FileinputModule {
    private FileinputModule() {}

    static PyModule create() {
        PyModule m = new PyModule("fileinput");
        FileInput[] state = {null}; // the module's current input(), as CPython's _state
        m.add(Builtin.of("input", a -> {
            if (state[0] != null && state[0].current != null) throw new PyError("RuntimeError", "input() already active");
            return state[0] = FileInput.of(a);
        }));
        m.add(Builtin.of("FileInput", FileInput::of));
        for (String name : FileInput.FUNCTIONS) {
            m.add(Builtin.of(name, a -> {
                a.expect(0, 0);
                if (state[0] == null) {
                    if (name.equals("close")) return null;
                    throw new PyError("RuntimeError", "no active input()");
                }
                Object v = state[0].call(name);
                if (name.equals("close")) state[0] = null;
                return v;
            }));
        }
        return m;
    }

    /** One pass over the files' lines: fileinput.FileInput. */
    static final class FileInput implements TabledHostObject, Iterable<Object>, Iterator<Object>, ContextManager {
        /** Its methods, each also a function of the module (on the current input()). */
        static final List<String> FUNCTIONS = List.of("filename", "lineno", "filelineno", "isfirstline", "isstdin", "nextfile", "close");

        private final List<String> files;
        private final StdinFile stdin;
        private int nextFile;
        private Iterator<Object> current; // the open file's lines; null between files and at the end
        private String filename; // of the file the last line came from, or null
        private long lineno, filelineno;

        private FileInput(List<String> files, StdinFile stdin) {
            this.files = files;
            this.stdin = stdin;
        }

        /** input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None, errors=None). */
        static FileInput of(Args a) {
            a.expect(0, 3, "files", "inplace", "backup", "mode", "openhook", "encoding", "errors");
            if (Values.truthy(a.option(1, "inplace", false))) throw PyError.notSupported("fileinput with inplace=True (it rewrites the files; adjoint's programs write no files)");
            if (a.option(4, "openhook", null) != null) throw PyError.notSupported("fileinput's openhook=");
            Object mode = a.option(3, "mode", "r");
            if (!"r".equals(mode)) throw PyError.notSupported("fileinput with mode=" + Repr.repr(mode) + " (text lines only)");
            Object given = a.option(0, "files", null);
            List<String> files = new ArrayList<>();
            Modules modules = a.interpreter().modules();
            if (given == null) {
                List<Object> argv = Values.items(modules.argv());
                for (Object name : argv.subList(Math.min(1, argv.size()), argv.size())) files.add(Repr.str(name));
            } else if (given instanceof String one) {
                files.add(one);
            } else {
                for (Object name : Values.items(given)) files.add(ReadOnlyFiles.pathText(name, "fileinput.input()"));
            }
            if (files.isEmpty()) files.add("-");
            return new FileInput(files, modules.stdin());
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (current != null) nextFile();
                if (nextFile >= files.size()) return false;
                String name = files.get(nextFile++);
                current = name.equals("-") ? stdin : PyFile.open(name, "r", false, null);
                filename = name.equals("-") ? "<stdin>" : name;
                filelineno = 0;
            }
            return true;
        }

        @Override
        public Object next() {
            if (!hasNext()) throw new PyError("StopIteration", "");
            lineno++;
            filelineno++;
            return current.next();
        }

        @Override
        public Iterator<Object> iterator() {
            return this;
        }

        /** Ends the current file: the next line comes from the next one. */
        private void nextFile() {
            current = null;
        }

        private Object call(String name) {
            return switch (name) {
                case "filename" -> filename;
                case "lineno" -> lineno;
                case "filelineno" -> filelineno;
                case "isfirstline" -> filelineno == 1;
                case "isstdin" -> "<stdin>".equals(filename);
                case "nextfile" -> {
                    nextFile();
                    yield null;
                }
                default -> { // close
                    nextFile();
                    nextFile = files.size();
                    yield null;
                }
            };
        }

        @Override
        public Object enter(Interpreter interpreter) {
            return this;
        }

        @Override
        public void exit() {
            call("close");
        }

        @Override
        public String typeName() {
            return "fileinput.FileInput";
        }

        private static final AttributeTable<FileInput> ATTRIBUTES = new AttributeTable<FileInput>()
                .method("__iter__", (f, a) -> f)
                .method("__next__", (f, a) -> f.next());

        static {
            for (String name : FUNCTIONS) ATTRIBUTES.method(name, (f, a) -> {
                a.expect(0, 0);
                return f.call(name);
            });
        }

        @Override
        public AttributeTable<FileInput> attributeTable() {
            return ATTRIBUTES;
        }
    }
}
