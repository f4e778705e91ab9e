package dev.adjoint.repl;

import dev.adjoint.files.FileKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The prompt's history file (~/.adjoint_history or $ADJOINT_HISTORY), in jline's format: one entry
 * per line, {@code MILLIS:TEXT} with newlines and backslashes escaped. Whatever the file is, the
 * prompt starts at once and keeps running:
 * <ul>
 *   <li>only a regular file is opened (a FIFO would block, a device such as /dev/full fails);
 *       anything else means no history, said once ({@code /dev/null} silently: the usual way to
 *       ask for none);
 *   <li>at most the last {@link #MAX_READ_BYTES} bytes are read and the last {@link #MAX_ENTRIES}
 *       entries kept, in one linear pass, so a huge file costs a bounded start;
 *   <li>a line that is not an entry (a multi-byte character torn by a crash, a line without its
 *       time stamp) is dropped; the file is then rewritten whole (a temporary file renamed over
 *       it) so that the next entry starts on a line of its own;
 *   <li>a file that cannot be read or written is reported once and the prompt runs with what
 *       could be read.
 * </ul>
 */
public final class HistoryFile {
    /** Entries kept in the file: older ones are dropped when it is loaded. */
    static final int MAX_ENTRIES = 10_000;
    /** How much of the end of a file is read at start (far more than 10,000 typical entries). */
    static final long MAX_READ_BYTES = 4L << 20;

    /** One entry: when it was accepted, and its text (lines joined by "\n"). */
    public record Entry(Instant time, String text) {}

    /** What was read: the entries, whether new ones may be appended, and what to tell the user (null if nothing). */
    public record Loaded(List<Entry> entries, boolean writable, String problem) {}

    private final Path path;

    private HistoryFile(Path path) {
        this.path = path;
    }

    public static HistoryFile at(Path path) {
        return new HistoryFile(path);
    }

    public Path path() {
        return path;
    }

    /** Reads the file within the bounds above, mending it if it was damaged or too long; never throws, never blocks. */
    public Loaded load() {
        try {
            if (path.toString().equals("/dev/null")) return new Loaded(List.of(), false, null);
            if (!Files.exists(path)) return new Loaded(List.of(), true, null); // created by the first entry
            if (Files.isDirectory(path)) return none("is a directory");
            if (!Files.isRegularFile(path)) return none("is " + FileKind.of(path) + ", not a regular file");
            if (!Files.isReadable(path)) return none("cannot be read (permission denied)");
            Read read = read();
            boolean writable = Files.isWritable(path);
            if (!writable) return new Loaded(read.entries, false, problem("is read-only", "lines typed now are not saved"));
            if (read.clean) return new Loaded(read.entries, true, null);
            try {
                rewrite(read.entries);
            } catch (IOException e) {
                return new Loaded(read.entries, false,
                        problem("is damaged and cannot be rewritten (" + reason(e) + ")", "lines typed now are not saved"));
            }
            return new Loaded(read.entries, true, null);
        } catch (IOException | RuntimeException e) {
            return none("cannot be read (" + reason(e) + ")");
        }
    }

    /**
     * Appends one entry. A file that is no longer a regular file is not opened (it could be a
     * FIFO by now); the caller stops appending after the first failure and reports it.
     */
    public void append(Entry e) throws IOException {
        if (Files.exists(path) && !Files.isRegularFile(path)) throw new IOException("it is no longer a regular file");
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) Files.createDirectories(parent);
        Files.writeString(path, format(e), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** The one-line message for a failed append. */
    String appendProblem(IOException e) {
        return problem("cannot be written (" + reason(e) + ")", "lines typed from now on are not saved");
    }

    private Loaded none(String what) {
        return new Loaded(List.of(), false, problem(what, "this session keeps no history"));
    }

    private String problem(String what, String consequence) {
        return "adjoint: the history file " + path + " " + what + "; " + consequence;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an I/O error" : m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private record Read(List<Entry> entries, boolean clean) {}

    /** The last entries of the file's tail, and whether the file is whole (nothing dropped, short enough, ends with a newline). */
    private Read read() throws IOException {
        byte[] bytes;
        boolean cut;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            long from = Math.max(0, size - MAX_READ_BYTES);
            cut = from > 0;
            ByteBuffer buf = ByteBuffer.allocate((int) (size - from));
            ch.position(from);
            while (buf.hasRemaining() && ch.read(buf) > 0) { /* until full or the file ends early */ }
            bytes = java.util.Arrays.copyOf(buf.array(), buf.position());
        }
        List<Entry> entries = new ArrayList<>();
        boolean clean = !cut;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        if (cut) { // the first line read is most likely the end of an older entry
            while (start < bytes.length && bytes[start] != '\n') start++;
            start++;
        }
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            if (end == bytes.length) clean = false; // no newline at the end: torn by a crash
            Entry e = parse(bytes, start, end, utf8);
            if (e == null) clean = false;
            else entries.add(e);
            start = end + 1;
        }
        if (entries.size() > MAX_ENTRIES + MAX_ENTRIES / 4) clean = false;
        if (entries.size() > MAX_ENTRIES) entries = new ArrayList<>(entries.subList(entries.size() - MAX_ENTRIES, entries.size()));
        return new Read(entries, clean);
    }

    /** {@code MILLIS:TEXT} as jline writes it, or null for anything else. */
    static Entry parse(byte[] b, int start, int end, CharsetDecoder utf8) {
        int colon = start;
        long millis = 0;
        while (colon < end && colon - start < 19 && b[colon] >= '0' && b[colon] <= '9') millis = millis * 10 + (b[colon++] - '0');
        if (colon == start || colon >= end || b[colon] != ':') return null;
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(b, colon + 1, end - colon - 1)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        return new Entry(Instant.ofEpochMilli(millis), unescape(text));
    }

    /** Writes the entries to a temporary file beside the history and renames it over it, so a crash leaves one or the other whole. */
    private void rewrite(List<Entry> entries) throws IOException {
        Path abs = path.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            StringBuilder sb = new StringBuilder();
            for (Entry e : entries) sb.append(format(e));
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String format(Entry e) {
        return e.time().toEpochMilli() + ":" + escape(e.text()) + "\n";
    }

    /** jline's escaping: a newline is "\n", a carriage return "\r", a backslash "\\". */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
