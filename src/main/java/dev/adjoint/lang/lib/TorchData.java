package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyIterator;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code torch.utils.data}'s datasets: {@code Dataset} (a class users subclass with
 * {@code __len__} and {@code __getitem__}; {@code a + b} concatenates), {@code TensorDataset},
 * {@code Subset}, {@code random_split}, {@code IterableDataset} (users subclass it with
 * {@code __iter__}), {@code ConcatDataset} and {@code ChainDataset}; the module also holds the
 * DataLoader ({@link TorchDataLoader}), the samplers ({@link TorchSamplers}) and default_collate
 * ({@link TorchCollate}). Any object with {@code __len__} and {@code __getitem__} (a list of
 * pairs, say) is a dataset, as in PyTorch. random_split draws its order from PyTorch's
 * generator as PyTorch does, so after torch.manual_seed the split is PyTorch's.
 */
final class TorchData {
    private TorchData() {}

    static final String DATASET_MODULE = "torch.utils.data.dataset";
    static final PyClass DATASET = PyClass.library("Dataset", DATASET_MODULE, null);
    static final PyClass TENSOR_DATASET = PyClass.library("TensorDataset", DATASET_MODULE, DATASET);
    static final PyClass SUBSET = PyClass.library("Subset", DATASET_MODULE, DATASET);
    static final PyClass ITERABLE_DATASET = PyClass.library("IterableDataset", DATASET_MODULE, DATASET);
    static final PyClass CONCAT_DATASET = PyClass.library("ConcatDataset", DATASET_MODULE, DATASET);
    static final PyClass CHAIN_DATASET = PyClass.library("ChainDataset", DATASET_MODULE, ITERABLE_DATASET);

    /** {@code t.size(0)} as TensorDataset asks each argument, with Python's errors for an array (its size is an int) or what has no size. */
    private static int firstSize(Object t) {
        if (t instanceof dev.adjoint.lang.lib.numpy.NpArray) throw PyError.type("'int' object is not callable");
        if (!(t instanceof Tensor x)) throw PyError.attribute("'" + Values.typeName(t) + "' object has no attribute 'size'");
        if (x.ndim() == 0) throw PyError.index("Dimension specified as 0 but tensor has no dimensions");
        return x.shape()[0];
    }

