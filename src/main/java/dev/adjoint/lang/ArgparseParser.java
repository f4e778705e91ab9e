package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** argparse.ArgumentParser: its arguments, CPython's parsing of a list of strings, and its messages. */
final class ArgparseParser implements TabledHostObject, PyReprable {
    final String prog, usage, description, epilog;
    final boolean addHelp, allowAbbrev;
    final List<ArgparseAction> actions = new ArrayList<>();
    private final Map<String, ArgparseAction> byOption = new LinkedHashMap<>();
    private final Map<String, Object> defaults = new LinkedHashMap<>();
    /** add_argument_group's groups, in the order made: sections of the help after the two of the parser's own. */
    final List<ArgparseGroup> groups = new ArrayList<>();

    private ArgparseParser(String prog, String usage, String description, String epilog, boolean addHelp, boolean allowAbbrev) {
        this.prog = prog;
        this.usage = usage;
        this.description = description;
        this.epilog = epilog;
        this.addHelp = addHelp;
        this.allowAbbrev = allowAbbrev;
        if (addHelp) add(new ArgparseAction(List.of("-h", "--help"), "help", "help", 0L, null, ArgparseModule.SUPPRESS, null, null, false,
                "show this help message and exit", null, null));
    }

    /** ArgumentParser(prog=None, usage=None, description=None, epilog=None, ..., add_help=True, allow_abbrev=True). */
    static ArgparseParser create(Args a) {
        a.expect(0, 0, "prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars",
                "argument_default", "conflict_handler", "add_help", "allow_abbrev", "exit_on_error");
        Object prog = a.keyword("prog");
        if (prog == null) {
            Object argv = Attributes.get(a.interpreter(), a.interpreter().modules().load("sys"), "argv");
            List<Object> items = Values.items(argv);
            String first = items.isEmpty() ? "" : Repr.str(items.get(0));
            prog = first.substring(first.lastIndexOf('/') + 1);
        }
        for (String refused : new String[] {"parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars", "argument_default", "exit_on_error"})
            if (a.keyword(refused) != null) throw PyError.notSupported("ArgumentParser(" + refused + "=...)");
        return new ArgparseParser(Repr.str(prog), text(a.keyword("usage")), text(a.keyword("description")), text(a.keyword("epilog")),
                a.flag("add_help", true), a.flag("allow_abbrev", true));
    }

    private static String text(Object v) {
        return v == null ? null : Repr.str(v);
    }

    private ArgparseAction add(ArgparseAction action) {
        for (String option : action.optionStrings)
            if (byOption.containsKey(option))
                throw new PyError("argparse.ArgumentError", "argument " + action.name() + ": conflicting option string: " + option);
        for (String option : action.optionStrings) byOption.put(option, action);
        actions.add(action);
        return action;
    }

