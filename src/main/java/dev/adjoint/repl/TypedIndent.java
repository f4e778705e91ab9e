package dev.adjoint.repl;

import dev.adjoint.lang.Completeness;

/**
 * Indentation typed by hand at the prompt, which also auto-indents. Someone used to Python's own
 * prompt types the spaces of each line themselves: Space as the first key on a line that holds
 * only its auto-indent drops that indent first, so the spaces typed are the indentation (not 4 +
 * 4, then 8 + 12). Backspace in a line's leading spaces goes back one level (to the previous
 * multiple of 4), so that dedenting after auto-indent takes one key, not four; at the start of
 * an empty continuation line it does nothing, as at Python's prompt, where a typist pressing it
 * four times to dedent would otherwise join the line to the one above.
 */
final class TypedIndent {
    private static final int STEP = 4;

    /** The text before the line that Space last decided for: only the first key of a line may drop the indent. */
    private String decidedFor;

    /** How many blanks before the cursor Space deletes before it writes its own. */
    int spaceDeletes(String beforeCursor, String afterCursor) {
        int nl = beforeCursor.lastIndexOf('\n');
        if (nl < 0) return 0; // the first line gets no auto-indent
        String head = beforeCursor.substring(0, nl + 1), line = beforeCursor.substring(nl + 1);
        boolean first = !head.equals(decidedFor);
        decidedFor = head;
        int lineEnd = afterCursor.indexOf('\n');
        boolean restOfLineEmpty = (lineEnd < 0 ? afterCursor : afterCursor.substring(0, lineEnd)).isEmpty();
        if (!first || !restOfLineEmpty || !onlySpaces(line)) return 0;
        return line.length() == STEP * AdjointParser.nextIndent(head.substring(0, nl)) ? line.length() : 0;
    }

    /** How many characters Backspace deletes: one level of leading spaces on a continuation line, none at the start of an empty one, else one. */
    static int backspaceDeletes(String beforeCursor, String afterCursor) {
        int nl = beforeCursor.lastIndexOf('\n');
        String line = beforeCursor.substring(nl + 1);
        if (nl >= 0 && line.isEmpty() && (afterCursor.isEmpty() || afterCursor.startsWith("\n"))) return 0;
        if (nl < 0 || !onlySpaces(line) || Completeness.insideString(beforeCursor)) return 1; // a string's own spaces
        return (line.length() - 1) % STEP + 1;
    }

    private static boolean onlySpaces(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c == ' ');
    }
}
