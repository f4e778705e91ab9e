package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's textwrap: wrap, fill, shorten, dedent, indent and TextWrapper, with CPython's
 * algorithm: the text cut into chunks (runs of whitespace, and words, split after the hyphen of
 * a hyphenated word), then lines filled greedily from the chunks, a word longer than the width
 * broken, whitespace at line ends dropped, and max_lines ended by the placeholder.
 */
final class TextwrapModule {
    private TextwrapModule() {}

    static final PyClass TEXT_WRAPPER = PyClass.library("TextWrapper", "textwrap", null);

    /** TextWrapper's options in its constructor's order, with their defaults. */
    private static final String[] OPTIONS = {"width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
            "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize", "max_lines", "placeholder"};
    private static final Object[] DEFAULTS = {70L, "", "", true, true, false, true, true, true, 8L, null, " [...]"};

    private static final String WHITESPACE = "\t\n\u000b\f\r ";
    private static final String WS = "[\\t\\n\\x0b\\x0c\\r ]", NOT_WS = "[^\\t\\n\\x0b\\x0c\\r ]", WORD_PUNCT = "[\\w!\"'&.,?]", LETTER = "[^\\d\\W]";
    /**
     * A chunk: whitespace; an em-dash (two or more hyphens) between words; or a word, ending at
     * whitespace, before an em-dash, or after the hyphen of a hyphenated word (letters on both
     * sides of it, two before it or a letter-hyphen-letter before), as CPython's wordsep_re.
     */
    private static final Pattern CHUNK = Pattern.compile("(" + WS + "+"
            + "|(?<=" + WORD_PUNCT + ")-{2,}(?=\\w)"
            + "|" + NOT_WS + "+?(?:-(?:(?<=" + LETTER + "{2}-)|(?<=" + LETTER + "-" + LETTER + "-))(?=" + LETTER + "-?" + LETTER + ")"
            + "|(?=" + WS + "|\\z)"
            + "|(?<=" + WORD_PUNCT + ")(?=-{2,}\\w)))", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SIMPLE_CHUNK = Pattern.compile("(" + WS + "+)");
    private static final Pattern SENTENCE_END = Pattern.compile("[a-z][.!?][\"']?\\z");

    static {
        TEXT_WRAPPER.method("__init__", a -> {
            a.expect(0, OPTIONS.length, OPTIONS);
            PyInstance self = (PyInstance) a.self();
            for (int i = 0; i < OPTIONS.length; i++) self.setOwn(OPTIONS[i], a.option(i, OPTIONS[i], DEFAULTS[i]));
            return null;
        });
        TEXT_WRAPPER.method("wrap", a -> new PyList(new ArrayList<Object>(Wrapper.of(a.interpreter(), a.self()).wrap(a.expect(1, 1, "text").string(0)))));
        TEXT_WRAPPER.method("fill", a -> String.join("\n", Wrapper.of(a.interpreter(), a.self()).wrap(a.expect(1, 1, "text").string(0))));
    }

    static PyModule create() {
        PyModule m = new PyModule("textwrap");
        m.add("TextWrapper", TEXT_WRAPPER);
        m.add(Builtin.of("wrap", a -> new PyList(new ArrayList<Object>(wrapper(a, null).wrap(text(a))))));
        m.add(Builtin.of("fill", a -> String.join("\n", wrapper(a, null).wrap(text(a)))));
        m.add(Builtin.of("shorten", a -> {
            if (a.size() > 2) throw a.typeError("shorten() takes 2 positional arguments but " + a.size() + " were given");
            if (a.size() < 2 && !a.has("width")) throw a.typeError("shorten() missing 1 required positional argument: 'width'");
            String collapsed = String.join(" ", splitWhitespace(text(a)));
            return String.join("\n", wrapper(a, 1L).wrap(collapsed));
        }));
        m.add(Builtin.of("dedent", a -> dedent(a.expect(1, 1, "text").string(0))));
        m.add(Builtin.of("indent", a -> {
            a.expect(2, 3, "text", "prefix", "predicate");
            String text = str(a.option(0, "text", null), "text"), prefix = str(a.option(1, "prefix", null), "prefix");
            Object predicate = a.option(2, "predicate", null);
            StringBuilder out = new StringBuilder();
            for (String line : StrMethods.splitLines(text, true)) {
                boolean add = predicate == null ? !splitWhitespace(line).isEmpty() : Values.truthy(a.interpreter().call(predicate, java.util.Arrays.asList(line)));
                out.append(add ? prefix : "").append(line);
            }
            return out.toString();
        }));
        return m;
    }

    private static String text(Args a) {
        if (a.size() < 1 && !a.has("text")) throw a.typeError(a.function() + "() missing 1 required positional argument: 'text'");
        return str(a.option(0, "text", null), "text");
    }

    private static String str(Object v, String what) {
        if (v instanceof String s) return s;
        throw PyError.attribute("'" + Values.typeName(v) + "' object has no attribute '" + (what.equals("text") ? "expandtabs" : "__add__") + "'");
    }

    /** The module functions' wrapper: width as the second argument or width=, the other options by keyword (max_lines fixed for shorten). */
    private static Wrapper wrapper(Args a, Long maxLines) {
        if (a.size() > 2) throw a.typeError(a.function() + "() takes from 1 to 2 positional arguments but " + a.size() + " were given");
        Object[] values = DEFAULTS.clone();
        for (java.util.Map.Entry<String, Object> e : a.keywords().entrySet()) {
            if (e.getKey().equals("text")) continue;
            int i = java.util.Arrays.asList(OPTIONS).indexOf(e.getKey());
            if (i < 0 || maxLines != null && e.getKey().equals("max_lines"))
                throw a.typeError((maxLines != null && i >= 0 ? "__init__() got multiple values for keyword argument '" : "__init__() got an unexpected keyword argument '")
                        + e.getKey() + "'");
            values[i] = e.getValue();
        }
        if (a.size() == 2) values[0] = a.get(1);
        if (maxLines != null) values[10] = maxLines;
        return new Wrapper(values);
    }

    /** textwrap.wrap(text, width) with every other option at its default (argparse's help). */
    static List<String> wrap(String text, int width, String indent) {
        Object[] values = DEFAULTS.clone();
        values[0] = (long) width;
        values[1] = indent;
        values[2] = indent;
        return new Wrapper(values).wrap(text);
    }

    /** The words of s between runs of Python whitespace (s.split()). */
    private static List<String> splitWhitespace(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s\\p{Z}\\x1c-\\x1f\\x85]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** One wrapping's options, read from a TextWrapper's attributes (which a program may have changed) or given to wrap(). */
    private record Wrapper(Object[] options) {
        static Wrapper of(Interpreter in, Object self) {
            Object[] values = new Object[OPTIONS.length];
            for (int i = 0; i < OPTIONS.length; i++) values[i] = Attributes.get(in, self, OPTIONS[i]);
            return new Wrapper(values);
        }

        private Object get(String option) {
            return options[java.util.Arrays.asList(OPTIONS).indexOf(option)];
        }

        private boolean flag(String option) {
            return Values.truthy(get(option));
        }

        private String string(String option) {
            return Repr.str(get(option));
        }

        List<String> wrap(String text) {
            if (flag("expand_tabs")) text = StrMethods.expandTabs(text, (int) Values.toLong(get("tabsize"), "tabsize"));
            if (flag("replace_whitespace")) for (char c : "\t\n\u000b\f\r".toCharArray()) text = text.replace(c, ' ');
            List<String> chunks = new ArrayList<>();
            Matcher m = (flag("break_on_hyphens") ? CHUNK : SIMPLE_CHUNK).matcher(text);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) chunks.add(text.substring(at, m.start()));
                if (m.end() > m.start()) chunks.add(m.group());
                at = m.end();
            }
            if (at < text.length()) chunks.add(text.substring(at));
            if (flag("fix_sentence_endings")) {
                for (int i = 0; i < chunks.size() - 1; ) {
                    if (chunks.get(i + 1).equals(" ") && SENTENCE_END.matcher(chunks.get(i)).find()) {
                        chunks.set(i + 1, "  ");
                        i += 2;
                    } else {
                        i++;
                    }
                }
            }
            return lines(chunks);
        }

