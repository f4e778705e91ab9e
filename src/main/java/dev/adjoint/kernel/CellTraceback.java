package dev.adjoint.kernel;

import dev.adjoint.command.InputRunner;
import dev.adjoint.lang.Span;
import dev.adjoint.render.ErrorFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A failure in a cell as IPython shows it, so that a student finds the line in a long cell:
 * "Cell In[5], line 17", the cell's lines around it numbered, an arrow at the failing line with a
 * caret under the failing columns, then "Type: message". A syntax error (and a refused IPython
 * line) is shown as IPython shows one: where, the line, the caret, the message. A failure inside
 * a script run by :load keeps the terminal's text, which names the script's file and line.
 */
final class CellTraceback {
    /** Lines of context shown before and after the failing one (blank lines not counted), as IPython. */
    private static final int BEFORE = 2, AFTER = 1;
    private static final String RED = "\u001b[0;31m", GREEN = "\u001b[0;32m", BOLD_GREEN = "\u001b[1;32m", RESET = "\u001b[0m";

    private CellTraceback() {}

    /** The traceback lines of {@code f}, which ended cell number {@code count} (the text as sent); after them the prompt's note if the input was undone. */
    static List<String> of(InputRunner.Failure f, String ename, String cell, int count) {
        if (f.sourceName() != null) return List.of(f.text(true).stripTrailing().split("\n"));
        List<String> lines = traceback(f, ename, cell, count);
        if (f.undone()) lines.add(InputRunner.Failure.UNDONE_NOTE);
        return lines;
    }

    private static List<String> traceback(InputRunner.Failure f, String ename, String cell, int count) {
        Span span = f.error().span();
        String[] input = f.shownInput() == null ? new String[0] : f.shownInput().split("\n", -1);
        List<String> lines = new ArrayList<>();
        if (span == null || span.line() < 1 || span.line() > input.length) {
            lines.add(last(f, ename));
            return lines;
        }
        int line = f.firstLine() - 1 + span.line();
        ErrorFormat.Marked marked = ErrorFormat.mark(input[span.line() - 1], span, true);
        String where = "Cell " + GREEN + "In[" + count + "], line " + line + RESET;
        if (nothingRan(ename)) {
            lines.add("  " + where);
            lines.add("    " + marked.line());
            lines.add("    " + marked.caret());
        } else {
            lines.add(RED + "-".repeat(75) + RESET);
            lines.add(RED + ename + RESET + " ".repeat(Math.max(1, 42 - ename.length())) + "Traceback (most recent call last)");
            lines.add(where);
            String[] cellLines = cell.split("\n", -1);
            boolean sameText = line <= cellLines.length && withoutCr(cellLines[line - 1]).equals(input[span.line() - 1]);
            if (sameText) lines.addAll(context(cellLines, line, -BEFORE));
            String arrow = "-".repeat(Math.max(1, 5 - String.valueOf(line).length())) + "> " + line;
            lines.add(GREEN + arrow + RESET + " " + marked.line());
            lines.add(" ".repeat(arrow.length() + 1) + marked.caret());
            if (sameText) lines.addAll(context(cellLines, line, AFTER));
            lines.add("");
        }
        lines.add(last(f, ename));
        return lines;
    }

    /** A syntax error or a refused line: nothing of the input ran, so there is no traceback to show. */
    private static boolean nothingRan(String ename) {
        return ename.equals("SyntaxError") || ename.equals("IndentationError") || ename.equals("UsageError");
    }

    /** Up to {@code n} non-blank numbered lines after {@code line} (before it when n is negative), in order. */
    private static List<String> context(String[] cellLines, int line, int n) {
        List<String> shown = new ArrayList<>();
        int step = n < 0 ? -1 : 1;
        for (int i = line - 1 + step; i >= 0 && i < cellLines.length && shown.size() < Math.abs(n); i += step) {
            String text = withoutCr(cellLines[i]);
            if (text.isBlank()) continue;
            String numbered = BOLD_GREEN + String.format("%7d", i + 1) + RESET + " " + ErrorFormat.shownLine(text);
            if (step < 0) shown.add(0, numbered);
            else shown.add(numbered);
        }
        return shown;
    }

    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** "Type: message", the type in red: the error's own text when it names its type, else the type before adjoint's sentence. */
    private static String last(InputRunner.Failure f, String ename) {
        if (f.interrupted()) return RED + ename + RESET;
        String message = ErrorFormat.shownMessage(f.error().getMessage());
        boolean namesItsType = !f.error().getMessage().equals(f.error().detail());
        String text = namesItsType ? message : ename + ": " + message;
        return text.startsWith(ename) ? RED + ename + RESET + text.substring(ename.length()) : text;
    }
}
