package dev.adjoint.command;

import dev.adjoint.lang.Span;
import dev.adjoint.session.Arg;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line split into words with their positions (so an error can put a caret under one).
 * Brackets keep "[1, 2, 3]" one word; a comma joins the words on either side of it, so
 * "wrt x, d" and "dir x1=1, x2=1" read as "wrt x,d" and "dir x1=1,x2=1" would. A quoted part
 * ('my file.adj', "a b") keeps its blanks in the word, quotes included ({@link FileNames} takes
 * them off). Linear in the line's length, however many words it has.
 */
final class Words {
    private Words() {}

    static List<Arg> split(String line) {
        List<Arg> words = new ArrayList<>();
        int i = 0, n = line.length();
        int spanLine = 1, spanCol = 1, counted = 0; // the position of offset {@code counted}, advanced as words are found
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n) break;
            int start = i, depth = 0;
            while (i < n) {
                char c = line.charAt(i);
                if (depth == 0 && Character.isWhitespace(c)) {
                    int next = i;
                    while (next < n && Character.isWhitespace(line.charAt(next))) next++;
                    boolean comma = line.charAt(i - 1) == ',' || (next < n && line.charAt(next) == ',');
                    if (!comma || next >= n) break;
                    i = next; // the list goes on after the comma
                    continue;
                }
                if (c == '\'' || c == '"') { // to the closing quote (or the end of the line: FileNames says it is open)
                    int k = i + 1;
                    while (k < n && line.charAt(k) != c) k += c == '"' && line.charAt(k) == '\\' && k + 1 < n ? 2 : 1;
                    i = k < n ? k + 1 : n;
                    continue;
                }
                if (c == '[' || c == '(') depth++;
                else if ((c == ']' || c == ')') && depth > 0) depth--;
                i++;
            }
            for (; counted < start; counted++) {
                if (line.charAt(counted) == '\n') {
                    spanLine++;
                    spanCol = 1;
                } else spanCol++;
            }
            words.add(new Arg(line.substring(start, i), new Span(start, Math.max(1, i - start), spanLine, spanCol)));
        }
        return words;
    }

    static Span span(String text, int offset, int length) {
        int line = 1, col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else col++;
        }
        return new Span(offset, Math.max(1, length), line, col);
    }

    /** The items of a comma-separated word ("x1, x2" → x1, x2), each pointing at the whole word. */
    static List<Arg> items(Arg list) {
        List<Arg> out = new ArrayList<>();
        for (String part : list.text().split(",")) out.add(new Arg(part.strip(), list.span()));
        return out;
    }
}
