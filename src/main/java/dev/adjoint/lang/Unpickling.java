package dev.adjoint.lang;

/** pickle.loads for libraries (np.load(allow_pickle=True) of a pickled file): data only, as {@link PickleReader} reads it. */
public final class Unpickling {
    private Unpickling() {}

    public static Object loads(byte[] data, Interpreter in, String encoding) {
        return new PickleReader(data, 0, in, encoding, null).load();
    }
}
