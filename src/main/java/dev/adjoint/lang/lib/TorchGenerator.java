package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.random.TorchRandom;

/**
 * {@code torch.Generator()}: a CPU generator of its own, as Karpathy's makemore notebooks draw
 * every number through {@code g = torch.Generator().manual_seed(2147483647)} and
 * {@code generator=g}. It is PyTorch's engine ({@link TorchRandom}) with its own state, so the
 * numbers are PyTorch's and the global generator ({@code torch.manual_seed}) is left alone.
 */
public final class TorchGenerator implements TabledHostObject, PyReprable {
    /** PyTorch's default_rng_seed_val: a fresh Generator's seed. */
    private static final long DEFAULT_SEED = 67280421310721L;

    static final PyClass CLASS = PyClass.builtin("Generator", "torch._C", BuiltinTypes.OBJECT, Builtin.of("Generator", a -> {
        a.expect(0, 1, "device");
        Object device = a.option(0, "device", null);
        if (device != null && !TorchDevice.of(device).type().equals("cpu"))
            throw new PyError("RuntimeError", "adjoint runs on the CPU only: torch.Generator(device=" + Values.repr(device) + ")");
        return new TorchGenerator();
    }));

    private final TorchRandom random;

    private TorchGenerator() {
        this(new TorchRandom(DEFAULT_SEED));
    }

    private TorchGenerator(TorchRandom random) {
        this.random = random;
    }

    /** The session's own generator seen as a torch.Generator: what torch.manual_seed returns (PyTorch's default_generator). */
    static TorchGenerator ofSession(TorchRandom sessions) {
        return new TorchGenerator(sessions);
    }

    /** The generator a {@code generator=} argument names, or the session's when it is absent or None. */
    /** uniform_(from, to) drawn from the generator {@code a} names: PyTorch's check of the range first (also nn.init.uniform_ and trunc_normal_'s). */
    public static dev.adjoint.ndarray.NDArray uniform(Args a, int[] shape, double from, double to, boolean doubles) {
        double max = doubles ? Double.MAX_VALUE : Float.MAX_VALUE; // each bound within the dtype's range (NaN is not)
        if (!(from >= -max && from <= max)) throw new PyError("RuntimeError", "from is out of bounds for " + (doubles ? "double" : "float"));
        if (!(to >= -max && to <= max)) throw new PyError("RuntimeError", "to is out of bounds for " + (doubles ? "double" : "float"));
        if (from > to)
            throw new PyError("RuntimeError", "uniform_ expects to return a [from, to) range, but found from=" + TorchTypeInfo.percentG(from)
                    + " > to=" + TorchTypeInfo.percentG(to));
        return of(a).uniform(shape, from, to, doubles);
    }

    public static TorchRandom of(Args a) {
        Object g = a.keyword("generator");
        if (g == null) return a.interpreter().torchRandom();
        if (g instanceof TorchGenerator t) return t.random;
        throw PyError.type(a.function() + "(): argument 'generator' must be torch.Generator, not " + Values.typeName(g));
    }

    /**
     * The generator given to a draw PyTorch makes with torch.randperm(n, generator=g) (randperm
     * itself, the random samplers, random_split): randperm's TypeError for what is not one.
     */
    static TorchRandom forRandperm(Object g) {
        if (g instanceof TorchGenerator t) return t.random;
        throw PyError.type("randperm() received an invalid combination of arguments - got (int, generator=" + Values.typeName(g) + "), but expected one of:\n"
                + " * (int n, *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n"
                + " * (int n, *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)\n");
    }

    TorchRandom random() {
        return random;
    }

    @Override
    public String typeName() {
        return "torch._C.Generator";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<TorchGenerator> ATTRIBUTES = new AttributeTable<TorchGenerator>()
            .value("device", g -> TorchDevice.CPU)
            .method("get_state", (g, a) -> {
                a.expect(0, 0);
                return TorchRngState.of(g.random);
            })
            .method("initial_seed", (g, a) -> {
                a.expect(0, 0);
                return g.random.initialSeed();
            })
            .method("manual_seed", (g, a) -> {
                g.random.seed(Values.toLong(Values.plain(a.expect(1, 1, "seed").option(0, "seed", null)), "seed"));
                return g;
            })
            .method("set_state", (g, a) -> {
                TorchRngState.restore(g.random, a.expect(1, 1, "new_state").option(0, "new_state", null));
                return g;
            });

    @Override
    public AttributeTable<TorchGenerator> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "<torch._C.Generator object>";
    }
}
