package dev.adjoint.command;

import dev.adjoint.lang.BuiltinHelp;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import dev.adjoint.session.Arg;
import java.util.ArrayList;
import java.util.List;

/** :help — commands, topics and functions, each with an example; generated from the commands' specs and the topic table. */
final class HelpCommand implements Command {
    private final Commands commands;
    private final CommandSpec spec = CommandSpec.command("help", "this list; ':help trace' for one command, ':help functions', ':help syntax'")
            .word("TOPIC", CommandSpec.Completion.TOPICS, null).help("Shows the commands, or details on one command or topic.");

    HelpCommand(Commands commands) {
        this.commands = commands;
    }

    public CommandSpec spec() {
        return spec;
    }

    @Override
    public String usage() {
        return ":help [command | function | " + String.join(" | ", HelpTopics.ALL.keySet()) + "]";
    }

    public Reply run(Request r, CommandContext ctx) {
        Arg w = r.word();
        if (w == null) return Reply.text(overview());
        String topic = w.text().startsWith(":") ? w.text().substring(1) : w.text();
        String text = HelpTopics.ALL.get(topic);
        if (text != null) return Reply.text(text);
        Command c = commands.find(topic);
        if (c != null) return Reply.text(c.usage() + "\n\n" + c.help() + "\n");
        if (topic.contains(".")) { // torch.ones, np.zeros, F.relu: the library's own signature, when the session has the name
            java.util.Optional<String> bound = ctx.session.inspect(topic);
            if (bound.isPresent()) return Reply.text(bound.get());
        }
        BuiltinHelp.Entry fn = BuiltinHelp.find(topic);
        if (fn != null) return Reply.text(fn.text());
        String library = dev.adjoint.lang.LibraryHelp.named(topic); // mse_loss, F.cross_entropy: NumPy's and PyTorch's of that name
        if (library != null) return Reply.text(library);
        String hint = Suggestions.closest(topic, topics());
        throw new LangError("no help on '" + w.text() + "'" + (hint != null ? "; did you mean '" + hint + "'?" : " (try :help)"), w.span());
    }

    /** What :help can be asked about besides functions: every command and topic. */
    List<String> topics() {
        List<String> all = new ArrayList<>();
        for (Command c : commands.all()) all.add(c.name());
        all.addAll(HelpTopics.ALL.keySet());
        return all;
    }

    private static final List<String> FORMATS = java.util.Arrays.stream(dev.adjoint.render.Format.values()).map(dev.adjoint.render.Format::label).toList();

    private String overview() {
        StringBuilder sb = new StringBuilder();
        sb.append("Type statements to build a graph, then inspect it with commands:\n");
        sb.append("  >>> x1 = 2\n  >>> x2 = 5\n  >>> y = ln(x1) + x1*x2 - sin(x2)\n  >>> :trace y\n\n");
        sb.append("Commands (the target y defaults to the last assigned variable; inspection commands\n");
        sb.append("take --format ").append(String.join("|", FORMATS)).append("; lists take commas, with or\n");
        sb.append("without a space: wrt x1, x2 or wrt x1,x2):\n");
        int w = 0;
        for (Command c : commands.all()) w = Math.max(w, c.name().length() + 1);
        for (Command c : commands.all())
            sb.append("  ").append(String.format("%-" + (w + 2) + "s", ":" + c.name())).append(c.summary()).append('\n');
        sb.append("\nTopics: ");
        for (String t : HelpTopics.ALL.keySet()) sb.append(":help ").append(t).append(", ");
        sb.append(":help <command>, :help <function> (e.g. :help sin)\n");
        return sb.toString();
    }
}
