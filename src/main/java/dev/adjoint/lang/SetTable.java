package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Where CPython's set keeps each item (Objects/setobject.c), so that a set is walked in CPython's
 * order: an open-addressing table of 8, 32, 128, ... slots; an item goes to the first free slot
 * along its hash's probe sequence (runs of 10 neighbours, then perturbed jumps); a removed item
 * leaves a dummy that a later insertion along the same sequence reuses (the last one it passed);
 * the table is rebuilt without dummies when 3/5 of its slots have been used. This class holds
 * only the layout (the keys of {@link HashKey} and their hashes); membership is {@link PySet}'s.
 */
final class SetTable {
    private static final Object DUMMY = new Object();
    private static final int LINEAR_PROBES = 9, PERTURB_SHIFT = 5, MIN_SIZE = 8;

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    /** Slots holding an item or a dummy ({@code fill}), and items ({@code used}), as CPython counts them. */
    private int fill, used;
    /** Where set.pop() goes on looking: after the slot it emptied last. */
    private int finger;

    private int mask() {
        return keys.length - 1;
    }

    int size() {
        return used;
    }

    /** The keys in slot order: the order CPython walks the set. */
    List<Object> keysInOrder() {
        List<Object> out = new ArrayList<>(used);
        for (Object k : keys) if (k != null && k != DUMMY) out.add(k);
        return out;
    }

    /** set_add_entry for a key known to be absent: into the last dummy passed on the way to the first empty slot, else that slot. */
    void add(Object key, long hash) {
        int mask = mask();
        int i = (int) (hash & mask), free = -1;
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    if (free >= 0) {
                        put(free, key, hash);
                        used++;
                        return;
                    }
                    put(j, key, hash);
                    used++;
                    fill++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (keys[j] == DUMMY) free = j;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_discard_entry for a key known to be present: its slot becomes a dummy. */
    void discard(Object key, long hash) {
        int slot = find(key, hash);
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
    }

    /** set.pop(): the first item from the finger on (wrapping round), which becomes a dummy. */
    Object pop() {
        int mask = mask(), i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) i = i == mask ? 0 : i + 1;
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** set.clear(): back to 8 empty slots (the finger stays, as in CPython). */
    void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = used = 0;
    }

    /** Before {@code incoming} items are merged in: CPython's one big resize at the start. */
    void reserve(int incoming) {
        if ((long) (fill + incoming) * 5 >= (long) mask() * 3) resize((used + incoming) * 2);
    }

    /** After removals: rebuilt without dummies when more than a quarter of the slots hold one (set_difference_update). */
    void purgeDummies() {
        if (fill - used > mask() / 4) resize(used > 50000 ? used * 2 : used * 4);
    }

    /**
     * set_merge into an empty table (after {@link #reserve}): the other's slots copied as they are
     * when the tables are as large and it has no dummies, else its items placed afresh in its order.
     */
    void fillFrom(SetTable other) {
        if (keys.length == other.keys.length && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        for (int s = 0; s < other.keys.length; s++) if (other.keys[s] != null && other.keys[s] != DUMMY) insertClean(other.keys[s], other.hashes[s]);
        fill = used = other.used;
    }

    boolean isEmpty() {
        return fill == 0;
    }

    /** Calls {@code each} with the key and hash of every item, in slot order. */
    void forEach(KeyAndHash each) {
        for (int s = 0; s < keys.length; s++) if (keys[s] != null && keys[s] != DUMMY) each.accept(keys[s], hashes[s]);
    }

    interface KeyAndHash {
        void accept(Object key, long hash);
    }

    /** Takes over another table's slots (set_swap_bodies); the finger is this set's own. */
    void assign(SetTable other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        fill = other.fill;
        used = other.used;
    }

    SetTable copy() {
        SetTable out = new SetTable();
        out.assign(this);
        out.finger = finger;
        return out;
    }

    private void put(int slot, Object key, long hash) {
        keys[slot] = key;
        hashes[slot] = hash;
    }

    private int find(Object key, long hash) {
        int mask = mask(), i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                Object k = keys[j];
                if (k == null) throw new IllegalStateException("not in the set: " + key);
                if (k != DUMMY && hashes[j] == hash && (k == key || k.equals(key))) return j;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_table_resize: the smallest power of two above {@code minUsed} (at least 8), items placed afresh in slot order. */
    private void resize(long minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) size <<= 1;
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        for (int s = 0; s < oldKeys.length; s++) if (oldKeys[s] != null && oldKeys[s] != DUMMY) insertClean(oldKeys[s], oldHashes[s]);
        fill = used;
    }

    /** set_insert_clean: the first empty slot along the probe sequence (the table has no dummies). */
    private void insertClean(Object key, long hash) {
        int mask = mask(), i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    put(j, key, hash);
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
