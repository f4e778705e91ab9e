package dev.adjoint.lang;

import java.util.Arrays;

/**
 * Unicode normalization (UAX #15) over CPython 3.11's character database (Unicode 14.0.0, see
 * {@link UnicodeDatabase}), so NFC/NFD/NFKC/NFKD give CPython's strings also for characters newer
 * than Java 17's Normalizer knows: full decomposition (canonical, or compatibility too), canonical
 * ordering of combining marks, then for the composed forms canonical composition.
 */
final class UnicodeNormalizer {
    private UnicodeNormalizer() {}

    // Hangul syllables are composed and decomposed arithmetically (Unicode's chapter 3.12).
    private static final int S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7;
    private static final int L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT;

    /** form: NFC, NFD, NFKC or NFKD (checked by the caller). */
    static String normalize(String form, String s) {
        UnicodeDatabase db = UnicodeDatabase.get();
        int[] cps = decompose(db, s, form.startsWith("NFK"));
        reorder(db, cps);
        if (form.endsWith("C")) cps = compose(db, cps);
        return new String(cps, 0, cps.length);
    }

    private static int[] decompose(UnicodeDatabase db, String s, boolean compatibility) {
        IntList out = new IntList();
        s.codePoints().forEach(cp -> decomposeInto(db, cp, compatibility, out));
        return out.toArray();
    }

    private static void decomposeInto(UnicodeDatabase db, int cp, boolean compatibility, IntList out) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int index = cp - S_BASE;
            out.add(L_BASE + index / N_COUNT);
            out.add(V_BASE + index % N_COUNT / T_COUNT);
            if (index % T_COUNT != 0) out.add(T_BASE + index % T_COUNT);
            return;
        }
        String mapping = db.decomposition(cp);
        if (mapping.isEmpty() || (mapping.startsWith("<") && !compatibility)) {
            out.add(cp);
            return;
        }
        for (String part : mapping.split(" ")) if (!part.startsWith("<")) decomposeInto(db, Integer.parseInt(part, 16), compatibility, out);
    }

    /** The canonical ordering: each run of combining marks sorted by class, stably. */
    private static void reorder(UnicodeDatabase db, int[] cps) {
        for (int i = 1; i < cps.length; i++) {
            int ccc = db.combining(cps[i]);
            if (ccc == 0) continue;
            for (int j = i; j > 0 && db.combining(cps[j - 1]) > ccc; j--) {
                int t = cps[j];
                cps[j] = cps[j - 1];
                cps[j - 1] = t;
            }
        }
    }

    /** Canonical composition: each mark not blocked from the last starter joins it where a primary composite exists. */
    private static int[] compose(UnicodeDatabase db, int[] cps) {
        if (cps.length == 0) return cps;
        int[] out = new int[cps.length];
        int n = 0, starter = -1, lastClass = -1;
        for (int cp : cps) {
            int ccc = db.combining(cp);
            if (starter >= 0 && (lastClass < ccc || (lastClass == 0 && n - 1 == starter))) {
                int composite = composeHangul(out[starter], cp);
                if (composite < 0) composite = db.compose(out[starter], cp);
                if (composite >= 0) {
                    out[starter] = composite;
                    continue;
                }
            }
            if (ccc == 0) starter = n;
            lastClass = ccc;
            out[n++] = cp;
        }
        return Arrays.copyOf(out, n);
    }

    private static int composeHangul(int first, int second) {
        if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT)
            return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
        if (first >= S_BASE && first < S_BASE + S_COUNT && (first - S_BASE) % T_COUNT == 0 && second > T_BASE && second < T_BASE + T_COUNT)
            return first + (second - T_BASE);
        return -1;
    }

    private static final class IntList {
        private int[] items = new int[16];
        private int size;

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
