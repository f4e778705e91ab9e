package dev.adjoint.repl;

import dev.adjoint.lang.TokenCategory;
import dev.adjoint.lang.TokenType;
import dev.adjoint.command.CommandCompletion;
import dev.adjoint.command.Commands;
import dev.adjoint.session.Session;
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
 * Tab completion at the prompt, asked afresh at every Tab so it cannot go stale. On a :command
 * line: what the command's spec allows where the cursor stands (its name, a variable that holds a
 * graph, a keyword, an option or its values, a file, a help topic, a setting). In an expression:
 * variables, functions and keywords, and after a dot the members of what the name is bound to
 * (a module's functions, a model's layers, a tensor's attributes and methods).
 */
final class AdjointCompleter implements Completer {
    /** What the completer asks the session about; every call may fail, and completion then offers less. */
    interface Source {
        /** The candidates for word {@code index} of a command line. */
        CommandCompletion.Candidates commandWord(List<String> words, int index);

        /** Variables and functions, for expressions. */
        List<String> names();

        /** The attributes of what a dotted name is bound to. */
        List<String> attributesOf(String owner);
    }

    private final Source source;

    AdjointCompleter(Source source) {
        this.source = source;
    }

    /** A completer over a fixed list of names (every name a graph), for tests. */
    AdjointCompleter(Supplier<List<String>> names) {
        this(new Source() {
            private final Commands commands = new Commands();

            public CommandCompletion.Candidates commandWord(List<String> words, int index) {
                return CommandCompletion.at(commands, words, index, () -> names.get().stream().filter(n -> !n.startsWith(":")).toList());
            }

            public List<String> names() {
                return names.get();
            }

            public List<String> attributesOf(String owner) {
                return Session.tensorAttributes();
            }
        });
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        try {
            if (line instanceof AdjointParser.Words words && words.command()) completeCommand(words, candidates);
            else if (!completeImport(line, candidates)) completeExpression(line.word().substring(0, line.wordCursor()), candidates);
        } catch (RuntimeException e) {
            // completion must never break the prompt; keywords at least
            if (!(line instanceof AdjointParser.Words w && w.command())) keywords(new LinkedHashSet<>(), candidates);
        }
    }

    private void completeCommand(AdjointParser.Words words, List<Candidate> candidates) {
        CommandCompletion.Candidates c = source.commandWord(words.words(), words.wordIndex());
        if (c.files()) {
            completeFile(words.word().substring(0, words.wordCursor()), candidates);
            return;
        }
        for (String v : c.values()) candidates.add(new Candidate(v, v, c.group(), null, null, null, true));
    }

    /** After `import ` and `from `: module names; after `from M import `: M's names. False on any other line. */
    private static boolean completeImport(ParsedLine line, List<Candidate> candidates) {
        List<String> names = dev.adjoint.lang.ImportNames.candidates(line.line().substring(0, Math.min(line.cursor(), line.line().length())));
        if (names == null) return false;
        for (String n : names) candidates.add(new Candidate(n, n, "modules", null, null, null, false));
        return true;
    }

    private void completeExpression(String prefix, List<Candidate> candidates) {
        int dot = prefix.lastIndexOf('.');
        if (dot >= 0) {
            String owner = prefix.substring(0, dot);
            for (String a : source.attributesOf(owner))
                candidates.add(new Candidate(owner + "." + a, a, "attributes", null, null, null, false));
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> names;
        try {
            names = source.names();
        } catch (RuntimeException e) {
            names = List.of();
        }
        for (String name : names) {
            if (!name.startsWith(":") && seen.add(name)) candidates.add(new Candidate(name, name, "names", null, null, null, false));
        }
        keywords(seen, candidates);
    }

    private static void keywords(Set<String> seen, List<Candidate> candidates) {
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
}
