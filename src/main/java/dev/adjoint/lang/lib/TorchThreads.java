package dev.adjoint.lang.lib;

import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;

/**
 * torch.get_num_threads() / set_num_threads(n), as benchmark scripts and "make it deterministic"
 * snippets call them: the count is kept per session and checked as PyTorch 1.13 checks it; adjoint's
 * kernels do not read it (they choose their own parallelism), so setting it changes no result.
 */
final class TorchThreads {
    private TorchThreads() {}

    static void addTo(PyModule m) {
        long[] threads = {Runtime.getRuntime().availableProcessors()};
        m.add(Builtin.of("get_num_threads", a -> {
            a.expect(0, 0);
            return threads[0];
        }));
        m.add(Builtin.of("get_num_interop_threads", a -> {
            a.expect(0, 0);
            return (long) Runtime.getRuntime().availableProcessors();
        }));
        m.add(Builtin.of("set_num_threads", a -> {
            Object n = Values.plain(a.expect(1, 1).get(0));
            if (!PyNumbers.isInt(n) || n instanceof Boolean)
                throw new PyError("RuntimeError", "set_num_threads expects an int, but got " + Values.typeName(n));
            long count = Values.toLong(n, "set_num_threads");
            if (count <= 0) throw new PyError("RuntimeError", "set_num_threads expects a positive integer");
            threads[0] = count;
            return null;
        }));
    }
}
