package dev.adjoint.files;

import dev.adjoint.scope.Scope;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where relative file names point: in a script, its own folder, so that a script finds the files
 * beside it wherever it is run from (examples/mnist.adj from the project or from examples/); at
 * the prompt and in -e statements, the working directory. The folder is set for the thread that
 * runs a script, for as long as it runs (the command line's FILE, :load), like grad mode.
 */
public final class ScriptFolder {
    private static final ThreadLocal<Path> CURRENT = new ThreadLocal<>();

    private ScriptFolder() {}

    static {
        dev.adjoint.scope.Carried.register(() -> { // a thread the program starts opens files beside the script too
            Path folder = CURRENT.get();
            return () -> {
                Path previous = CURRENT.get();
                CURRENT.set(folder);
                return () -> CURRENT.set(previous);
            };
        });
    }

    /** {@code name} as the file it names here: absolute names as they are, relative ones against the running script's folder. */
    public static Path resolve(String name) {
        Path p = Path.of(name);
        Path folder = CURRENT.get();
        return folder == null || p.isAbsolute() ? p : folder.resolve(p).normalize();
    }

    /**
     * Like {@link #resolve(String)}, but as written, not normalized: import names a module's file
     * by its folder on sys.path joined with the name, as CPython does ("/work/./python/needle").
     */
    public static Path resolveAsWritten(String name) {
        Path p = Path.of(name);
        Path folder = CURRENT.get();
        return folder == null || p.isAbsolute() ? p : folder.resolve(p);
    }

    /** Like {@link #resolve(String)}, but a name that is no valid path stays as it is (for messages). */
    public static String resolveText(String name) {
        try {
            return resolve(name).toString();
        } catch (InvalidPathException e) {
            return name;
        }
    }

    /** Runs a script: relative names resolve against {@code script}'s folder until the scope is closed. */
    public static Scope enter(Path script) {
        Path previous = CURRENT.get();
        Path parent = script.getParent(); // relative stays relative: messages name files as the user would
        CURRENT.set(parent == null ? Path.of("") : parent);
        return () -> { // puts the previous folder back (the outer script's, or none)
            if (previous == null) CURRENT.remove();
            else CURRENT.set(previous);
        };
    }
}
