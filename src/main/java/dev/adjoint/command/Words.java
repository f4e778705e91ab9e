package dev.adjoint.command;

import dev.adjoint.lang.Span;
import dev.adjoint.session.Arg;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line split into words with their positions (so an error can put a caret under one).
 * Brackets keep "[1, 2, 3]" one word; a comma joins the words on either side of it, so
 * "wrt x, d" and "dir x1=1, x2=1" read as "wrt x,d" and "dir x1=1,x2=1" would.
 */
final class Words {
    private Words() {}

    static List<Arg> split(String line) {
        List<Arg> words = new ArrayList<>();
        int i = 0, n = line.length();
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
                if (c == '[' || c == '(') depth++;
                else if ((c == ']' || c == ')') && depth > 0) depth--;
                i++;
            }
            words.add(new Arg(line.substring(start, i), span(line, start, i - start)));
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