    /** add_argument(*names_or_flags, action=, nargs=, const=, default=, type=, choices=, required=, help=, metavar=, dest=, version=). */
    ArgparseAction addArgument(Args a) {
        a.expect(0, Integer.MAX_VALUE, "action", "nargs", "const", "default", "type", "choices", "required", "help", "metavar", "dest", "version");
        List<String> names = new ArrayList<>();
        for (Object n : a.positional()) {
            if (!(n instanceof String s)) throw PyError.type("'" + Values.typeName(n) + "' object is not subscriptable");
            names.add(s);
        }
        String kind = a.keyword("action") == null ? "store" : Repr.str(a.keyword("action"));
        if (!ArgparseAction.knownKind(kind)) throw PyError.value("unknown action \"" + kind + "\"");
        boolean positional = names.isEmpty() || names.size() == 1 && !names.get(0).startsWith("-");
        String dest;
        List<String> options = new ArrayList<>();
        if (positional) {
            if (names.isEmpty()) throw PyError.type("add_argument() missing 1 required positional argument: 'dest'");
            if (a.has("dest")) throw PyError.value("dest supplied twice for positional argument");
            if (a.has("required")) throw PyError.type("'required' is an invalid argument for positionals");
            dest = names.get(0);
        } else {
            for (String n : names) {
                if (n.isEmpty() || n.charAt(0) != '-')
                    throw PyError.value("invalid option string " + Repr.repr(n) + ": must start with a character '-'");
                options.add(n);
            }
            String long_ = options.stream().filter(o -> o.startsWith("--")).findFirst().orElse(null);
            String chosen = a.keyword("dest") != null ? Repr.str(a.keyword("dest")) : null;
            if (chosen == null) {
                String base = (long_ != null ? long_.substring(2) : options.get(0).replaceFirst("^-+", ""));
                if (base.isEmpty()) throw PyError.value("dest= is required for options like " + Repr.repr(options.get(0)));
                chosen = base.replace('-', '_');
            }
            dest = chosen;
        }
        Object nargs = a.keyword("nargs");
        boolean zero = switch (kind) {
            case "store_true", "store_false", "store_const", "append_const", "count", "help", "version" -> true;
            default -> false;
        };
        if (zero && a.has("nargs")) throw PyError.type("__init__() got an unexpected keyword argument 'nargs'");
        if (zero) nargs = 0L;
        else if (nargs != null && !(nargs instanceof String s && List.of("?", "*", "+").contains(s)) && !(Values.plain(nargs) instanceof Long))
            throw PyError.value("invalid nargs value");
        if (Values.plain(nargs) instanceof Long n) {
            nargs = n;
            if (n == 0 && !zero) throw PyError.value("nargs for " + kind + " actions must be != 0; if you have nothing to " + kind
                    + ", actions such as store true or store const may be more appropriate");
        }
        Object konst = switch (kind) {
            case "store_true" -> true;
            case "store_false" -> false;
            default -> a.keyword("const");
        };
        Object deflt = a.has("default") ? a.keyword("default") : switch (kind) {
            case "store_true" -> false;
            case "store_false" -> true;
            case "help", "version" -> ArgparseModule.SUPPRESS;
            default -> defaults.getOrDefault(dest, null);
        };
        Object type = a.keyword("type");
        if (type != null && !(type instanceof Callable) && !(type instanceof PyInstance)) throw PyError.value(Repr.repr(type) + " is not callable");
        List<Object> choices = a.keyword("choices") == null ? null : Values.items(a.keyword("choices"));
        boolean required = positional ? !"?".equals(nargs) && !("*".equals(nargs) && a.has("default")) : a.flag("required", false);
        Object help = a.keyword("help");
        return add(new ArgparseAction(options, dest, kind, nargs, konst, deflt, type, choices, required, help == null ? null : Repr.str(help),
                a.keyword("metavar"), a.keyword("version")));
    }

    // ---- parsing, as CPython's _parse_known_args ----

    /** An option string's action and the value given with = (or attached to a short option), or null for an argument. */
    private record OptionAt(ArgparseAction action, String option, String explicit) {}

    private OptionAt optional(String s) {
        if (s.isEmpty() || s.charAt(0) != '-') return null;
        if (byOption.containsKey(s)) return new OptionAt(byOption.get(s), s, null);
        if (s.length() == 1) return null;
        int eq = s.indexOf('=');
        if (eq >= 0 && byOption.containsKey(s.substring(0, eq))) return new OptionAt(byOption.get(s.substring(0, eq)), s.substring(0, eq), s.substring(eq + 1));
        List<OptionAt> matches = prefixMatches(s);
        if (matches.size() > 1) {
            List<String> names = new ArrayList<>();
            for (OptionAt m : matches) names.add(m.option);
            throw error("ambiguous option: " + s + " could match " + String.join(", ", names));
        }
        if (matches.size() == 1) return matches.get(0);
        if (s.matches("^-\\d+$|^-\\d*\\.\\d+$") && byOption.keySet().stream().noneMatch(o -> o.matches("^-\\d+$|^-\\d*\\.\\d+$"))) return null;
        if (s.contains(" ")) return null;
        return new OptionAt(null, s, null);
    }

