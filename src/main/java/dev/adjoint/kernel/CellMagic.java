package dev.adjoint.kernel;

import dev.adjoint.lang.Span;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell that starts with an IPython cell magic ({@code %%time}, {@code %%timeit -n 10}): the
 * magic's name and arguments from its first line, and the rest of the cell, its body. As IPython,
 * only the first line that is not blank can hold one; {@code %%time} further down is a line magic
 * of that name, which does not exist.
 */
record CellMagic(String name, String args, String body, int line, String lineText, Span span) {
    private static final Pattern FIRST = Pattern.compile("(%%[A-Za-z_]\\w*)(.*)");

    static Optional<CellMagic> of(String cell) {
        String[] lines = cell.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++; // IPython drops the cell's leading empty lines first
        if (i == lines.length) return Optional.empty();
        String first = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
        Matcher m = FIRST.matcher(first);
        if (!m.matches()) return Optional.empty();
        String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
        return Optional.of(new CellMagic(m.group(1), m.group(2).strip(), body, i + 1, first, new Span(0, m.end(1), 1, 1)));
    }

    /** How many lines of the cell come before the body. */
    int linesBeforeBody() {
        return line;
    }
}
