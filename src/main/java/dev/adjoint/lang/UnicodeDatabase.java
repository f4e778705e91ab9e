package dev.adjoint.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Unicode character database as CPython 3.11's unicodedata reports it (Unicode 14.0.0),
 * recorded by scripts/fixtures/unicodedata_tables.py: Java 17 knows Unicode 13.0 and lacks
 * several of the properties, so adjoint reads CPython's answers from the table instead. Loaded
 * on first use (the module is imported by few programs).
 */
final class UnicodeDatabase {
    static final String VERSION = "14.0.0";
    private static final String HANGUL = "HANGUL SYLLABLE ", UNIFIED = "CJK UNIFIED IDEOGRAPH-";

    /** A property that holds over runs of code points: the runs' starts, sorted, and their values. */
    private record Runs(int[] starts, String[] values) {
        String at(int cp) {
            int i = Arrays.binarySearch(starts, cp);
            return values[i >= 0 ? i : -i - 2];
        }
    }

    /** decimal, digit (null where the character has none) and numeric value. */
    record Numeric(Long decimal, Long digit, double numeric) {}

    private final Map<String, Runs> properties = new HashMap<>();
    private final Map<Integer, String> decompositions = new HashMap<>();
    private final Map<Integer, Numeric> numerics = new HashMap<>();
    private final Map<Long, Integer> composites = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    /** Upper-case names (aliases and named sequences too) to what lookup() returns; Hangul syllables apart. */
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, Integer> hangulByName = new HashMap<>();
    /** Runs named PREFIX + the code point in hex (CJK UNIFIED IDEOGRAPH-4E00): first, last, and their prefixes. */
    private final List<int[]> namedRuns = new ArrayList<>();
    private final List<String> runPrefixes = new ArrayList<>();

    private static final class Holder {
        static final UnicodeDatabase INSTANCE = new UnicodeDatabase();
    }

    static UnicodeDatabase get() {
        return Holder.INSTANCE;
    }

    private UnicodeDatabase() {
        Map<String, List<String[]>> sections = new HashMap<>();
        try (var in = new GZIPInputStream(UnicodeDatabase.class.getResourceAsStream("unicodedata.tsv.gz"));
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> section = null;
            for (String line; (line = lines.readLine()) != null;) {
                if (line.startsWith("#")) continue;
                if (line.startsWith("@")) sections.put(line.substring(1), section = new ArrayList<>());
                else section.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String p : List.of("category", "bidirectional", "east_asian_width", "combining", "mirrored")) {
            List<String[]> rows = sections.get(p);
            int[] starts = new int[rows.size()];
            String[] values = new String[rows.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = Integer.parseInt(rows.get(i)[0], 16);
                values[i] = rows.get(i)[1].intern();
            }
            properties.put(p, new Runs(starts, values));
        }
        for (String[] r : sections.get("decomposition")) decompositions.put(Integer.parseInt(r[0], 16), r[1]);
        for (String[] r : sections.get("numeric"))
            numerics.put(Integer.parseInt(r[0], 16), new Numeric(r[1].isEmpty() ? null : Long.valueOf(r[1]), r[2].isEmpty() ? null : Long.valueOf(r[2]), Double.parseDouble(r[3])));
        for (String[] r : sections.get("composite")) composites.put(pair(Integer.parseInt(r[1], 16), Integer.parseInt(r[2], 16)), Integer.parseInt(r[0], 16));
        for (String[] r : sections.get("name")) {
            int dash = r[0].indexOf('-');
            if (dash < 0) {
                int cp = Integer.parseInt(r[0], 16);
                names.put(cp, r[1]);
                if (r[1].startsWith(HANGUL)) hangulByName.put(r[1], cp);
                else byName.put(r[1], Character.toString(cp));
            } else {
                namedRuns.add(new int[] {Integer.parseInt(r[0].substring(0, dash), 16), Integer.parseInt(r[0].substring(dash + 1), 16)});
                runPrefixes.add(r[1]);
            }
        }
        for (String[] r : sections.get("alias")) {
            StringBuilder found = new StringBuilder();
            for (String cp : r[1].split(" ")) found.appendCodePoint(Integer.parseInt(cp, 16));
            byName.put(r[0], found.toString());
        }
    }

    private static long pair(int first, int second) {
        return ((long) first << 21) | second;
    }

    String category(int cp) {
        return properties.get("category").at(cp);
    }

    String bidirectional(int cp) {
        return properties.get("bidirectional").at(cp);
    }

    String eastAsianWidth(int cp) {
        return properties.get("east_asian_width").at(cp);
    }

    int combining(int cp) {
        return Integer.parseInt(properties.get("combining").at(cp));
    }

    int mirrored(int cp) {
        return Integer.parseInt(properties.get("mirrored").at(cp));
    }

    /** unicodedata.decomposition: '' where there is none, else hex code points, a compatibility one led by its {@code <tag>}. */
    String decomposition(int cp) {
        return decompositions.getOrDefault(cp, "");
    }

    Numeric numeric(int cp) {
        return numerics.get(cp);
    }

    /** The primary composite of two code points, or -1. */
    int compose(int first, int second) {
        return composites.getOrDefault(pair(first, second), -1);
    }

    /** The character's name, or null. */
    String name(int cp) {
        String name = names.get(cp);
        if (name != null) return name;
        String prefix = namedRun(cp);
        return prefix == null ? null : prefix + String.format("%04X", cp);
    }

    /**
     * What lookup(name) returns, or null: a name is matched in any case, except that CPython
     * computes Hangul syllables' and CJK unified ideographs' names and matches those in upper case
     * only (the ideographs' hex part may have a leading zero).
     */
    String lookup(String name) {
        Integer hangul = hangulByName.get(name);
        if (hangul != null) return Character.toString(hangul);
        if (name.startsWith(UNIFIED) && name.substring(UNIFIED.length()).matches("[0-9A-F]{4,5}")) {
            int cp = Integer.parseInt(name.substring(UNIFIED.length()), 16);
            return UNIFIED.equals(namedRun(cp)) ? Character.toString(cp) : null;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        String found = byName.get(upper);
        if (found != null) return found;
        int dash = upper.lastIndexOf('-');
        if (dash < 0 || !upper.substring(dash + 1).matches("[0-9A-F]{4,5}")) return null;
        int cp = Integer.parseInt(upper.substring(dash + 1), 16);
        String prefix = namedRun(cp);
        return prefix != null && !prefix.equals(UNIFIED) && upper.equals(prefix + String.format("%04X", cp)) ? Character.toString(cp) : null;
    }

    /** The prefix of the named run that holds the code point, or null. */
    private String namedRun(int cp) {
        for (int i = 0; i < namedRuns.size(); i++)
            if (cp >= namedRuns.get(i)[0] && cp <= namedRuns.get(i)[1]) return runPrefixes.get(i);
        return null;
    }
}
