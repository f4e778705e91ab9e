package dev.adjoint.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The regression corpus: src/test/resources/fuzz/regressions/*.txt, one file per input that once
 * broke the property. A file is '#' comment lines (what broke, the seed) and then the inputs of the
 * session after the prelude, one per line, escaped so that any string (newlines, control
 * characters, lone surrogates) survives: backslash escapes \n \t \r \\ and \\uXXXX for everything
 * outside printable ASCII.
 */
final class Regressions {
    static final Path DIR = Path.of("src/test/resources/fuzz/regressions");

    private Regressions() {}

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) sb.append(c);
                    else sb.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    /** The inputs of a corpus file. */
    static List<String> read(Path file) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8))
            if (!line.startsWith("#") && !line.isEmpty()) inputs.add(unescape(line));
        return inputs;
    }

    /** Writes a finding as a new corpus file in {@code dir}; returns its path. */
    static Path write(Path dir, String name, String what, long seed, List<String> inputs) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder();
        for (String line : what.split("\n")) sb.append("# ").append(line).append('\n');
        sb.append("# found by scripts/fuzz with seed ").append(seed).append('\n');
        for (String in : inputs) sb.append(escape(in)).append('\n');
        Path file = dir.resolve(name + ".txt");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
