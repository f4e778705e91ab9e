package dev.adjoint.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.undo.UndoLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The scalar graph's pass without a sort ({@link ScalarPass}) gives what the sorted pass gives, bit
 * for bit: on seeded random graphs of 0-d nodes whose values are used several times, with retained
 * nodes, nodes without a scalar rule or with a 1-d value inside (where it hands the rest over),
 * constants, several roots and gradient hooks; and it frees and checks as PyTorch's pass does.
 */
class ScalarPassTest {
    @Test
    void givesTheSortedPassesAdjointsBitForBit() {
        Random random = new Random(16);
        for (int round = 0; round < 300; round++) {
            List<Tensor> leaves = new ArrayList<>(), made = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) leaves.add(Tensor.leaf(NDArray.scalar(random.nextDouble() - 0.3), true));
            made.addAll(leaves);
            List<Runnable> removeHooks = new ArrayList<>();
            int n = 2 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                Tensor p = made.get(random.nextInt(made.size())), q = made.get(random.nextInt(made.size()));
                int which = random.nextInt(round % 4 == 0 ? 8 : 12);
                Tensor t = switch (which) {
                    case 0, 1 -> Ops.add(p, q);
                    case 2, 3 -> Ops.mul(p, q);
                    case 4 -> Ops.sin(p);
                    case 5 -> Ops.sub(p, Tensor.constant(0.25));
                    case 6 -> Ops.tanh(p);
                    case 7 -> Ops.div(p, Ops.add(Ops.mul(q, q), Tensor.constant(1)));
                    case 8 -> Ops.sum(Ops.stack(List.of(p, q), 0)); // a 1-d value inside, a 0-d node without a scalar rule
                    case 9 -> Ops.sum(p); // 0-d, no scalar rule
                    default -> Ops.mul(Ops.exp(Ops.mul(p, Tensor.constant(0.01))), q);
                };
                if (random.nextInt(10) == 0) t.retainGrad();
                if (random.nextInt(25) == 0) {
                    double factor = 1 + random.nextInt(3);
                    removeHooks.add(GradHooks.add(t, g -> Ops.mul(g, Tensor.constant(factor))));
                }
                made.add(t);
            }
            List<Tensor> roots = new ArrayList<>(List.of(made.get(made.size() - 1)));
            if (random.nextBoolean()) roots.add(made.get(leaves.size() + random.nextInt(made.size() - leaves.size())));
            List<Tensor> seeds = new ArrayList<>();
            for (int i = 0; i < roots.size(); i++) seeds.add(Tensor.constant(random.nextDouble() + 0.5));

            Map<Tensor, Tensor> sorted = new ReversePass(false, true, true, false, null).runAll(roots, seeds, null);
            Map<Tensor, Tensor> scalar = new ReversePass(false, true, true, false, null).run(roots, seeds, null);
            removeHooks.forEach(Runnable::run);
            assertThat(bits(scalar)).as("round %d", round).isEqualTo(bits(sorted));
        }
    }

    /** Each adjoint's bits by its node's creation number. */
    private static Map<Long, Long> bits(Map<Tensor, Tensor> adjoints) {
        Map<Long, Long> bits = new TreeMap<>();
        adjoints.forEach((t, g) -> bits.put(t.seq(), Double.doubleToRawLongBits(g.item())));
        return bits;
    }

    @Test
    void freesTheNodesItRanAndChecksASecondPass() {
        Tensor a = Tensor.leaf(NDArray.scalar(0.9), true);
        Tensor y = Ops.mul(Ops.sin(a), a);
        Autograd.backward(List.of(y), null, false, false, null);
        assertThat(y.released()).isTrue();
        assertThatThrownBy(() -> Autograd.backward(List.of(y), null, false, false, null)).hasMessage(Autograd.SECOND_BACKWARD);
        assertThat(a.grad().item()).isEqualTo(Math.cos(0.9) * 0.9 + Math.sin(0.9));
    }

    /** A failed input puts back the marks of the nodes made before it; the nodes it made itself are not recorded (that kept them alive until the input ended). */
    @Test
    void anInputsLogRecordsOnlyTheFreedNodesMadeBeforeIt() {
        Tensor a = Tensor.leaf(NDArray.scalar(0.9), true);
        Tensor old = Ops.mul(Ops.sin(a), a);
        try (UndoLog log = UndoLog.open()) {
            Tensor made = Ops.mul(Ops.sin(a), a);
            Autograd.backward(List.of(made), null, false, false, null);
            assertThat(made.released()).isTrue();
            assertThat(log.size()).isEqualTo(1); // a's gradient, nothing of the graph
            Autograd.backward(List.of(old), null, false, false, null);
            assertThat(old.released()).isTrue();
            log.rollback();
        }
        assertThat(old.released()).isFalse();
        assertThat(old.input(0).released()).isFalse();
        assertThat(a.grad()).isNull();
    }

    @Test
    void aFailedPassFreesNothing() {
        Tensor a = Tensor.leaf(NDArray.scalar(0.9), true);
        Tensor s = Ops.sin(a);
        Tensor freedFirst = Ops.mul(s, s);
        Autograd.backward(List.of(freedFirst), null, false, false, null); // frees s: sin's saved input is gone
        Tensor y = Ops.add(Ops.exp(a), Ops.add(s, Tensor.constant(1)));
        Tensor e = y.input(0);
        assertThatThrownBy(() -> Autograd.backward(List.of(y), null, false, false, null)).hasMessage(Autograd.SECOND_BACKWARD);
        assertThat(y.released()).isFalse(); // ran before s failed, and put back
        assertThat(e.released()).isFalse();
    }
}