        /** CPython's _wrap_chunks: lines filled greedily from the chunks. */
        private List<String> lines(List<String> chunks) {
            long width = Values.toLong(get("width"), "width");
            if (width <= 0) throw PyError.value("invalid width " + Repr.repr(get("width")) + " (must be > 0)");
            Object maxObject = get("max_lines");
            long maxLines = maxObject == null ? Long.MAX_VALUE : Values.toLong(maxObject, "max_lines");
            String initial = string("initial_indent"), subsequent = string("subsequent_indent"), placeholder = string("placeholder");
            boolean drop = flag("drop_whitespace");
            if (maxObject != null && len(maxLines > 1 ? subsequent : initial) + len(placeholder.stripLeading()) > width)
                throw PyError.value("placeholder too large for max width");
            List<String> lines = new ArrayList<>();
            java.util.ArrayDeque<String> rest = new java.util.ArrayDeque<>(chunks);
            while (!rest.isEmpty()) {
                List<String> line = new ArrayList<>();
                long length = 0;
                String indent = lines.isEmpty() ? initial : subsequent;
                long room = width - len(indent);
                if (drop && isBlank(rest.peekFirst()) && !lines.isEmpty()) rest.pollFirst();
                while (!rest.isEmpty() && length + len(rest.peekFirst()) <= room) {
                    length += len(rest.peekFirst());
                    line.add(rest.pollFirst());
                }
                if (!rest.isEmpty() && len(rest.peekFirst()) > room) {
                    longWord(rest, line, length, room);
                    length = 0;
                    for (String c : line) length += len(c);
                }
                if (drop && !line.isEmpty() && isBlank(line.get(line.size() - 1))) length -= len(line.remove(line.size() - 1));
                if (line.isEmpty()) continue;
                boolean lastFits = rest.isEmpty() || drop && rest.size() == 1 && isBlank(rest.peekFirst());
                if (lines.size() + 1 < maxLines || lastFits && length <= room) {
                    lines.add(indent + String.join("", line));
                    continue;
                }
                while (true) { // the last line the limit allows: end it with the placeholder where it fits
                    if (!line.isEmpty() && !isBlank(line.get(line.size() - 1)) && length + len(placeholder) <= room) {
                        lines.add(indent + String.join("", line) + placeholder);
                        return lines;
                    }
                    if (line.isEmpty()) break;
                    length -= len(line.remove(line.size() - 1));
                }
                if (!lines.isEmpty()) {
                    String previous = lines.get(lines.size() - 1).stripTrailing();
                    if (len(previous) + len(placeholder) <= width) {
                        lines.set(lines.size() - 1, previous + placeholder);
                        return lines;
                    }
                }
                lines.add(indent + placeholder.stripLeading());
                return lines;
            }
            return lines;
        }

