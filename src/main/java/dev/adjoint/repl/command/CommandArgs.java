package dev.adjoint.repl.command;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ":command" line split into words with their positions (so errors can put a caret under the
 * word), with "--option value" / "--option=value" taken out.
 */
public final class CommandArgs {
    /** Options that take a value; any other "--x" is a flag. */
    private static final Set<String> VALUED = Set.of("format", "order", "mode", "out", "notation", "width");

    public record Word(String text, Span span) {}

    private final String source;
    private final Word name;
    private final List<Word> words;
    private final Map<String, Word> options;
    private final Map<String, Span> optionSpans; // where each --option itself was written, for carets
    private int next;

    private CommandArgs(String source, Word name, List<Word> words, Map<String, Word> options, Map<String, Span> optionSpans) {
        this.optionSpans = optionSpans;
        this.source = source;
        this.name = name;
        this.words = words;
        this.options = options;
    }

    /** Splits a line that starts (after blanks) with ':'. */
    public static CommandArgs parse(String line) {
        List<Word> all = new ArrayList<>();
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n) break;
            int start = i, depth = 0;
            // brackets keep "[1, 2, 3]" one word
            while (i < n && (depth > 0 || !Character.isWhitespace(line.charAt(i)))) {
                char c = line.charAt(i);
                if (c == '[' || c == '(') depth++;
                else if ((c == ']' || c == ')') && depth > 0) depth--;
                i++;
            }
            all.add(new Word(line.substring(start, i), span(line, start, i - start)));
        }
        Word name = all.remove(0);
        List<Word> words = new ArrayList<>();
        Map<String, Word> options = new LinkedHashMap<>();
        Map<String, Span> optionSpans = new LinkedHashMap<>();
        for (int k = 0; k < all.size(); k++) {
            Word w = all.get(k);
            if (!w.text().startsWith("--") || w.text().length() == 2) {
                words.add(w);
                continue;
            }
            String opt = w.text().substring(2);
            int eq = opt.indexOf('=');
            if (eq >= 0) {
                Span s = span(line, w.span().offset() + 3 + eq, opt.length() - eq - 1);
                options.put(opt.substring(0, eq), new Word(opt.substring(eq + 1), s));
                optionSpans.put(opt.substring(0, eq), w.span());
            } else if (VALUED.contains(opt)) {
                if (k + 1 >= all.size()) throw new LangError("option --" + opt + " needs a value", w.span());
                options.put(opt, all.get(++k));
                optionSpans.put(opt, w.span());
            } else {
                options.put(opt, w);
                optionSpans.put(opt, w.span());
            }
        }
        return new CommandArgs(line, name, words, options, optionSpans);
    }

    private static Span span(String text, int offset, int length) {
        int line = 1, col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else col++;
        }
        return new Span(offset, Math.max(1, length), line, col);
    }

    public String source() {
        return source;
    }

    /** The command word, with its colon. */
    public Word name() {
        return name;
    }

    public boolean hasNext() {
        return next < words.size();
    }

    public Word peek() {
        return hasNext() ? words.get(next) : null;
    }

    public Word next() {
        return words.get(next++);
    }

    /** Every word not yet consumed, joined with single spaces (for seeds written as expressions). */
    public String rest() {
        StringBuilder sb = new StringBuilder();
        while (hasNext()) sb.append(sb.length() > 0 ? " " : "").append(next().text());
        return sb.toString();
    }

    public Word option(String key) {
        return options.get(key);
    }

    public boolean flag(String key) {
        return options.containsKey(key);
    }

    public Map<String, Word> options() {
        return options;
    }

    /** Fails on a word or option the command does not take. */
    public void expectEnd(Set<String> knownOptions) {
        if (hasNext()) {
            Word w = peek();
            throw new LangError("unexpected '" + w.text() + "' after " + name.text(), w.span());
        }
        for (Map.Entry<String, Word> e : options.entrySet())
            if (!knownOptions.contains(e.getKey()))
                throw new LangError(name.text() + " has no option --" + e.getKey() + (knownOptions.isEmpty() ? "" : " (it takes --" + String.join(", --", knownOptions) + ")"), optionSpans.get(e.getKey()));
    }

    /** The end of the line, for "expected a name here" messages. */
    public Span endSpan() {
        return span(source, source.stripTrailing().length(), 1);
    }
}
