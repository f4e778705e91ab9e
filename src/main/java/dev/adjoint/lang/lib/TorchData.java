package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyIterator;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.TensorData;
import dev.adjoint.lang.Values;
import dev.adjoint.random.TorchRandom;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code torch.utils.data} as the PyTorch tutorials' training loops use it: {@code Dataset} (a
 * class users subclass with {@code __len__} and {@code __getitem__}), {@code TensorDataset},
 * {@code Subset}, {@code random_split} and {@code DataLoader} (batch_size, shuffle, drop_last,
 * collate_fn), which fetches items one by one with {@code dataset[i]} and stacks them with
 * PyTorch's default_collate. Any object with {@code __len__} and {@code __getitem__} (a list of
 * pairs, say) is a dataset, as in PyTorch. Shuffling and random_split draw their orders from
 * PyTorch's generator as PyTorch does, so after torch.manual_seed the orders are PyTorch's;
 * everything runs in this process (num_workers is accepted and ignored).
 */
final class TorchData {
    private TorchData() {}

    static final String DATASET_MODULE = "torch.utils.data.dataset";
    static final PyClass DATASET = PyClass.library("Dataset", DATASET_MODULE, null);
    static final PyClass TENSOR_DATASET = PyClass.library("TensorDataset", DATASET_MODULE, DATASET);
    static final PyClass SUBSET = PyClass.library("Subset", DATASET_MODULE, DATASET);
    static final PyClass DATA_LOADER = PyClass.library("DataLoader", "torch.utils.data.dataloader", null);

    static {
        DATASET.method("__getitem__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        TENSOR_DATASET.method("__init__", a -> {
            List<Tensor> tensors = new ArrayList<>();
            for (Object o : a.positional()) tensors.add(a.tensorValue(o, "tensors"));
            for (Tensor t : tensors)
                if (t.ndim() == 0 || tensors.get(0).ndim() == 0 || t.shape()[0] != tensors.get(0).shape()[0])
                    throw new PyError("AssertionError", "Size mismatch between tensors");
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
        DATA_LOADER.method("__init__", TorchData::initLoader);
        DATA_LOADER.method("__len__", a -> {
            a.expect(0, 0);
            PyInstance loader = self(a);
            long n = a.interpreter().len(loader.own("dataset"));
            Object b = loader.own("batch_size");
            if (b == null) return n;
            long size = Values.toLong(b, "batch_size");
            return Values.truthy(loader.own("drop_last")) ? n / size : (n + size - 1) / size;
        });
        DATA_LOADER.method("__iter__", a -> new PyIterator("_SingleProcessDataLoaderIter", batches(self(a.expect(0, 0)), a.interpreter())));
    }

    static PyModule utils() {
        return new PyModule("torch.utils");
    }

    static PyModule module() {
        PyModule m = new PyModule("torch.utils.data");
        m.add("Dataset", DATASET);
        m.add("TensorDataset", TENSOR_DATASET);
        m.add("Subset", SUBSET);
        m.add("DataLoader", DATA_LOADER);
        m.add(Builtin.of("random_split", TorchData::randomSplit));
        m.add(Builtin.of("default_collate", a -> collate(Values.items(a.expect(1, 1).get(0)), a.interpreter())));
        return m;
    }

    private static PyInstance self(Args a) {
        if (!(a.self() instanceof PyInstance i)) throw PyError.type("descriptor '" + a.function() + "' needs an instance");
        return i;
    }

    private static List<Object> tensorsOf(Args a) {
        return Values.items(self(a).own("tensors"));
    }

    /**
     * DataLoader(dataset, batch_size=1, shuffle=False, ..., collate_fn=None, drop_last=False):
     * PyTorch 1.13's arguments; those about worker processes and pinned memory are accepted and
     * change nothing here (one process, one device), samplers are not offered.
     */
    private static Object initLoader(Args a) {
        a.expect(1, 11, "dataset", "batch_size", "shuffle", "sampler", "batch_sampler", "num_workers", "collate_fn", "pin_memory",
                "drop_last", "timeout", "worker_init_fn", "multiprocessing_context", "generator", "prefetch_factor", "persistent_workers",
                "pin_memory_device");
        Object batchSize = Values.plain(a.option(1, "batch_size", 1L));
        if (batchSize != null && (!PyNumbers.isInt(batchSize) || batchSize instanceof Boolean || Values.toLong(batchSize, "batch_size") <= 0))
            throw PyError.value("batch_size should be a positive integer value, but got batch_size=" + Values.repr(batchSize));
        for (String unsupported : List.of("sampler", "batch_sampler"))
            if (a.has(unsupported) && a.keyword(unsupported) != null)
                throw PyError.notSupported("DataLoader's " + unsupported + "= (use shuffle=True or a Subset)");
        PyInstance loader = self(a);
        loader.setOwn("dataset", a.option(0, "dataset", null));
        loader.setOwn("batch_size", batchSize);
        loader.setOwn("drop_last", a.bool(8, "drop_last", false));
        loader.setOwn("num_workers", Values.plain(a.option(5, "num_workers", 0L)));
        loader.setOwn("collate_fn", a.option(6, "collate_fn", null));
        loader.setOwn("_shuffle", Values.truthy(a.option(2, "shuffle", false)));
        TorchGenerator.of(a); // refuses what is not a generator now rather than at the first pass
        loader.setOwn("generator", a.keyword("generator"));
        return null;
    }

    /**
     * The draws PyTorch's loader makes as a pass starts: every pass draws a base seed for its
     * workers (even without shuffle and with none) from the loader's generator. A shuffling one
     * without a generator then seeds a generator of its own with a second draw of the global one
     * and takes randperm from it; with a generator, randperm comes from that generator, and
     * PyTorch's RandomSampler draws one more randperm (unused) when the pass runs out of indices.
     */
    private static Iterator<Object> batches(PyInstance loader, Interpreter in) {
        Object dataset = loader.own("dataset");
        int n = Math.toIntExact(in.len(dataset));
        Object g = loader.own("generator");
        TorchRandom rng = g instanceof TorchGenerator t ? t.random() : in.torchRandom();
        rng.randomInt64();
        boolean shuffle = Values.truthy(loader.own("_shuffle"));
        int[] order = !shuffle ? null : g == null ? new TorchRandom(in.torchRandom().randomInt64()).randperm(n) : rng.randperm(n);
        Runnable samplerRunsOut = shuffle && g != null ? () -> rng.randperm(n) : () -> {};
        Object b = loader.own("batch_size"), collateFn = loader.own("collate_fn");
        int size = b == null ? 1 : Math.toIntExact(Values.toLong(b, "batch_size"));
        int end = Values.truthy(loader.own("drop_last")) ? n - n % size : n;
        return new Iterator<>() {
            private int start;
            private boolean ranOut;

            @Override
            public boolean hasNext() {
                if (start < end) return true;
                runOut(); // the sampler asked for its next index and had none
                return false;
            }

            private void runOut() {
                if (!ranOut) samplerRunsOut.run();
                ranOut = true;
            }

            @Override
            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                List<Object> items = new ArrayList<>();
                for (int k = start; k < Math.min(end, start + size); k++) items.add(in.item(dataset, (long) (order == null ? k : order[k])));
                if (b != null && end == n && start + size > n) runOut(); // a last partial batch is collected after the sampler ran out
                start += size;
                if (b == null) return convert(items.get(0)); // batch_size=None: the items themselves
                if (collateFn != null) return in.call(collateFn, Arrays.asList(new PyList(items)));
                return collate(items, in);
            }
        };
    }

