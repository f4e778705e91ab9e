package dev.adjoint.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether target/adjoint.jar is older than its sources, found while the JVM starts rather than
 * before it. scripts/adjoint starts the JVM at once when the jar exists, naming itself and its bash
 * in the properties adjoint.launcher and adjoint.bash; this check then walks pom.xml and src/main on
 * a thread of its own (the second core) while the session is made, and Main asks for its answer
 * before the first input runs or anything is printed. Stale: the launcher is run again with the same
 * arguments and standard streams (nothing has read stdin yet) and ADJOINT_REBUILD=1, which makes it
 * check and build as it did before the JVM started (saying so on stderr), remake the class-data
 * archive and run the new jar; this process waits for it and exits with its exit status. Without the
 * properties (the tests, {@code java -jar} by hand, a Jupyter kernel, a start that the launcher has
 * already checked) there is no check.
 *
 * <p>The rule is the launcher's own (its stale function, which a kernel and a rebuild still use):
 * stale when pom.xml or any path under src/main is newer than the jar (a file: an edit, even one
 * written in place; a directory: a file added, removed or renamed), names starting with a dot left
 * out as bash's glob leaves them out. Where the two could disagree (an unreadable directory), this
 * one says stale and the launcher decides.
 */
final class StaleJarCheck {
    /** No check: the jar is taken as it is. */
    static final StaleJarCheck NONE = new StaleJarCheck(null, null, null);

    private final Path launcher;
    private final String bash;
    private final String[] args;
    private Thread walker;
    private volatile boolean stale;

    private StaleJarCheck(Path launcher, String bash, String[] args) {
        this.launcher = launcher;
        this.bash = bash;
        this.args = args;
    }

    /** The check for this start of the launcher, begun on its own thread; NONE when the launcher did not ask for it. */
    static StaleJarCheck start(String[] args) {
        String launcher = System.getProperty("adjoint.launcher"), bash = System.getProperty("adjoint.bash");
        if (launcher == null || bash == null) return NONE;
        StaleJarCheck check = new StaleJarCheck(Path.of(launcher), bash, args.clone());
        Path root = check.launcher.toAbsolutePath().getParent().getParent();
        // the launcher's training run for the class-data archive checks too, so that these classes are
        // in the archive; it holds the build's lock, so it never runs the launcher again
        boolean training = System.getenv("ADJOINT_CDS_TRAINING") != null;
        check.walker = new Thread(() -> check.stale = isStale(root) && !training, "adjoint-stale-jar-check");
        check.walker.setDaemon(true);
        check.walker.start();
        return check;
    }

    /** Whether the jar is older than its sources (waits for the check). */
    boolean stale() {
        if (walker == null) return false;
        boolean interrupted = false;
        while (true) {
            try {
                walker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return stale;
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

    /** Whether {@code root}/target/adjoint.jar is missing or older than pom.xml or anything under src/main. */
    static boolean isStale(Path root) {
        try {
            FileTime jar = Files.getLastModifiedTime(root.resolve("target/adjoint.jar"));
            if (newer(root.resolve("pom.xml"), jar)) return true;
            Path sources = root.resolve("src/main");
            if (!Files.isDirectory(sources)) return false;
            boolean[] found = {false};
            Files.walkFileTree(sources, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(sources) && hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                    return visit(dir, attributes);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    return hidden(file) ? FileVisitResult.CONTINUE : visit(file, attributes);
                }

                private FileVisitResult visit(Path path, BasicFileAttributes attributes) {
                    FileTime time = attributes.lastModifiedTime();
                    if (attributes.isSymbolicLink()) { // bash's -nt compares what a link points to
                        try {
                            if (!newer(path, jar)) return FileVisitResult.CONTINUE;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    } else if (time.compareTo(jar) <= 0) {
                        return FileVisitResult.CONTINUE;
                    }
                    found[0] = true;
                    return FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
            return found[0];
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return true; // unsure: the launcher decides
        }
    }

    /** As bash's {@code path -nt jar} for a jar that exists: false for a path that does not. */
    private static boolean newer(Path path, FileTime jar) throws IOException {
        try {
            return Files.getLastModifiedTime(path).compareTo(jar) > 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