    static {
        DATASET.method("__getitem__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        TENSOR_DATASET.method("__init__", a -> {
            List<Object> tensors = a.positional();
            for (Object t : tensors) // PyTorch's assertion: tensors[0].size(0) == tensor.size(0) for each
                if (firstSize(tensors.get(0)) != firstSize(t)) throw new PyError("AssertionError", "Size mismatch between tensors");
            self(a).setOwn("tensors", Values.tuple(new ArrayList<Object>(tensors)));
            return null;
        });
        TENSOR_DATASET.method("__getitem__", a -> {
            List<Object> out = new ArrayList<>();
            for (Object t : tensorsOf(a)) out.add(a.interpreter().item(t, a.expect(1, 1).get(0)));
            return Values.tuple(out);
        });
        TENSOR_DATASET.method("__len__", a -> {
            a.expect(0, 0);
            List<Object> tensors = tensorsOf(a);
            if (tensors.isEmpty()) throw PyError.index("tuple index out of range");
            return (long) ((Tensor) tensors.get(0)).shape()[0];
        });
        SUBSET.method("__init__", a -> {
            a.expect(2, 2, "dataset", "indices");
            self(a).setOwn("dataset", a.option(0, "dataset", null));
            self(a).setOwn("indices", a.option(1, "indices", null));
            return null;
        });
        SUBSET.method("__getitem__", a -> {
            Interpreter in = a.interpreter();
            Object idx = a.expect(1, 1).get(0), indices = self(a).own("indices"), dataset = self(a).own("dataset");
            if (idx instanceof PyList l) {
                PyList picked = new PyList();
                for (Object i : l) picked.add(in.item(indices, i));
                return in.item(dataset, picked);
            }
            return in.item(dataset, in.item(indices, idx));
        });
        SUBSET.method("__len__", a -> a.expect(0, 0).interpreter().len(self(a).own("indices")));
        DATASET.method("__add__", a -> a.interpreter().call(CONCAT_DATASET, Arrays.asList(new PyList(Arrays.asList(a.self(), a.expect(1, 1).get(0))))));
        ITERABLE_DATASET.method("__iter__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        ITERABLE_DATASET.method("__add__", a -> a.interpreter().call(CHAIN_DATASET, Arrays.asList(new PyList(Arrays.asList(a.self(), a.expect(1, 1).get(0))))));
        CONCAT_DATASET.method("__init__", TorchData::initConcat);
        CONCAT_DATASET.method("__len__", a -> {
            List<Object> sizes = Values.items(self(a.expect(0, 0)).own("cumulative_sizes"));
            return sizes.get(sizes.size() - 1);
        });
        CONCAT_DATASET.method("__getitem__", TorchData::concatItem);
        CHAIN_DATASET.method("__init__", a -> {
            self(a).setOwn("datasets", a.expect(1, 1, "datasets").option(0, "datasets", null));
            return null;
        });
        CHAIN_DATASET.method("__iter__", a -> {
            Iterator<Object> parts = Values.iterate(self(a.expect(0, 0)).own("datasets"));
            return PyIterator.generator("ChainDataset.__iter__", new Iterator<Object>() {
                private Iterator<Object> part = java.util.Collections.emptyIterator();

                public boolean hasNext() {
                    while (!part.hasNext() && parts.hasNext()) part = Values.iterate(chained(parts.next()));
                    return part.hasNext();
                }

                public Object next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return part.next();
                }
            });
        });
        CHAIN_DATASET.method("__len__", a -> {
            long total = 0;
            for (Iterator<Object> it = Values.iterate(self(a.expect(0, 0)).own("datasets")); it.hasNext(); ) total += a.interpreter().len(chained(it.next()));
            return total;
        });
    }

    static PyModule utils() {
        return new PyModule("torch.utils");
    }

    static PyModule module() {
        PyModule m = new PyModule("torch.utils.data");
        m.add("Dataset", DATASET);
        m.add("TensorDataset", TENSOR_DATASET);
        m.add("Subset", SUBSET);
        m.add("IterableDataset", ITERABLE_DATASET);
        m.add("ConcatDataset", CONCAT_DATASET);
        m.add("ChainDataset", CHAIN_DATASET);
        m.add("DataLoader", TorchDataLoader.CLASS);
        TorchSamplers.addTo(m);
        m.add(Builtin.of("random_split", TorchData::randomSplit));
        m.add(TorchCollate.DEFAULT_COLLATE);
        m.add(TorchCollate.DEFAULT_CONVERT);
        m.add(Builtin.of("get_worker_info", a -> {
            a.expect(0, 0);
            return null; // the loader runs in this process: no worker
        }));
        return m;
    }

    /** The instance a method of these classes was called on. */
    static PyInstance self(Args a) {
        if (!(a.self() instanceof PyInstance i)) throw PyError.type("descriptor '" + a.function() + "' needs an instance");
        return i;
    }

    /** TensorDataset.__getitem__ as this class defines it (a program may replace it: then {@link #collatedRows} steps aside). */
    private static final Object TENSOR_DATASET_GETITEM = TENSOR_DATASET.dict().get("__getitem__");

    /** Whether {@code dataset} is a TensorDataset itself (no subclass) whose __getitem__ is this class's. */
    static boolean isTensorDataset(Object dataset) {
        return dataset instanceof PyInstance d && d.pyClass() == TENSOR_DATASET && TENSOR_DATASET.dict().get("__getitem__") == TENSOR_DATASET_GETITEM;
    }

    /**
     * default_collate([dataset[i] for i in indices]) for a TensorDataset, made at once: each
     * tensor's rows at the indices taken in one op instead of a view per row stacked (a shuffled
     * epoch of MNIST's 10,000 images made 20,000 views, issue 16). The same list of tensors, values
     * and types; null wherever the result could differ in more than speed: another class or
     * __getitem__, a tensor that requires grad (stack's graph) or is needle's, an index that is not
     * an int within the rows.
     */
    static PyList collatedRows(Object dataset, List<Object> indices) {
        if (!isTensorDataset(dataset) || indices.isEmpty() || !(((PyInstance) dataset).own("tensors") instanceof List<?> tensors) || tensors.isEmpty())
            return null;
        for (Object t : tensors)
            if (!(t instanceof Tensor x) || x.ndim() == 0 || x.requiresGrad() || x.isNeedle() || x.isFloat32()) return null;
        int rows = ((Tensor) tensors.get(0)).shape()[0];
        int[] picked = new int[indices.size()];
        for (int k = 0; k < picked.length; k++) {
            if (!(indices.get(k) instanceof Long i) || i < 0 || i >= rows) return null;
            picked[k] = (int) (long) i;
        }
        PyList out = new PyList();
        for (Object t : tensors) {
            Tensor x = (Tensor) t;
            int[] shape = x.shape().clone();
            if (shape[0] != rows) return null;
            long rowSize = x.value().size() / Math.max(1, rows);
            if (rowSize * picked.length > Integer.MAX_VALUE || rowSize * rows > Integer.MAX_VALUE) return null;
            int[] positions = new int[(int) (rowSize * picked.length)];
            for (int k = 0, p = 0; k < picked.length; k++)
                for (long j = 0, from = picked[k] * rowSize; j < rowSize; j++) positions[p++] = (int) (from + j);
            shape[0] = picked.length;
            out.add(dev.adjoint.autograd.op.Ops.take(x, positions, shape));
        }
        return out;
    }

    private static List<Object> tensorsOf(Args a) {
        return Values.items(self(a).own("tensors"));
    }

    static boolean isIterableDataset(Object dataset) {
        return dataset instanceof PyInstance i && i.pyClass().isSubclassOf(ITERABLE_DATASET);
    }

    /** ConcatDataset(datasets): the datasets one after another, indexed through their cumulative sizes. */
    private static Object initConcat(Args a) {
        Interpreter in = a.interpreter();
        List<Object> datasets = Values.items(a.expect(1, 1, "datasets").option(0, "datasets", null));
        if (datasets.isEmpty()) throw new PyError("AssertionError", "datasets should not be an empty iterable");
        PyList sizes = new PyList();
        long total = 0;
        for (Object d : datasets) {
            if (isIterableDataset(d)) throw new PyError("AssertionError", "ConcatDataset does not support IterableDataset");
            total += in.len(d);
            sizes.add(total);
        }
        self(a).setOwn("datasets", new PyList(datasets));
        self(a).setOwn("cumulative_sizes", sizes);
        return null;
    }

    /** dataset[idx]: the dataset the index falls in (bisect_right of the cumulative sizes), at the index within it. */
    private static Object concatItem(Args a) {
        Interpreter in = a.interpreter();
        PyInstance self = self(a);
        long idx = Values.toLong(a.expect(1, 1, "idx").get(0), "idx");
        List<Object> sizes = Values.items(self.own("cumulative_sizes"));
        long total = Values.toLong(sizes.get(sizes.size() - 1), "len");
        if (idx < 0) {
            if (-idx > total) throw PyError.value("absolute value of index should not exceed dataset length");
            idx += total;
        }
        int which = 0;
        while (which < sizes.size() && Values.toLong(sizes.get(which), "size") <= idx) which++;
        List<Object> datasets = Values.items(self.own("datasets"));
        if (which >= datasets.size()) throw PyError.index("list index out of range");
        long within = which == 0 ? idx : idx - Values.toLong(sizes.get(which - 1), "size");
        return in.item(datasets.get(which), within);
    }

    private static Object chained(Object dataset) {
        if (!isIterableDataset(dataset)) throw new PyError("AssertionError", "ChainDataset only supports IterableDataset");
        return dataset;
    }

    /** random_split(dataset, lengths): Subsets of a random permutation, lengths as counts or (PyTorch 1.13) fractions summing to 1. */
    /** A slice bound as Python reads it for a list of n: from the end when negative, clamped to [0, n]. */
    private static long sliceBound(long i, long n) {
        return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    }

    private static Object randomSplit(Args a) {
        a.expect(2, 3, "dataset", "lengths", "generator");
        Interpreter in = a.interpreter();
        Object dataset = a.option(0, "dataset", null);
        long n = in.len(dataset);
        List<Object> given = Values.items(a.option(1, "lengths", null));
        long[] lengths = new long[given.size()];
        double total = 0;
        for (Object o : given) total += PyNumbers.toDouble(Values.plain(o));
        if (Math.abs(total - 1) <= 1e-9 && total <= 1) {
            long sum = 0;
            for (int i = 0; i < lengths.length; i++) {
                double frac = PyNumbers.toDouble(Values.plain(given.get(i)));
                if (frac < 0 || frac > 1) throw PyError.value("Fraction at index " + i + " is not between 0 and 1");
                lengths[i] = (long) Math.floor(n * frac);
                sum += lengths[i];
            }
            for (long i = 0; i < n - sum; i++) lengths[(int) (i % lengths.length)]++;
            for (int i = 0; i < lengths.length; i++)
                if (lengths[i] == 0) in.warn("UserWarning", "Length of split at index " + i + " is 0. This might result in an empty dataset.", DATASET_MODULE);
        } else {
            // as PyTorch: the sum is checked first (fractions that do not add up to 1 are lengths then)
            if (total != n) throw PyError.value("Sum of input lengths does not equal the length of the input dataset!");
            for (int i = 0; i < lengths.length; i++) lengths[i] = Values.toLong(Values.plain(given.get(i)), "lengths");
        }
        Object g = a.option(2, "generator", null);
        int[] order = (g == null ? in.torchRandom() : TorchGenerator.forRandperm(g)).randperm(Math.toIntExact(n));
        PyList out = new PyList();
        long offset = 0;
        for (long length : lengths) { // indices[offset - length : offset] with Python's slicing, as PyTorch (negative lengths included)
            offset += length;
            long start = sliceBound(offset - length, n), stop = sliceBound(offset, n);
            PyList indices = new PyList();
            for (long i = start; i < stop; i++) indices.add((long) order[(int) i]);
            out.add(in.call(SUBSET, Arrays.asList(dataset, indices)));
        }
        return out;
    }
}
