package dev.adjoint.lang;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Files a program saved by path (torch.save(obj, PATH)) kept in the session's memory: programs
 * write nothing to disk (README, Security), yet a tutorial that saves a checkpoint and loads it
 * back by the same path (the 60-minute blitz's cifar_net.pth) runs to its end. They live as long
 * as the session and are read back before the disk.
 */
public final class SessionFiles {
    private final Map<Path, byte[]> files = new HashMap<>();

    /** The session's files. */
    public static SessionFiles of(Interpreter in) {
        return in.libraryState(SessionFiles.class, SessionFiles::new);
    }

    /** Keeps {@code data} under {@code path}; true the first time that path is saved to. */
    public boolean put(String path, byte[] data) {
        return files.put(key(path), data.clone()) == null;
    }

    /** What was saved under {@code path}, or null when nothing was (then the disk is read). */
    public byte[] get(String path) {
        byte[] data = files.get(key(path));
        return data == null ? null : data.clone();
    }

    /** One key for './a.pth', 'a.pth' and its absolute form. */
    private static Path key(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }
}
