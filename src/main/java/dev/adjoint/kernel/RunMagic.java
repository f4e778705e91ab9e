package dev.adjoint.kernel;

import dev.adjoint.lang.Exceptions;
import dev.adjoint.lang.LangError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IPython's {@code %run [-i] [-n] [-e] [-G] FILE [ARGS...]}: the Python file runs as a script in a
 * namespace of its own (in the notebook's with -i), with sys.argv {@code [FILE, ARGS...]}, and its
 * names are the notebook's afterwards, as IPython 8's %run ({@link SessionAdapter#runMain}). FILE
 * is found as IPython's get_py_filename finds it (NAME, else NAME.py); ~ is the home folder in FILE
 * and ARGS; ARGS are not globbed (as with -G). sys.exit(0) ends the file quietly, another status
 * is said on stderr and the cell goes on, as IPython's safe_execfile does (-e: quietly). The
 * profiler, debugger, timing and module forms (-p, -d, -t, -m) are refused with what adjoint has.
 */
final class RunMagic {
    private RunMagic() {}

    static void run(SessionAdapter session, String args, SessionAdapter.Sink sink) {
        List<String> words = split(args);
        boolean inSession = false, asModule = false, ignoreExit = false;
        int i = 0;
        for (; i < words.size() && words.get(i).startsWith("-") && words.get(i).length() > 1; i++) {
            String w = words.get(i);
            if (w.equals("--")) {
                i++;
                break;
            }
            for (char c : w.substring(1).toCharArray()) {
                switch (c) {
                    case 'i' -> inSession = true;
                    case 'n' -> asModule = true;
                    case 'e' -> ignoreExit = true;
                    case 'G' -> { } // adjoint never globs the arguments
                    default -> throw usage("%run -" + c + " is not available in adjoint (it has -i, -n, -e and -G); "
                            + (c == 't' ? "%time %run FILE times it" : c == 'm' ? "import the module instead" : "run the file as it is"));
                }
            }
        }
        if (i == words.size()) throw LangError.python("Exception", "you must provide at least a filename.", null);
        String name = home(words.get(i));
        List<String> arguments = new ArrayList<>();
        for (String w : words.subList(i + 1, words.size())) arguments.add(home(w));
        Path file = find(name);
        String lower = file.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ipynb") || lower.endsWith(".ipy"))
            throw usage("%run of IPython's own files (.ipy, .ipynb) is not available in adjoint: run a .py file");
        if (lower.endsWith(".adj")) throw usage("%run runs Python files; :load " + file + " runs an adjoint script in the notebook");
        try {
            session.runMain(file, arguments, asModule, inSession, sink);
        } catch (LangError e) {
            Exceptions.Exit exit = Exceptions.exitOf(e);
            if (exit == null) throw e;
            if (exit.status() != 0 && !ignoreExit) { // IPython's showtraceback(exception_only=True); the cell goes on
                sink.stdout().flush();
                sink.stderr().print("An exception has occurred, use %tb to see the full traceback.\n\nSystemExit: "
                        + (exit.message() != null ? exit.message() : Integer.toString(exit.status())) + "\n");
            }
        }
    }

    /** IPython's get_py_filename: the name as given if it is a file, else NAME.py; else its error. */
    private static Path find(String name) {
        Path p = Path.of(name);
        if (Files.isRegularFile(p)) return p;
        if (!name.endsWith(".py") && Files.isRegularFile(Path.of(name + ".py"))) return Path.of(name + ".py");
        throw LangError.python("Exception", "File `" + repr(name) + "` not found.", null);
    }

    private static String home(String word) {
        return word.equals("~") || word.startsWith("~/") ? System.getProperty("user.home") + word.substring(1) : word;
    }

    /** Python's repr of a str, as %r writes a file name. */
    private static String repr(String s) {
        char q = s.contains("'") && !s.contains("\"") ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == q) sb.append('\\');
            sb.append(c);
        }
        return sb.append(q).toString();
    }

    /** The words of the line as shlex.split makes them: blanks separate, quotes group, a backslash escapes. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) w.append(line.charAt(++i));
                else w.append(c);
            } else if (Character.isWhitespace(c)) {
                if (w != null) words.add(w.toString());
                w = null;
            } else {
                if (w == null) w = new StringBuilder();
                if (c == '\'' || c == '"') quote = c;
                else if (c == '\\' && i + 1 < line.length()) w.append(line.charAt(++i));
                else w.append(c);
            }
        }
        if (quote != 0) throw usage("No closing quotation");
        if (w != null) words.add(w.toString());
        return words;
    }

    private static LangError usage(String message) {
        return LangError.plain("UsageError", message, null);
    }
}
