package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Adjoints.next walks exactly the positions that have an adjoint, in order, in both of its forms; seeded. */
class AdjointsTest {
    @Test
    void nextVisitsExactlyThePositionsThatHaveAnAdjoint() {
        Random random = new Random(23);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(700);
            Adjoints adj = new Adjoints(n, round % 3 != 0);
            double density = random.nextDouble() * random.nextDouble();
            for (int k = 0; k < n; k++) {
                if (random.nextDouble() >= density) continue;
                if (round % 3 == 2 && random.nextInt(4) == 0) adj.add(k, Tensor.constant(NDArray.ones(2))); // a tensor beside doubles
                else adj.add(k, Tensor.constant(random.nextDouble()));
                if (random.nextInt(5) == 0) adj.clear(k);
            }
            List<Integer> expected = new ArrayList<>(), visited = new ArrayList<>();
            for (int k = 0; k < n; k++) if (adj.has(k)) expected.add(k);
            for (int k = adj.next(0); k < n; k = adj.next(k + 1)) visited.add(k);
            assertThat(visited).as("round %d, n %d", round, n).isEqualTo(expected);
            assertThat(adj.next(n)).isEqualTo(n);
        }
    }
}
