package dev.adjoint.autograd.op;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.NDArray;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * topk's indices where values tie, as PyTorch 1.13's CPU kernel leaves them (source:
 * src/test/resources/fixtures/torch_topk_ties.txt, recorded by scripts/fixtures/torch_topk_fixtures.py
 * from Debian's torch): rows of 1 to 640 entries with few distinct values, NaNs and -0.0, k on both
 * sides of the kernel's choice between partial_sort and nth_element, largest and smallest, sorted or not.
 */
class TorchTopkTiesTest {
    @Test
    void everyRecordedRowGivesPyTorchsIndices() throws IOException {
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TorchTopkTiesTest.class.getResourceAsStream("/fixtures/torch_topk_ties.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] parts = line.split(" \\| ");
                String[] head = parts[0].split(" ");
                boolean largest = head[0].equals("1"), sorted = head[1].equals("1");
                int k = Integer.parseInt(head[2]);
                double[] row = Arrays.stream(parts[1].split(" ")).mapToDouble(TorchTopkTiesTest::number).toArray();
                int[] expected = Arrays.stream(parts[2].split(" ")).mapToInt(Integer::parseInt).toArray();
                assertThat(TopkOrder.select(row, k, largest, sorted)).as(line).containsExactly(expected);
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(2000);
    }

    /** Through Ops.topk: along a middle dimension, values gathered at the indices, and the gradient going back there. */
    @Test
    void opsTopkUsesThatOrderAlongAnyDimension() {
        // torch.tensor([[5., 5., 5., 5., 5.], [2., 2., 1., 2., 7.]]).T.contiguous().topk(2, dim=0): indices [[2, 4], [4, 1]]ᵀ
        double[] rows = {5, 2, 5, 2, 5, 1, 5, 2, 5, 7};
        Tensor x = Tensor.leaf(NDArray.of(rows, 5, 2), true);
        Tensor[] vi = Ops.topk(x, 2, 0, true, true);
        assertThat(vi[1].value().toArray()).containsExactly(2, 4, 4, 1);
        assertThat(vi[0].value().toArray()).containsExactly(5, 7, 5, 2);
    }

    private static double number(String s) {
        return s.equals("nan") ? Double.NaN : s.equals("-0") ? -0.0 : Double.parseDouble(s);
    }
}
