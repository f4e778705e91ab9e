package dev.adjoint.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/**
 * Why a file operation failed, in CPython's words: "[Errno 2] No such file or directory", as its
 * OSError's str() gives them (without the file name, which the caller's message already has). The
 * JDK names its own temporary path in getMessage() and keeps the C library's strerror text, the
 * same text CPython shows, in getReason(); the errors it has classes for come without one.
 */
public final class OsErrorText {
    /** Linux's errno for the strerror texts a write can meet. */
    private static final Map<String, Integer> ERRNO = Map.ofEntries(
            Map.entry("Operation not permitted", 1), Map.entry("No such file or directory", 2), Map.entry("Input/output error", 5),
            Map.entry("Permission denied", 13), Map.entry("Device or resource busy", 16), Map.entry("File exists", 17),
            Map.entry("Invalid cross-device link", 18), Map.entry("Not a directory", 20), Map.entry("Is a directory", 21),
            Map.entry("Invalid argument", 22), Map.entry("Too many open files", 24), Map.entry("Text file busy", 26),
            Map.entry("File too large", 27), Map.entry("No space left on device", 28), Map.entry("Read-only file system", 30),
            Map.entry("File name too long", 36), Map.entry("Directory not empty", 39), Map.entry("Too many levels of symbolic links", 40),
            Map.entry("Stale file handle", 116), Map.entry("Disk quota exceeded", 122));

    private static final String NO_REASON = "the system gave no reason";

    private OsErrorText() {}

    /** "[Errno 13] Permission denied", or the reason alone when its number is not known. */
    public static String of(IOException e) {
        String reason = reason(e);
        Integer errno = ERRNO.get(reason);
        return errno == null ? reason : "[Errno " + errno + "] " + reason;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        if (e instanceof FileAlreadyExistsException) return "File exists";
        if (e instanceof NotDirectoryException) return "Not a directory";
        if (e instanceof DirectoryNotEmptyException) return "Directory not empty";
        if (e instanceof FileSystemLoopException) return "Too many levels of symbolic links";
        if (e instanceof FileSystemException f) return f.getReason() != null ? f.getReason() : NO_REASON; // its message is a path
        String m = e.getMessage();
        return m == null || m.isBlank() ? NO_REASON : m;
    }
}
