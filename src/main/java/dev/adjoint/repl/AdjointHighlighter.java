package dev.adjoint.repl;

import dev.adjoint.lang.Builtins;
import dev.adjoint.lang.Lexer;
import dev.adjoint.lang.Token;
import java.util.Arrays;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the prompt buffer with the project's own Lexer: numbers, strings, keywords, the names
 * of the builtin table (apart from variables), comments and bad characters. A :command line
 * shows its command word and --options. Never throws: on any trouble the text is shown plain.
 */
final class AdjointHighlighter implements Highlighter {
    static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private final boolean color;

    AdjointHighlighter(boolean color) {
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color || buffer.isEmpty()) return new AttributedString(buffer);
        try {
            return render(buffer, styles(buffer));
        } catch (RuntimeException e) {
            return new AttributedString(buffer);
        }
    }

    /** One style per character of the buffer. */
    static AttributedStyle[] styles(String buffer) {
        AttributedStyle[] styles = new AttributedStyle[buffer.length()];
        Arrays.fill(styles, PLAIN);
        // :command lines are styled here and blanked out for the Lexer (offsets stay the same)
        char[] code = buffer.toCharArray();
        int start = 0;
        while (start <= buffer.length()) {
            int end = buffer.indexOf('\n', start);
            if (end < 0) end = buffer.length();
            String line = buffer.substring(start, end);
            if (line.stripLeading().startsWith(":")) {
                styleCommand(line, start, styles);
                Arrays.fill(code, start, end, ' ');
            }
            start = end + 1;
        }
        for (Token token : Lexer.scanForHighlighting(new String(code))) {
            AttributedStyle style = switch (token.type().category()) {
                case NUMBER -> NUMBER;
                case STRING -> STRING;
                case KEYWORD -> KEYWORD;
                case NAME -> Builtins.table().containsKey(token.text()) ? BUILTIN : PLAIN;
                case COMMENT -> COMMENT;
                case ERROR -> ERROR;
                default -> PLAIN;
            };
            if (style == PLAIN) continue;
            int from = Math.max(0, token.span().offset());
            int to = Math.min(styles.length, token.span().end());
            for (int i = from; i < to; i++) styles[i] = style;
        }
        return styles;
    }

    private static void styleCommand(String line, int offset, AttributedStyle[] styles) {
        int i = 0;
        boolean first = true;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
            int wordStart = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) i++;
            if (wordStart == i) break;
            AttributedStyle style = first ? COMMAND : line.startsWith("--", wordStart) ? OPTION : PLAIN;
            for (int k = wordStart; k < i; k++) styles[offset + k] = style;
            first = false;
        }
    }

    private static AttributedString render(String buffer, AttributedStyle[] styles) {
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length() + 16);
        int i = 0;
        while (i < buffer.length()) {
            int j = i + 1;
            while (j < buffer.length() && styles[j] == styles[i]) j++;
            sb.styled(styles[i], buffer.substring(i, j));
            i = j;
        }
        return sb.toAttributedString();
    }
}
