package dev.adjoint.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * torch.multinomial's two algorithms as distributions (PyTorch's exact numbers are the
 * conformance program 341's): seeded generators, so each check is deterministic.
 */
class TorchMultinomialTest {
    @Test
    void withoutReplacementEveryRowGetsDistinctCategoriesAndSkipsZeroProbabilitiesWhileOthersRemain() {
        Random cases = new Random(11);
        TorchRandom random = new TorchRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 1 + cases.nextInt(3), categories = 2 + cases.nextInt(8);
            double[] p = new double[rows * categories];
            for (int i = 0; i < p.length; i++) p[i] = cases.nextInt(3) == 0 ? 0 : cases.nextDouble();
            for (int r = 0; r < rows; r++) p[r * categories] = 0.5; // no row sums to 0
            int n = 1 + cases.nextInt(categories);
            long[] s = TorchMultinomial.sample(random, p, rows, categories, n, false, cases.nextBoolean());
            for (int r = 0; r < rows; r++) {
                long[] row = Arrays.copyOfRange(s, r * n, (r + 1) * n);
                assertThat(Arrays.stream(row).distinct().count()).isEqualTo(n);
                int nonzero = 0;
                for (int c = 0; c < categories; c++) nonzero += p[r * categories + c] > 0 ? 1 : 0;
                for (int k = 0; k < Math.min(n, nonzero); k++) assertThat(p[r * categories + (int) row[k]]).isPositive();
            }
        }
    }

    @Test
    void withReplacementTheFrequenciesAreTheNormalisedWeights() {
        double[] weights = {1, 0, 3, 6};
        long[] s = TorchMultinomial.sample(new TorchRandom(0), weights, 1, 4, 40_000, true, true);
        double[] freq = new double[4];
        for (long i : s) freq[(int) i] += 1.0 / s.length;
        assertThat(freq[1]).isZero();
        for (int c = 0; c < 4; c++) assertThat(freq[c]).isCloseTo(weights[c] / 10, within(0.01));
    }

    @Test
    void theExponentialDrawsHaveMeanOneOverLambda() {
        double[] e = new TorchRandom(3).exponential(50_000, 2.0, true);
        assertThat(Arrays.stream(e).allMatch(v -> v >= 0)).isTrue();
        assertThat(Arrays.stream(e).average().orElseThrow()).isCloseTo(0.5, within(0.01));
    }

    @Test
    void whatIsNoDistributionIsRefusedWithPyTorchsWords() {
        TorchRandom random = new TorchRandom(0);
        assertThatThrownBy(() -> TorchMultinomial.sample(random, new double[] {0, 0}, 1, 2, 1, false, true))
                .hasMessage("invalid multinomial distribution (sum of probabilities <= 0)");
        assertThatThrownBy(() -> TorchMultinomial.sample(random, new double[] {-1, 2}, 1, 2, 1, false, true))
                .hasMessage("probability tensor contains either `inf`, `nan` or element < 0");
        assertThatThrownBy(() -> TorchMultinomial.sample(random, new double[] {1, Double.NaN}, 1, 2, 2, true, true))
                .hasMessage("invalid multinomial distribution (encountering probability entry < 0)");
        assertThatThrownBy(() -> TorchMultinomial.sample(random, new double[] {1, Double.POSITIVE_INFINITY}, 1, 2, 2, true, true))
                .hasMessage("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
    }
}
