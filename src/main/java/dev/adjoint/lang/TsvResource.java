package dev.adjoint.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A table recorded from a reference library (signatures.tsv, cpython_docs.tsv, pydoc.tsv): a name, a
 * tab, its fields, tab-separated; '#' lines are comments. A field that holds text of many lines has
 * backslash, tab and newline written \\, \t and \n ({@link #unescaped}).
 */
final class TsvResource {
    private TsvResource() {}

    /** The rows of the resource beside this class that have a name and two fields, by their name. */
    static Map<String, String[]> read(String resource) {
        return read(resource, 2);
    }

    /** The rows of the resource beside this class that have a name and {@code fields} fields (any number for -1), by their name. */
    static Map<String, String[]> read(String resource, int fields) {
        Map<String, String[]> rows = new HashMap<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null;) {
                if (line.startsWith("#")) continue;
                String[] row = line.split("\t", -1);
                if (row.length == fields + 1 || fields < 0 && row.length > 1) rows.put(row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A field's text with \\, \t and \n read back as backslash, tab and newline. */
    static String unescaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
        }
        return out.toString();
    }
}
