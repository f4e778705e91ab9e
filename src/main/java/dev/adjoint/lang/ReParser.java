package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python pattern (CPython 3.11's re syntax) read as CPython's re._parser reads it, with its
 * re.error messages and positions, and written as a java.util.regex pattern that matches the same
 * text. Nothing is left to Java's reading of a construct where Python's differs: every literal is
 * written escaped, \w \d \s \b as Python's Unicode (or ASCII) classes, . ^ $ \Z as Python's, a
 * named group as a numbered one (the names kept here), a conditional group over a hidden empty
 * group after each group that says whether it closed.
 */
final class ReParser {
    static final int IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64, DEBUG = 128, ASCII = 256;
    static final long MAXREPEAT = 4294967295L;
    private static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    private static final long MAXGROUPS = 1073741823L;
    /** Above any real width: CPython's MAXWIDTH, where widths saturate. */
    private static final long MAXWIDTH = 1L << 62;
    private static final String SPECIAL_CHARS = ".\\[{()*+?^$|", REPEAT_CHARS = "*+?{", DIGITS = "0123456789", OCTDIGITS = "01234567";
    private static final String HEXDIGITS = "0123456789abcdefABCDEF", WHITESPACE = " \t\n\r\u000b\f";

    /** What a pattern compiles to: Java's pattern and flags, and Python's facts about the groups. */
    /**
     * What a pattern compiles to: Java's pattern and flags, and Python's facts about the groups:
     * each group's Java group, the hidden groups that must have matched for its capture to count
     * (see {@link #leakGuard}), and the order of the groups' closing parentheses.
     */
    record Result(String java, int javaFlags, int flags, int groups, Map<String, Integer> groupIndex, int[] javaGroup, int[][] guards, int[] closeOrder) {}

    private enum Kind { UNIT, AT, REPEAT, GROUP, OTHER }

    /** One parsed item: its kind (for "nothing to repeat" and "multiple repeat"), Java's text and its width. */
    private record Node(Kind kind, String java, long min, long max) {}

    private final String pattern;
    private final ReTokens src;
    private int stateFlags;
    private final Map<String, Integer> groupDict = new LinkedHashMap<>();
    private final List<long[]> groupWidths = new ArrayList<>(); // null while the group is open
    private final List<Integer> closeOrder = new ArrayList<>();
    private Integer lookbehindGroups;
    private final Map<Integer, Integer> groupRefPos = new LinkedHashMap<>();
    private final boolean markers;
    /** Java's capturing groups so far: Python's, and the hidden ones this class adds. */
    private int javaCount;
    private final List<Integer> javaOf = new ArrayList<>(), closedMarkerOf = new ArrayList<>();
    private final List<List<Integer>> guardsOf = new ArrayList<>();
    private String lookbehindError;
    /** Where CPython's FutureWarnings about sets go ("Possible nested set at position 1"). */
    private final java.util.function.Consumer<String> futureWarning;

    private ReParser(String pattern, int flags, java.util.function.Consumer<String> futureWarning) {
        this.futureWarning = futureWarning;
        this.pattern = pattern;
        this.src = new ReTokens(pattern);
        this.stateFlags = flags;
        this.markers = pattern.contains("(?(");
        groupWidths.add(null);
        closeOrder.add(0);
        javaOf.add(0);
        closedMarkerOf.add(0);
        guardsOf.add(new ArrayList<>());
    }

    /** Parses {@code pattern} under re's {@code flags}: CPython's re._parser.parse and its compiler's look-behind check. */
    static Result parse(String pattern, int flags, java.util.function.Consumer<String> futureWarning) {
        ReParser p = new ReParser(pattern, flags, futureWarning);
        Node whole = p.parseSub(flags, (flags & VERBOSE) != 0, 0);
        p.stateFlags = fixFlags(p.stateFlags);
        if (p.src.next() != null) throw p.src.error("unbalanced parenthesis", 0);
        for (Map.Entry<Integer, Integer> ref : p.groupRefPos.entrySet())
            if (ref.getKey() >= p.groups()) throw ReModule.error("invalid group reference " + ref.getKey(), pattern, ref.getValue());
        if (p.lookbehindError != null) throw ReModule.error(p.lookbehindError, pattern, -1);
        int groups = p.groups() - 1;
        int[] javaGroup = new int[groups + 1];
        int[] close = new int[groups + 1];
        int[][] guards = new int[groups + 1][];
        guards[0] = new int[0];
        for (int g = 1; g <= groups; g++) {
            javaGroup[g] = p.javaOf.get(g);
            close[g] = p.closeOrder.get(g);
            guards[g] = p.guardsOf.get(g).stream().mapToInt(Integer::intValue).toArray();
        }
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("\uE000([gc])(\\d+)\uE001").matcher(whole.java());
        String resolved = ref.replaceAll(r -> "\\\\" + (r.group(1).equals("g") ? p.javaOf : p.closedMarkerOf).get(Integer.parseInt(r.group(2))));
        int javaFlags = 0;
        if ((p.stateFlags & IGNORECASE) != 0)
            javaFlags = java.util.regex.Pattern.CASE_INSENSITIVE | ((p.stateFlags & ASCII) == 0 ? java.util.regex.Pattern.UNICODE_CASE : 0);
        return new Result(resolved, javaFlags, p.stateFlags, groups, p.groupDict, javaGroup, guards, close);
    }

    /** CPython's fix_flags for a str pattern: UNICODE unless ASCII; LOCALE refused. */
    static int fixFlags(int flags) {
        if ((flags & LOCALE) != 0) throw PyError.value("cannot use LOCALE flag with a str pattern");
        if ((flags & ASCII) == 0) return flags | UNICODE;
        if ((flags & UNICODE) != 0) throw PyError.value("ASCII and UNICODE flags are incompatible");
        return flags;
    }

    // ---- groups ----

    private int groups() {
        return groupWidths.size();
    }

    /**
     * A reference to group {@code gid}'s Java group (kind 'g') or to the hidden group after it
     * ('c'), resolved when the pattern is whole: a conditional may name a later group.
     */
    private static String javaRef(char kind, int gid) {
        return "\uE000" + kind + gid + "\uE001";
    }

    /**
     * Java keeps what a group inside an atomic group, a possessive repeat or a lookaround
     * captured when the path through it later fails ((?>(a))b|c on "ac" leaves group 1 "a");
     * CPython does not. A hidden empty group right after such a construct is matched only on a
     * path that went on past it, and is undone with that path; the groups inside count only
     * when it matched. Returns the hidden group's text ("" when no group is inside).
     */
    private String leakGuard(int groupsBefore) {
        if (groups() == groupsBefore) return "";
        int marker = ++javaCount;
        for (int g = groupsBefore; g < groups(); g++) guardsOf.get(g).add(marker);
        return "()";
    }

    private int openGroup(String name, int offset) {
        int gid = groups();
        groupWidths.add(null);
        closeOrder.add(0);
        javaOf.add(++javaCount);
        closedMarkerOf.add(0);
        guardsOf.add(new ArrayList<>());
        if (groups() > MAXGROUPS) throw src.error("too many groups", offset);
        if (name != null) {
            Integer old = groupDict.get(name);
            if (old != null) throw src.error("redefinition of group name " + Repr.repr(name) + " as group " + gid + "; was group " + old, offset);
            groupDict.put(name, gid);
        }
        return gid;
    }

    private boolean checkGroup(int gid) {
        return gid < groups() && groupWidths.get(gid) != null;
    }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups == null) return;
        if (!checkGroup(gid)) throw src.error("cannot refer to an open group", 0);
        if (gid >= lookbehindGroups) throw src.error("cannot refer to group defined in the same lookbehind subpattern", 0);
    }

    private Node groupRef(int gid) {
        long[] w = groupWidths.get(gid);
        return new Node(Kind.OTHER, "(?:" + javaRef('g', gid) + ")", w[0], w[1]);
    }

    // ---- widths, saturating as CPython's getwidth ----

    private static long add(long a, long b) {
        return Math.min(MAXWIDTH, a + b);
    }

    private static long times(long a, long n) {
        if (a == 0 || n == 0) return 0;
        return a > MAXWIDTH / n ? MAXWIDTH : Math.min(MAXWIDTH, a * n);
    }

    // ---- the grammar ----

    /** An alternation a|b|c (CPython's _parse_sub); at the top level each branch sees the global flags set so far. */
    private Node parseSub(int flags, boolean verbose, int nested) {
        List<Node> items = new ArrayList<>();
        while (true) {
            items.add(parse(nested == 0 ? stateFlags : flags, verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!src.match("|")) break;
            if (nested == 0) verbose = (stateFlags & VERBOSE) != 0;
        }
        if (items.size() == 1) return items.get(0);
        StringBuilder java = new StringBuilder();
        long min = MAXWIDTH, max = 0;
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            java.append(i > 0 ? "|" : "").append(n.java());
            min = Math.min(min, n.min());
            max = Math.max(max, n.max());
        }
        return new Node(Kind.GROUP, java.toString(), min, max);
    }

    /** A sequence of items (CPython's _parse). */
    private Node parse(int flags, boolean verbose, int nested, boolean first) {
        List<Node> items = new ArrayList<>();
        int lastItemGroups = groups(); // the groups before the last item, for a possessive repeat's guard
        while (true) {
            String t = src.next();
            if (t == null || t.equals("|") || t.equals(")")) break;
            src.get();
            int groupsBefore = groups(), size = items.size();
            if (verbose) {
                if (WHITESPACE.contains(t)) continue;
                if (t.equals("#")) {
                    while (true) {
                        String c = src.get();
                        if (c == null || c.equals("\n")) break;
                    }
                    continue;
                }
            }
            if (t.charAt(0) == '\\') items.add(escape(t, flags));
            else if (!SPECIAL_CHARS.contains(t)) items.add(unit(literal(t.codePointAt(0), flags)));
            else if (t.equals("[")) items.add(charClass(flags));
            else if (REPEAT_CHARS.contains(t)) {
                if (!repeat(t, items, lastItemGroups)) items.add(unit(ReClasses.literal('{')));
            } else if (t.equals(".")) items.add(unit((flags & DOTALL) != 0 ? "(?s:.)" : "[^\\n]"));
            else if (t.equals("(")) {
                int before = stateFlags;
                Node group = group(flags, verbose, nested, first && items.isEmpty());
                if (group != null) items.add(group);
                else if (stateFlags != before) { // global inline flags, from here on
                    flags = stateFlags;
                    verbose = (stateFlags & VERBOSE) != 0;
                }
            } else if (t.equals("^")) items.add(at((flags & MULTILINE) != 0 ? "(?:\\A|(?<=\\n))" : "\\A"));
            else items.add(at((flags & MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)")); // $
            if (items.size() > size) lastItemGroups = groupsBefore;
        }
        StringBuilder java = new StringBuilder();
        long min = 0, max = 0;
        for (Node n : items) {
            java.append(n.java());
            min = add(min, n.min());
            max = add(max, n.max());
        }
        return new Node(items.size() == 1 ? items.get(0).kind() : Kind.GROUP, java.toString(), min, max);
    }

    private static Node unit(String java) {
        return new Node(Kind.UNIT, java, 1, 1);
    }

    private static Node at(String java) {
        return new Node(Kind.AT, java, 0, 0);
    }

    /** A quantifier after the last item; false when "{" is not one (then it is a literal "{"). */
    private boolean repeat(String t, List<Node> items, int itemGroups) {
        int here = src.tell();
        long min, max;
        switch (t) {
            case "?" -> { min = 0; max = 1; }
            case "*" -> { min = 0; max = MAXREPEAT; }
            case "+" -> { min = 1; max = MAXREPEAT; }
            default -> { // {
                if ("}".equals(src.next())) return false;
                min = 0;
                max = MAXREPEAT;
                String lo = src.getWhile(Integer.MAX_VALUE, DIGITS), hi;
                if (src.match(",")) hi = src.getWhile(Integer.MAX_VALUE, DIGITS);
                else hi = lo;
                if (!src.match("}")) {
                    src.seek(here);
                    return false;
                }
                if (!lo.isEmpty()) min = repeatNumber(lo);
                if (!hi.isEmpty()) {
                    max = repeatNumber(hi);
                    if (max < min) throw src.error("min repeat greater than max repeat", src.tell() - here);
                }
            }
        }
        Node item = items.isEmpty() ? null : items.get(items.size() - 1);
        if (item == null || item.kind() == Kind.AT) throw src.error("nothing to repeat", src.tell() - here + ReTokens.len(t));
        if (item.kind() == Kind.REPEAT) throw src.error("multiple repeat", src.tell() - here + ReTokens.len(t));
        String mode = src.match("?") ? "?" : src.match("+") ? "+" : "";
        String quantifier = min == 0 && max == 1 ? "?" : min == 0 && max == MAXREPEAT ? "*" : min == 1 && max == MAXREPEAT ? "+"
                : max == MAXREPEAT ? "{" + min + ",}" : min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
        String atom = item.kind() == Kind.UNIT || item.java().startsWith("(") && closesAtEnd(item.java()) ? item.java() : "(?:" + item.java() + ")";
        long hiWidth = max == MAXREPEAT && item.max() > 0 ? MAXWIDTH : times(item.max(), max);
        String guard = mode.equals("+") ? leakGuard(itemGroups) : "";
        items.set(items.size() - 1, new Node(Kind.REPEAT, atom + quantifier + mode + guard, times(item.min(), min), hiWidth));
        return true;
    }

    /** Whether Java text that starts with "(" is one group (its first parenthesis closes at its end). */
    private static boolean closesAtEnd(String java) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '\\') i++;
            else if (inClass) {
                if (c == ']') inClass = false; // the classes written here never nest a "]" unescaped but at their ends
            } else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i == java.length() - 1;
        }
        return false;
    }

    private long repeatNumber(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) throw PyError.overflow("the repetition number is too large");
        return Long.parseLong(digits);
    }

    /** A "(" construct; null for a comment and for global flags, which only set the pattern's flags. */
    private Node group(int flags, boolean verbose, int nested, boolean first) {
        int start = src.tell() - 1;
        boolean capture = true, atomic = false;
        String name = null;
        int addFlags = 0, delFlags = 0;
        if (src.match("?")) {
            String c = src.get();
            if (c == null) throw src.error("unexpected end of pattern", 0);
            if (c.equals("P")) {
                if (src.match("<")) {
                    name = src.getUntil(">", "group name");
                    src.checkGroupName(name, 1);
                } else if (src.match("=")) {
                    name = src.getUntil(")", "group name");
                    src.checkGroupName(name, 1);
                    Integer gid = groupDict.get(name);
                    if (gid == null) throw src.error("unknown group name " + Repr.repr(name), ReTokens.len(name) + 1);
                    if (!checkGroup(gid)) throw src.error("cannot refer to an open group", ReTokens.len(name) + 1);
                    checkLookbehindGroup(gid);
                    return groupRef(gid);
                } else {
                    String d = src.get();
                    if (d == null) throw src.error("unexpected end of pattern", 0);
                    throw src.error("unknown extension ?P" + d, ReTokens.len(d) + 2);
                }
            } else if (c.equals(":")) capture = false;
            else if (c.equals("#")) {
                while (true) {
                    if (src.next() == null) throw src.error("missing ), unterminated comment", src.tell() - start);
                    if (src.get().equals(")")) break;
                }
                return null;
            } else if (c.equals("=") || c.equals("!") || c.equals("<")) return lookaround(c, flags, verbose, nested, start);
            else if (c.equals("(")) return conditional(flags, verbose, nested, start);
            else if (c.equals(">")) {
                capture = false;
                atomic = true;
            } else if (c.length() == 1 && "iLmsxatu-".contains(c)) {
                int[] scoped = flags(c);
                if (scoped == null) {
                    if (!first) throw src.error("global flags not at the start of the expression", src.tell() - start);
                    return null;
                }
                addFlags = scoped[0];
                delFlags = scoped[1];
                capture = false;
            } else throw src.error("unknown extension ?" + c, ReTokens.len(c) + 1);
        }
        int groupsBefore = groups();
        int group = capture ? openGroup(name, name == null ? 0 : ReTokens.len(name) + 1) : 0;
        boolean subVerbose = (verbose || (addFlags & VERBOSE) != 0) && (delFlags & VERBOSE) == 0;
        int inner = flags & ~delFlags | addFlags;
        if ((addFlags & TYPE_FLAGS) != 0) inner = inner & ~TYPE_FLAGS | addFlags & TYPE_FLAGS;
        Node p = parseSub(inner, subVerbose, nested + 1);
        if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
        if (capture) {
            groupWidths.set(group, new long[] {p.min(), p.max()});
            closeOrder.set(group, src.tell());
            // a name Java allows is kept, for the modules that read groups by name from Java's matcher (string.Template)
            String javaName = name != null && name.matches("[a-zA-Z][a-zA-Z0-9]*") ? "?<" + name + ">" : "";
            String closed = "";
            if (markers) { // the hidden group that says this one closed, for conditionals
                closedMarkerOf.set(group, ++javaCount);
                closed = "()";
            }
            return new Node(Kind.GROUP, "(" + javaName + p.java() + ")" + closed, p.min(), p.max());
        }
        if (atomic) return new Node(Kind.GROUP, "(?>" + p.java() + ")" + leakGuard(groupsBefore), p.min(), p.max());
        return new Node(Kind.GROUP, "(?" + caseFlags(flags, inner) + ":" + p.java() + ")", p.min(), p.max());
    }

    /** Java's inline flags for a scoped group whose case-insensitivity differs from around it ("" if none). */
    private static String caseFlags(int outer, int inner) {
        boolean ci = (inner & IGNORECASE) != 0, unicodeCase = ci && (inner & ASCII) == 0;
        boolean wasCi = (outer & IGNORECASE) != 0, wasUnicodeCase = wasCi && (outer & ASCII) == 0;
        if (ci == wasCi && unicodeCase == wasUnicodeCase) return "";
        String on = (ci ? "i" : "") + (unicodeCase ? "u" : ""), off = (ci ? "" : "i") + (unicodeCase ? "" : "u");
        return on + (off.isEmpty() ? "" : "-" + off);
    }

    private Node lookaround(String c, int flags, boolean verbose, int nested, int start) {
        boolean behind = c.equals("<");
        Integer outerLookbehind = lookbehindGroups;
        int groupsBefore = groups();
        if (behind) {
            c = src.get();
            if (c == null) throw src.error("unexpected end of pattern", 0);
            if (!c.equals("=") && !c.equals("!")) throw src.error("unknown extension ?<" + c, ReTokens.len(c) + 2);
            if (lookbehindGroups == null) lookbehindGroups = groups();
        }
        Node p = parseSub(flags, verbose, nested + 1);
        if (behind && outerLookbehind == null) lookbehindGroups = null;
        if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
        if (behind && p.min() != p.max() && lookbehindError == null) lookbehindError = "look-behind requires fixed-width pattern";
        String guard = c.equals("=") ? leakGuard(groupsBefore) : ""; // a negative one's groups never survive it
        return new Node(Kind.OTHER, "(?" + (behind ? "<" : "") + c + p.java() + ")" + guard, 0, 0);
    }

    /** (?(id/name)yes|no): the hidden group after the named one says whether it closed (Java has no conditionals). */
    private Node conditional(int flags, boolean verbose, int nested, int start) {
        String condName = src.getUntil(")", "group name");
        int condGroup;
        if (NamedTuples.isIdentifier(condName)) {
            src.checkGroupName(condName, 1);
            Integer g = groupDict.get(condName);
            if (g == null) throw src.error("unknown group name " + Repr.repr(condName), ReTokens.len(condName) + 1);
            condGroup = g;
        } else {
            if (!condName.chars().allMatch(ch -> ch >= '0' && ch <= '9'))
                throw src.error("bad character in group name " + Repr.repr(condName), ReTokens.len(condName) + 1);
            if (condName.length() > 10 || Long.parseLong(condName) >= MAXGROUPS)
                throw src.error("invalid group reference " + new java.math.BigInteger(condName), ReTokens.len(condName) + 1);
            condGroup = Integer.parseInt(condName);
            if (condGroup == 0) throw src.error("bad group number", ReTokens.len(condName) + 1);
            groupRefPos.putIfAbsent(condGroup, src.tell() - ReTokens.len(condName) - 1);
        }
        checkLookbehindGroup(condGroup);
        Node yes = parse(flags, verbose, nested + 1, false);
        Node no = null;
        if (src.match("|")) {
            no = parse(flags, verbose, nested + 1, false);
            if ("|".equals(src.next())) throw src.error("conditional backref with more than two branches", 0);
        }
        if (!src.match(")")) throw src.error("missing ), unterminated subpattern", src.tell() - start);
        String closed = javaRef('c', condGroup);
        String java = "(?:(?=" + closed + ")" + yes.java() + "|(?!" + closed + ")" + (no == null ? "" : no.java()) + ")";
        return new Node(Kind.OTHER, java, no == null ? 0 : Math.min(yes.min(), no.min()), no == null ? yes.max() : Math.max(yes.max(), no.max()));
    }

    private static final String FLAG_CHARS = "iLmsxatu";
    private static final int[] FLAG_VALUES = {IGNORECASE, LOCALE, MULTILINE, DOTALL, VERBOSE, ASCII, 1, UNICODE};

    private static int flagValue(String c) {
        int i = c.length() == 1 ? FLAG_CHARS.indexOf(c) : -1;
        return i < 0 ? -1 : FLAG_VALUES[i];
    }

    /** Inline flags after "(?": null for global ones (added to the pattern's), else {added, removed} of a scoped group. */
    private int[] flags(String c) {
        int add = 0, del = 0;
        if (!c.equals("-")) {
            while (true) {
                int flag = flagValue(c);
                if (c.equals("L")) throw src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                add |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                c = src.get();
                if (c == null) throw src.error("missing -, : or )", 0);
                if (c.equals(")") || c.equals("-") || c.equals(":")) break;
                if (flagValue(c) < 0) throw src.error(isAlpha(c) ? "unknown flag" : "missing -, : or )", ReTokens.len(c));
            }
        }
        if (c.equals(")")) {
            stateFlags |= add;
            return null;
        }
        if ((add & 1) != 0) throw src.error("bad inline flags: cannot turn on global flag", 1);
        if (c.equals("-")) {
            c = src.get();
            if (c == null) throw src.error("missing flag", 0);
            if (flagValue(c) < 0) throw src.error(isAlpha(c) ? "unknown flag" : "missing flag", ReTokens.len(c));
            while (true) {
                int flag = flagValue(c);
                if ((flag & TYPE_FLAGS) != 0) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                del |= flag;
                c = src.get();
                if (c == null) throw src.error("missing :", 0);
                if (c.equals(":")) break;
                if (flagValue(c) < 0) throw src.error(isAlpha(c) ? "unknown flag" : "missing :", ReTokens.len(c));
            }
        }
        if ((del & 1) != 0) throw src.error("bad inline flags: cannot turn off global flag", 1);
        if ((add & del) != 0) throw src.error("bad inline flags: flag turned on and off", 1);
        return new int[] {add, del};
    }

    private static boolean isAlpha(String token) {
        return token.codePoints().allMatch(Character::isLetter);
    }

    // ---- escapes and character classes ----

    /** An escape outside a class (CPython's _escape): a category, an anchor, a literal or a group reference. */
    private Node escape(String t, int flags) {
        boolean ascii = (flags & ASCII) != 0;
        char c = t.length() == 2 ? t.charAt(1) : 0;
        switch (t) {
            case "\\A" -> { return at("\\A"); }
            case "\\Z" -> { return at("\\z"); }
            case "\\b" -> { return at(ReClasses.boundary(ascii, true)); }
            case "\\B" -> { return at(ReClasses.boundary(ascii, false)); }
            case "\\d", "\\D", "\\s", "\\S", "\\w", "\\W" -> { return unit(ReClasses.category(c, ascii)); }
            default -> { }
        }
        int simple = simpleEscape(t);
        if (simple >= 0) return unit(literal(simple, flags));
        String escape = t;
        if (c == 'x' || c == 'u' || c == 'U' || c == 'N') return unit(literal(codeEscape(escape), flags));
        if (c == '0') {
            escape += src.getWhile(2, OCTDIGITS);
            return unit(literal(Integer.parseInt(escape.substring(1), 8), flags));
        }
        if (c >= '1' && c <= '9') {
            if (src.nextIn(DIGITS)) {
                escape += src.get();
                if (OCTDIGITS.indexOf(escape.charAt(1)) >= 0 && OCTDIGITS.indexOf(escape.charAt(2)) >= 0 && src.nextIn(OCTDIGITS)) {
                    escape += src.get();
                    int v = Integer.parseInt(escape.substring(1), 8);
                    if (v > 0377) throw src.error("octal escape value " + escape + " outside of range 0-0o377", ReTokens.len(escape));
                    return unit(literal(v, flags));
                }
            }
            int group = Integer.parseInt(escape.substring(1));
            if (group < groups()) {
                if (!checkGroup(group)) throw src.error("cannot refer to an open group", ReTokens.len(escape));
                checkLookbehindGroup(group);
                return groupRef(group);
            }
            throw src.error("invalid group reference " + group, ReTokens.len(escape) - 1);
        }
        return unit(literal(plainEscape(t), flags));
    }

    /** A literal code point, with the characters Python's case-insensitive matching adds where Java's would not. */
    private static String literal(int c, int flags) {
        return (flags & IGNORECASE) != 0 && (flags & ASCII) == 0 ? ReClasses.literalIgnoringCase(c) : ReClasses.literal(c);
    }

    /** \a \b \f \n \r \t \v \\ (CPython's ESCAPES), or -1. */
    static int simpleEscape(String t) {
        return switch (t) {
            case "\\a" -> 7;
            case "\\b" -> 8;
            case "\\f" -> 12;
            case "\\n" -> 10;
            case "\\r" -> 13;
            case "\\t" -> 9;
            case "\\v" -> 11;
            case "\\\\" -> 92;
            default -> -1;
        };
    }

    /** A backslash and a character that is not a letter: the character itself; an ASCII letter is "bad escape". */
    private int plainEscape(String t) {
        int c = t.codePointAt(1);
        if (c < 128 && Character.isLetter(c) || c >= '0' && c <= '9') throw src.error("bad escape " + t, ReTokens.len(t));
        return c;
    }

    /** \xhh, \\uhhhh, \\Uhhhhhhhh and \N{name}: the code point they name. */
    private int codeEscape(String escape) {
        char c = escape.charAt(1);
        if (c == 'N') {
            if (!src.match("{")) throw src.error("missing {", 0);
            String name = src.getUntil("}", "character name");
            try {
                return Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw src.error("undefined character name " + Repr.repr(name), ReTokens.len(name) + 4);
            }
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        escape += src.getWhile(digits, HEXDIGITS);
        if (escape.length() != digits + 2) throw src.error("incomplete escape " + escape, ReTokens.len(escape));
        long v = Long.parseLong(escape.substring(2), 16);
        if (v > Character.MAX_CODE_POINT) throw src.error("bad escape " + escape, ReTokens.len(escape));
        return (int) v;
    }

    /** An escape inside a class (CPython's _class_escape): a code point, or -1 with the category in {@code category[0]}. */
    private int classEscape(String t, String[] category) {
        int simple = simpleEscape(t);
        if (simple >= 0) return simple;
        char c = t.length() == 2 ? t.charAt(1) : 0;
        if ("dDsSwW".indexOf(c) >= 0) {
            category[0] = t;
            return -1;
        }
        if (c == 'x' || c == 'u' || c == 'U' || c == 'N') return codeEscape(t);
        if (c >= '0' && c <= '7') {
            String escape = t + src.getWhile(2, OCTDIGITS);
            int v = Integer.parseInt(escape.substring(1), 8);
            if (v > 0377) throw src.error("octal escape value " + escape + " outside of range 0-0o377", ReTokens.len(escape));
            return v;
        }
        return plainEscape(t);
    }

    /** A class [...] after its "[" (CPython's set parsing). */
    private Node charClass(int flags) {
        boolean ascii = (flags & ASCII) != 0;
        int here = src.tell() - 1;
        if ("[".equals(src.next())) futureWarning.accept("Possible nested set at position " + src.tell());
        boolean negate = src.match("^");
        StringBuilder body = new StringBuilder();
        boolean empty = true;
        while (true) {
            String t = src.get();
            if (t == null) throw src.error("unterminated character set", src.tell() - here);
            if (t.equals("]") && !empty) break;
            if (!empty && t.length() == 1 && "-&~|".contains(t) && t.equals(src.next()))
                futureWarning.accept("Possible set " + switch (t) {
                    case "-" -> "difference";
                    case "&" -> "intersection";
                    case "~" -> "symmetric difference";
                    default -> "union";
                } + " at position " + (src.tell() - 1));
            String[] category = {null};
            int code1 = t.charAt(0) == '\\' ? classEscape(t, category) : t.codePointAt(0);
            empty = false;
            if (src.match("-")) {
                String that = src.get();
                if (that == null) throw src.error("unterminated character set", src.tell() - here);
                if (that.equals("]")) {
                    body.append(code1 < 0 ? ReClasses.categoryBody(category[0].charAt(1), ascii) : ReClasses.literal(code1)).append(ReClasses.literal('-'));
                    break;
                }
                if (that.equals("-")) futureWarning.accept("Possible set difference at position " + (src.tell() - 2));
                String[] category2 = {null};
                int code2 = that.charAt(0) == '\\' ? classEscape(that, category2) : that.codePointAt(0);
                if (code1 < 0 || code2 < 0 || code2 < code1) throw src.error("bad character range " + t + "-" + that, ReTokens.len(t) + 1 + ReTokens.len(that));
                body.append(ReClasses.literal(code1)).append('-').append(ReClasses.literal(code2));
            } else body.append(code1 < 0 ? ReClasses.categoryBody(category[0].charAt(1), ascii) : literal(code1, flags));
        }
        return unit("[" + (negate ? "^" : "") + body + "]");
    }
}
