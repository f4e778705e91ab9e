package dev.adjoint.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path is, in words for a message ("a FIFO (named pipe)", "a character device"). Every
 * place that opens a file the user named checks {@link Files#isRegularFile} first, because opening
 * a FIFO blocks until someone opens its other end and a device such as /dev/zero never ends; this
 * says what was found instead.
 */
public final class FileKind {
    private FileKind() {}

    /** "a directory", "a FIFO (named pipe)", ...; "a regular file" or "something other than a regular file" otherwise. */
    public static String of(Path p) {
        if (Files.isDirectory(p)) return "a directory";
        if (Files.isRegularFile(p)) return "a regular file";
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            switch (mode & 0170000) {
                case 0010000: return "a FIFO (named pipe)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | RuntimeException e) {
            // no unix view of this file system: say it generally
        }
        return "something other than a regular file";
    }
}
