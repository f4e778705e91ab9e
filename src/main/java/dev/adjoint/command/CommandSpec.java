package dev.adjoint.command;

import dev.adjoint.render.Format;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything about a command's words in one declaration: its positional parameters in order,
 * its options, the formats it prints. From it come the usage line, the parsing and validation of
 * a line ({@link Request#parse}), Tab completion and {@code :help}; nothing else lists them.
 */
public final class CommandSpec {
    /** What a word may be completed with. */
    public enum Completion { NONE, GRAPHS, FILES, TOPICS, SETTINGS, SETTING_VALUES }

    /** A positional parameter. */
    public sealed interface Param permits Target, Keywords, Choice, Word, Rest {}

    /** The variable the command is about, optional (default: the last assigned one). */
    public record Target() implements Param {}

    /**
     * One of some keywords, each followed by a value ("wrt x1,x2", "dir x1=1,x2=0"). {@code expected}
     * is the message for a word that is none of them; {@code required} only shows in the usage.
     */
    public record Keywords(List<Keyword> keywords, boolean required, String expected) implements Param {}

    /** A keyword, an example of its value, and what to say when the value is missing (null: the command says it). */
    public record Keyword(String word, String example, String missing, Completion completion) {}

    /** A word that must be one of {@code values} (":step forward|reverse"), and what to say when it is missing. */
    public record Choice(List<String> values, String missing) implements Param {}

    /** A word such as a file name; {@code missing} non-null makes it required. */
    public record Word(String metavar, Completion completion, String missing) implements Param {}

    /** Every word left (a seed expression, NAME=VALUE assignments); {@code missing} non-null requires one. */
    public record Rest(String metavar, String missing, Completion completion) implements Param {}

    /** An option: a flag ("--all") or one that takes a value, from {@code values} when that is not empty. */
    public record Option(String name, String metavar, List<String> values, boolean flag, Completion completion) {
        /** The name of one of its values in messages: "format", "order", "mode". */
        String noun() {
            return metavar.toLowerCase();
        }
    }

    private final String name;
    private final String summary;
    private final List<Param> params = new ArrayList<>();
    private final List<Option> options = new ArrayList<>();
    private Set<Format> formats = EnumSet.noneOf(Format.class);
    private String help = "";
    private boolean changesState;

    private CommandSpec(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    /** A command {@code :name} with its one-line summary for the :help listing. */
    public static CommandSpec command(String name, String summary) {
        return new CommandSpec(name, summary);
    }

    public CommandSpec target() {
        params.add(new Target());
        return this;
    }

    public CommandSpec keywords(boolean required, String expected, Keyword... keywords) {
        params.add(new Keywords(List.of(keywords), required, expected));
        return this;
    }

    public static Keyword keyword(String word, String example, String missing, Completion completion) {
        return new Keyword(word, example, missing, completion);
    }

    public CommandSpec choice(String missing, String... values) {
        params.add(new Choice(List.of(values), missing));
        return this;
    }

    public CommandSpec word(String metavar, Completion completion, String missing) {
        params.add(new Word(metavar, completion, missing));
        return this;
    }

    public CommandSpec rest(String metavar, String missing) {
        return rest(metavar, missing, Completion.NONE);
    }

    public CommandSpec rest(String metavar, String missing, Completion completion) {
        params.add(new Rest(metavar, missing, completion));
        return this;
    }

    public CommandSpec flag(String name) {
        options.add(new Option(name, "", List.of(), true, Completion.NONE));
        return this;
    }

    public CommandSpec option(String name, String metavar, String... values) {
        options.add(new Option(name, metavar, List.of(values), false, Completion.NONE));
        return this;
    }

    public CommandSpec option(String name, String metavar, Completion completion) {
        options.add(new Option(name, metavar, List.of(), false, completion));
        return this;
    }

    /** The formats of --format (the option is added when there are any). */
    public CommandSpec formats(Format... fs) {
        formats = fs.length == 0 ? EnumSet.noneOf(Format.class) : EnumSet.of(fs[0], fs);
        List<String> labels = new ArrayList<>();
        for (Format f : Format.values()) if (formats.contains(f)) labels.add(f.label());
        options.add(new Option("format", "FORMAT", List.copyOf(labels), false, Completion.NONE));
        return this;
    }

    /** A --format value beyond the report formats, which the command handles itself (:graph's "dot"). */
    public CommandSpec alsoFormat(String word) {
        Option f = option("format");
        List<String> values = new ArrayList<>(f.values());
        values.add(word);
        // by identity: a record's equals here, at a command's class initialization, spins method-handle
        // classes the start-up archive does not hold (~40 ms CPU on every start)
        for (int i = 0; i < options.size(); i++)
            if (options.get(i) == f) options.set(i, new Option(f.name(), f.metavar(), List.copyOf(values), false, f.completion()));
        return this;
    }

    public CommandSpec help(String text) {
        this.help = text;
        return this;
    }

    /** :save records the command, so that :load replays the session (it changes state, like :backward). */
    public CommandSpec changesState() {
        this.changesState = true;
        return this;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public String help() {
        return help;
    }

    public List<Param> params() {
        return params;
    }

    public List<Option> options() {
        return options;
    }

    public Option option(String name) {
        for (Option o : options) if (o.name().equals(name)) return o;
        return null;
    }

    public Set<Format> formats() {
        return formats;
    }

    public boolean isStateChanging() {
        return changesState;
    }

    /** The keywords of the command ("wrt", "dir"). */
    public List<String> keywordWords() {
        List<String> words = new ArrayList<>();
        for (Param p : params) if (p instanceof Keywords k) for (Keyword w : k.keywords()) words.add(w.word());
        return words;
    }

    /** The synopsis, e.g. ":trace [y] [--order depth|creation] [--all] [--format text|markdown|latex|json]". */
    public String usage() {
        StringBuilder sb = new StringBuilder(":").append(name);
        for (Param p : params) {
            sb.append(' ');
            if (p instanceof Target) sb.append("[y]");
            else if (p instanceof Keywords k) {
                List<String> alternatives = new ArrayList<>();
                for (Keyword w : k.keywords()) alternatives.add(w.word() + " " + w.example());
                String all = String.join(" | ", alternatives);
                sb.append(k.required() ? all : "[" + all + "]");
            } else if (p instanceof Choice c) sb.append(String.join("|", c.values()));
            else if (p instanceof Word w) sb.append(w.missing() != null ? w.metavar() : "[" + w.metavar() + "]");
            else if (p instanceof Rest r) sb.append(r.missing() != null ? r.metavar() : "[" + r.metavar() + "]");
        }
        for (Option o : options) {
            sb.append(" [--").append(o.name());
            if (!o.flag()) sb.append(' ').append(o.values().isEmpty() ? o.metavar() : String.join("|", o.values()));
            sb.append(']');
        }
        return sb.toString();
    }

    /** The options' names with their dashes, for completion and tests ("--format", "wrt", ...). */
    public List<String> optionWords() {
        List<String> words = new ArrayList<>(keywordWords());
        for (Param p : params) if (p instanceof Choice c) words.addAll(c.values());
        for (Option o : options) words.add("--" + o.name());
        return words;
    }
}
