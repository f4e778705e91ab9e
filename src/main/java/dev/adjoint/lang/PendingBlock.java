package dev.adjoint.lang;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A block that an input is still waiting to end, kept line by line, so that a long block (pasted
 * at the prompt, piped, in a script) is grouped in time linear in its length: asking
 * {@link Completeness#isComplete} again after every line read the whole block again (a 54 KB
 * function pasted at the prompt took 15 s). A line that only goes on with the block, indented
 * by the block's own indentation and opening or closing nothing, leaves it pending whatever came
 * before; anything else (a dedent to the top, a bracket, a string over lines, an error) is left
 * to a full check.
 */
public final class PendingBlock {
    /** The indentation of each open block, innermost first; each extends the one below it. */
    private final Deque<String> indents;

    private PendingBlock(Deque<String> indents) {
        this.indents = indents;
    }

    /**
     * The block {@code source} waits in, or null when it is not simply a block waiting for more
     * lines (it is complete, or a bracket, string or backslash is open, or it has an error).
     */
    public static PendingBlock of(String source) {
        Lexer.Scan scan = Lexer.scanLeniently(source);
        if (scan.error() != null || !scan.openBrackets().isEmpty() || scan.openTripleQuote() || scan.openContinuation()) return null;
        if (Completeness.isComplete(source, scan)) return null;
        Deque<String> indents = new ArrayDeque<>();
        indents.push("");
        for (Token t : scan.tokens()) {
            if (t.type() == TokenType.INDENT) {
                String indent = source.substring(t.span().offset(), t.span().end());
                // blocks indented by mixed tabs and spaces are left to the full check
                if (!extendsStrictly(indent, indents.peek())) return null;
                indents.push(indent);
            } else if (t.type() == TokenType.DEDENT && t.span().offset() < source.length()) {
                indents.pop(); // the dedents at the very end only close what the text leaves open
            }
        }
        return indents.size() > 1 ? new PendingBlock(indents) : null;
    }

    /**
     * True if {@code line} certainly leaves the block pending (then it is part of this block's
     * state); false if only a full check of the whole text can tell.
     */
    public boolean continuedBy(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
        String rest = line.substring(n);
        if (rest.startsWith("#")) return true; // a comment line: Python's layout ignores it
        if (n == 0 || rest.isEmpty() || Character.isWhitespace(rest.charAt(0))) return false;
        Lexer.Scan scan = Lexer.scanLeniently(rest);
        if (scan.error() != null || !scan.openBrackets().isEmpty() || scan.openTripleQuote() || scan.openContinuation()) return false;
        if (Completeness.lacksItsColon(scan.tokens())) return false; // a header without its colon: the full check reports it now
        String indent = line.substring(0, n);
        if (extendsStrictly(indent, indents.peek())) {
            indents.push(indent); // a deeper block (after a header, or an indentation error the parser will name)
            return true;
        }
        int depth = 0;
        for (String open : indents) {
            if (open.equals(indent)) {
                for (int i = 0; i < depth; i++) indents.pop();
                // still inside a block (not at the top level), where Completeness waits for an empty line
                return indents.size() > 1;
            }
            depth++;
        }
        return false; // a dedent to no open level: an error the full check reports now
    }

    private static boolean extendsStrictly(String indent, String outer) {
        return indent.length() > outer.length() && indent.startsWith(outer);
    }
}
