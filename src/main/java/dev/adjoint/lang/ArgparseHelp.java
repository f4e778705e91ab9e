package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * argparse's HelpFormatter as CPython lays its text out: "usage: ..." (wrapped as CPython wraps
 * a long usage), the description, "positional arguments:" and "options:" with each argument's
 * help in a column at most 24 wide, then each argument group's section, the epilog; lines fit the width CPython's
 * shutil.get_terminal_size() gives outside a terminal ($COLUMNS, else 80), less 2.
 */
final class ArgparseHelp {
    private ArgparseHelp() {}

    private static final int MAX_HELP_POSITION = 24;

    private static int width() {
        String columns = System.getenv("COLUMNS");
        int c = 80;
        if (columns != null && columns.matches("\\d+") && Integer.parseInt(columns) > 0) c = Integer.parseInt(columns);
        return c - 2;
    }

    /** format_usage(): "usage: PROG [-h] ...\n". */
    static String usage(ArgparseParser p, Interpreter in) {
        return "usage: " + usageText(p, in, "usage: ") + "\n";
    }

    /** format_help(). */
    static String help(ArgparseParser p, Interpreter in) {
        int width = width();
        StringBuilder sb = new StringBuilder("usage: ").append(usageText(p, in, "usage: ")).append("\n\n");
        if (p.description != null) sb.append(fill(percentProg(p, in, p.description), Math.max(width, 11))).append("\n\n");
        List<ArgparseAction> positionals = new ArrayList<>(), optionals = new ArrayList<>();
        java.util.Set<ArgparseAction> grouped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ArgparseGroup g : p.groups) grouped.addAll(g.actions);
        int longest = 0;
        for (ArgparseAction a : p.actions) {
            if (ArgparseModule.SUPPRESS.equals(a.help)) continue;
            if (!grouped.contains(a)) (a.isPositional() ? positionals : optionals).add(a);
            longest = Math.max(longest, invocation(a).length() + 2); // over every section, as CPython's formatter measures them
        }
        int helpPosition = Math.min(longest + 2, Math.min(MAX_HELP_POSITION, Math.max(width - 20, 4)));
        section(sb, "positional arguments", null, positionals, helpPosition, width, p, in);
        section(sb, "options", null, optionals, helpPosition, width, p, in);
        for (ArgparseGroup g : p.groups) {
            List<ArgparseAction> shown = g.actions.stream().filter(a -> !ArgparseModule.SUPPRESS.equals(a.help)).toList();
            section(sb, g.title, g.description, shown, helpPosition, width, p, in);
        }
        if (p.epilog != null) sb.append(fill(percentProg(p, in, p.epilog), Math.max(width, 11))).append("\n\n");
        String text = sb.toString().replaceAll("\n\n\n+", "\n\n");
        return text.replaceAll("^\n+|\n+$", "") + "\n";
    }

    /** A section: "title:" (none for a group titled None), its description filled two in, and its arguments; nothing when it has neither. */
    private static void section(StringBuilder sb, String title, String description, List<ArgparseAction> actions, int helpPosition, int width,
            ArgparseParser p, Interpreter in) {
        if (actions.isEmpty() && description == null) return;
        if (title != null) sb.append(title).append(":\n");
        if (description != null) sb.append(fill(percentProg(p, in, description), Math.max(width - 2, 11), "  ")).append("\n\n");
        int helpWidth = Math.max(width - helpPosition, 11), actionWidth = helpPosition - 2 - 2;
        for (ArgparseAction a : actions) {
            String header = invocation(a);
            int indentFirst = 0;
            if (a.help == null) sb.append("  ").append(header).append('\n');
            else if (header.length() <= actionWidth) sb.append("  ").append(String.format("%-" + actionWidth + "s", header)).append("  ");
            else {
                sb.append("  ").append(header).append('\n');
                indentFirst = helpPosition;
            }
            if (a.help != null && !a.help.isBlank()) {
                List<String> lines = TextwrapModule.wrap(collapse(expand(a, p, in)), helpWidth, "");
                if (!lines.isEmpty()) {
                    sb.append(" ".repeat(indentFirst)).append(lines.get(0)).append('\n');
                    for (String line : lines.subList(1, lines.size())) sb.append(" ".repeat(helpPosition)).append(line).append('\n');
                }
            } else if (a.help != null) {
                sb.append('\n');
            }
        }
        sb.append('\n');
    }

    /** The help string with %(default)s, %(type)s, %(choices)s, %(prog)s ... filled in, as CPython's _expand_help. */
    private static String expand(ArgparseAction a, ArgparseParser p, Interpreter in) {
        if (!a.help.contains("%")) return a.help;
        PyDict params = new PyDict();
        for (String name : a.attributeNames()) params.put(name, a.attribute(name));
        params.put("prog", p.prog);
        for (PyDict.Entry e : new ArrayList<>(params.entries())) {
            Object v = e.value();
            if (ArgparseModule.SUPPRESS.equals(v)) params.remove(e.key());
            else if (v != null && !(v instanceof String) && Attributes.has(in, v, "__name__")) params.put(e.key(), Attributes.get(in, v, "__name__"));
        }
        if (a.choices != null) {
            List<String> shown = new ArrayList<>();
            for (Object c : a.choices) shown.add(Repr.str(c));
            params.put("choices", String.join(", ", shown));
        }
        return Repr.str(Operators.binary(TokenType.PERCENT, a.help, params));
    }

    private static String percentProg(ArgparseParser p, Interpreter in, String text) {
        if (!text.contains("%(prog)")) return text;
        PyDict d = new PyDict();
        d.put("prog", p.prog);
        return Repr.str(Operators.binary(TokenType.PERCENT, text, d));
    }

    private static String collapse(String text) {
        return text.replaceAll("[ \\t\\n\\r\\f\\x0b]+", " ").strip();
    }

    private static String fill(String text, int width) {
        return fill(text, width, "");
    }

    /** textwrap.fill of the collapsed text, each line starting with {@code indent} (counted in the width). */
    private static String fill(String text, int width, String indent) {
        return String.join("\n", TextwrapModule.wrap(collapse(text), width, indent));
    }

    /** "-l LR, --lr LR", "-v, --verbose" or a positional's metavar. */
    static String invocation(ArgparseAction a) {
        if (a.isPositional()) return metavars(a, a.dest, 1).get(0);
        if (Long.valueOf(0).equals(a.nargs)) return String.join(", ", a.optionStrings);
        String args = formatArgs(a, a.dest.toUpperCase(java.util.Locale.ROOT));
        List<String> parts = new ArrayList<>();
        for (String o : a.optionStrings) parts.add(o + " " + args);
        return String.join(", ", parts);
    }

    private static List<String> metavars(ArgparseAction a, String fallback, int n) {
        List<String> out = new ArrayList<>();
        if (a.metavar instanceof List<?> tuple) {
            for (Object m : tuple) out.add(Repr.str(m));
            return out;
        }
        String m;
        if (a.metavar != null) m = Repr.str(a.metavar);
        else if (a.choices != null) {
            List<String> shown = new ArrayList<>();
            for (Object c : a.choices) shown.add(Repr.str(c));
            m = "{" + String.join(",", shown) + "}";
        } else m = fallback;
        for (int i = 0; i < n; i++) out.add(m);
        return out;
    }

    /** CPython's _format_args: "LR", "[LR]", "[X ...]", "X [X ...]", "X X". */
    private static String formatArgs(ArgparseAction a, String fallback) {
        if (a.nargs == null) return metavars(a, fallback, 1).get(0);
        if ("?".equals(a.nargs)) return "[" + metavars(a, fallback, 1).get(0) + "]";
        if ("*".equals(a.nargs)) {
            List<String> m = metavars(a, fallback, 1);
            return m.size() == 2 ? "[" + m.get(0) + " [" + m.get(1) + " ...]]" : "[" + m.get(0) + " ...]";
        }
        if ("+".equals(a.nargs)) {
            List<String> m = metavars(a, fallback, 2);
            return m.get(0) + " [" + m.get(1) + " ...]";
        }
        List<String> m = metavars(a, fallback, (int) a.count());
        if (m.size() != a.count()) throw PyError.value("length of metavar tuple does not match nargs");
        return String.join(" ", m);
    }

    private static String actionsUsage(List<ArgparseAction> actions) {
        List<String> parts = new ArrayList<>();
        for (ArgparseAction a : actions) {
            if (ArgparseModule.SUPPRESS.equals(a.help)) continue;
            if (a.isPositional()) {
                parts.add(formatArgs(a, a.dest));
                continue;
            }
            String part = Long.valueOf(0).equals(a.nargs) ? a.optionStrings.get(0)
                    : a.optionStrings.get(0) + " " + formatArgs(a, a.dest.toUpperCase(java.util.Locale.ROOT));
            parts.add(a.required ? part : "[" + part + "]");
        }
        String text = String.join(" ", parts);
        text = text.replaceAll("([\\[(]) ", "$1").replaceAll(" ([\\])])", "$1").replaceAll("[\\[(] *[\\])]", "");
        return text.strip();
    }

    private static final Pattern PART = Pattern.compile("\\(.*?\\)+(?=\\s|$)|\\[.*?\\]+(?=\\s|$)|\\S+");

    /** The usage after "usage: ", wrapped as CPython's _format_usage wraps a long one. */
    private static String usageText(ArgparseParser p, Interpreter in, String prefix) {
        if (p.usage != null) return percentProg(p, in, p.usage);
        if (p.actions.isEmpty()) return p.prog;
        List<ArgparseAction> optionals = new ArrayList<>(), positionals = new ArrayList<>();
        for (ArgparseAction a : p.actions) (a.isPositional() ? positionals : optionals).add(a);
        List<ArgparseAction> all = new ArrayList<>(optionals);
        all.addAll(positionals);
        String actionUsage = actionsUsage(all);
        String usage = actionUsage.isEmpty() ? p.prog : p.prog + " " + actionUsage;
        int textWidth = width();
        if (prefix.length() + usage.length() <= textWidth) return usage;
        List<String> optParts = parts(actionsUsage(optionals)), posParts = parts(actionsUsage(positionals));
        List<String> lines;
        if (prefix.length() + p.prog.length() <= 0.75 * textWidth) {
            String indent = " ".repeat(prefix.length() + p.prog.length() + 1);
            List<String> first = new ArrayList<>();
            first.add(p.prog);
            if (!optParts.isEmpty()) {
                first.addAll(optParts);
                lines = lines(first, indent, prefix, textWidth);
                lines.addAll(lines(posParts, indent, null, textWidth));
            } else if (!posParts.isEmpty()) {
                first.addAll(posParts);
                lines = lines(first, indent, prefix, textWidth);
            } else {
                lines = new ArrayList<>(List.of(p.prog));
            }
        } else {
            String indent = " ".repeat(prefix.length());
            List<String> both = new ArrayList<>(optParts);
            both.addAll(posParts);
            lines = lines(both, indent, null, textWidth);
            if (lines.size() > 1) {
                lines = lines(optParts, indent, null, textWidth);
                lines.addAll(lines(posParts, indent, null, textWidth));
            }
            lines.add(0, p.prog);
        }
        return String.join("\n", lines);
    }

    private static List<String> parts(String usage) {
        List<String> out = new ArrayList<>();
        Matcher m = PART.matcher(usage);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static List<String> lines(List<String> parts, String indent, String prefix, int textWidth) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int length = (prefix != null ? prefix.length() : indent.length()) - 1;
        for (String part : parts) {
            if (length + 1 + part.length() > textWidth && !line.isEmpty()) {
                lines.add(indent + String.join(" ", line));
                line.clear();
                length = indent.length() - 1;
            }
            line.add(part);
            length += part.length() + 1;
        }
        if (!line.isEmpty()) lines.add(indent + String.join(" ", line));
        if (prefix != null && !lines.isEmpty()) lines.set(0, lines.get(0).substring(indent.length()));
        return lines;
    }
}
