package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Span;
import dev.adjoint.render.Format;
import dev.adjoint.session.Arg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command line parsed and checked against its {@link CommandSpec}: what each parameter and option was given. */
public final class Request {
    private final String line;
    private final Arg command;
    private final Map<String, Arg> options = new LinkedHashMap<>();
    private final Map<String, Span> optionSpans = new LinkedHashMap<>();
    private Arg choice, target, keyword, keywordValue, word;
    private final List<Arg> rest = new ArrayList<>();

    private Request(String line, Arg command) {
        this.line = line;
        this.command = command;
    }

    /** The command word of a line (with its colon). */
    static Arg commandWord(String line) {
        return Words.split(line).get(0);
    }

    /** Parses {@code line} by {@code spec}; every error points at the word it is about. */
    public static Request parse(String line, CommandSpec spec) {
        List<Arg> all = Words.split(line);
        Request r = new Request(line, all.get(0));
        List<Arg> words = r.takeOptions(all.subList(1, all.size()), spec);
        int next = 0;
        for (CommandSpec.Param p : spec.params()) {
            Arg w = next < words.size() ? words.get(next) : null;
            if (p instanceof CommandSpec.Choice c) {
                if (w == null) throw new LangError(c.missing(), r.end());
                if (!c.values().contains(w.text())) // say how the command is written too (":step y" lacks its pass)
                    throw new LangError("expected " + String.join(" or ", c.values()) + ", got '" + w.text() + "'; " + c.missing(), w.span());
                r.choice = w;
                next++;
            } else if (p instanceof CommandSpec.Target) {
                if (w != null && !spec.keywordWords().contains(w.text()) && !w.text().contains("=")) {
                    r.target = w;
                    next++;
                }
            } else if (p instanceof CommandSpec.Keywords k) {
                if (w == null) continue;
                CommandSpec.Keyword found = null;
                for (CommandSpec.Keyword kw : k.keywords()) if (kw.word().equals(w.text())) found = kw;
                if (found == null) throw new LangError(k.expected(), w.span());
                r.keyword = w;
                if (next + 1 >= words.size()) {
                    if (found.missing() != null) throw new LangError(found.missing(), r.end());
                    next++; // the command says what is missing
                    continue;
                }
                r.keywordValue = words.get(next + 1);
                next += 2;
            } else if (p instanceof CommandSpec.Word wp) {
                if (w == null && wp.missing() != null) throw new LangError(wp.missing(), r.end());
                if (w != null) {
                    r.word = w;
                    next++;
                }
            } else if (p instanceof CommandSpec.Rest rp) {
                if (w == null && rp.missing() != null) throw new LangError(rp.missing(), r.end());
                while (next < words.size()) r.rest.add(words.get(next++));
            }
        }
        if (next < words.size()) {
            Arg w = words.get(next);
            throw new LangError("unexpected '" + w.text() + "' after " + r.name(), w.span());
        }
        return r;
    }

    /** Takes out "--option value" and "--option=value"; returns the other words. */
    private List<Arg> takeOptions(List<Arg> words, CommandSpec spec) {
        List<Arg> rest = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            Arg w = words.get(k);
            if (!w.text().startsWith("--") || w.text().length() == 2) {
                rest.add(w);
                continue;
            }
            String opt = w.text().substring(2);
            int eq = opt.indexOf('=');
            String key = eq >= 0 ? opt.substring(0, eq) : opt;
            CommandSpec.Option o = spec.option(key);
            if (o == null) {
                List<String> known = spec.options().stream().map(CommandSpec.Option::name).toList();
                throw new LangError(name() + " has no option --" + key + (known.isEmpty() ? "" : " (it takes --" + String.join(", --", known) + ")"), w.span());
            }
            Arg value;
            if (eq >= 0) value = new Arg(opt.substring(eq + 1), Words.span(line, w.span().offset() + 3 + eq, opt.length() - eq - 1));
            else if (o.flag()) value = w;
            else if (k + 1 < words.size()) value = words.get(++k);
            else throw new LangError("option --" + key + " needs a value", w.span());
            if (!o.values().isEmpty() && !o.values().contains(value.text()))
                throw unknownValue(o, value, spec);
            options.put(key, value);
            optionSpans.put(key, w.span());
        }
        return rest;
    }

    private LangError unknownValue(CommandSpec.Option o, Arg value, CommandSpec spec) {
        if (o.name().equals("format") && !spec.formats().isEmpty()) {
            try {
                Format f = Format.parse(value.text());
                List<String> has = new ArrayList<>(o.values());
                return new LangError(name() + " has no " + f.label() + " output (it has " + String.join(", ", has) + ")", value.span());
            } catch (IllegalArgumentException e) {
                return new LangError("unknown format '" + value.text() + "' (formats: " + String.join(", ", o.values()) + ")", value.span());
            }
        }
        return new LangError("unknown " + o.noun() + " '" + value.text() + "' (" + o.noun() + "s: " + String.join(", ", o.values()) + ")", value.span());
    }

    /** The command word as typed, e.g. ":trace". */
    public String name() {
        return command.text();
    }

    public Arg command() {
        return command;
    }

    /** The word of a {@link CommandSpec.Choice} parameter. */
    public Arg choice() {
        return choice;
    }

    /** The target word, or null when none was written. */
    public Arg target() {
        return target;
    }

    /** The keyword given ("wrt", "dir"), or null; and the word after it (null when the line ends after a keyword whose spec leaves that to the command). */
    public Arg keyword() {
        return keyword;
    }

    public Arg keywordValue() {
        return keywordValue;
    }

    /** The word of a {@link CommandSpec.Word} parameter, or null. */
    public Arg word() {
        return word;
    }

    /** The words of a {@link CommandSpec.Rest} parameter. */
    public List<Arg> rest() {
        return rest;
    }

    /** An option's value (for a flag, the flag's own word), or null if not given. */
    public Arg option(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** Where an option itself was written, for carets. */
    public Span optionSpan(String name) {
        return optionSpans.get(name);
    }

    /** The output format from --format, else {@code otherwise} when the command has it, else text. */
    public Format format(Format otherwise, CommandSpec spec) {
        Arg w = option("format");
        if (w != null) return Format.parse(w.text());
        return spec.formats().contains(otherwise) ? otherwise : Format.TEXT;
    }

    /** The end of the line, for "expected a name here" messages. */
    public Span end() {
        return Words.span(line, line.stripTrailing().length(), 1);
    }
}
