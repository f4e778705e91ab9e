package dev.adjoint.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.bench.MnistBench;
import dev.adjoint.data.ArrayDataset;
import dev.adjoint.data.DataLoader;
import dev.adjoint.data.Mnist;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.optim.Adam;
import dev.adjoint.optim.SGD;
import dev.adjoint.random.NumpyRandom;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The course's training loop with the engine's autograd against the hand-written backprop of
 * shared/bench/mnist_mlp.py ("numpy" kind), on synthetic data; and the published MNIST numbers on
 * the real 10,000 images shipped with adjoint. No timing assertions.
 */
class TrainingTest {
    /** mnist_mlp.py's numpy epoch, transcribed: forward, softmax − one-hot, backprop by hand, W -= lr·dW. */
    private static void handEpoch(double[][] x, int[] y, double[][] w1, double[][] w2, double lr, int batch) {
        int d = w1.length, h = w1[0].length, k = w2[0].length;
        for (int s = 0; s < x.length; s += batch) {
            int b = Math.min(batch, x.length - s);
            double[][] hid = new double[b][h], g2 = new double[b][k], g1 = new double[b][h];
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < h; j++) {
                    double acc = 0;
                    for (int p = 0; p < d; p++) acc += x[s + i][p] * w1[p][j];
                    hid[i][j] = Math.max(acc, 0);
                }
                double max = Double.NEGATIVE_INFINITY, sum = 0;
                for (int c = 0; c < k; c++) {
                    double acc = 0;
                    for (int j = 0; j < h; j++) acc += hid[i][j] * w2[j][c];
                    g2[i][c] = acc;
                    max = Math.max(max, acc);
                }
                for (int c = 0; c < k; c++) sum += g2[i][c] = Math.exp(g2[i][c] - max);
                for (int c = 0; c < k; c++) g2[i][c] = (g2[i][c] / sum - (c == y[s + i] ? 1 : 0)) / b;
            }
            for (int i = 0; i < b; i++)
                for (int j = 0; j < h; j++) {
                    double acc = 0;
                    for (int c = 0; c < k; c++) acc += g2[i][c] * w2[j][c];
                    g1[i][j] = hid[i][j] > 0 ? acc : 0;
                }
            for (int j = 0; j < h; j++)
                for (int c = 0; c < k; c++) {
                    double acc = 0;
                    for (int i = 0; i < b; i++) acc += hid[i][j] * g2[i][c];
                    w2[j][c] -= lr * acc;
                }
            for (int p = 0; p < d; p++)
                for (int j = 0; j < h; j++) {
                    double acc = 0;
                    for (int i = 0; i < b; i++) acc += x[s + i][p] * g1[i][j];
                    w1[p][j] -= lr * acc;
                }
        }
    }

    private static double[][] rows(NDArray a) {
        int r = a.dim(0), c = a.dim(1);
        double[] v = a.toArray();
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) System.arraycopy(v, i * c, out[i], 0, c);
        return out;
    }

    @Test
    void autogradTrainingMatchesHandWrittenBackprop() {
        NumpyRandom rng = new NumpyRandom(4);
        int n = 250, d = 20, h = 16, k = 5; // 250 = 4 full batches of 60 and a last one of 10
        NDArray x = rng.rand(n, d);
        double[] yv = new double[n];
        int[] yi = new int[n];
        for (int i = 0; i < n; i++) yv[i] = yi[i] = (int) (rng.nextDouble() * k);
        NDArray w1 = rng.randn(d, h).map(v -> v / Math.sqrt(h)), w2 = rng.randn(h, k).map(v -> v / Math.sqrt(k));
        double[][] hw1 = rows(w1), hw2 = rows(w2), hx = rows(x);

        Tensor t1 = Parameter.of(w1), t2 = Parameter.of(w2);
        DataLoader loader = new DataLoader(new ArrayDataset(x, NDArray.of(yv, n)), 60);
        SGD opt = new SGD(List.of(t1, t2), 0.1);
        for (int e = 0; e < 3; e++) {
            MnistBench.courseEpoch(loader, t1, t2, opt);
            handEpoch(hx, yi, hw1, hw2, 0.1, 60);
        }
        assertThat(t1.value().allClose(NDArray.of(flat(hw1), d, h), 1e-12, 1e-13)).isTrue();
        assertThat(t2.value().allClose(NDArray.of(flat(hw2), h, k), 1e-12, 1e-13)).isTrue();
    }

    private static double[] flat(double[][] a) {
        double[] out = new double[a.length * a[0].length];
        for (int i = 0; i < a.length; i++) System.arraycopy(a[i], 0, out, i * a[0].length, a[0].length);
        return out;
    }

    private static ArrayDataset realMnist() throws IOException {
        return Mnist.bundled(); // the t10k set shipped with adjoint
    }

    private static String fmt(double[] lossErr) {
        return String.format(Locale.ROOT, "%.6f %.4f", lossErr[0], lossErr[1]);
    }

    @Test
    void courseNetworkOnRealMnistGivesNumpysNumbers() throws IOException {
        ArrayDataset data = realMnist();
        Tensor[] w = MnistBench.numpyInit();
        SGD opt = new SGD(List.of(w[0], w[1]), 0.1);
        DataLoader loader = new DataLoader(data, 100);
        MnistBench.courseEpoch(loader, w[0], w[1], opt);
        assertThat(fmt(MnistBench.evaluateCourse(data, w[0], w[1]))).isEqualTo("0.383751 0.1138");
        for (int e = 1; e < 5; e++) MnistBench.courseEpoch(loader, w[0], w[1], opt);
        assertThat(fmt(MnistBench.evaluateCourse(data, w[0], w[1]))).isEqualTo("0.184974 0.0534");
    }

    @Test
    void sequentialWithAdamLearns() throws IOException {
        ArrayDataset data = realMnist();
        NumpyRandom rng = new NumpyRandom(1);
        int in = data.field(0).dim(1);
        Sequential model = new Sequential(new Linear(in, 100, rng), new ReLU(), new Linear(100, 10, rng));
        Adam adam = new Adam(model.parameters(), 0.001);
        SoftmaxLoss lossFn = new SoftmaxLoss();
        DataLoader loader = new DataLoader(data, 100, true, rng);
        for (int e = 0; e < 2; e++)
            for (List<Tensor> b : loader) {
                adam.resetGrad();
                lossFn.call(model.call(b.get(0)), b.get(1)).backward();
                adam.step();
            }
        assertThat(MnistBench.evaluate(data, model)[1]).isLessThan(0.10);
        assertThat(model.isTraining()).isTrue();
    }

    @Test
    void oldGraphsAreReleased() {
        // the loop keeps no reference to a batch's graph: parameters are leaves, their grads detached
        Tensor[] w = {Parameter.of(NDArray.ones(3, 2)), Parameter.of(NDArray.ones(2, 2))};
        SGD opt = new SGD(List.of(w[0], w[1]), 0.1);
        DataLoader loader = new DataLoader(new ArrayDataset(NDArray.ones(4, 3), NDArray.vector(0, 1, 1, 0)), 2);
        MnistBench.courseEpoch(loader, w[0], w[1], opt);
        assertThat(w[0].isLeaf()).isTrue();
        assertThat(w[0].grad().isLeaf()).isTrue();
        assertThat(w[0].grad().inputCount()).isZero();
        assertThat(Ops.sum(w[0]).requiresGrad()).isTrue();
    }
}
