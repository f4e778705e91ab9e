package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.TorchData.self;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyIterator;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.RangeValue;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.Values;
import dev.adjoint.random.TorchRandom;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * {@code torch.utils.data}'s samplers, the index orders a DataLoader walks: Sampler (the base users
 * subclass with {@code __iter__}), SequentialSampler, RandomSampler, SubsetRandomSampler,
 * WeightedRandomSampler and BatchSampler. PyTorch writes their {@code __iter__} as generators, so
 * a sampler draws its numbers when the first index is asked for and the next permutation when the
 * one before is used up; these iterators draw at the same moments from the same generator, so
 * after torch.manual_seed the orders are PyTorch's.
 */
final class TorchSamplers {
    private TorchSamplers() {}

    static final String MODULE = "torch.utils.data.sampler";
    static final PyClass SAMPLER = PyClass.library("Sampler", MODULE, null);
    static final PyClass SEQUENTIAL = PyClass.library("SequentialSampler", MODULE, SAMPLER);
    static final PyClass RANDOM = PyClass.library("RandomSampler", MODULE, SAMPLER);
    static final PyClass SUBSET_RANDOM = PyClass.library("SubsetRandomSampler", MODULE, SAMPLER);
    static final PyClass WEIGHTED_RANDOM = PyClass.library("WeightedRandomSampler", MODULE, SAMPLER);
    static final PyClass BATCH = PyClass.library("BatchSampler", MODULE, SAMPLER);
    /** The sampler a DataLoader over an IterableDataset has: None for ever (one per item to fetch). */
    static final PyClass INFINITE_CONSTANT = PyClass.library("_InfiniteConstantSampler", "torch.utils.data.dataloader", SAMPLER);

