package dev.adjoint.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tab completion on a command line, from the command's {@link CommandSpec}: the words that can
 * stand where the cursor is (a command name, a target, a keyword, an option, an option's value, a
 * file, a help topic, a setting), so the candidates can never disagree with what the command takes.
 */
public final class CommandCompletion {
    /** Candidates, and what kind they are ("commands", "options", "names", ...); {@code files}: complete file names instead. */
    public record Candidates(String group, List<String> values, boolean files) {
        static Candidates of(String group, List<String> values) {
            return new Candidates(group, values, false);
        }

        static final Candidates NONE = of("", List.of());
        static final Candidates FILES = new Candidates("files", List.of(), true);
    }

    private CommandCompletion() {}

    /**
     * The candidates for word {@code index} of {@code words} (the command name is word 0);
     * {@code graphs} lists the variables that hold a graph, asked only when a target may stand there.
     */
    public static Candidates at(Commands commands, List<String> words, int index, Supplier<List<String>> graphs) {
        if (index == 0) return Candidates.of("commands", commands.names());
        Command c = commands.find(words.get(0));
        if (c == null) return Candidates.NONE;
        CommandSpec spec = c.spec();
        String previous = words.get(index - 1);
        if (previous.startsWith("--")) {
            CommandSpec.Option o = spec.option(previous.substring(2));
            if (o != null && !o.flag()) {
                if (o.completion() == CommandSpec.Completion.FILES) return Candidates.FILES;
                return Candidates.of(o.name().equals("format") ? "formats" : "values", o.values());
            }
        }
        for (CommandSpec.Param p : spec.params())
            if (p instanceof CommandSpec.Keywords k)
                for (CommandSpec.Keyword kw : k.keywords()) if (kw.word().equals(previous)) return completion(kw.completion(), commands, positional(words, index, spec), graphs);
        List<String> positional = positional(words, index, spec);
        List<String> options = new ArrayList<>();
        for (CommandSpec.Option o : spec.options()) options.add("--" + o.name());
        int next = 0;
        for (CommandSpec.Param p : spec.params()) {
            boolean filled = next < positional.size();
            if (p instanceof CommandSpec.Choice ch) {
                if (!filled) return Candidates.of("values", ch.values());
                next++;
            } else if (p instanceof CommandSpec.Target) {
                if (!filled) {
                    List<String> all = new ArrayList<>(spec.keywordWords());
                    all.addAll(options);
                    all.addAll(graphs.get());
                    return Candidates.of("names", all);
                }
                if (!spec.keywordWords().contains(positional.get(next))) next++;
            } else if (p instanceof CommandSpec.Keywords) {
                if (!filled) {
                    List<String> all = new ArrayList<>(spec.keywordWords());
                    all.addAll(options);
                    return Candidates.of("options", all);
                }
                next += 2;
            } else if (p instanceof CommandSpec.Word w) {
                if (!filled) return completion(w.completion(), commands, positional, graphs);
                next++;
            } else if (p instanceof CommandSpec.Rest r) {
                if (next == positional.size()) return completion(r.completion(), commands, positional, graphs);
                break;
            }
        }
        return Candidates.of("options", options);
    }

    /** The positional words before word {@code index}: options and their values left out, as the parser does. */
    private static List<String> positional(List<String> words, int index, CommandSpec spec) {
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < index; i++) {
            String w = words.get(i);
            if (w.startsWith("--")) {
                CommandSpec.Option o = spec.option(w.substring(2).replaceFirst("=.*", ""));
                if (o != null && !o.flag() && !w.contains("=")) i++; // its value
                continue;
            }
            positional.add(w);
        }
        return positional;
    }

    private static Candidates completion(CommandSpec.Completion kind, Commands commands, List<String> before, Supplier<List<String>> graphs) {
        return switch (kind) {
            case GRAPHS -> Candidates.of("names", graphs.get());
            case FILES -> Candidates.FILES;
            case TOPICS -> Candidates.of("topics", commands.helpTopics());
            case SETTINGS -> Candidates.of("settings", Commands.settings());
            case SETTING_VALUES -> before.isEmpty() ? Candidates.NONE : Candidates.of("values", Commands.settingValues(before.get(before.size() - 1)));
            case NONE -> Candidates.NONE;
        };
    }
}
