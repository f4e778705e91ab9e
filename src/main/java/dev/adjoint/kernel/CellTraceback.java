package dev.adjoint.kernel;

import dev.adjoint.command.InputRunner;
import dev.adjoint.lang.ExceptionGroupText;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.Traceback;
import dev.adjoint.render.ErrorFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A failure in a cell as IPython shows it, so that a student finds the line in a long cell:
 * "Cell In[5], line 17", the cell's lines around it numbered, an arrow at the failing line with the
 * failing expression on a yellow background (no caret line: IPython 8 marks it so), then "Type: message". A syntax error (and a refused IPython
 * line) is shown as IPython shows one: where, the line, the caret, the message. A failure inside
 * a script run by :load keeps the terminal's text, which names the script's file and line.
 */
final class CellTraceback {
    /** Lines of context shown before and after the failing one (blank lines not counted), as IPython. */
    private static final int BEFORE = 2, AFTER = 2;
    /** IPython (stack_data) shows this many of a run of identical frames, the last one after the others are skipped. */
    private static final int REPEATS_SHOWN = 3;
    private static final String RED = "\u001b[0;31m", GREEN = "\u001b[0;32m", BOLD_GREEN = "\u001b[1;32m", CYAN = "\u001b[0;36m", RESET = "\u001b[0m";

    private CellTraceback() {}

    /** The traceback lines of {@code f}, which ended cell number {@code count} (the text as sent). */
    static List<String> of(InputRunner.Failure f, String ename, String cell, int count) {
        if (f.sourceName() != null) return List.of(f.text(true).stripTrailing().split("\n"));
        return traceback(f, ename, cell, count);
    }

    private static List<String> traceback(InputRunner.Failure f, String ename, String cell, int count) {
        List<Traceback.Entry> frames = f.error().traceback();
        // the cell's line that ran into it (a call, a comprehension); where it was raised when that is in the cell's own code
        Span span = !frames.isEmpty() && frames.get(0).place() != null ? frames.get(0).place() : f.error().span();
        String[] input = f.shownInput() == null ? new String[0] : f.shownInput().split("\n", -1);
        List<String> lines = new ArrayList<>();
        if (span == null || span.line() < 1 || span.line() > input.length) {
            lines.add(last(f.error(), f.interrupted(), ename));
            lines.addAll(boxes(f.error()));
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
            for (LangError.Chained c : f.error().chain()) {
                lines.addAll(chained(c.error()));
                lines.add("");
                lines.add(c.sentence());
                lines.add("");
            }
            lines.add(header(ename));
            lines.add(where);
            String[] cellLines = cell.split("\n", -1);
            boolean sameText = line <= cellLines.length && withoutCr(cellLines[line - 1]).equals(input[span.line() - 1]);
            if (sameText) lines.addAll(context(cellLines, line, -BEFORE));
            String arrow = "-".repeat(Math.max(1, 5 - String.valueOf(line).length())) + "> " + line;
            lines.add(GREEN + arrow + RESET + " " + marked.highlighted());
            if (sameText) lines.addAll(context(cellLines, line, AFTER));
            lines.add("");
            lines.addAll(functionFrames(frames, 1));
        }
        lines.add(last(f.error(), f.interrupted(), ename));
        lines.addAll(boxes(f.error()));
        return lines;
    }

    /** An exception group's members under its last line, in the boxes CPython draws (the terminal's text, {@link ExceptionGroupText}). */
    private static List<String> boxes(LangError e) {
        String boxes = ExceptionGroupText.boxes(e.exception());
        return boxes.isEmpty() ? List.of() : List.of(boxes.substring(0, boxes.length() - 1).split("\n", -1));
    }

    /** "ValueError                    Traceback (most recent call last)", the type in red. */
    private static String header(String ename) {
        return RED + ename + RESET + " ".repeat(Math.max(1, 42 - ename.length())) + "Traceback (most recent call last)";
    }

    /** An earlier error of a chain (a cause, or the one being handled): its header, its frames down from the one that caught it, its last line. */
    private static List<String> chained(LangError e) {
        List<String> lines = new ArrayList<>();
        lines.add(header(e.className()));
        lines.addAll(functionFrames(e.traceback(), 0));
        lines.add(last(e, false, e.className()));
        lines.addAll(boxes(e));
        return lines;
    }