    private List<OptionAt> prefixMatches(String s) {
        List<OptionAt> result = new ArrayList<>();
        if (s.startsWith("--")) {
            if (!allowAbbrev) return result;
            int eq = s.indexOf('=');
            String prefix = eq >= 0 ? s.substring(0, eq) : s, explicit = eq >= 0 ? s.substring(eq + 1) : null;
            for (Map.Entry<String, ArgparseAction> e : byOption.entrySet())
                if (e.getKey().startsWith(prefix)) result.add(new OptionAt(e.getValue(), e.getKey(), explicit));
        } else {
            String shortPrefix = s.substring(0, 2), shortExplicit = s.substring(2);
            for (Map.Entry<String, ArgparseAction> e : byOption.entrySet()) {
                if (e.getKey().equals(shortPrefix)) result.add(new OptionAt(e.getValue(), e.getKey(), shortExplicit));
                else if (allowAbbrev && e.getKey().startsWith(s)) result.add(new OptionAt(e.getValue(), e.getKey(), null));
            }
        }
        return result;
    }

    /** The namespace after parsing {@code strings}, and the strings no argument took. */
    private List<String> parseKnown(Interpreter in, List<String> strings, PyInstance ns) {
        for (ArgparseAction action : actions)
            if (!ArgparseModule.SUPPRESS.equals(action.dest) && ns.own(action.dest) == Environment.UNBOUND && !ArgparseModule.SUPPRESS.equals(action.deflt))
                ns.setOwn(action.dest, action.deflt);
        for (Map.Entry<String, Object> e : defaults.entrySet()) if (ns.own(e.getKey()) == Environment.UNBOUND) ns.setOwn(e.getKey(), e.getValue());
        return new Run(in, strings, ns).parse();
    }

    /** One parse_known_args: the strings, their 'O'/'A'/'-' pattern, and what has been taken. */
    private final class Run {
        final Interpreter in;
        final List<String> strings;
        final PyInstance ns;
        final TreeMap<Integer, OptionAt> options = new TreeMap<>();
        final StringBuilder pattern = new StringBuilder();
        final Set<ArgparseAction> seen = new HashSet<>();
        final List<ArgparseAction> positionals = new ArrayList<>();
        final List<String> extras = new ArrayList<>();

        Run(Interpreter in, List<String> strings, PyInstance ns) {
            this.in = in;
            this.strings = strings;
            this.ns = ns;
            for (int i = 0; i < strings.size(); i++) {
                if (strings.get(i).equals("--")) {
                    pattern.append('-');
                    for (i++; i < strings.size(); i++) pattern.append('A');
                    break;
                }
                OptionAt o = optional(strings.get(i));
                if (o != null) options.put(i, o);
                pattern.append(o == null ? 'A' : 'O');
            }
            for (ArgparseAction a : actions) if (a.isPositional()) positionals.add(a);
        }

        List<String> parse() {
            int start = 0;
            int last = options.isEmpty() ? -1 : options.lastKey();
            while (start <= last) {
                int next = options.ceilingKey(start);
                if (start != next) {
                    int end = consumePositionals(start);
                    if (end > start) {
                        start = end;
                        continue;
                    }
                    start = end;
                }
                if (!options.containsKey(start)) {
                    extras.addAll(strings.subList(start, next));
                    start = next;
                }
                start = consumeOptional(start);
            }
            int stop = consumePositionals(start);
            extras.addAll(strings.subList(stop, strings.size()));
            List<String> missing = new ArrayList<>();
            for (ArgparseAction action : actions) {
                if (seen.contains(action)) continue;
                if (action.required) missing.add(action.name());
                else if (action.deflt instanceof String s && ns.own(action.dest) == s) ns.setOwn(action.dest, value(action, s));
            }
            if (!missing.isEmpty()) throw error("the following arguments are required: " + String.join(", ", missing));
            return extras;
        }

