package dev.adjoint.repl;

import dev.adjoint.command.InputRunner;
import dev.adjoint.session.BlankLinesInBlocks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Input without a terminal: -e statements, script files and piped stdin. No prompt, no colour and
 * no jline at all; lines are grouped into inputs by {@link InputAssembler}, as at the prompt.
 */
final class PlainLoop {
    enum Result { OK, ERROR, KEYBOARD_INTERRUPT, QUIT }

    private PlainLoop() {}

    /** A script or an -e statement: stops at the first failing input (ERROR) or at :quit (QUIT). */
    static Result runText(EvalRunner runner, Shell shell, String text, String sourceName) {
        if (InputRunner.isPythonScript(sourceName)) return runPython(runner, text, sourceName);
        for (InputAssembler.Chunk chunk : InputAssembler.split(text, shell::isComplete, InputAssembler.Mode.TEXT)) {
            Shell.Outcome outcome = runner.run(chunk, sourceName);
            if (outcome.quit() || !outcome.ok()) return result(outcome);
            if (runner.stopped()) return Result.ERROR;
        }
        return Result.OK;
    }

    /** A Python program (a .py script, python3 -c's command): one input, no value echoed. */
    static Result runPython(EvalRunner runner, String text, String sourceName) {
        return result(runner.runPython(text, sourceName));
    }

    private static Result result(Shell.Outcome o) {
        return o.quit() ? Result.QUIT : o.ok() ? Result.OK : o.keyboardInterrupt() ? Result.KEYBOARD_INTERRUPT : Result.ERROR;
    }

    /**
     * Piped stdin, read line by line as it arrives: errors do not stop it; exit 0 at EOF or :quit, exit(n)'s status.
     * A line over {@link BoundedLines#MAX_CHARS} is refused with an error (and whatever input it
     * was continuing is dropped); once the runner is stopped (--timeout), nothing more runs. An
     * input that opened a block and failed before its end takes the indented lines after it with
     * it (a 3000-deep block is one error, not one per hundred lines, and no "unexpected indent").
     */
    static int runPiped(EvalRunner runner, Shell shell, InputStream in) {
        InputAssembler assembler = new InputAssembler(shell::isComplete, InputAssembler.Mode.TEXT); // read as CPython reads a file
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            // said when the limit is passed, not at the line's end, which an endless line never reaches
            BoundedLines lines = new BoundedLines(reader, BoundedLines.MAX_CHARS, () -> {
                int number = assembler.skip();
                runner.reportError(InputRunner.STDIN + ":" + number + ": error: line " + number + " is longer than "
                        + String.format(java.util.Locale.ROOT, "%,d", BoundedLines.MAX_CHARS) + " characters; it is skipped");
            });
            shell.setLineInput((prompt, out) -> { // input() reads the pipe's next line, as at Python's prompt
                out.print(prompt);
                out.flush();
                try {
                    BoundedLines.Line read = lines.next();
                    if (read == null) return null;
                    assembler.countLine();
                    return read.text();
                } catch (IOException e) {
                    return null;
                }
            });
            BoundedLines.Line line;
            boolean first = true, restOfFailedBlock = false;
            java.util.ArrayDeque<BoundedLines.Line> ahead = new java.util.ArrayDeque<>(); // lines read to look past a blank one
            while (!runner.stopped() && (line = ahead.isEmpty() ? lines.next() : ahead.poll()) != null) {
                if (restOfFailedBlock && !line.tooLong() && isIndented(line.text())) {
                    assembler.skip();
                    continue;
                }
                restOfFailedBlock = false;
                if (line.tooLong()) { // already said and counted
                    first = false;
                    continue;
                }
                String text = line.text();
                if (first && text.startsWith("\uFEFF")) text = text.substring(1);
                first = false;
                if (text.isBlank() && assembler.hasPending() && ahead.isEmpty() && blockGoesOn(lines, ahead)) {
                    assembler.feedBlankInsideBlock(text);
                    while (ahead.size() > 1) assembler.feedBlankInsideBlock(ahead.poll().text());
                    continue;
                }
                // a blank line inside a bracket, then a new statement at the margin: the statement was left
                // unfinished, and the blank line ends it with its error, as at the prompt (SPEC 2); a line
                // indented or closing the bracket goes on with it, as in a file piped in
                boolean endsUnfinished = text.isBlank() && assembler.pendingInsideBrackets()
                        && !ahead.isEmpty() && startsStatement(ahead.peekLast()); // (blockGoesOn read ahead to the next code line)
                for (InputAssembler.Chunk chunk : endsUnfinished ? assembler.endAtBlank() : assembler.feed(text)) {
                    if (runner.stopped()) return 0;
                    Shell.Outcome outcome = runner.run(chunk, InputRunner.STDIN);
                    if (outcome.quit()) return shell.exitStatus();
                    if (outcome.keyboardInterrupt()) return Main.KEYBOARD_INTERRUPT_STATUS; // as CPython reading a file
                    restOfFailedBlock = !outcome.ok() && opensBlock(chunk.text());
                }
            }
        } catch (IOException e) {
            // stdin closed under us: end the session as at EOF
        }
        for (InputAssembler.Chunk chunk : assembler.finish()) {
            if (runner.stopped()) return 0;
            Shell.Outcome outcome = runner.run(chunk, InputRunner.STDIN);
            if (outcome.quit()) return shell.exitStatus();
            if (outcome.keyboardInterrupt()) return Main.KEYBOARD_INTERRUPT_STATUS;
        }
        return 0;
    }

    /**
     * After a blank line inside a pending block: whether the next code line, if it has already
     * arrived, goes on with the block (indented, or else:/except:), as in a file piped in (cat hw.py
     * | adjoint: a blank line inside a function); the lines read to see it are left in {@code ahead},
     * the code line last. A line still to be typed into the pipe is not waited for: the blank line
     * then ends the block, as at the prompt.
     */
    private static boolean blockGoesOn(BoundedLines lines, java.util.ArrayDeque<BoundedLines.Line> ahead) throws IOException {
        while (lines.arrived()) {
            BoundedLines.Line next = lines.next();
            if (next == null) return false;
            ahead.add(next);
            if (next.tooLong()) return false;
            if (!next.text().isBlank()) return BlankLinesInBlocks.goesOnWithABlock(next.text());
        }
        return false;
    }

    /** A code line at the margin that does not close a bracket. */
    private static boolean startsStatement(BoundedLines.Line line) {
        String t = line.text();
        return !line.tooLong() && !t.isBlank() && !isIndented(t) && ")]}#".indexOf(t.charAt(0)) < 0;
    }

    private static boolean isIndented(String line) {
        return !line.isBlank() && Character.isWhitespace(line.charAt(0));
    }

    /** An input still inside a block when it was cut short: it ends on an indented line or on a header's colon. */
    private static boolean opensBlock(String input) {
        if (input.endsWith("\n")) return false; // ended by an empty line: the block is over
        String last = input.substring(input.lastIndexOf('\n') + 1);
        return isIndented(last) || last.stripTrailing().endsWith(":");
    }
}
