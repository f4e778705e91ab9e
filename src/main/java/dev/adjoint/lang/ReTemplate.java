package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A replacement template of sub, subn and Match.expand, read as CPython 3.11's
 * re._parser.parse_template: \1 \g<1> \g<name> group references (an unmatched group gives ''),
 * \n \t \\ ... escapes, octal escapes, other backslashes kept; an ASCII letter escape and a
 * reference to a group the pattern lacks are re.error, an unknown group name IndexError.
 */
final class ReTemplate {
    private static final String DIGITS = "0123456789", OCTDIGITS = "01234567";

    /** The parts: a String is literal text, an Integer a group. */
    private final List<Object> parts;

    private ReTemplate(List<Object> parts) {
        this.parts = parts;
    }

    static ReTemplate parse(String template, int groups, Map<String, Integer> groupIndex) {
        ReTokens s = new ReTokens(template);
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            String t = s.get();
            if (t == null) break;
            if (t.charAt(0) != '\\') {
                literal.append(t);
                continue;
            }
            char c = t.charAt(1);
            int group = -1, offset = 0;
            if (c == 'g') {
                if (!s.match("<")) throw s.error("missing <", 0);
                String name = s.getUntil(">", "group name");
                offset = ReTokens.len(name) + 1;
                if (NamedTuples.isIdentifier(name)) {
                    Integer g = groupIndex.get(name);
                    if (g == null) throw PyError.index("unknown group name " + Repr.repr(name));
                    group = g;
                } else {
                    if (name.isEmpty() || !name.chars().allMatch(ch -> ch >= '0' && ch <= '9'))
                        throw s.error("bad character in group name " + Repr.repr(name), offset);
                    if (name.length() > 10 || Long.parseLong(name) >= 1073741823L)
                        throw s.error("invalid group reference " + new java.math.BigInteger(name), offset);
                    group = Integer.parseInt(name);
                }
            } else if (c == '0') {
                String digits = s.getWhile(2, OCTDIGITS);
                literal.appendCodePoint(Integer.parseInt("0" + digits, 8) & 0xff);
            } else if (c >= '1' && c <= '9') {
                String number = t.substring(1);
                if (s.nextIn(DIGITS)) {
                    number += s.get();
                    if (OCTDIGITS.indexOf(c) >= 0 && OCTDIGITS.indexOf(number.charAt(1)) >= 0 && s.nextIn(OCTDIGITS)) {
                        number += s.get();
                        int v = Integer.parseInt(number, 8);
                        if (v > 0377) throw s.error("octal escape value \\" + number + " outside of range 0-0o377", number.length() + 1);
                        literal.appendCodePoint(v);
                        continue;
                    }
                }
                group = Integer.parseInt(number);
                offset = number.length();
            } else {
                int simple = ReParser.simpleEscape(t);
                if (simple >= 0) literal.appendCodePoint(simple);
                else if (c < 128 && Character.isLetter(c)) throw s.error("bad escape " + t, ReTokens.len(t));
                else literal.append(t);
            }
            if (group >= 0) {
                if (group > groups) throw s.error("invalid group reference " + group, offset);
                if (literal.length() > 0) parts.add(literal.toString());
                literal.setLength(0);
                parts.add(group);
            }
        }
        if (literal.length() > 0) parts.add(literal.toString());
        return new ReTemplate(parts);
    }

    /** The text for one match: each group's text, '' for a group that did not match. */
    String expand(java.util.function.IntFunction<String> group) {
        StringBuilder out = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Integer g) {
                String text = group.apply(g);
                if (text != null) out.append(text);
            } else out.append((String) p);
        }
        return out.toString();
    }
}
