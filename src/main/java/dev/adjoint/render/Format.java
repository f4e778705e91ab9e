package dev.adjoint.render;

import java.util.Locale;

/** Output formats of the inspection commands. */
public enum Format {
    TEXT, MARKDOWN, LATEX, JSON;

    public static Format parse(String s) {
        return Format.valueOf(s.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
