package dev.adjoint.repl;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether target/adjoint.jar is older than its sources, found while the JVM starts rather than
 * before it. When the jar exists, scripts/adjoint starts a find that checks (pom.xml or any path
 * under src/main newer than the jar: its check_jar) and writes its verdict to a pipe, then
 * execs the JVM at once, naming the pipe (adjoint.stale-verdict), itself and its bash
 * (adjoint.launcher, adjoint.bash). Main reads the verdict before the first input runs or anything
 * is printed, by when the check has long been done. Stale: the launcher is run again with the same
 * arguments and standard streams (nothing has read stdin yet) and ADJOINT_REBUILD=1, which makes it
 * check and build as it did before the JVM started (saying so on stderr), remake the class-data
 * archive and run the new jar; this process waits for it and exits with its exit status. No verdict
 * (a command that ADJOINT_PRINT_JAVA printed, run by hand) counts as stale: the launcher decides.
 * Without the properties (the tests, {@code java -jar} by hand, a Jupyter kernel, a start that the
 * launcher has checked itself) there is no check.
 */
final class StaleJarCheck {
    /** No check: the jar is taken as it is. */
    static final StaleJarCheck NONE = new StaleJarCheck(null, null, null, null);

    private final String verdict, bash;
    private final Path launcher;
    private final String[] args;

    private StaleJarCheck(String verdict, Path launcher, String bash, String[] args) {
        this.verdict = verdict;
        this.launcher = launcher;
        this.bash = bash;
        this.args = args;
    }

    /** The check of this start of the launcher; NONE when the launcher did not ask for one. */
    static StaleJarCheck of(String[] args) {
        String verdict = System.getProperty("adjoint.stale-verdict"), launcher = System.getProperty("adjoint.launcher"),
                bash = System.getProperty("adjoint.bash");
        if (verdict == null || launcher == null || bash == null) return NONE;
        return new StaleJarCheck(verdict, Path.of(launcher), bash, args.clone());
    }

    /** Whether the jar is older than its sources (the launcher's verdict, waited for if need be). */
    boolean stale() {
        if (verdict == null) return false;
        try (InputStream in = new FileInputStream(verdict)) {
            return in.read() != 't'; // the jar's own path, target/adjoint.jar, when nothing is newer; else a newer path
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Runs the launcher again to build the jar and run it, with this start's arguments and standard
     * streams; its exit status (128 + the signal's number if a signal ended it), or 1 if it could not
     * be started. Ctrl-C at the terminal reaches the new process through the process group and is
     * its to handle: here it is ignored, so that this process never ends before the one it waits
     * for. A SIGTERM or SIGHUP that ends this process ends the new one too.
     */
    int rebuildAndRun() {
        NativeSignals.register("INT", () -> {}); // a handler, not SIG_IGN: the new process must not inherit an ignored Ctrl-C
        NativeSignals.register("QUIT", () -> {});
        List<String> command = new ArrayList<>(List.of(bash, launcher.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("ADJOINT_REBUILD", "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            System.err.println("adjoint: target/adjoint.jar is out of date and " + launcher + " could not be run: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "adjoint-rebuild-stop"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // nothing here may end this process before the new one
            }
        }
    }
}
