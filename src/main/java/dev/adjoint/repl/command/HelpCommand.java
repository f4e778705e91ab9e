package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import java.util.Set;

/** :help — commands, syntax and functions, each with an example. */
final class HelpCommand implements Command {
    private final Commands commands;

    HelpCommand(Commands commands) {
        this.commands = commands;
    }

    public String name() { return "help"; }

    public String usage() { return ":help [command | function | syntax | functions | autograd]"; }

    public String summary() { return "this list; ':help trace' for one command, ':help functions', ':help syntax'"; }

    public String help() { return "Shows the commands, or details on one command or topic."; }

    public boolean run(CommandArgs args, CommandContext ctx) {
        if (!args.hasNext()) {
            args.expectEnd(Set.of());
            ctx.out.print(overview());
            return false;
        }
        CommandArgs.Word w = args.next();
        args.expectEnd(Set.of());
        String topic = w.text().startsWith(":") ? w.text().substring(1) : w.text();
        switch (topic) {
            case "syntax" -> ctx.out.print(HelpTopics.SYNTAX);
            case "functions" -> ctx.out.print(HelpTopics.FUNCTIONS);
            case "autograd" -> ctx.out.print(HelpTopics.AUTOGRAD);
            default -> {
                Command c = commands.find(topic);
                FunctionHelp.Entry fn = FunctionHelp.find(topic);
                if (c == null && fn != null) {
                    ctx.out.print(FunctionHelp.text(topic, fn));
                    return false;
                }
                if (c == null) {
                    String hint = Suggestions.closest(topic, commands.all().stream().map(Command::name).toList());
                    throw new LangError("no help on '" + w.text() + "'" + (hint != null ? "; did you mean '" + hint + "'?" : " (try :help)"), w.span());
                }
                ctx.out.println(c.usage());
                ctx.out.println();
                ctx.out.println(c.help());
            }
        }
        return false;
    }

    private String overview() {
        StringBuilder sb = new StringBuilder();
        sb.append("Type statements to build a graph, then inspect it with commands:\n");
        sb.append("  >>> x1 = 2\n  >>> x2 = 5\n  >>> y = ln(x1) + x1*x2 - sin(x2)\n  >>> :trace y\n\n");
        sb.append("Commands (the target y defaults to the last assigned variable;\n");
        sb.append("inspection commands take --format text|markdown|latex|json):\n");
        int w = 0;
        for (Command c : commands.all()) w = Math.max(w, c.name().length() + 1);
        for (Command c : commands.all())
            sb.append("  ").append(String.format("%-" + (w + 2) + "s", ":" + c.name())).append(c.summary()).append('\n');
        sb.append("\nTopics: :help syntax, :help functions, :help autograd, :help <command>, :help <function> (e.g. :help sin)\n");
        return sb.toString();
    }
}