    static {
        SAMPLER.method("__init__", a -> {
            a.positionalFrom("data_source").expect(1, 1, "data_source");
            return null;
        });
        SAMPLER.method("__iter__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        SEQUENTIAL.method("__init__", a -> {
            self(a).setOwn("data_source", a.positionalFrom("data_source").expect(1, 1, "data_source").get(0));
            return null;
        });
        SEQUENTIAL.method("__iter__", a -> new PyIterator("range_iterator", new RangeValue(0, a.interpreter().len(self(a).own("data_source")), 1).iterator()));
        SEQUENTIAL.method("__len__", a -> a.interpreter().len(self(a).own("data_source")));
        RANDOM.method("__init__", TorchSamplers::initRandom);
        RANDOM.method("__iter__", TorchSamplers::randomOrder);
        RANDOM.method("__len__", a -> numSamples(self(a), a.interpreter()));
        SUBSET_RANDOM.method("__init__", given -> {
            Args a = given.positionalFrom("indices", "generator").expect(1, 2, "indices", "generator");
            self(a).setOwn("indices", a.option(0, "indices", null));
            self(a).setOwn("generator", a.option(1, "generator", null));
            return null;
        });
        SUBSET_RANDOM.method("__iter__", a -> {
            PyInstance s = self(a);
            Interpreter in = a.interpreter();
            Object indices = s.own("indices");
            return PyIterator.generator("SubsetRandomSampler.__iter__", drawnInChunks(k -> k > 0 ? null
                    : Arrays.stream(generator(s, in).randperm(Math.toIntExact(in.len(indices)))).asLongStream().toArray(), i -> in.item(indices, i)));
        });
        SUBSET_RANDOM.method("__len__", a -> a.interpreter().len(self(a).own("indices")));
        WEIGHTED_RANDOM.method("__init__", TorchSamplers::initWeighted);
        WEIGHTED_RANDOM.method("__iter__", a -> {
            PyInstance s = self(a);
            Interpreter in = a.interpreter();
            return PyIterator.generator("WeightedRandomSampler.__iter__", drawnInChunks(k -> k > 0 ? null
                    : longs(TorchSampling.multinomial((Tensor) s.own("weights"), Values.toLong(s.own("num_samples"), "num_samples"),
                            Values.truthy(s.own("replacement")), generator(s, in), true)), i -> i));
        });
        WEIGHTED_RANDOM.method("__len__", a -> self(a).own("num_samples"));
        BATCH.method("__init__", given -> {
            Args a = given.positionalFrom("sampler", "batch_size", "drop_last").expect(3, 3, "sampler", "batch_size", "drop_last");
            Object size = a.option(1, "batch_size", null), dropLast = a.option(2, "drop_last", null);
            if (!PyNumbers.isInt(size) || size instanceof Boolean || Values.toLong(size, "batch_size") <= 0)
                throw PyError.value("batch_size should be a positive integer value, but got batch_size=" + dev.adjoint.lang.FormatSpec.format(size, ""));
            if (!(dropLast instanceof Boolean)) throw PyError.value("drop_last should be a boolean value, but got drop_last=" + dev.adjoint.lang.FormatSpec.format(dropLast, ""));
            PyInstance s = self(a);
            s.setOwn("sampler", a.option(0, "sampler", null));
            s.setOwn("batch_size", size);
            s.setOwn("drop_last", dropLast);
            return null;
        });
        BATCH.method("__iter__", a -> {
            PyInstance s = self(a);
            return PyIterator.generator("BatchSampler.__iter__", batches(Values.iterate(s.own("sampler")),
                    Math.toIntExact(Values.toLong(s.own("batch_size"), "batch_size")), Values.truthy(s.own("drop_last"))));
        });
        BATCH.method("__len__", a -> {
            PyInstance s = self(a);
            long n = a.interpreter().len(s.own("sampler")), size = Values.toLong(s.own("batch_size"), "batch_size");
            return Values.truthy(s.own("drop_last")) ? n / size : (n + size - 1) / size;
        });
        INFINITE_CONSTANT.method("__init__", a -> {
            a.expect(0, 0);
            return null;
        });
        INFINITE_CONSTANT.method("__iter__", a -> PyIterator.generator("_InfiniteConstantSampler.__iter__", new Iterator<Object>() {
            public boolean hasNext() {
                return true;
            }

            public Object next() {
                return null;
            }
        }));
    }

    static void addTo(dev.adjoint.lang.PyModule m) {
        for (PyClass c : Arrays.asList(SAMPLER, SEQUENTIAL, RANDOM, SUBSET_RANDOM, WEIGHTED_RANDOM, BATCH)) m.add(c.name(), c);
    }

    /** RandomSampler(data_source, replacement=False, num_samples=None, generator=None). */
    private static Object initRandom(Args given) {
        Args a = given.positionalFrom("data_source", "replacement", "num_samples", "generator").expect(1, 4, "data_source", "replacement", "num_samples", "generator");
        PyInstance s = self(a);
        Object replacement = a.option(1, "replacement", false);
        s.setOwn("data_source", a.option(0, "data_source", null));
        s.setOwn("replacement", replacement);
        s.setOwn("_num_samples", a.option(2, "num_samples", null));
        s.setOwn("generator", a.option(3, "generator", null));
        if (!(replacement instanceof Boolean)) throw PyError.type("replacement should be a boolean value, but got replacement=" + Values.repr(replacement));
        Object n = s.own("_num_samples") == null ? (Object) a.interpreter().len(s.own("data_source")) : s.own("_num_samples");
        if (!PyNumbers.isInt(n) || Values.toLong(n, "num_samples") <= 0)
            throw PyError.value("num_samples should be a positive integer value, but got num_samples=" + Values.repr(n));
        s.setOwn("num_samples", n);
        return null;
    }

    private static long numSamples(PyInstance s, Interpreter in) {
        Object n = s.own("_num_samples");
        return n == null ? in.len(s.own("data_source")) : Values.toLong(n, "num_samples");
    }

    /**
     * RandomSampler's order: without a generator it seeds one of its own with a draw of the global
     * one; then num_samples // n permutations and the first num_samples % n of one more (drawn
     * even when none of it is used), or with replacement randint draws 32 at a time.
     */
    private static Object randomOrder(Args a) {
        PyInstance s = self(a.expect(0, 0));
        Interpreter in = a.interpreter();
        boolean replacement = Values.truthy(s.own("replacement"));
        Object given = s.own("generator");
        TorchRandom[] random = new TorchRandom[1];
        long[] sizes = new long[2]; // n, num_samples
        return PyIterator.generator("RandomSampler.__iter__", drawnInChunks(k -> {
            if (k == 0) {
                sizes[0] = in.len(s.own("data_source"));
                sizes[1] = numSamples(s, in);
                random[0] = given == null ? new TorchRandom(in.torchRandom().randomInt64()) : TorchGenerator.forRandperm(given);
            }
            long n = sizes[0], total = sizes[1];
            if (replacement) {
                if (n <= 0) throw new PyError("RuntimeError", "random_ expects 'from' to be less than 'to', but got from=0 >= to=" + n);
                long chunks = total / 32;
                return k < chunks ? longs(random[0].randint(0, n, new int[] {32})) : k == chunks ? longs(random[0].randint(0, n, new int[] {(int) (total % 32)})) : null;
            }
            if (n == 0) throw PyError.zeroDivision("integer division or modulo by zero");
            long chunks = total / n;
            if (k > chunks) return null;
            long[] perm = Arrays.stream(random[0].randperm(Math.toIntExact(n))).asLongStream().toArray();
            return k < chunks ? perm : Arrays.copyOf(perm, (int) (total % n));
        }, i -> i));
    }

    /** WeightedRandomSampler(weights, num_samples, replacement=True, generator=None): PyTorch's checks in its order. */
    private static Object initWeighted(Args given) {
        Args a = given.positionalFrom("weights", "num_samples", "replacement", "generator").expect(2, 4, "weights", "num_samples", "replacement", "generator");
        Object n = a.option(1, "num_samples", null), replacement = a.option(2, "replacement", true);
        if (!PyNumbers.isInt(n) || n instanceof Boolean || Values.toLong(n, "num_samples") <= 0)
            throw PyError.value("num_samples should be a positive integer value, but got num_samples=" + Values.repr(n));
        if (!(replacement instanceof Boolean)) throw PyError.value("replacement should be a boolean value, but got replacement=" + Values.repr(replacement));
        Object w = a.option(0, "weights", null);
        Tensor weights = w instanceof Tensor t ? Tensor.constant(t.value(), DType.FLOAT64) : TensorData.torch(Values.plain(w), DType.FLOAT64);
        if (weights.ndim() != 1)
            throw PyError.value("weights should be a 1d sequence but given weights have shape " + Values.repr(Values.tuple(Arrays.stream(weights.shape()).mapToObj(d -> (Object) (long) d).toList())));
        PyInstance s = self(a);
        s.setOwn("weights", weights);
        s.setOwn("num_samples", n);
        s.setOwn("replacement", replacement);
        s.setOwn("generator", a.option(3, "generator", null));
        return null;
    }

    /** The generator a sampler was given (None: the global one). */
    private static TorchRandom generator(PyInstance s, Interpreter in) {
        Object g = s.own("generator");
        return g == null ? in.torchRandom() : TorchGenerator.forRandperm(g);
    }

    private static long[] longs(dev.adjoint.ndarray.NDArray drawn) {
        return Arrays.stream(drawn.toArray()).mapToLong(d -> (long) d).toArray();
    }

    private static long[] longs(Tensor drawn) {
        return longs(drawn.value());
    }

    /**
     * The indices of draws made one after another, as a generator that yields from each draw in
     * turn gives them: draw k (null: no more) is made when draw k - 1 is used up, the first when
     * the first index is asked for; {@code index} turns a drawn position into what is yielded.
     */
    static Iterator<Object> drawnInChunks(IntFunction<long[]> draw, java.util.function.LongFunction<Object> index) {
        return new Iterator<>() {
            private int k;
            private long[] chunk;
            private int at;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (!done && (chunk == null || at == chunk.length)) {
                    chunk = draw.apply(k++);
                    at = 0;
                    done = chunk == null;
                }
                return !done;
            }

            @Override
            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                return index.apply(chunk[at++]);
            }
        };
    }

    /**
     * BatchSampler's batches: lists of batch_size indices (the last one shorter unless drop_last),
     * each index asked for only when the batch needs it, as PyTorch's loop over the sampler does.
     */
    static Iterator<Object> batches(Iterator<Object> indices, int size, boolean dropLast) {
        return new Iterator<>() {
            private PyList next;

            @Override
            public boolean hasNext() {
                if (next != null) return true;
                PyList batch = new PyList();
                while (batch.size() < size && indices.hasNext()) batch.add(indices.next());
                if (batch.isEmpty() || dropLast && batch.size() < size) return false;
                next = batch;
                return true;
            }

            @Override
            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                PyList batch = next;
                next = null;
                return batch;
            }
        };
    }
}
