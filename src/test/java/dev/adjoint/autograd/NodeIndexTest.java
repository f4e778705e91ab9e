package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * NodeIndex against a map, on key sets shaped like graph walks: a dense run of creation numbers
 * walked down from the newest (a backward pass) or up from the oldest (depth order), with old
 * leaves far below, new nodes far above, and gaps of temporaries between nodes; seeded.
 */
class NodeIndexTest {
    private static final List<Tensor> POOL = new ArrayList<>();

    static {
        for (int i = 0; i < 300_000; i++) POOL.add(Tensor.constant(i)); // consecutive creation numbers
    }

    @Test
    void answersAsAMapWouldForWalksDownUpAndAtRandom() {
        Random random = new Random(16);
        for (int round = 0; round < 60; round++) {
            List<Tensor> keys = keys(random);
            if (round % 3 == 1) Collections.reverse(keys);
            if (round % 3 == 2) Collections.shuffle(keys, random);
            NodeIndex index = new NodeIndex();
            Map<Tensor, Integer> expected = new HashMap<>();
            List<String> wrong = new ArrayList<>();
            for (Tensor t : keys) {
                int v = random.nextInt(1_000_000) - 500_000;
                index.put(t, v);
                expected.put(t, v);
                check(index, expected, POOL.get(random.nextInt(POOL.size())), wrong);
            }
            for (Tensor t : POOL) check(index, expected, t, wrong);
            assertThat(wrong).as("round %d", round).isEmpty();
        }
    }

    private static void check(NodeIndex index, Map<Tensor, Integer> expected, Tensor t, List<String> wrong) {
        int want = expected.getOrDefault(t, 0), got = index.get(t);
        if (got != want && wrong.size() < 10) wrong.add("seq " + t.seq() + ": " + got + ", not " + want);
    }

    /** A graph's creation numbers: a run (every k-th of a stretch, newest first) plus a few far outliers on either side. */
    private static List<Tensor> keys(Random random) {
        int start = 100_000 + random.nextInt(100_000), length = random.nextInt(60_000), step = 1 + random.nextInt(4);
        List<Tensor> keys = new ArrayList<>();
        for (int s = start + length; s >= start; s -= step) keys.add(POOL.get(s));
        for (int i = random.nextInt(4); i > 0; i--) keys.add(random.nextInt(keys.size() + 1), POOL.get(random.nextInt(1_000)));
        for (int i = random.nextInt(4); i > 0; i--) keys.add(random.nextInt(keys.size() + 1), POOL.get(POOL.size() - 1 - random.nextInt(1_000)));
        return keys;
    }
}
