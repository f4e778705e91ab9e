package dev.adjoint.repl;

import dev.adjoint.lang.Completeness;
import dev.adjoint.lang.Lexer;
import dev.adjoint.lang.Token;
import dev.adjoint.lang.TokenType;
import dev.adjoint.session.BlankLinesInBlocks;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * The prompt's parser. On Enter it asks for another line (jline's EOFError, shown with the
 * "... " prompt) while {@link InputAssembler} holds an unfinished input: a block not yet closed
 * by an empty line, or an open bracket. The EOFError carries the indentation level of the next
 * line (the last line's, one more after a trailing ':' or an opening bracket, one less after
 * return/break/continue/pass); with jline's INDENTATION variable set to 4 this auto-indents.
 * Lines pasted without bracketed paste are taken whole and get no indentation added (see the constructor).
 *
 * <p>For completion it splits the current line into words: whitespace-separated words on a
 * :command line, otherwise the identifier (with dots, for attributes) under the cursor.
 */
final class AdjointParser implements Parser {
    private final Predicate<String> isComplete;
    private final BooleanSupplier typedAhead;

    AdjointParser(Predicate<String> isComplete) {
        this(isComplete, () -> false);
    }

    /**
     * {@code typedAhead}: whether keys are already waiting after this Enter. They are a paste
     * from a terminal without bracketed paste (it sends the text as if typed): the paste is
     * taken whole, as a bracketed one is, and its lines bring their own indentation, so none is
     * added, as when a file is read.
     */
    AdjointParser(Predicate<String> isComplete, BooleanSupplier typedAhead) {
        this.isComplete = isComplete;
        this.typedAhead = typedAhead;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            // keys waiting after Enter: a paste goes on; take it whole and decide once, at its end
            // (deciding at each of its lines re-read every line so far: cubic in the paste's length)
            if (typedAhead.getAsBoolean()) throw new EOFError(-1, -1, "more input needed", null, 0, null);
            // the paste's blank lines inside its blocks keep them together, as the prompt runs it
            String text = line.indexOf('\n') >= 0 ? BlankLinesInBlocks.keepBlocksTogether(line) : line;
            if (InputAssembler.needsMoreLines(text, isComplete))
                throw new EOFError(-1, -1, "more input needed", null, nextIndent(line), null);
        }
        return words(line, cursor);
    }

    /**
     * Indentation level (in steps of 4 columns) for the line after the given text: none inside a
     * triple-quoted string (what is typed there is the string's content, as at CPython's prompt), and
     * after one that ends on the last line, the level of the line where its statement began.
     */
    static int nextIndent(String text) {
        if (Completeness.insideString(text)) return 0;
        int lastLine = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lastLine++;
        BitSet continued = Completeness.linesStartingInsideStrings(text);
        int first = lastLine;
        while (first > 0 && continued.get(first)) first--;
        int start = 0;
        for (int n = 0; n < first; n++) start = text.indexOf('\n', start) + 1;
        String last = text.substring(start);
        int columns = 0;
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c == ' ') columns++;
            else if (c == '\t') columns += 4 - columns % 4;
            else break;
        }
        int level = columns / 4;
        // the language's own Lexer reads the line: strings and comments are what Python says they are
        List<Token> tokens = new ArrayList<>();
        for (Token t : Lexer.scanForHighlighting(last)) if (t.type() != TokenType.COMMENT) tokens.add(t);
        if (tokens.isEmpty()) return level;
        TokenType lastType = tokens.get(tokens.size() - 1).type();
        TokenType firstType = tokens.get(0).type();
        if (lastType == TokenType.COLON || lastType == TokenType.LEFT_PAREN || lastType == TokenType.LEFT_BRACKET || lastType == TokenType.COMMA) level++;
        else if (firstType == TokenType.RETURN || firstType == TokenType.BREAK || firstType == TokenType.CONTINUE || firstType == TokenType.PASS) level--;
        return Math.max(level, 0);
    }

    /** The words of the line the cursor is on, for the completer. */
    static Words words(String buffer, int cursor) {
        int cur = Math.max(0, Math.min(cursor, buffer.length()));
        int lineStart = buffer.lastIndexOf('\n', cur - 1) + 1;
        int lineEnd = buffer.indexOf('\n', cur);
        if (lineEnd < 0) lineEnd = buffer.length();
        String line = buffer.substring(lineStart, lineEnd);
        int pos = cur - lineStart;
        boolean command = line.stripLeading().startsWith(":");

        List<String> words = new ArrayList<>();
        int wordIndex = -1, wordCursor = 0, wordStart = pos, wordEnd = pos;
        int i = 0;
        while (i <= line.length()) {
            while (i < line.length() && !isWordChar(line.charAt(i), command)) i++;
            int start = i;
            while (i < line.length() && isWordChar(line.charAt(i), command)) i++;
            if (start == i) {
                if (i >= line.length()) break;
                continue;
            }
            if (wordIndex < 0 && pos >= start && pos <= i) {
                wordIndex = words.size();
                wordCursor = pos - start;
                wordStart = start;
                wordEnd = i;
            } else if (wordIndex < 0 && pos < start) {
                wordIndex = words.size(); // the cursor stands between words: an empty word here
                words.add("");
            }
            words.add(line.substring(start, i));
        }
        if (wordIndex < 0) {
            wordIndex = words.size();
            words.add("");
        }
        String word = wordStart == wordEnd ? "" : line.substring(wordStart, wordEnd);
        return new Words(buffer, cur, words, wordIndex, wordCursor, word, command);
    }

    private static boolean isWordChar(char c, boolean command) {
        if (command) return !Character.isWhitespace(c);
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** A parsed line for jline's completion: no quoting or escaping, words as they stand. */
    record Words(String line, int cursor, List<String> words, int wordIndex, int wordCursor, String word,
            boolean command) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
