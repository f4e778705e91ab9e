package dev.adjoint.bench;

import dev.adjoint.scope.Scope;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.data.ArrayDataset;
import dev.adjoint.data.DataLoader;
import dev.adjoint.data.Mnist;
import dev.adjoint.ndarray.MatMulBackend;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.nn.Linear;
import dev.adjoint.nn.Module;
import dev.adjoint.nn.Parameter;
import dev.adjoint.nn.ReLU;
import dev.adjoint.nn.Sequential;
import dev.adjoint.nn.SoftmaxLoss;
import dev.adjoint.optim.Adam;
import dev.adjoint.optim.Optimizer;
import dev.adjoint.optim.SGD;
import dev.adjoint.random.NumpyRandom;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The course's 2-layer MLP on MNIST (shared/bench/mnist_mlp.py, "numpy" and "torch" kinds) on
 * this engine: 784-100-10, ReLU, softmax loss, SGD lr 0.1, batch 100, no shuffle, NumPy's init
 * ({@code seed(0)}, W1 = randn(784,100)/√100, W2 = randn(100,10)/√10); gradients by
 * {@code loss.backward()}. Loss and error are measured on the same images after training.
 *
 * <p>Usage: {@code MnistBench [--data DIR] [--epochs N] [--warmup N] [--adam EPOCHS] [--gflops]}. Prints one line
 * in the format of mnist_mlp.py (epoch seconds after untimed warm-up epochs, median, loss and error
 * after all and after 1 epoch, the latter from another run on fresh weights after the timed ones; the warm-up runs until the JIT has settled, see {@link #warmUp}, or
 * exactly {@code --warmup N} epochs; the line gives their number and the JIT's compile time during
 * the timed epochs, in ms of the compiler threads), the heap in use after a full GC at the end
 * of each of 5 further epochs (flat: old graphs are released) and the peak RSS; then, if asked,
 * the matmul kernel's GFLOP/s on the network's shapes and a Sequential + Adam run.
 */
public final class MnistBench {
    static final int BATCH = 100;
    static final double LR = 0.1;

    private MnistBench() {}

    /** NumPy's init of the course: seed(0), W1 = randn(784, 100)/sqrt(100), W2 = randn(100, 10)/sqrt(10); trainable leaves. */
    public static Tensor[] numpyInit() {
        NumpyRandom rng = new NumpyRandom(0);
        double s1 = Math.sqrt(100), s2 = Math.sqrt(10);
        NDArray w1 = rng.randn(784, 100).map(v -> v / s1);
        NDArray w2 = rng.randn(100, 10).map(v -> v / s2);
        return new Tensor[] {Parameter.of(w1), Parameter.of(w2)};
    }

    /** One epoch of the course's loop: Z = relu(X W1) W2, softmax loss, backward, SGD step. */
    public static void courseEpoch(DataLoader loader, Tensor w1, Tensor w2, Optimizer opt) {
        SoftmaxLoss lossFn = new SoftmaxLoss();
        for (List<Tensor> b : loader) {
            Tensor z = Ops.matmul(Ops.relu(Ops.matmul(b.get(0), w1)), w2);
            opt.resetGrad();
            lossFn.call(z, b.get(1)).backward();
            opt.step();
        }
    }

    /** Warm-up epochs before the timed ones: at least this many, and then until the JIT has settled. */
    static final int MIN_WARMUP = 30, MAX_WARMUP = 80;
    /** A settled epoch adds at most this many ms to the JIT's compile time (CompilationMXBean). */
    static final long SETTLED_JIT_MS = 5;

    /**
     * Runs warm-up epochs and returns how many: exactly {@code fixed} when it is not negative, else
     * at least {@link #MIN_WARMUP} and then until three epochs in a row have added at most
     * {@link #SETTLED_JIT_MS} to the JIT's compile time (at most {@link #MAX_WARMUP}). C2 takes 20-30
     * epochs to compile the loop's methods, many of which run once or a few times a batch; an epoch
     * timed before that runs partly in slower tiers while the compiler takes the second core, which
     * the matmul worker needs (epoch by epoch, load 9: the loop thread's CPU 100-107 ms an epoch at
     * epochs 9-11, 58-61 ms from the 32nd; the JIT 450-720 ms an epoch at 9-11). Each warm-up epoch
     * starts from fresh weights, as the timed ones do: warmed up on weights that already had
     * gradients, C2 compiled the first batch's paths (no .grad yet) as never taken, and the timed
     * epochs' first batch deoptimised them back to the profiling tier (0.13-0.19 s epochs against
     * 0.07 settled, 2026-12-03, -XX:+PrintCompilation: Tensor.setGrad, Tensor.rare made not entrant).
     */
    static int warmUp(DataLoader loader, int fixed) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int quiet = 0, n = 0;
        while (fixed >= 0 ? n < fixed : n < MAX_WARMUP && (n < MIN_WARMUP || quiet < 3)) {
            long before = jit.getTotalCompilationTime();
            Tensor[] w = numpyInit();
            courseEpoch(loader, w[0], w[1], new SGD(List.of(w[0], w[1]), LR));
            n++;
            quiet = jit.getTotalCompilationTime() - before <= SETTLED_JIT_MS ? quiet + 1 : 0;
        }
        return n;
    }

    /** (mean softmax loss, error rate) of logits z against labels y, as mnist_mlp.py's evaluate. */
    public static double[] lossAndError(NDArray z, NDArray y) {
        double loss = new SoftmaxLoss().call(Tensor.constant(z), Tensor.constant(y)).item();
        double[] pred = z.argmax(1).toArray(), yy = y.toArray();
        int wrong = 0;
        for (int i = 0; i < yy.length; i++) if (pred[i] != yy[i]) wrong++;
        return new double[] {loss, (double) wrong / yy.length};
    }

    public static double[] evaluateCourse(ArrayDataset data, Tensor w1, Tensor w2) {
        try (Scope ignored = GradMode.noGrad()) {
            NDArray z = data.field(0).matmul(w1.value()).map(v -> Math.max(v, 0)).matmul(w2.value());
            return lossAndError(z, data.field(1));
        }
    }

    public static double[] evaluate(ArrayDataset data, Module model) {
        model.eval();
        try (Scope ignored = GradMode.noGrad()) {
            return lossAndError(model.call(Tensor.constant(data.field(0))).value(), data.field(1));
        } finally {
            model.train();
        }
    }

    /** GFLOP/s of NDArray.matmul on the network's products (operands as the training loop sees them: views, not copies). */
    static void kernelReport(java.io.PrintStream out) {
        NumpyRandom r = new NumpyRandom(2);
        NDArray x = r.rand(100, 784), w1 = r.randn(784, 100), g1 = r.randn(100, 100), h = r.rand(100, 100), w2 = r.randn(100, 10), g2 = r.randn(100, 10);
        Object[][] cases = {
            {"X@W1      (100x784 @ 784x100)", x, w1},
            {"Xt@G1     (784x100 view @ 100x100)", x.permute(1, 0), g1},
            {"H@W2      (100x100 @ 100x10)", h, w2},
            {"G2@W2t    (100x10 @ 10x100 view)", g2, w2.permute(1, 0)},
            {"Ht@G2     (100x100 view @ 100x10)", h.permute(1, 0), g2}};
        out.println("matmul kernel: " + MatMulBackend.describe());
        for (Object[] c : cases) {
            NDArray a = (NDArray) c[1], b = (NDArray) c[2];
            double flops = 2.0 * a.dim(0) * a.dim(1) * b.dim(1), best = Double.MAX_VALUE;
            for (int rep = 0; rep < 7; rep++) {
                int iters = 0;
                long t0 = System.nanoTime(), t;
                do {
                    a.matmul(b);
                    iters++;
                    t = System.nanoTime();
                } while (t - t0 < 50_000_000);
                best = Math.min(best, (t - t0) / 1e9 / iters);
            }
            out.printf("  %-36s %8.1f us %7.1f GFLOP/s%n", c[0], best * 1e6, flops / best / 1e9);
        }
    }

    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Peak resident set size of this process in MB (Linux /proc; -1 elsewhere). */
    static long peakRssMb() {
        try {
            for (String l : java.nio.file.Files.readAllLines(Path.of("/proc/self/status")))
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024;
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static String join(List<?> xs, String fmt) {
        List<String> s = new ArrayList<>();
        for (Object x : xs) s.add(String.format(fmt, x));
        return String.join(",", s);
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        Path dir = Path.of("..", "shared", "data", "mnist");
        int epochs = 5, adamEpochs = 0, warmup = -1;
        boolean gflops = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dir = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--adam" -> adamEpochs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--gflops" -> gflops = true;
                default -> {
                    System.err.println("usage: MnistBench [--data DIR] [--epochs N] [--warmup N] [--adam EPOCHS] [--gflops]");
                    System.exit(2);
                }
            }
        }
        ArrayDataset data = Mnist.load(dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"));
        DataLoader loader = new DataLoader(data, BATCH);

        // warm-up on throwaway weights (JIT compilation, heap sizing), by default until the JIT has settled
        Tensor[] warm = numpyInit();
        SGD warmOpt = new SGD(List.of(warm[0], warm[1]), LR);
        int warmed = warmUp(loader, warmup);
        courseEpoch(loader, warm[0], warm[1], warmOpt);
        evaluateCourse(data, warm[0], warm[1]); // its code compiled here, not during the timed epochs
        Tensor[] w = numpyInit();
        Optimizer opt = new SGD(List.of(w[0], w[1]), LR);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long jitBefore = jit.getTotalCompilationTime();

        // timed epochs, back to back: no evaluation between them (code it runs for the first time would
        // send the JIT, and deoptimised callees such as dgemm, into the next timed epoch), no GC requested
        List<Double> times = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            long t = System.nanoTime();
            courseEpoch(loader, w[0], w[1], opt);
            times.add((System.nanoTime() - t) / 1e9);
        }
        long jitTimed = jit.getTotalCompilationTime() - jitBefore;
        double[] le = evaluateCourse(data, w[0], w[1]);
        // the loss after one epoch (0.383751, as NumPy's): one more epoch on fresh weights, untimed
        Tensor[] once = numpyInit();
        courseEpoch(loader, once[0], once[1], new SGD(List.of(once[0], once[1]), LR));
        double[] le1 = evaluateCourse(data, once[0], once[1]);
        String oneEpoch = String.format(" loss1=%.6f err1=%.4f", le1[0], le1[1]);

        // memory: heap in use after a full GC at the end of each of 5 more epochs (on other weights):
        // flat when the graphs of old batches are released
        List<Long> heapMb = new ArrayList<>();
        long heap0 = heapAfterGc();
        for (int e = 0; e < 5; e++) {
            courseEpoch(loader, warm[0], warm[1], warmOpt);
            heapMb.add(heapAfterGc() >> 20);
        }
        System.out.printf("adjoint float64 data=real n=%d epochs=%d epoch_s=%s median_epoch_s=%.3f loss=%.6f err=%.4f%s warmup_epochs=%d jit_ms_timed=%d heap_mb_start=%d epoch_heap_mb=%s peak_rss_mb=%d matmul=\"%s\"%n",
                data.size(), epochs, join(times, "%.3f"), median(times), le[0], le[1], oneEpoch, warmed, jitTimed, heap0 >> 20, join(heapMb, "%d"),
                peakRssMb(), MatMulBackend.describe());


        if (gflops) kernelReport(System.out);

        if (adamEpochs > 0) {
            NumpyRandom rng = new NumpyRandom(1);
            Sequential model = new Sequential(new Linear(784, 100, rng), new ReLU(), new Linear(100, 10, rng));
            Adam adam = new Adam(model.parameters(), 0.001);
            SoftmaxLoss lossFn = new SoftmaxLoss();
            List<Double> at = new ArrayList<>();
            List<String> errs = new ArrayList<>();
            DataLoader shuffled = new DataLoader(data, BATCH, true, rng);
            for (int e = 0; e < adamEpochs; e++) {
                long t = System.nanoTime();
                for (List<Tensor> b : shuffled) {
                    adam.resetGrad();
                    lossFn.call(model.call(b.get(0)), b.get(1)).backward();
                    adam.step();
                }
                at.add((System.nanoTime() - t) / 1e9);
                double[] r = evaluate(data, model);
                errs.add(String.format("%.4f", r[1]));
            }
            System.out.printf("adjoint Sequential(Linear(784,100), ReLU, Linear(100,10)) Adam lr=0.001 shuffled epochs=%d epoch_s=%s err_per_epoch=%s%n",
                    adamEpochs, join(at, "%.3f"), String.join(",", errs));
        }
        Arrays.fill(w, null);
    }
}
