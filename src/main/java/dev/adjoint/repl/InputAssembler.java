package dev.adjoint.repl;

import dev.adjoint.lang.Completeness;
import dev.adjoint.lang.PendingBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Groups lines into complete inputs, by the same rules at the prompt, for piped stdin and for
 * script files:
 * <ul>
 *   <li>a line starting with {@code :} is a command on its own (it first flushes a pending block);
 *   <li>otherwise lines are added while {@code isComplete(buffer)} is false;
 *   <li>an empty (blank) line ends a pending input, and it is run even if still incomplete (an
 *       unclosed bracket), so the Shell can say what is still open; but in a {@link Mode#TEXT}
 *       (a file, a pipe, a notebook cell) a blank line inside brackets belongs to the statement,
 *       as CPython reads a file, and only the end of the text says what is still open;
 *   <li>blank lines between inputs are skipped.
 * </ul>
 * An input that ends at an empty line is handed on with a trailing {@code "\n"} (the empty line),
 * the way the prompt accepts it. Line numbers are 1-based and count every line fed.
 *
 * <p>{@code isComplete} is asked once per line, but not for the lines that only go on with a
 * pending block ({@link PendingBlock}): a block of n lines then costs time linear in n, not n²
 * (so {@code isComplete} must agree with {@link Completeness} on blocks, as the Shell's does).
 */
final class InputAssembler {
    /** One complete input and the line it starts on. */
    record Chunk(String text, int firstLine) {}

    /** Lines typed at the prompt (a blank line is the way out of an open bracket), or a text read as a file. */
    enum Mode { PROMPT, TEXT }

    private final Predicate<String> isComplete;
    private final Mode mode;
    private final StringBuilder buffer = new StringBuilder();
    private int bufferFirstLine;
    private int lineNumber;
    /** The block the buffer waits in, when it is simply that; null when the next line needs a full check. */
    private PendingBlock block;

    InputAssembler(Predicate<String> isComplete) {
        this(isComplete, Mode.PROMPT);
    }

    InputAssembler(Predicate<String> isComplete, Mode mode) {
        this.isComplete = isComplete;
        this.mode = mode;
    }

    /** Feeds the next line (without its line terminator); returns the inputs it completes, in order. */
    List<Chunk> feed(String line) {
        lineNumber++;
        List<Chunk> done = new ArrayList<>(2);
        if (line.isBlank() && buffer.length() > 0 && block == null && continuesOverBlankLine(buffer.toString())) {
            buffer.append('\n').append(line); // a blank line of a triple-quoted string (or, in a text, inside brackets)
            return done;
        }
        if (line.isBlank()) {
            flush(done);
            return done;
        }
        String stripped = line.stripLeading();
        // a command, unless it continues an open bracket (a dict's `: 1}`, a lambda's `:a + 1)`), as in CPython
        if (stripped.startsWith(":") && (buffer.length() == 0 || !Completeness.insideStringOrBrackets(buffer.toString()))) {
            flush(done);
            done.add(new Chunk(stripped.stripTrailing(), lineNumber));
            return done;
        }
        // a new statement at the top level ends a block that waits only for its end: the two are two
        // inputs, as in a file or a notebook cell (a failed call after a def undoes the call, not the def)
        if (block != null && startsTopLevelStatement(line)) flush(done);
        if (buffer.length() == 0) {
            bufferFirstLine = lineNumber;
        } else {
            buffer.append('\n');
        }
        buffer.append(line);
        if (block != null && block.continuedBy(line)) return done;
        String text = buffer.toString();
        if (isComplete.test(text)) {
            buffer.setLength(0);
            block = null;
            done.add(new Chunk(text, bufferFirstLine));
        } else {
            block = PendingBlock.of(text);
        }
        return done;
    }

    /**
     * A blank line that the next, indented line of a paste follows at once (the prompt on a dumb
     * terminal sees them arrive together): it stays inside the pending block, as in a file,
     * instead of ending it.
     */
    List<Chunk> feedBlankInsideBlock(String line) {
        if (buffer.length() == 0) return feed(line);
        lineNumber++;
        buffer.append('\n').append(line);
        block = null;
        return List.of();
    }

    /** Whether the pending input is inside an open bracket (not a string): where a text's blank line would go on with it. */
    boolean pendingInsideBrackets() {
        if (buffer.length() == 0) return false;
        String pending = buffer.toString();
        return Completeness.insideStringOrBrackets(pending) && !Completeness.insideString(pending);
    }

    /** A blank line that ends the pending input as at the prompt, even inside a bracket: the input is run, to say what is open. */
    List<Chunk> endAtBlank() {
        lineNumber++;
        List<Chunk> done = new ArrayList<>(1);
        flush(done);
        return done;
    }

    /** Counts a line that was refused (too long) and drops the input it was continuing; returns its number. */
    int skip() {
        lineNumber++;
        buffer.setLength(0);
        block = null;
        return lineNumber;
    }

    /** Counts a line read by the program itself (input()), so that the lines after it keep their numbers. */
    void countLine() {
        lineNumber++;
    }

    /** At the end of the input: the pending input, if any, run as if an empty line followed. */
    List<Chunk> finish() {
        List<Chunk> done = new ArrayList<>(1);
        flush(done);
        return done;
    }

    /** True while lines are held that do not yet make a complete input. */
    boolean hasPending() {
        return buffer.length() > 0;
    }

    /** A line at the top level that begins a statement of its own, not a clause (else, except, ...) of the block before it. */
    private static boolean startsTopLevelStatement(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '#') return false;
        int end = 0;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) end++;
        String word = line.substring(0, end);
        return !(word.equals("else") || word.equals("elif") || word.equals("except") || word.equals("finally"));
    }

    private boolean continuesOverBlankLine(String pending) {
        return mode == Mode.TEXT ? Completeness.insideStringOrBrackets(pending) : Completeness.insideString(pending);
    }

    /** Splits an accepted prompt buffer into inputs, pending part included. */
    static List<Chunk> split(String text, Predicate<String> isComplete) {
        return split(text, isComplete, Mode.PROMPT);
    }

    /** Splits a whole text (a script, an -e argument, a cell, a prompt buffer) into inputs, pending part included. */
    static List<Chunk> split(String text, Predicate<String> isComplete, Mode mode) {
        InputAssembler assembler = new InputAssembler(isComplete, mode);
        List<Chunk> chunks = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) chunks.addAll(assembler.feed(line));
        chunks.addAll(assembler.finish());
        return chunks;
    }

    /** Whether the prompt should ask for another line: the text so far leaves an input pending. */
    static boolean needsMoreLines(String text, Predicate<String> isComplete) {
        InputAssembler assembler = new InputAssembler(isComplete);
        for (String line : text.split("\r?\n", -1)) assembler.feed(line);
        return assembler.hasPending();
    }

    private void flush(List<Chunk> done) {
        if (buffer.length() == 0) return;
        buffer.append('\n');
        done.add(new Chunk(buffer.toString(), bufferFirstLine));
        buffer.setLength(0);
        block = null;
    }
}
