package dev.adjoint.kernel;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code adjoint --install-kernel [--user | --prefix DIR]}: writes the kernelspec {@code adjoint}
 * (kernel.json) where Jupyter looks for kernels, as {@code jupyter kernelspec install} does: the
 * system directory /usr/local/share/jupyter by default, the user's data directory with --user,
 * DIR/share/jupyter with --prefix. It starts the launcher (scripts/adjoint) of this checkout with
 * --kernel, asks for interrupts as messages (a SIGINT would end the JVM before our handler
 * matters on some front-ends), and names a language close to Python for highlighting.
 */
public final class KernelSpec {
    public static final String NAME = "adjoint";

    private KernelSpec() {}

    /** Why a write failed, in words (the exception's own name is Java's, not the user's). */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException)
            return "a file is where a directory should be: " + e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such directory: " + e.getMessage();
        return e.getMessage();
    }

    /** Where the kernelspec goes: {@code kernels/adjoint} under the chosen Jupyter data directory. */
    public static Path directory(boolean user, Path prefix) {
        Path data;
        if (prefix != null) data = prefix.resolve("share").resolve("jupyter");
        else if (user) data = userDataDir();
        else data = Paths.get("/usr/local/share/jupyter");
        return data.resolve("kernels").resolve(NAME);
    }

    /** Jupyter's user data directory on Linux: $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter. */
    static Path userDataDir() {
        String explicit = System.getenv("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) return Paths.get(explicit);
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Paths.get(xdg, "jupyter");
        return Paths.get(System.getProperty("user.home"), ".local", "share", "jupyter");
    }

    /** Writes kernel.json into {@code dir} for a kernel started by {@code command} (to which --kernel FILE is added). */
    public static Path write(Path dir, List<String> command) throws IOException {
        Files.createDirectories(dir);
        List<String> argv = new ArrayList<>(command);
        argv.add("--kernel");
        argv.add("{connection_file}");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", "adjoint");
        spec.put("language", "adjoint");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("debugger", false));
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
        Path file = dir.resolve("kernel.json");
        Path tmp = dir.resolve("kernel.json.tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** The command line of --install-kernel; prints where the kernelspec went. Returns the exit code. */
    public static int install(boolean user, Path prefix, List<String> options, java.io.PrintStream out, java.io.PrintStream err) {
        Path dir = directory(user, prefix);
        List<String> command = new ArrayList<>(launcher());
        command.addAll(options);
        try {
            write(dir, command);
        } catch (AccessDeniedException e) {
            err.println("adjoint: no permission to write " + dir + " (try --user, or --prefix DIR)");
            return 1;
        } catch (IOException e) {
            err.println("adjoint: cannot write " + dir + " (" + why(e) + ")");
            return 1;
        }
        out.println("Installed the Jupyter kernel 'adjoint' in " + dir);
        out.println("Start it from any Jupyter front-end (jupyter kernelspec list shows it).");
        return 0;
    }

    /**
     * How to start adjoint again: the launcher beside the jar (or beside target/classes), which
     * rebuilds when needed and uses the class-data archive; else java with this jar or class path.
     */
    static List<String> launcher() {
        Path code;
        try {
            code = Paths.get(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            code = null;
        }
        if (code != null && code.getParent() != null && code.getParent().getParent() != null) {
            Path script = code.getParent().getParent().resolve("scripts").resolve("adjoint");
            if (Files.isExecutable(script)) return List.of(script.toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        if (code != null && code.toString().endsWith(".jar")) return List.of(java, "-jar", code.toString());
        return List.of(java, "-cp", System.getProperty("java.class.path"), "dev.adjoint.repl.Main");
    }
}
