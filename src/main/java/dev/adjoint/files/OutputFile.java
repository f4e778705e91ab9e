package dev.adjoint.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file the user asked adjoint to write (:save, :graph --out), written the one safe way: the
 * content goes to a temporary file beside the target, which is then renamed over it, so a failure
 * or a kill leaves the old file whole. Only a regular file is ever written or replaced: a
 * directory, a FIFO, a device or a symbolic link (dangling or not) is refused, even with --force,
 * and an existing file only with --force. A temporary file left by a killed process is removed by
 * the next write to the same name, so they cannot accumulate.
 */
public final class OutputFile implements AutoCloseable {
    /** Why the file cannot be written; the message names it and is complete. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private static final String TMP_TAG = ".adjoint-";

    private final Path target, temp;
    private final String shown;
    private final boolean force;
    private boolean committed;

    private OutputFile(Path target, Path temp, String shown, boolean force) {
        this.target = target;
        this.temp = temp;
        this.shown = shown;
        this.force = force;
    }

    /** The same, without making a missing folder (:save says it is missing). */
    public static OutputFile open(Path path, String shown, boolean force) throws IOException {
        return open(path, shown, force, false);
    }

    /**
     * Checks the target and makes an empty temporary file beside it; {@code shown} is how the user
     * wrote the name; {@code makeFolders}: create missing parent folders (:graph --out). Nothing
     * is created before every check has passed.
     */
    public static OutputFile open(Path path, String shown, boolean force, boolean makeFolders) throws IOException {
        Path target = path.toAbsolutePath().normalize();
        check(target, shown, force);
        Path dir = target.getParent();
        if (dir != null && makeFolders && !Files.exists(dir)) Files.createDirectories(dir);
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) throw new Refused("cannot write " + shown + ": [Errno 20] Not a directory (" + dir + ")");
        if (dir == null || !Files.isDirectory(dir))
            throw new Refused("cannot write " + shown + ": the folder " + (dir == null ? "/" : dir) + " does not exist");
        if (!Files.isWritable(dir)) throw new Refused("cannot write " + shown + ": [Errno 13] Permission denied (the folder " + dir + " is not writable)");
        removeStaleTemps(dir, target.getFileName().toString());
        Path temp = dir.resolve("." + target.getFileName() + TMP_TAG + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temp); // this process's own, from a write that failed
        try {
            Files.createFile(temp);
        } catch (IOException e) { // said as CPython's open() would say it, never by the temporary file's name
            throw new Refused("cannot write " + shown + ": " + OsErrorText.of(e));
        }
        return new OutputFile(target, temp, shown, force);
    }

    private static void check(Path target, String shown, boolean force) throws Refused {
        if (Files.isSymbolicLink(target))
            throw new Refused(shown + " is a symbolic link; adjoint writes regular files only (name the file it points to)");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) throw new Refused(shown + " is a directory");
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))
            throw new Refused(shown + " is " + FileKind.of(target) + "; adjoint writes regular files only");
        if (!force) throw new Refused(shown + " exists; add --force to overwrite it");
    }

    /** Temporary files of this name whose process has ended (killed during a write). */
    private static void removeStaleTemps(Path dir, String name) {
        String prefix = "." + name + TMP_TAG;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> {
            String f = p.getFileName().toString();
            return f.startsWith(prefix) && f.endsWith(".tmp");
        })) {
            for (Path p : files) {
                String f = p.getFileName().toString();
                try {
                    long pid = Long.parseLong(f.substring(prefix.length(), f.length() - 4));
                    if (ProcessHandle.of(pid).isEmpty() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(p);
                } catch (NumberFormatException | IOException e) {
                    // not one of ours, or already gone
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: nothing to clean
        }
    }

    /** Where the content goes (written by the caller, or by a program such as Graphviz's dot). */
    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    public void write(String text) throws IOException {
        Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Renames the temporary file over the target: the replaced file's permissions, or rw-r--r-- for a new one. */
    public void commit() throws IOException {
        check(target, shown, force); // again: the target may have changed while the content was made
        try {
            Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
        try {
            if (force) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.move(temp, target); // fails rather than replace a file that appeared meanwhile
            }
        } catch (FileAlreadyExistsException e) {
            throw new Refused(shown + " exists; add --force to overwrite it");
        }
        committed = true;
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (committed) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // it stays; the next write to this name removes it once this process has ended
        }
    }
}
