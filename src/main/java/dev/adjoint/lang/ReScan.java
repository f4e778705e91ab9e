package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * The searches of one pattern over one string as CPython's: the string cut at endpos (so $ and
 * lookaheads end there) while look-behinds and ^ still see the real start; after an empty match
 * the next one may start at the same place only if it is not empty (3.7+: sub('x*', '-', 'abxd')
 * is '-a-b--d-'). As an Iterator it is finditer's.
 */
final class ReScan implements Iterator<Object> {
    private final ReModule.Compiled pattern;
    private final String string, text;
    private final int pos, endpos; // UTF-16 indices
    private final boolean bmp;
    private final Matcher matcher;
    private Matcher advancing;
    private int at;
    private boolean mustAdvance, done;
    private ReMatch ahead;

    ReScan(ReModule.Compiled pattern, String string, long pos, long endpos) {
        this.pattern = pattern;
        this.string = string;
        this.bmp = string.codePoints().count() == string.length();
        long length = bmp ? string.length() : string.codePointCount(0, string.length());
        long from = Math.max(0, Math.min(pos, length)), to = Math.max(0, Math.min(endpos, length));
        this.pos = utf16(from);
        this.endpos = utf16(to);
        this.text = string.substring(0, this.endpos);
        this.matcher = matcher(pattern.pattern);
        this.at = this.pos;
        this.done = from > to;
    }

    private Matcher matcher(java.util.regex.Pattern p) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private int utf16(long codePoint) {
        return bmp ? (int) codePoint : string.offsetByCodePoints(0, (int) codePoint);
    }

    /** A UTF-16 index as Python's (code points). */
    long index(int utf16) {
        return bmp || utf16 < 0 ? utf16 : string.codePointCount(0, utf16);
    }

    String string() {
        return string;
    }

    long pos() {
        return index(pos);
    }

    long endpos() {
        return index(endpos);
    }

    private ReMatch found(Matcher m) {
        int[] spans = new int[2 * (pattern.groups() + 1)];
        spans[0] = m.start();
        spans[1] = m.end();
        int[] javaGroup = pattern.parsed.javaGroup();
        int[][] guards = pattern.parsed.guards();
        for (int g = 1; g <= pattern.groups(); g++) {
            boolean kept = true; // what a path that failed later left behind is not a capture (ReParser.leakGuard)
            for (int guard : guards[g]) kept &= m.start(guard) >= 0;
            spans[2 * g] = kept ? m.start(javaGroup[g]) : -1;
            spans[2 * g + 1] = kept ? m.end(javaGroup[g]) : -1;
        }
        return new ReMatch(pattern, this, spans);
    }

    /** Pattern.search: the first match from pos, or None. */
    ReMatch search() {
        return done ? null : next(false);
    }

    /** Pattern.match (anchored at pos) or fullmatch (also at endpos). */
    ReMatch match(boolean full) {
        if (done) return null;
        matcher.region(pos, text.length());
        return (full ? matcher.matches() : matcher.lookingAt()) ? found(matcher) : null;
    }

    /** The next match of the scan (null when there is none), CPython's search loop with must_advance. */
    private ReMatch next(boolean poll) {
        if (done || at > text.length()) return null;
        if (poll) dev.adjoint.ndarray.ComputationInterrupted.poll();
        Matcher m = matcher;
        boolean hit = false;
        if (mustAdvance) {
            if (advancing == null) advancing = matcher(pattern.advancing());
            advancing.region(at, text.length());
            if (advancing.lookingAt()) {
                m = advancing;
                hit = true;
            } else if (at < text.length()) hit = matcher.find(at + Character.charCount(text.codePointAt(at)));
        } else hit = matcher.find(at);
        if (!hit) {
            done = true;
            return null;
        }
        ReMatch found = found(m);
        mustAdvance = m.end() == m.start();
        at = m.end();
        return found;
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) ahead = next(true);
        return ahead != null;
    }

    @Override
    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReMatch m = ahead;
        ahead = null;
        return m;
    }

    /** findall: the whole matches, the one group's texts, or tuples of the groups' ('' for a group that did not match). */
    PyList findall() {
        PyList out = new PyList();
        int groups = pattern.groups();
        for (ReMatch m = next(true); m != null; m = next(true)) {
            if (groups == 0) out.add(m.groupText(0));
            else if (groups == 1) out.add(orEmpty(m.groupText(1)));
            else {
                List<Object> each = new ArrayList<>();
                for (int g = 1; g <= groups; g++) each.add(orEmpty(m.groupText(g)));
                out.add(Values.tuple(each));
            }
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** split: the pieces between matches and the groups of each (None for one that did not match); maxsplit 0 splits all, below 0 none. */
    PyList split(long maxsplit) {
        PyList out = new PyList();
        int last = 0;
        long n = 0;
        for (ReMatch m = maxsplit >= 0 ? next(true) : null; m != null && (maxsplit == 0 || n < maxsplit); ) {
            out.add(string.substring(last, m.startUtf16(0)));
            for (int g = 1; g <= pattern.groups(); g++) out.add(m.groupText(g));
            last = m.endUtf16(0);
            n++;
            if (maxsplit == 0 || n < maxsplit) m = next(true);
        }
        out.add(string.substring(last));
        return out;
    }

    /**
     * sub and subn: the new string and the number of replacements; count 0 replaces all, below 0
     * none. As CPython's, the pieces are joined after the last replacement, so a function's
     * non-str result is "sequence item N" of that join (None adds nothing).
     */
    Object[] sub(Function<ReMatch, Object> replacement, long count) {
        List<Object> pieces = new ArrayList<>();
        int last = 0;
        long n = 0;
        while (count == 0 || n < count) {
            ReMatch m = next(true);
            if (m == null) break;
            if (m.startUtf16(0) > last) pieces.add(string.substring(last, m.startUtf16(0)));
            Object r = replacement.apply(m);
            if (r != null) pieces.add(r);
            last = m.endUtf16(0);
            n++;
        }
        if (last < string.length()) pieces.add(string.substring(last));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (!(pieces.get(i) instanceof String s)) throw PyError.type("sequence item " + i + ": expected str instance, " + Values.typeName(pieces.get(i)) + " found");
            out.append(s);
        }
        return new Object[] {out.toString(), n};
    }
}
