package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table of :commands, and dispatch of a ":name args" line to one of them. */
public final class Commands {
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final Map<String, String> aliases = Map.of("q", "quit", "exit", "quit", "h", "help", "?", "help");

    public Commands() {
        for (Command c : List.of(new TraceCommand(), new ForwardCommand(), new ReverseCommand(), new GradCommand(),
                new BackwardCommand(), new GraphCommand(), new CheckCommand(), new JacobianCommand(), new ReplayCommand(), new StepCommand(), new VarsCommand(), new LoadCommand(), new SaveCommand(), new SetCommand(), new ResetCommand(),
                new HelpCommand(this), new QuitCommand()))
            byName.put(c.name(), c);
    }

    public Collection<Command> all() {
        return byName.values();
    }

    public Command find(String name) {
        return byName.get(aliases.getOrDefault(name, name));
    }

    /** The options and keywords of a command ("--format", "wrt", ...) by its name with or without the colon, for completion; empty if unknown. */
    public List<String> options(String command) {
        Command c = find(command.startsWith(":") ? command.substring(1) : command);
        return c == null ? List.of() : c.options();
    }

    /** Names with their colon, for completion. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String n : byName.keySet()) names.add(":" + n);
        return names;
    }

    /** The command a line names, or an error with a suggestion under the misspelt name. */
    public Command commandOf(String line) {
        CommandArgs.Word name = CommandArgs.parse(line).name();
        String word = name.text().substring(1);
        Command c = find(word);
        if (c == null) {
            String hint = Suggestions.closest(word, byName.keySet());
            throw new LangError("unknown command '" + name.text() + "'"
                    + (hint != null ? "; did you mean ':" + hint + "'?" : " (:help lists the commands)"), name.span());
        }
        return c;
    }

}
