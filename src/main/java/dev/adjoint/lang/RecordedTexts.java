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
 * A table of texts recorded from the libraries themselves by scripts/fixtures/library_texts.py, one
 * name a line: the name as adjoint finds a value (builtins.len, math.sqrt, torch.Tensor.sum), a tab,
 * the text with backslash, newline and tab written \\, \n and \t. Read from the jar at the first
 * question, not at start-up.
 */
final class RecordedTexts {
    /** What IPython's pretty printer shows for a function or class: {@code <function len(obj, /)>}, {@code torch.nn.modules.linear.Linear}. */
    static final RecordedTexts IPYTHON_FORMS = new RecordedTexts("ipython-forms.tsv");
    /** What help() prints: "Help on built-in function len in module builtins:", the signature, the docstring (a class's head). */
    static final RecordedTexts PYDOC = new RecordedTexts("pydoc.tsv");

    private final String resource;
    private Map<String, String> texts;

    private RecordedTexts(String resource) {
        this.resource = resource;
    }

    /** The text recorded for {@code name}, or null. */
    String get(String name) {
        return name == null ? null : table().get(name);
    }

    private synchronized Map<String, String> table() {
        if (texts != null) return texts;
        Map<String, String> read = new HashMap<>();
        try (InputStream in = RecordedTexts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null;) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) continue;
                read.put(line.substring(0, tab), unescaped(line, tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts = read;
    }

    private static String unescaped(String line, int from) {
        StringBuilder out = new StringBuilder(line.length() - from);
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
        }
        return out.toString();
    }
}
