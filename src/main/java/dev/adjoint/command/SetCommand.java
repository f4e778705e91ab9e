package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import dev.adjoint.render.Format;
import dev.adjoint.session.Arg;
import dev.adjoint.session.report.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** :set — shows or changes a setting; the settings are the table below, and usage, help and completion come from it. */
final class SetCommand implements Command {
    /** A setting: its values (none: a number), what it does, how to read it and how to change it. */
    record Setting(String name, List<String> values, String what, Function<CommandContext, String> get, BiConsumer<CommandContext, Arg> set) {}

    static final Map<String, Setting> SETTINGS = new LinkedHashMap<>();

    private static void add(String name, List<String> values, String what, Function<CommandContext, String> get, BiConsumer<CommandContext, Arg> set) {
        SETTINGS.put(name, new Setting(name, values, what, get, set));
    }

    static {
        add("precision", List.of(), "digits after the point in displays (default 3; below 1 at least 3 significant digits; JSON is always full)",
                c -> Integer.toString(c.settings.precision), (c, v) -> c.settings.precision = precision(v));
        add("grad", List.of("on", "off"), "off records no graph (like PyTorch's torch.no_grad())",
                c -> onOff(c.session.gradEnabled()), (c, v) -> c.session.setGradEnabled(onOff(v)));
        add("anomaly", List.of("on", "off"), """
                on: the first NaN or inf in a value or a gradient is reported
                with its vi, op, inputs and the statement that created it
                (like torch.autograd.detect_anomaly; slower)""",
                c -> onOff(c.session.anomalyDetection()), (c, v) -> c.session.setAnomalyDetection(onOff(v)));
        add("format", List.of("text", "markdown", "latex", "json"), "default --format of the inspection commands",
                c -> c.settings.format.label(), (c, v) -> c.settings.format = Format.parse(v.text()));
        add("order", List.of("depth", "creation"), "trace numbering: depth (the lecture's) or creation",
                c -> c.settings.order == Trace.Order.DEPTH ? "depth" : "creation",
                (c, v) -> c.settings.order = v.text().equals("depth") ? Trace.Order.DEPTH : Trace.Order.CREATION);
        add("notation", List.of("cmu", "baydin"), """
                cmu: v1..vn (the lecture's); baydin: inputs v-1, v0, then v1..
                as in Baydin et al. 2018, Tables 2 and 3, with the reverse
                pass written edge by edge (v̄0 = v̄0 + v̄2 × v-1)""",
                c -> c.settings.notation == Trace.Numbering.CMU ? "cmu" : "baydin",
                (c, v) -> c.settings.notation = v.text().equals("cmu") ? Trace.Numbering.CMU : Trace.Numbering.BAYDIN);
        add("ascii", List.of("on", "off"), "plain ASCII instead of v̄, v̇, ∂, ×", c -> onOff(c.settings.ascii), (c, v) -> c.settings.ascii = onOff(v));
    }

    /**
     * Whether an accepted input changes what later statements compute, so that :save keeps it:
     * anything but :set, and :set grad (statements run with grad off record no graph). The
     * display settings, and :set alone (which prints them), are the user's, not the session's.
     */
    static boolean changesComputation(String input) {
        String[] words = input.strip().split("\\s+");
        return !words[0].equals(":set") || words.length > 2 && words[1].equals("grad");
    }

    private static final CommandSpec SPEC = CommandSpec.command("set",
                    "show or change settings (precision, grad mode, format, order, notation, ascii, anomaly)")
            .word("SETTING", CommandSpec.Completion.SETTINGS, null).rest("VALUE", null, CommandSpec.Completion.SETTING_VALUES).changesState().help(helpText());

    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public String usage() {
        List<String> parts = new ArrayList<>();
        for (Setting s : SETTINGS.values()) parts.add(s.name() + " " + (s.values().isEmpty() ? "N" : String.join("|", s.values())));
        return ":set [" + String.join(" | ", parts) + "]";
    }

    private static String helpText() {
        StringBuilder sb = new StringBuilder("Without arguments, shows the settings. Settings:\n");
        for (Setting s : SETTINGS.values()) {
            String head = "  " + s.name() + " " + (s.values().isEmpty() ? "N" : s.values().size() == 2 && s.values().contains("on") ? "on|off" : s.name().substring(0, 1).toUpperCase());
            String[] lines = s.what().split("\n");
            // padded by hand: String.format's first use compiles the Formatter's pattern (4% of a session's start)
            sb.append(head).append(" ".repeat(Math.max(0, 19 - head.length()))).append(lines[0]).append('\n');
            for (int i = 1; i < lines.length; i++) sb.append(" ".repeat(19)).append(lines[i]).append('\n');
        }
        return sb.append("  >>> :set precision 6\n  >>> :set grad off\n  >>> :set notation baydin").toString();
    }

    public Reply run(Request r, CommandContext ctx) {
        Arg key = r.word();
        if (key == null) {
            StringBuilder sb = new StringBuilder();
            for (Setting s : SETTINGS.values()) sb.append(s.name()).append(' ').append(s.get().apply(ctx)).append('\n');
            return Reply.text(sb.toString());
        }
        if (r.rest().isEmpty()) throw new LangError("expected a value after '" + key.text() + "'", r.end());
        if (r.rest().size() > 1) throw new LangError("unexpected '" + r.rest().get(1).text() + "' after " + r.name(), r.rest().get(1).span());
        Arg value = r.rest().get(0);
        Setting s = SETTINGS.get(key.text());
        if (s == null) {
            String hint = Suggestions.closest(key.text(), SETTINGS.keySet());
            throw new LangError("unknown setting '" + key.text() + "'" + (hint != null ? "; did you mean '" + hint + "'?"
                    : " (settings: " + String.join(", ", SETTINGS.keySet()) + ")"), key.span());
        }
        boolean onOff = s.values().contains("on");
        if (!s.values().isEmpty() && !onOff && !s.values().contains(value.text()))
            throw new LangError("unknown " + s.name() + " '" + value.text() + "' (" + s.name() + "s: " + String.join(", ", s.values()) + ")", value.span());
        s.set().accept(ctx, value);
        return Reply.NONE;
    }

    private static int precision(Arg v) {
        try {
            int p = Integer.parseInt(v.text());
            if (p < 0 || p > 17) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new LangError("precision must be a whole number from 0 to 17", v.span());
        }
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static boolean onOff(Arg w) {
        return switch (w.text()) {
            case "on", "true", "True" -> true;
            case "off", "false", "False" -> false;
            default -> throw new LangError("expected on or off, got '" + w.text() + "'", w.span());
        };
    }
}
