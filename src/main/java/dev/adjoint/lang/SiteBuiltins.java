package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * What CPython's site module adds for people at a prompt: {@code exit()} and {@code quit()} (they
 * raise SystemExit, which ends the session as :quit does, in a pipe and a script too) and
 * {@code help()}, which here never waits for input: it points to :help, and help(f) prints what
 * :help f says of a builtin, or a user function's signature and docstring.
 */
final class SiteBuiltins {
    private SiteBuiltins() {}

    static void register(Map<String, Object> t) {
        t.put("exit", new Quitter("exit"));
        t.put("quit", new Quitter("quit"));
        t.put("help", new Helper());
    }

    /** A callable object of CPython's site module: its type's name, no attributes, its own repr. */
    private abstract static class SiteObject implements Callable, HostObject {
        private final String name, typeName;

        SiteObject(String name, String typeName) {
            this.name = name;
            this.typeName = typeName;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String typeName() {
            return typeName;
        }
    }

    /** exit(code) and quit(code): SystemExit(code), as in CPython. */
    static final class Quitter extends SiteObject {
        Quitter(String name) {
            super(name, "Quitter");
        }

        @Override
        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            Object code = new Args(name(), args, keywords, span, interpreter).expect(0, 1, "code").option(0, "code", null);
            throw systemExit(code);
        }

        /** What typing the bare name shows, as CPython's prompt does. */
        @Override
        public String toString() {
            return "Use " + name() + "() or Ctrl-D (i.e. EOF) to exit";
        }
    }

    /** SystemExit(code): str() is the code's, args the code alone. */
    static PyError systemExit(Object code) {
        return new PyError("SystemExit", code == null ? "" : Repr.str(code)).withArgs(code);
    }

    /** help() and help(obj): text, never an interactive loop. */
    static final class Helper extends SiteObject {
        static final String POINTER = """
                adjoint's help is its :help command: :help lists the commands and topics, :help python the
                Python adjoint speaks, :help NAME one command or function (help(f) prints a function's help).""";

        Helper() {
            super("help", "_Helper");
        }

        @Override
        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            Args a = new Args("help", args, keywords, span, interpreter).expect(0, 1);
            String text = a.size() == 0 ? POINTER : text(a.get(0), interpreter);
            for (String line : (text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).split("\n", -1)) interpreter.printer().print(line);
            return null;
        }

        /**
         * The help text of one value: a user's function or class as pydoc lays it out; one of Python's
         * builtins or a library's function or class as CPython's help() prints it (recorded by
         * scripts/fixtures/library_texts.py; a library class's head, without its members); a lecture
         * function's (and a name's, help('sin')) from :help; never one by another's name (NumPy's
         * zeros is not the lecture's zeros(*shape)).
         */
        static String text(Object v, Interpreter interpreter) {
            String name = v instanceof String s ? s : v instanceof Callable c ? c.name() : v instanceof PyClass c ? c.name() : null;
            if (!(v instanceof String) && name != null && Builtins.table().get(name) != v) name = null; // not the lecture's own function
            if (v instanceof UserFunction f) return PydocText.function(f);
            if (v instanceof BoundCallable b && b.function() instanceof UserFunction f && b.self() instanceof PyInstance self)
                return PydocText.method(f, self);
            if (v instanceof PyClass c && !c.isBuiltin()) return PydocText.classText(c, false);
            if (v instanceof PyInstance i && !i.pyClass().isBuiltin()) return PydocText.classText(i.pyClass(), true);
            String descriptor = PydocText.builtinMethod(v); // str.split: CPython's docstring, as recorded
            if (descriptor != null) return descriptor;
            String recorded = v instanceof String ? null : LibraryHelp.pydoc(v, interpreter); // Python's, NumPy's or PyTorch's own
            if (recorded != null) return recorded;
            BuiltinHelp.Entry e = name == null ? null : BuiltinHelp.find(name);
            if (e != null) return e.text();
            String library = v instanceof String ? null : LibraryHelp.qualifiedName(v, interpreter);
            String libraryText = library == null ? null : LibraryHelp.text(library);
            if (libraryText != null) {
                int dot = library.lastIndexOf('.');
                return "Help on " + library.substring(dot + 1) + " in " + library.substring(0, dot) + ":\n\n" + libraryText;
            }
            return "no help text for " + (v instanceof String s ? "'" + s + "'" : "objects of type '" + Values.typeName(v) + "'")
                    + "; :help python lists the Python adjoint speaks, :help functions adjoint's functions";
        }

        @Override
        public String toString() {
            return "Type help() for interactive help, or help(object) for help about object.";
        }
    }
}
