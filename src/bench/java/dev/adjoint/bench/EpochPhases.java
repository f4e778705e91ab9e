package dev.adjoint.bench;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.data.ArrayDataset;
import dev.adjoint.data.DataLoader;
import dev.adjoint.data.Mnist;
import dev.adjoint.nn.SoftmaxLoss;
import dev.adjoint.optim.SGD;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Where an MNIST epoch's CPU goes: the course's loop of {@link MnistBench#courseEpoch}, with the
 * training thread's CPU time read between its steps (batch, X·W1, relu, ·W2, zero_grad, loss,
 * backward, SGD step) and the other threads' (the matmul worker that takes half of each large
 * product, the JIT, the collector) per epoch. Thread CPU time, so a loaded machine moves it far
 * less than wall time; the reading itself costs ~1 µs a step.
 *
 * <p>Usage: {@code java -XX:+UseSerialGC -cp target/test-classes:target/classes:target/lib/*
 * dev.adjoint.bench.EpochPhases [DATA_DIR] [EPOCHS] [WARM_UP_EPOCHS]} (defaults ../shared/data/mnist,
 * 10, 8), with {@code OPENBLAS_NUM_THREADS=1} as scripts/adjoint runs it, or
 * {@code -Dadjoint.blas=java} for the pure-Java kernel.
 */
public final class EpochPhases {
    private static final String[] PHASES = {"batch", "X@W1", "relu", "@W2", "zero_grad", "loss", "backward", "step"};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EpochPhases() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/mnist");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10, warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        ArrayDataset data = Mnist.load(dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"));
        DataLoader loader = new DataLoader(data, MnistBench.BATCH);
        Tensor[] w = MnistBench.numpyInit();
        SGD opt = new SGD(List.of(w[0], w[1]), MnistBench.LR);
        SoftmaxLoss lossFn = new SoftmaxLoss();
        long[] spent = new long[PHASES.length + 1]; // the phases, then the training thread's total
        long othersAtStart = 0;
        for (int e = 0; e < warmUp + epochs; e++) {
            if (e == warmUp) {
                Arrays.fill(spent, 0);
                othersAtStart = otherThreadsCpu();
            }
            Iterator<List<Tensor>> batches = loader.iterator();
            long[] at = new long[PHASES.length + 1];
            while (true) {
                at[0] = cpu();
                if (!batches.hasNext()) break;
                List<Tensor> b = batches.next();
                at[1] = cpu();
                Tensor h = Ops.matmul(b.get(0), w[0]);
                at[2] = cpu();
                Tensor r = Ops.relu(h);
                at[3] = cpu();
                Tensor z = Ops.matmul(r, w[1]);
                at[4] = cpu();
                opt.resetGrad();
                at[5] = cpu();
                Tensor loss = lossFn.call(z, b.get(1));
                at[6] = cpu();
                loss.backward();
                at[7] = cpu();
                opt.step();
                at[8] = cpu();
                for (int p = 0; p < PHASES.length; p++) spent[p] += at[p + 1] - at[p];
                spent[PHASES.length] += at[PHASES.length] - at[0];
            }
        }
        StringBuilder line = new StringBuilder(String.format("ms of CPU per epoch (%d epochs after %d): training thread %.1f, other threads %.1f;",
                epochs, warmUp, spent[PHASES.length] / 1e6 / epochs, (otherThreadsCpu() - othersAtStart) / 1e6 / epochs));
        for (int p = 0; p < PHASES.length; p++) line.append(String.format(" %s %.1f", PHASES[p], spent[p] / 1e6 / epochs));
        System.out.println(line);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long otherThreadsCpu() {
        long sum = 0, self = Thread.currentThread().getId();
        for (long id : THREADS.getAllThreadIds()) {
            long t = id == self ? -1 : THREADS.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }
}