        /** A chunk longer than a line: its head on this line (up to a hyphen when one is there), the rest for the next. */
        private void longWord(java.util.ArrayDeque<String> rest, List<String> line, long length, long room) {
            long space = room < 1 ? 1 : room - length;
            String chunk = rest.peekFirst();
            if (flag("break_long_words")) {
                int end = offset(chunk, space);
                if (flag("break_on_hyphens") && len(chunk) > space) {
                    int hyphen = chunk.lastIndexOf('-', end - 1);
                    if (hyphen > 0 && !chunk.substring(0, hyphen).chars().allMatch(c -> c == '-')) end = hyphen + 1;
                }
                line.add(chunk.substring(0, end));
                rest.pollFirst();
                rest.addFirst(chunk.substring(end));
            } else if (line.isEmpty()) {
                line.add(rest.pollFirst());
            }
        }

        /** The char offset of code point n (or the end). */
        private static int offset(String s, long n) {
            return n >= len(s) ? s.length() : s.offsetByCodePoints(0, (int) n);
        }

        private static boolean isBlank(String chunk) {
            for (int i = 0; i < chunk.length(); i++) if (WHITESPACE.indexOf(chunk.charAt(i)) < 0 && !Character.isWhitespace(chunk.charAt(i))) return false;
            return true;
        }

        private static long len(String s) {
            return s.codePointCount(0, s.length());
        }
    }

    private static final Pattern WHITESPACE_ONLY = Pattern.compile("^[ \\t]+$", Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern LEADING = Pattern.compile("(^[ \\t]*)(?:[^ \\t\\n])", Pattern.MULTILINE | Pattern.UNIX_LINES);

    /** textwrap.dedent: lines of only blanks emptied, then the longest run of blanks every other line starts with removed. */
    static String dedent(String text) {
        text = WHITESPACE_ONLY.matcher(text).replaceAll("");
        String margin = null;
        Matcher m = LEADING.matcher(text);
        while (m.find()) {
            String indent = m.group(1);
            if (margin == null || margin.startsWith(indent)) margin = indent;
            else if (!indent.startsWith(margin)) {
                int i = 0;
                while (i < margin.length() && i < indent.length() && margin.charAt(i) == indent.charAt(i)) i++;
                margin = margin.substring(0, i);
            }
        }
        if (margin == null || margin.isEmpty()) return text;
        return Pattern.compile("^" + Pattern.quote(margin), Pattern.MULTILINE | Pattern.UNIX_LINES).matcher(text).replaceAll("");
    }
}
