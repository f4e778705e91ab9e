package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.random.NumpyRandom;
import java.util.Collection;

/**
 * {@code np.random.RandomState(seed)}: a legacy generator of its own (MT19937 seeded as
 * np.random.seed seeds), with np.random's functions as its methods, so
 * {@code np.random.RandomState(0).rand(2)} draws what {@code np.random.seed(0); np.random.rand(2)} draws.
 */
final class RandomState implements HostObject, PyReprable {
    static final PyClass CLASS = PyClass.builtin("RandomState", "numpy.random.mtrand", BuiltinTypes.OBJECT,
            dev.adjoint.lang.Builtin.of("RandomState", RandomState::create));

    private final NumpyRandom generator;
    private final PyModule methods = new PyModule("RandomState");

    private RandomState(NumpyRandom generator) {
        this.generator = generator;
        NumpyRandomModule.addDraws(methods, a -> this.generator);
    }

    /** RandomState(seed=None): seeded from the clock when no seed is given. */
    static Object create(Args a) {
        Object s = a.expect(0, 1, "seed").option(0, "seed", null);
        return new RandomState(new NumpyRandom(NumpyRandomModule.legacySeed(s)));
    }

    @Override
    public String typeName() {
        return "numpy.random.mtrand.RandomState";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    @Override
    public Object attribute(String name) {
        return methods.has(name) ? methods.attribute(name) : null;
    }

    @Override
    public Collection<String> attributeNames() {
        return methods.attributeNames();
    }

    @Override
    public String pyRepr() {
        return "RandomState(MT19937)";
    }
}
