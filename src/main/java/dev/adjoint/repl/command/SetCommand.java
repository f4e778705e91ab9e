package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import dev.adjoint.render.Format;
import dev.adjoint.session.report.Trace;
import java.util.Set;

/** :set — changes a setting. */
final class SetCommand implements Command {
    @Override
    public boolean changesState() { return true; }

    public String name() { return "set"; }

    public String usage() { return ":set [precision N | grad on|off | format text|markdown|json | order depth|creation | notation cmu|baydin | ascii on|off | anomaly on|off]"; }

    public String summary() { return "show or change settings (precision, grad mode, format, order, notation, ascii, anomaly)"; }

    public String help() {
        return """
                Without arguments, shows the settings. Settings:
                  precision N      digits after the point in displays (default 3; JSON is always full)
                  grad on|off      off records no graph (like PyTorch's torch.no_grad())
                  anomaly on|off   on: the first NaN or inf in a value or a gradient is reported
                                   with its vi, op, inputs and the statement that created it
                                   (like torch.autograd.detect_anomaly; slower)
                  format F         default --format of the inspection commands
                  order O          trace numbering: depth (the lecture's) or creation
                  notation N       cmu: v1..vn (the lecture's); baydin: inputs v-1, v0, then v1..
                                   as in Baydin et al. 2018, Tables 2 and 3, with the reverse
                                   pass written edge by edge (v̄0 = v̄0 + v̄2 × v-1)
                  ascii on|off     plain ASCII instead of v̄, v̇, ∂, ×
                  >>> :set precision 6
                  >>> :set grad off
                  >>> :set notation baydin""";
    }

    public boolean run(CommandArgs args, CommandContext ctx) {
        Settings s = ctx.settings;
        if (!args.hasNext()) {
            args.expectEnd(Set.of());
            ctx.out.println("precision " + s.precision);
            ctx.out.println("grad " + (ctx.session.gradEnabled() ? "on" : "off"));
            ctx.out.println("anomaly " + (ctx.session.anomalyDetection() ? "on" : "off"));
            ctx.out.println("format " + s.format.label());
            ctx.out.println("order " + (s.order == Trace.Order.DEPTH ? "depth" : "creation"));
            ctx.out.println("notation " + (s.notation == Trace.Numbering.CMU ? "cmu" : "baydin"));
            ctx.out.println("ascii " + (s.ascii ? "on" : "off"));
            return false;
        }
        CommandArgs.Word key = args.next();
        if (!args.hasNext()) throw new LangError("expected a value after '" + key.text() + "'", args.endSpan());
        CommandArgs.Word value = args.next();
        args.expectEnd(Set.of());
        String v = value.text();
        switch (key.text()) {
            case "precision" -> {
                try {
                    int p = Integer.parseInt(v);
                    if (p < 0 || p > 17) throw new NumberFormatException();
                    s.precision = p;
                } catch (NumberFormatException e) {
                    throw new LangError("precision must be a whole number from 0 to 17", value.span());
                }
            }
            case "grad" -> ctx.session.setGradEnabled(onOff(value));
            case "anomaly" -> ctx.session.setAnomalyDetection(onOff(value));
            case "ascii" -> s.ascii = onOff(value);
            case "format" -> {
                try {
                    s.format = Format.parse(v);
                } catch (IllegalArgumentException e) {
                    throw new LangError("unknown format '" + v + "' (formats: text, markdown, json)", value.span());
                }
            }
            case "order" -> s.order = switch (v) {
                case "depth" -> Trace.Order.DEPTH;
                case "creation" -> Trace.Order.CREATION;
                default -> throw new LangError("unknown order '" + v + "' (orders: depth, creation)", value.span());
            };
            case "notation" -> s.notation = switch (v) {
                case "cmu" -> Trace.Numbering.CMU;
                case "baydin" -> Trace.Numbering.BAYDIN;
                default -> throw new LangError("unknown notation '" + v + "' (notations: cmu, baydin)", value.span());
            };
            default -> {
                String hint = Suggestions.closest(key.text(), Set.of("precision", "grad", "format", "order", "notation", "ascii", "anomaly"));
                throw new LangError("unknown setting '" + key.text() + "'" + (hint != null ? "; did you mean '" + hint + "'?" : " (settings: precision, grad, format, order, notation, ascii, anomaly)"), key.span());
            }
        }
        return false;
    }

    private static boolean onOff(CommandArgs.Word w) {
        return switch (w.text()) {
            case "on", "true", "True" -> true;
            case "off", "false", "False" -> false;
            default -> throw new LangError("expected on or off, got '" + w.text() + "'", w.span());
        };
    }
}