        private int consumeOptional(int start) {
            OptionAt o = options.get(start);
            ArgparseAction action = o.action;
            String option = o.option, explicit = o.explicit;
            List<Object[]> taken = new ArrayList<>();
            int stop;
            while (true) {
                if (action == null) {
                    extras.add(strings.get(start));
                    return start + 1;
                }
                if (explicit != null) {
                    int count = match(action, "A");
                    if (count == 0 && option.charAt(1) != '-' && !explicit.isEmpty()) { // -vq: flags run together
                        taken.add(new Object[] {action, List.of(), option});
                        option = "-" + explicit.charAt(0);
                        String rest = explicit.substring(1);
                        if (!byOption.containsKey(option)) throw argumentError(action, "ignored explicit argument " + Repr.repr(explicit));
                        action = byOption.get(option);
                        explicit = rest.isEmpty() ? null : rest;
                    } else if (count == 1) {
                        stop = start + 1;
                        taken.add(new Object[] {action, List.of(explicit), option});
                        break;
                    } else {
                        throw argumentError(action, "ignored explicit argument " + Repr.repr(explicit));
                    }
                } else {
                    int from = start + 1;
                    int count = match(action, pattern.substring(from));
                    stop = from + count;
                    taken.add(new Object[] {action, strings.subList(from, stop), option});
                    break;
                }
            }
            for (Object[] t : taken) take((ArgparseAction) t[0], castList(t[1]));
            return stop;
        }

        @SuppressWarnings("unchecked")
        private static List<String> castList(Object o) {
            return (List<String>) o;
        }

        private int consumePositionals(int start) {
            String rest = pattern.substring(start);
            List<Integer> counts = new ArrayList<>();
            for (int n = positionals.size(); n > 0; n--) {
                StringBuilder p = new StringBuilder();
                for (ArgparseAction a : positionals.subList(0, n)) p.append(a.pattern());
                Matcher m = Pattern.compile(p.toString()).matcher(rest);
                if (m.lookingAt()) {
                    for (int g = 1; g <= m.groupCount(); g++) counts.add(m.group(g).length());
                    break;
                }
            }
            for (int i = 0; i < counts.size(); i++) {
                take(positionals.get(i), strings.subList(start, start + counts.get(i)));
                start += counts.get(i);
            }
            positionals.subList(0, counts.size()).clear();
            return start;
        }

        /** How many strings an option takes from the pattern after it, or CPython's "expected one argument". */
        private int match(ArgparseAction action, String rest) {
            Matcher m = Pattern.compile(action.pattern()).matcher(rest);
            if (m.lookingAt()) return m.group(1).length();
            String message = action.nargs == null ? "expected one argument" : "?".equals(action.nargs) ? "expected at most one argument"
                    : "+".equals(action.nargs) ? "expected at least one argument"
                    : "expected " + action.count() + " argument" + (action.count() == 1 ? "" : "s");
            throw argumentError(action, message);
        }

        private void take(ArgparseAction action, List<String> given) {
            seen.add(action);
            List<String> args = new ArrayList<>(given);
            args.remove("--");
            Object values = values(action, args);
            switch (action.kind) {
                case "store" -> ns.setOwn(action.dest, values);
                case "store_const", "store_true", "store_false" -> ns.setOwn(action.dest, action.konst);
                case "append", "append_const" -> {
                    Object old = ns.own(action.dest);
                    PyList items = old == Environment.UNBOUND || old == null ? new PyList() : new PyList(Values.items(old));
                    items.add(action.kind.equals("append") ? values : action.konst);
                    ns.setOwn(action.dest, items);
                }
                case "count" -> {
                    Object old = ns.own(action.dest);
                    ns.setOwn(action.dest, Operators.binary(TokenType.PLUS, old == Environment.UNBOUND || old == null ? 0L : old, 1L));
                }
                case "help" -> {
                    print(in, "stdout", ArgparseHelp.help(ArgparseParser.this, in));
                    throw SiteBuiltins.systemExit(0L);
                }
                case "version" -> {
                    print(in, "stdout", Repr.str(Operators.binary(TokenType.PERCENT, Repr.str(action.version), progDict())) + "\n");
                    throw SiteBuiltins.systemExit(0L);
                }
                default -> throw new IllegalStateException(action.kind);
            }
        }