    /**
     * PyTorch's default_collate: tensors are stacked along a new first dimension, Python floats
     * and ints become a float64 or int64 tensor, strings stay a list, dicts are collated key by key
     * and tuples/lists field by field (into a list, as PyTorch does).
     */
    static Object collate(List<Object> batch, Interpreter in) {
        Object first = batch.get(0);
        if (first instanceof Tensor) {
            List<Tensor> tensors = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (!(batch.get(i) instanceof Tensor t))
                    throw PyError.type("expected Tensor as element " + i + " in argument 0, but got " + Values.typeName(batch.get(i)));
                tensors.add(t);
            }
            return Ops.stack(tensors, 0);
        }
        Object p = Values.plain(first);
        if (p instanceof Double || PyNumbers.isInt(p)) {
            List<Object> numbers = new ArrayList<>();
            for (Object o : batch) numbers.add(Values.plain(o));
            return TensorData.of(numbers, p instanceof Double ? DType.FLOAT64 : null);
        }
        if (p instanceof String) return new PyList(batch);
        if (p instanceof PyDict d) {
            PyDict out = new PyDict();
            for (Object key : d.keys()) {
                List<Object> column = new ArrayList<>();
                for (Object item : batch) column.add(in.item(item, key));
                out.put(key, collate(column, in));
            }
            return out;
        }
        if (p instanceof List<?> l) {
            for (Object item : batch)
                if (!(item instanceof List<?> m) || m.size() != l.size()) throw new PyError("RuntimeError", "each element in list of batch should be of equal size");
            PyList out = new PyList();
            for (int field = 0; field < l.size(); field++) {
                List<Object> column = new ArrayList<>();
                for (Object item : batch) column.add(((List<?>) item).get(field));
                out.add(collate(column, in));
            }
            return out;
        }
        throw PyError.type("default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found " + BuiltinTypes.of(first));
    }

    /** PyTorch's default_convert (batch_size=None): an item as it is, but tuples and lists become lists, dicts are converted value by value. */
    private static Object convert(Object item) {
        if (item instanceof PyDict d) {
            PyDict out = new PyDict();
            for (PyDict.Entry e : d.entries()) out.put(e.key(), convert(e.value()));
            return out;
        }
        if (item instanceof List<?> l) {
            PyList out = new PyList();
            for (Object o : l) out.add(convert(o));
            return out;
        }
        return item;
    }

    /** random_split(dataset, lengths): Subsets of a random permutation, lengths as counts or (PyTorch 1.13) fractions summing to 1. */
    private static Object randomSplit(Args a) {
        a.expect(2, 3, "dataset", "lengths", "generator");
        Interpreter in = a.interpreter();
        TorchRandom rng = TorchGenerator.of(a);
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
        } else {
            for (int i = 0; i < lengths.length; i++) lengths[i] = Values.toLong(Values.plain(given.get(i)), "lengths");
        }
        long sum = 0;
        for (long l : lengths) sum += l;
        if (sum != n) throw PyError.value("Sum of input lengths does not equal the length of the input dataset!");
        int[] order = rng.randperm(Math.toIntExact(n));
        PyList out = new PyList();
        int offset = 0;
        for (long length : lengths) {
            PyList indices = new PyList();
            for (int i = 0; i < length; i++) indices.add((long) order[offset + i]);
            offset += (int) length;
            out.add(in.call(SUBSET, Arrays.asList(dataset, indices)));
        }
        return out;
    }
}
