package dev.adjoint.session;

import dev.adjoint.lang.Completeness;
import java.util.regex.Pattern;

/**
 * A notebook cell or a block pasted at the prompt is a file, not typed lines, and runs as the file
 * would: a blank line between two methods of a class, inside a function body, before the
 * {@code else:} of an {@code if}, or before a comment at column 0 inside a block, does not end the
 * block there, as it does when typed. Python's layout ignores blank and comment lines; what ends a
 * block in a file is the next line of code that is not indented and does not go on with the
 * statement ({@code else}, {@code elif}, {@code except}, {@code finally}). Before such text is
 * split by the prompt's rules, each blank line followed by code that goes on with the block becomes
 * a comment line, which keeps every line's number.
 */
public final class BlankLinesInBlocks {
    /** The clauses that go on with a compound statement at its own indentation. */
    private static final Pattern GOES_ON = Pattern.compile("(else|elif|except|finally)\\b.*");

    private BlankLinesInBlocks() {}

    public static String keepBlocksTogether(String cell) {
        String[] lines = cell.split("\n", -1);
        // one scan and one backward pass, not a scan of everything before each blank line (a long paste was quadratic)
        java.util.BitSet insideString = Completeness.linesStartingInsideStrings(cell);
        boolean[] blockGoesOnAfter = new boolean[lines.length];
        for (int i = lines.length - 2; i >= 0; i--) {
            String next = lines[i + 1];
            blockGoesOnAfter[i] = isLayoutFree(next) ? blockGoesOnAfter[i + 1] : goesOnWithABlock(next);
        }
        StringBuilder out = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            String line = lines[i];
            if (line.isBlank() && out.length() > 0 && blockGoesOnAfter[i] && !insideString.get(i)) out.append('#');
            else out.append(line);
        }
        return out.toString();
    }

    /** A blank or comment-only line: Python's layout does not see it in a file. */
    public static boolean isLayoutFree(String line) {
        String code = line.stripLeading();
        return code.isEmpty() || code.startsWith("#");
    }

    /** Whether this line of code, after a blank line, still belongs to the block before it: it is indented, or a clause such as else:. */
    public static boolean goesOnWithABlock(String line) {
        return line.startsWith(" ") || line.startsWith("\t") || GOES_ON.matcher(line).matches();
    }
}