        private Object values(ArgparseAction action, List<String> args) {
            if (args.isEmpty() && "?".equals(action.nargs)) {
                Object v = action.isPositional() ? action.deflt : action.konst;
                if (v instanceof String s) {
                    v = value(action, s);
                    check(action, v);
                }
                return v;
            }
            if (args.isEmpty() && "*".equals(action.nargs) && action.isPositional()) {
                Object v = action.deflt != null ? action.deflt : new PyList();
                check(action, v);
                return v;
            }
            if (args.size() == 1 && (action.nargs == null || "?".equals(action.nargs))) {
                Object v = value(action, args.get(0));
                check(action, v);
                return v;
            }
            PyList out = new PyList();
            for (String s : args) out.add(value(action, s));
            for (Object v : out) check(action, v);
            return out;
        }

        private Object value(ArgparseAction action, String s) {
            if (action.type == null) return s;
            try {
                return in.call(action.type, Arrays.asList((Object) s));
            } catch (LangError e) {
                PyClass type = Exceptions.classOf(e);
                if (type.isSubclassOf(Exceptions.named(ArgparseModule.TYPE_ERROR))) throw argumentError(action, e.detail());
                if (!type.isSubclassOf(Exceptions.named("TypeError")) && !type.isSubclassOf(Exceptions.named("ValueError"))) throw e;
                Object name = Attributes.has(in, action.type, "__name__") ? Attributes.get(in, action.type, "__name__") : Repr.repr(action.type);
                throw argumentError(action, "invalid " + Repr.str(name) + " value: " + Repr.repr(s));
            }
        }

        private void check(ArgparseAction action, Object v) {
            if (action.choices == null) return;
            for (Object c : action.choices) if (Operators.equal(c, v)) return;
            List<String> shown = new ArrayList<>();
            for (Object c : action.choices) shown.add(Repr.repr(c));
            throw argumentError(action, "invalid choice: " + Repr.repr(v) + " (choose from " + String.join(", ", shown) + ")");
        }
    }

    /** An error the parser reports as CPython's parser.error: usage and "PROG: error: ..." on stderr, then exit status 2. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private Failure error(String message) {
        return new Failure(message);
    }

    private Failure argumentError(ArgparseAction action, String message) {
        String name = action.name();
        return new Failure(name == null ? message : "argument " + name + ": " + message);
    }

    private PyDict progDict() {
        PyDict d = new PyDict();
        d.put("prog", prog);
        return d;
    }

    /** Writes to sys.stdout or sys.stderr as the program has them now (a redirect_stdout, an io.StringIO). */
    static void print(Interpreter in, String stream, String text) {
        SysModule.write(in, stream, text);
    }

    /** parser.error(message): the usage and "PROG: error: message" on stderr, SystemExit(2). */
    private RuntimeException exitWith(Interpreter in, String message) {
        print(in, "stderr", ArgparseHelp.usage(this, in));
        print(in, "stderr", prog + ": error: " + message + "\n");
        return SiteBuiltins.systemExit(2L);
    }

