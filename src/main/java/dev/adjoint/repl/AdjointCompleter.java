package dev.adjoint.repl;

import dev.adjoint.lang.TokenCategory;
import dev.adjoint.lang.TokenType;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion at the prompt. On a :command line: command names for the first word, then
 * formats after --format, file names after :load, :save and --out, and otherwise the command
 * options and variable names. In an expression: variables, functions and keywords, and after a
 * dot the tensor attributes and methods.
 */
final class AdjointCompleter implements Completer {
    /** The REPL commands of SPEC §3, completed even before the Shell lists its own. */
    static final List<String> COMMANDS = List.of(":trace", ":forward", ":reverse", ":grad", ":backward",
            ":graph", ":check", ":vars", ":help", ":load", ":save", ":reset", ":set", ":quit");
    static final List<String> OPTIONS = List.of("--format", "--out", "wrt", "dir");
    static final List<String> FORMATS = List.of("text", "markdown", "latex", "json");
    /** Tensor attributes and methods (SPEC §2). */
    static final List<String> ATTRIBUTES = List.of("shape", "grad", "data", "T", "requires_grad", "grad_fn",
            "backward", "detach", "sum", "mean", "reshape", "norm", "item");

    /** Values that follow a word on a command line: --mode forward, :set notation baydin, ... */
    static final java.util.Map<String, List<String>> VALUES = java.util.Map.of(
            "--mode", List.of("forward", "reverse"),
            "--order", List.of("depth", "creation"),
            "notation", List.of("cmu", "baydin"),
            "grad", List.of("on", "off"),
            "ascii", List.of("on", "off"),
            "anomaly", List.of("on", "off"),
            "order", List.of("depth", "creation"),
            "format", FORMATS);
    static final List<String> SETTINGS = List.of("precision", "grad", "format", "order", "ascii", "notation", "anomaly");

    private final Supplier<List<String>> names;
    private final java.util.function.Function<String, List<String>> options;

    /** names: the Shell's commands, variables and functions, asked afresh at every Tab. */
    AdjointCompleter(Supplier<List<String>> names) {
        this(names, command -> OPTIONS);
    }

    /** options: a command's own options and keywords (the Shell's commandOptions). */
    AdjointCompleter(Supplier<List<String>> names, java.util.function.Function<String, List<String>> options) {
        this.names = names;
        this.options = options;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> known = safeNames();
        if (line instanceof AdjointParser.Words words && words.command()) {
            completeCommand(reader, words, known, candidates);
        } else {
            completeExpression(line.word().substring(0, line.wordCursor()), known, candidates);
        }
    }

    private void completeCommand(LineReader reader, AdjointParser.Words words, List<String> known,
            List<Candidate> candidates) {
        if (words.wordIndex() == 0) {
            Set<String> commands = new LinkedHashSet<>(COMMANDS);
            for (String name : known) if (name.startsWith(":")) commands.add(name);
            for (String c : commands) candidates.add(new Candidate(c, c, "commands", null, null, null, true));
            return;
        }
        String previous = words.words().get(words.wordIndex() - 1);
        String command = words.words().get(0);
        if (previous.equals("--format")) {
            for (String f : FORMATS) candidates.add(new Candidate(f, f, "formats", null, null, null, true));
            return;
        }
        if (previous.equals("--out") || (words.wordIndex() == 1 && (command.equals(":load") || command.equals(":save")))) {
            completeFile(words.word().substring(0, words.wordCursor()), candidates);
            return;
        }
        List<String> values = VALUES.get(previous);
        if (values != null && (previous.startsWith("--") || command.equals(":set"))) {
            for (String v : values) candidates.add(new Candidate(v, v, "values", null, null, null, true));
            return;
        }
        if (command.equals(":set") && words.wordIndex() == 1) {
            for (String v : SETTINGS) candidates.add(new Candidate(v, v, "settings", null, null, null, true));
            return;
        }
        if (command.equals(":help")) {
            for (String c : COMMANDS) {
                String topic = c.substring(1);
                candidates.add(new Candidate(topic, topic, "topics", null, null, null, true));
            }
            return;
        }
        List<String> own = safeOptions(command);
        for (String o : own.isEmpty() ? OPTIONS : own) candidates.add(new Candidate(o, o, "options", null, null, null, true));
        for (String name : known) {
            if (!name.startsWith(":")) candidates.add(new Candidate(name, name, "names", null, null, null, true));
        }
    }

    private static void completeExpression(String prefix, List<String> known, List<Candidate> candidates) {
        int dot = prefix.lastIndexOf('.');
        if (dot >= 0) {
            String owner = prefix.substring(0, dot + 1);
            for (String a : ATTRIBUTES) candidates.add(new Candidate(owner + a, a, "attributes", null, null, null, false));
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String name : known) {
            if (!name.startsWith(":") && seen.add(name)) candidates.add(new Candidate(name, name, "names", null, null, null, false));
        }
        for (TokenType t : TokenType.values()) {
            if (t.category() == TokenCategory.KEYWORD && seen.add(t.spelling())) {
                candidates.add(new Candidate(t.spelling(), t.spelling(), "keywords", null, null, null, false));
            }
        }
    }

    /** File names for :load, :save and --out: the entries of the directory typed so far. */
    static void completeFile(String prefix, List<Candidate> candidates) {
        int slash = prefix.lastIndexOf('/');
        String dirPart = prefix.substring(0, slash + 1);
        Path dir = Paths.get(dirPart.isEmpty() ? "." : dirPart.startsWith("~/")
                ? System.getProperty("user.home") + dirPart.substring(1) : dirPart);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && !prefix.substring(slash + 1).startsWith(".")) continue;
                boolean isDir = Files.isDirectory(entry);
                String value = dirPart + name + (isDir ? "/" : "");
                candidates.add(new Candidate(value, name + (isDir ? "/" : ""), "files", null, null, null, !isDir));
            }
        } catch (IOException | RuntimeException e) {
            // no such directory: nothing to offer
        }
    }

    private List<String> safeOptions(String command) {
        try {
            return options.apply(command);
        } catch (RuntimeException e) {
            return List.of(); // completion must never break the prompt
        }
    }

    private List<String> safeNames() {
        try {
            List<String> list = names.get();
            return list == null ? List.of() : list;
        } catch (RuntimeException e) {
            return List.of(); // completion must never break the prompt
        }
    }
}
