package dev.adjoint.lang;

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
        TsvResource.read(resource, 1).forEach((name, fields) -> read.put(name, TsvResource.unescaped(fields[0])));
        return texts = read;
    }
}