    private Object parse(Args a, boolean known) {
        a.expect(0, 2, "args", "namespace");
        Interpreter in = a.interpreter();
        Object given = a.option(0, "args", null);
        List<String> strings = new ArrayList<>();
        if (given == null) {
            List<Object> argv = Values.items(Attributes.get(in, in.modules().load("sys"), "argv"));
            for (Object s : argv.subList(Math.min(1, argv.size()), argv.size())) strings.add(Repr.str(s));
        } else {
            for (Object s : Values.items(given)) {
                if (!(s instanceof String str)) throw PyError.type("expected string or bytes-like object, got '" + Values.typeName(s) + "'");
                strings.add(str);
            }
        }
        Object target = a.option(1, "namespace", null);
        PyInstance ns = target instanceof PyInstance i ? i : (PyInstance) ArgparseModule.NAMESPACE.call(in, List.of(), Map.of(), a.span());
        List<String> extras;
        try {
            extras = parseKnown(in, strings, ns);
            if (!known && !extras.isEmpty()) throw error("unrecognized arguments: " + String.join(" ", extras));
        } catch (Failure f) {
            throw exitWith(in, f.getMessage());
        }
        if (!known) return ns;
        return Values.tuple(ns, new PyList(new ArrayList<Object>(extras)));
    }

    private static final AttributeTable<ArgparseParser> ATTRIBUTES = new AttributeTable<ArgparseParser>()
            .method("add_argument", ArgparseParser::addArgument)
            .method("add_argument_group", (p, a) -> {
                a.expect(0, 2, "title", "description");
                ArgparseGroup group = new ArgparseGroup(p, text(a.option(0, "title", null)), text(a.option(1, "description", null)));
                p.groups.add(group);
                return group;
            })
            .value("description", p -> p.description)
            .value("epilog", p -> p.epilog)
            .method("error", (p, a) -> {
                throw p.exitWith(a.interpreter(), Repr.str(a.expect(1, 1, "message").get(0)));
            })
            .method("exit", (p, a) -> {
                a.expect(0, 2, "status", "message");
                Object message = a.option(1, "message", null);
                if (message != null) print(a.interpreter(), "stderr", Repr.str(message));
                throw SiteBuiltins.systemExit(a.option(0, "status", 0L));
            })
            .method("format_help", (p, a) -> ArgparseHelp.help(p, a.expect(0, 0).interpreter()))
            .method("format_usage", (p, a) -> ArgparseHelp.usage(p, a.expect(0, 0).interpreter()))
            .method("get_default", (p, a) -> {
                String dest = Repr.str(a.expect(1, 1).get(0));
                for (ArgparseAction action : p.actions) if (action.dest.equals(dest) && action.deflt != null) return action.deflt;
                return p.defaults.get(dest);
            })
            .method("parse_args", (p, a) -> p.parse(a, false))
            .method("parse_known_args", (p, a) -> p.parse(a, true))
            .method("print_help", (p, a) -> {
                print(a.interpreter(), "stdout", ArgparseHelp.help(p, a.interpreter()));
                return null;
            })
            .method("print_usage", (p, a) -> {
                print(a.interpreter(), "stdout", ArgparseHelp.usage(p, a.interpreter()));
                return null;
            })
            .value("prog", p -> p.prog)
            .method("set_defaults", (p, a) -> {
                a.expect(0, 0, a.keywords().keySet().toArray(new String[0]));
                p.defaults.putAll(a.keywords());
                for (ArgparseAction action : p.actions) if (a.keywords().containsKey(action.dest)) action.deflt = a.keywords().get(action.dest);
                return null;
            })
            .value("usage", p -> p.usage);

    @Override
    public AttributeTable<ArgparseParser> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String typeName() {
        return "ArgumentParser";
    }

    @Override
    public PyClass pyClass() {
        return ArgparseModule.PARSER;
    }

    @Override
    public String pyRepr() {
        return "ArgumentParser(prog=" + Repr.repr(prog) + ", usage=" + Repr.repr(usage) + ", description=" + Repr.repr(description)
                + ", formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=" + (addHelp ? "True" : "False") + ")";
    }

    @Override
    public String pyStr() {
        return pyRepr();
    }
}
