package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Writing entries of an array or a tensor costs what is written, not a copy of the whole array per
 * write (CS231n's compute_distances_two_loops fills a 500x5000 matrix one entry at a time). Bytes
 * allocated, not time: each loop below writes 2,000 entries of an 8 MB array, so copying per write
 * would allocate 16 GB; copying once per input allocates 8 MB. And what the writes must keep: a
 * failed input puts the array back, a view sees the writes, a copy does not.
 */
class ElementWriteCostTest extends SessionHarness {
    private static final long LIMIT = 64L << 20; // one 8 MB copy per input plus the loop's own objects

    private long allocatedBy(String source) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        run(source);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void aNumpyLoopWritingEntriesCopiesTheArrayOncePerInput() {
        run("import numpy as np\na = np.zeros((1000, 1000))");
        assertThat(allocatedBy("for i in range(2000):\n    a[i % 1000, i // 1000] = i * 0.5\n")).isLessThan(LIMIT);
        assertThat(allocatedBy("for i in range(1, 2000):\n    a[0, i % 1000] += a[0, i % 1000 - 1] + 1\n")).isLessThan(LIMIT);
        run("s = float(a[:2].sum())");
        assertThat(value("s")).isEqualTo(expectedSum());
    }

    /** What the two loops above leave in a's first two rows, computed the way they run. */
    private static double expectedSum() {
        double[][] a = new double[2][1000];
        for (int i = 0; i < 2000; i++) if (i % 1000 < 2) a[i % 1000][i / 1000] = i * 0.5;
        for (int i = 1; i < 2000; i++) a[0][i % 1000] += a[0][(i % 1000 - 1 + 1000) % 1000] + 1;
        double s = 0;
        for (double[] row : a) for (double v : row) s += v;
        return s;
    }

    @Test
    void aNumpyLoopWritingColumnsAndThroughAViewCopiesOncePerInput() {
        run("import numpy as np\na = np.zeros((1000, 1000))\nrow = a[3]");
        assertThat(allocatedBy("for k in range(1000):\n    a[:2, k] = k\n")).isLessThan(LIMIT);
        assertThat(allocatedBy("for k in range(1000):\n    row[k] = -k\n")).isLessThan(LIMIT);
        run("s = float(a[1].sum() + a[3].sum())");
        assertThat(value("s")).isEqualTo(999 * 1000 / 2.0 - 999 * 1000 / 2.0);
    }

    @Test
    void aTensorLoopWritingEntriesCopiesOncePerInput() {
        run("import torch\nt = torch.zeros(1000, 1000, dtype=torch.float64)\nw = torch.zeros(1000, 1000, requires_grad=True)");
        assertThat(allocatedBy("for i in range(2000):\n    t[i % 1000, i // 1000] = float(i)\n")).isLessThan(LIMIT);
        assertThat(allocatedBy("with torch.no_grad():\n    for i in range(2000):\n        w[i % 1000, 7] = 1.0\n")).isLessThan(LIMIT);
        assertThat(allocatedBy("for i in range(2000):\n    w.data[i % 1000, 8] = 2.0\n")).isLessThan(LIMIT);
        run("s = t[:2].sum().item()\nws = w.sum().item()\nv = t._version");
        assertThat(value("s")).isEqualTo(expectedTensorSum());
        assertThat(value("ws")).isEqualTo(3000);
        assertThat(value("v")).isEqualTo(2000);
    }

    @Test
    void augmentedWritesThroughASubscriptCostWhatTheyWrite() {
        run("import numpy as np\nimport torch\na = np.zeros((1000, 1000))\nx = np.arange(1000.0)\nt = torch.zeros(1000, 1000)");
        assertThat(allocatedBy("for k in range(100):\n    a[:, k] += x\n    a[k, :] -= 1\n")).isLessThan(LIMIT); // CS231n's dW[:, j] += X[i]
        assertThat(allocatedBy("for i in range(500):\n    t[i, 5] += 1.0\n    t[3][i] -= 2.0\n")).isLessThan(LIMIT); // a row view each time: what the row holds
        run("s = float(a[:, :100].sum())\nts = t.sum().item()");
        assertThat(value("s")).isEqualTo(100 * 999 * 1000 / 2.0 - 100 * 100); // rows 0-99 lost 1 in the 100 columns summed
        assertThat(value("ts")).isEqualTo(500 - 1000);
    }

    @Test
    void aShortSliceOfAWideAxisCostsTheSlice() {
        run("import numpy as np\na = np.zeros((2, 1000000))");
        assertThat(allocatedBy("for i in range(2000):\n    a[i % 2, 3:5] = i\n    a[i % 2, -1:] += 1\n")).isLessThan(LIMIT);
        run("s = float(a[:, 3:5].sum() + a[:, -1].sum())");
        assertThat(value("s")).isEqualTo(2 * (1998 + 1999) + 2000);
    }

    private static double expectedTensorSum() {
        double s = 0;
        for (int i = 0; i < 2000; i++) if (i % 1000 < 2) s += i;
        return s;
    }

    @Test
    void aFailedInputPutsBackEntriesWrittenInPlace() {
        run("import numpy as np\nimport torch\na = np.arange(6.0)\nv = a[2:4]\nt = torch.arange(4.0)");
        run("a[0] = 10"); // a now holds a copy of its own: the failed input below writes it in place
        error("for i in range(6):\n    a[i] = -i\nv[0] = 99\nt[1] = 7\nt[2] = 8\nundefined_name");
        run("print(a.tolist(), v.tolist(), t.tolist(), t._version)");
        assertThat(out.printed).containsExactly("[10.0, 1.0, 2.0, 3.0, 4.0, 5.0] [2.0, 3.0] [0.0, 1.0, 2.0, 3.0] 0");
        run("a[1] = 11\nt[0] = 5");
        error("a[1] = 12\nt[0] = 6\nundefined_name");
        run("print(a.tolist(), t.tolist(), t._version)");
        assertThat(out.printed).endsWith("[10.0, 11.0, 2.0, 3.0, 4.0, 5.0] [5.0, 1.0, 2.0, 3.0] 1");
    }

    @Test
    void viewsSeeEntryWritesAndCopiesDoNot() {
        run("import numpy as np\nimport torch\na = np.zeros(4)\nb = a[1:3]\nc = a.copy()\nt = torch.zeros(4)\nu = t[1:3]\nd = t.clone()\nr = t.view(2, 2)");
        run("for i in range(4):\n    a[i] = i + 1\n    t[i] = i + 1\nb[0] = 20\nu[1] = 30\nsnap = a.copy()\na[3] = 40\n");
        run("print(a.tolist(), b.tolist(), c.tolist(), snap.tolist())\nprint(t.tolist(), u.tolist(), d.tolist(), r.tolist())");
        assertThat(out.printed).containsExactly("[1.0, 20.0, 3.0, 40.0] [20.0, 3.0] [0.0, 0.0, 0.0, 0.0] [1.0, 20.0, 3.0, 4.0]",
                "[1.0, 2.0, 30.0, 4.0] [2.0, 30.0] [0.0, 0.0, 0.0, 0.0] [[1.0, 2.0], [30.0, 4.0]]");
        // in one input: a owns its copy, a view made now leaves it so, and still sees the writes after it
        run("e = np.zeros(4)\ne[0] = 1\nw = e[1:3]\ne[1] = 5\nfirst = w.tolist()\nk = w.copy()\ne[2] = 7\nm = e.reshape(2, 2)\nm[1, 1] = 9\n"
                + "print(first, k.tolist(), w.tolist(), e.tolist())");
        assertThat(out.printed).last().isEqualTo("[5.0, 0.0] [5.0, 0.0] [5.0, 7.0] [1.0, 5.0, 7.0, 9.0]");
    }
}
