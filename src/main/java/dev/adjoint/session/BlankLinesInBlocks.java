package dev.adjoint.session;

import dev.adjoint.lang.Completeness;

/**
 * A notebook cell or a block pasted at the prompt is a file, not typed lines: a blank line between
 * two methods of a class, or inside a function body, does not end the block there, as it does when
 * typed. Before such text is split by the prompt's rules, each blank line followed by an indented
 * line becomes a comment line, which Python's layout ignores and which keeps every line's number.
 */
public final class BlankLinesInBlocks {
    private BlankLinesInBlocks() {}

    public static String keepBlocksTogether(String cell) {
        String[] lines = cell.split("\n", -1);
        // one scan and one backward pass, not a scan of everything before each blank line (a long paste was quadratic)
        java.util.BitSet insideString = Completeness.linesStartingInsideStrings(cell);
        boolean[] indentedTextFollows = new boolean[lines.length];
        for (int i = lines.length - 2; i >= 0; i--) {
            String next = lines[i + 1];
            indentedTextFollows[i] = next.isBlank() ? indentedTextFollows[i + 1] : next.charAt(0) == ' ' || next.charAt(0) == '\t';
        }
        StringBuilder out = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            String line = lines[i];
            if (line.isBlank() && out.length() > 0 && indentedTextFollows[i] && !insideString.get(i)) out.append('#');
            else out.append(line);
        }
        return out.toString();
    }
}
