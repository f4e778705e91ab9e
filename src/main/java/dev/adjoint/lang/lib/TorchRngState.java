package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.TorchRandom;

/**
 * A generator's state as PyTorch hands it out: {@code torch.get_rng_state()} and
 * {@code Generator.get_state()} give PyTorch's 5056-byte CPUGeneratorImplState as a uint8 tensor
 * (see {@link TorchRandom#state}), and set_rng_state/set_state take one back (or the legacy
 * 5048-byte one), with PyTorch's errors for anything else.
 */
final class TorchRngState {
    private TorchRngState() {}

    static Tensor of(TorchRandom random) {
        byte[] bytes = random.state();
        double[] v = new double[bytes.length];
        for (int i = 0; i < v.length; i++) v[i] = bytes[i] & 0xFF;
        return Tensor.constant(NDArray.of(v, v.length), DType.UINT8);
    }

    static void restore(TorchRandom random, Object state) {
        if (!(Values.plain(state) instanceof Tensor t) || t.dtype() != DType.UINT8) throw PyError.type("RNG state must be a torch.ByteTensor");
        int n = t.value().size();
        if (n != TorchRandom.STATE_BYTES && n != TorchRandom.LEGACY_STATE_BYTES)
            throw new PyError("RuntimeError", "Expected either a CPUGeneratorImplStateLegacy of size " + TorchRandom.LEGACY_STATE_BYTES
                    + " or a CPUGeneratorImplState of size " + TorchRandom.STATE_BYTES + " but found the input RNG state size to be " + n);
        double[] v = t.value().toArray();
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) bytes[i] = (byte) v[i];
        random.setState(bytes);
    }
}