    /**
     * The frames below the cell's own, each as IPython 8 shows one: "Cell In[4], line 2, in f(x)"
     * (or "File /path/mod.py:3, in g(x)"), the lines of the function around the line, an arrow at
     * it with the place on a yellow background, a blank line; a run of identical frames (a recursion) shown
     * twice, "[... skipping similar frames: f at line 2 (N times)]", then once more.
     */
    private static List<String> functionFrames(List<Traceback.Entry> frames, int from) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < frames.size();) {
            Traceback.Entry e = frames.get(i);
            int run = 1;
            while (i + run < frames.size() && sameFrame(frames.get(i + run), e)) run++;
            if (run <= REPEATS_SHOWN) {
                for (int k = 0; k < run; k++) lines.addAll(frame(e, e.place()));
            } else {
                lines.addAll(frame(e, e.place()));
                lines.addAll(frame(e, e.place()));
                lines.add("    [... skipping similar frames: " + e.function() + " at line " + e.line() + " (" + (run - REPEATS_SHOWN) + " times)]");
                lines.add("");
                lines.addAll(frame(e, e.place()));
            }
            i += run;
        }
        return lines;
    }

    private static boolean sameFrame(Traceback.Entry a, Traceback.Entry b) {
        return a.file().equals(b.file()) && a.cell() == b.cell() && a.line() == b.line() && a.function().equals(b.function());
    }

    /** One frame's lines, {@code place} marked, then a blank line. */
    private static List<String> frame(Traceback.Entry e, Span place) {
        List<String> lines = new ArrayList<>();
        String name = e.ipythonName() == null ? "" : ", in " + CYAN + e.ipythonName() + RESET;
        lines.add((e.cell() > 0 ? "Cell " + GREEN + "In[" + e.cell() + "], line " + e.line() : "File " + GREEN + e.file() + ":" + e.line()) + RESET + name);
        String[] source = e.sourceLines();
        int at = e.lineInSource(), firstLine = e.line() - at + 1;
        if (at > source.length) return lines;
        int[] scope = e.scope();
        List<Integer> shown = new ArrayList<>();
        for (int i = at - 1, n = 0; i >= scope[0] && n < BEFORE; i--) if (!wasBlank(source[i - 1])) { shown.add(0, i); n++; }
        shown.add(at);
        for (int i = at + 1, n = 0; i <= scope[1] && i <= source.length && n < AFTER; i++) if (!wasBlank(source[i - 1])) { shown.add(i); n++; }
        int indent = Integer.MAX_VALUE; // IPython shows the lines without the indentation they share
        for (int i : shown) indent = Math.min(indent, source[i - 1].length() - source[i - 1].stripLeading().length());
        for (int i : shown) {
            String text = withoutCr(source[i - 1]).substring(indent);
            int number = firstLine + i - 1;
            if (i != at) {
                lines.add(BOLD_GREEN + String.format("%7d", number) + RESET + " " + ErrorFormat.shownLine(text));
                continue;
            }
            String arrow = "-".repeat(Math.max(1, 5 - String.valueOf(number).length())) + "> " + number;
            if (place == null || place.line() != at) {
                lines.add(GREEN + arrow + RESET + " " + ErrorFormat.shownLine(text));
                continue;
            }
            ErrorFormat.Marked marked = ErrorFormat.mark(text, new Span(place.offset(), place.length(), place.line(), place.column() - indent), true);
            lines.add(GREEN + arrow + RESET + " " + marked.highlighted());
        }
        lines.add("");
        return lines;
    }

    /** A blank line of the cell: blank, or the "#" a blank line inside a block became (BlankLinesInBlocks). */
    private static boolean wasBlank(String line) {
        return line.isBlank() || line.equals("#");
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
    private static String last(LangError error, boolean interrupted, String ename) {
        if (interrupted) return RED + ename + RESET;
        String message = ErrorFormat.shownMessage(error.messageWithoutHint()); // IPython 8 on CPython 3.11 shows no "Did you mean"
        boolean namesItsType = !error.messageWithoutHint().equals(error.detail());
        String text = namesItsType ? message : ename + ": " + message;
        String type = error.type(); // a library's exception by its class name, as IPython shows it (StdinNotImplementedError)
        if (!type.equals(ename) && text.startsWith(type + ":")) text = ename + text.substring(type.length());
        return text.startsWith(ename) ? RED + ename + RESET + text.substring(ename.length()) : text;
    }
}
