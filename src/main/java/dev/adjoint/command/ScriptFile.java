package dev.adjoint.command;

import dev.adjoint.files.FileKind;
import dev.adjoint.files.ScriptFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a script for {@code :load} and for the command line's FILE, with the same limits for both:
 * only a regular file is opened (a FIFO would block until someone writes to it, a device such as
 * /dev/zero never ends), at most {@link #MAX_BYTES} bytes are read whatever size the file claims,
 * and the text must be UTF-8 without NUL bytes. Each problem is one sentence naming the file.
 */
public final class ScriptFile {
    /** 10 MB (decimal, as the messages say): far more than any script typed or saved by :save. */
    public static final long MAX_BYTES = 10_000_000L;

    private ScriptFile() {}

    /** A file that cannot be run as a script; the message names it and says why. */
    public static final class Unusable extends Exception {
        private final boolean missing;

        Unusable(String message, boolean missing) {
            super(message, null, false, false);
            this.missing = missing;
        }

        /** True if there is no such file (the command line treats that as a usage error). */
        public boolean missing() {
            return missing;
        }
    }

    /**
     * Whether an error may show the line it is about: always at the prompt, in a pipe and in -e,
     * and for files named like scripts (.adj, .py); never for other files, so that
     * {@code :load ~/.ssh/id_rsa} or {@code adjoint /etc/passwd} prints no line of them.
     */
    public static boolean showsLines(String sourceName) {
        if (sourceName == null || sourceName.startsWith("<") || sourceName.startsWith("-e")) return true;
        String lower = sourceName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".adj") || lower.endsWith(".py");
    }

    /** The script named {@code name}, as typed (relative to the running script's folder, if any). */
    public static String read(String name) throws Unusable {
        Path file;
        try {
            file = ScriptFolder.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new Unusable("not a valid file name: " + e.getReason(), false);
        }
        return read(file, name);
    }

    /** The script's text (a leading byte-order mark dropped, CRLF as LF); {@code shown} is how the file is named in messages. */
    public static String read(Path file, String shown) throws Unusable {
        try {
            if (!Files.exists(file)) throw new Unusable("no such file: " + shown, true);
            if (Files.isDirectory(file)) throw new Unusable(shown + " is a directory, not a script", false);
            if (!Files.isRegularFile(file)) throw new Unusable(shown + " is " + FileKind.of(file) + ", not a script file", false);
            if (!Files.isReadable(file)) throw new Unusable("cannot read " + shown + ": permission denied", false);
            long size = Files.size(file);
            if (size > MAX_BYTES) throw tooLarge(shown, String.format(Locale.ROOT, "%,d bytes", size));
            byte[] bytes;
            // a FileInputStream, not Files.newInputStream: a file channel loads NIO's native libraries (~5% of a script's start)
            try (InputStream in = new java.io.FileInputStream(file.toFile())) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // a file in /proc says 0 bytes and may say more
            }
            if (bytes.length > MAX_BYTES) throw tooLarge(shown, "more than " + String.format(Locale.ROOT, "%,d bytes", MAX_BYTES));
            return text(bytes, shown);
        } catch (AccessDeniedException e) {
            throw new Unusable("cannot read " + shown + ": permission denied", false);
        } catch (NoSuchFileException e) {
            throw new Unusable("no such file: " + shown, true);
        } catch (IOException e) {
            throw new Unusable("cannot read " + shown + ": " + e.getMessage(), false);
        }
    }

    private static Unusable tooLarge(String shown, String size) {
        return new Unusable(shown + " is " + size + "; scripts up to " + String.format(Locale.ROOT, "%,d", MAX_BYTES)
                + " bytes (10 MB) are loaded", false);
    }

    /** PEP 263's declaration, on the first or second line: {@code # -*- coding: latin-1 -*-}. */
    private static final java.util.regex.Pattern CODING = java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /**
     * The charset a PEP 263 declaration names (latin-1, cp1252, ...) when it is one Java knows; null when there is none (UTF-8,
     * Python's default). The second line counts only after a first line that is a comment or blank, as in CPython.
     */
    private static java.nio.charset.Charset declaredCharset(byte[] bytes) {
        String[] lines = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1).split("\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            java.util.regex.Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
                if (name.equals("latin-1") || name.equals("latin1") || name.equals("l1")) name = "ISO-8859-1";
                try {
                    return java.nio.charset.Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }
            if (!lines[i].strip().isEmpty() && !lines[i].strip().startsWith("#")) return null;
        }
        return null;
    }

    /** CPython's words for a file that is not UTF-8 and declares no other encoding: the first bad byte, its file and line. */
    private static String nonUtf8(byte[] bytes, String shown) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder().decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        int at = r.isError() ? Math.min(in.position(), bytes.length - 1) : 0, line = 1;
        for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
        return "SyntaxError: Non-UTF-8 code starting with '\\x" + String.format("%02x", bytes[at] & 0xff) + "' in file "
                + java.nio.file.Path.of(shown).toAbsolutePath() + " on line " + line + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
    }

    private static String text(byte[] bytes, String shown) throws Unusable {
        for (byte b : bytes) if (b == 0) throw new Unusable(shown + " looks like a binary file, not a script", false);
        java.nio.charset.Charset charset = declaredCharset(bytes);
        if (charset == null) charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (declaredCharset(bytes) == null && shown.endsWith(".py")) throw new Unusable(nonUtf8(bytes, shown), false); // as python3 says it
            throw new Unusable(shown + " is not " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name()) + " text", false);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return text.replace("\r\n", "\n");
    }
}
