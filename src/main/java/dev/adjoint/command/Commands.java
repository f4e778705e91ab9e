package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import dev.adjoint.session.Arg;
import dev.adjoint.session.Refusal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table of :commands, and a ":name args" line run as parse → command → reply. */
public final class Commands {
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final Map<String, String> aliases = Map.of("q", "quit", "exit", "quit", "h", "help", "?", "help");

    public Commands() {
        for (Command c : List.of(new TraceCommand(), new ForwardCommand(), new ReverseCommand(), new GradCommand(),
                new BackwardCommand(), new GraphCommand(), new CheckCommand(), new JacobianCommand(), new ReplayCommand(),
                new StepCommand(), new VarsCommand(), new LoadCommand(), new SaveCommand(), new SetCommand(), new ResetCommand(),
                new HelpCommand(this), new QuitCommand()))
            byName.put(c.name(), c);
    }

    public Collection<Command> all() {
        return byName.values();
    }

    /** A command by its name (or alias), with or without the colon; null if there is none. */
    public Command find(String name) {
        String n = name.startsWith(":") ? name.substring(1) : name;
        return byName.get(aliases.getOrDefault(n, n));
    }

    /** The options and keywords of a command ("--format", "wrt", ...) by its name, for completion; empty if unknown. */
    public List<String> options(String command) {
        Command c = find(command);
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
        Arg name = Request.commandWord(line);
        Command c = find(name.text());
        if (c == null) {
            List<Arg> words = Words.split(line);
            if (name.text().equals(":") && words.size() > 1 && find(words.get(1).text()) != null) // ": trace y": a space after the colon
                throw new LangError("unknown command ':'; did you mean ':" + find(words.get(1).text()).name() + "'? (no space after the colon)", name.span());
            String hint = Suggestions.closest(name.text().substring(1), byName.keySet());
            throw new LangError("unknown command '" + name.text() + "'"
                    + (hint != null ? "; did you mean ':" + hint + "'?" : " (:help lists the commands)"), name.span());
        }
        return c;
    }

    /** Parses the line by the command's spec and runs it; what the session refuses is pointed at the command's name. */
    public Reply run(Command c, String line, CommandContext ctx) {
        Request r = Request.parse(line, c.spec());
        try {
            return c.run(r, ctx).withAllRows(r.flag("all"));
        } catch (Refusal e) {
            throw new LangError(e.getMessage(), r.command().span());
        }
    }

    /** What :help can be asked about besides functions. */
    public List<String> helpTopics() {
        return ((HelpCommand) byName.get("help")).topics();
    }

    /** The names of the settings :set knows, and the values of one. */
    public static List<String> settings() {
        return List.copyOf(SetCommand.SETTINGS.keySet());
    }

    public static List<String> settingValues(String setting) {
        SetCommand.Setting s = SetCommand.SETTINGS.get(setting);
        return s == null ? List.of() : s.values();
    }
}
