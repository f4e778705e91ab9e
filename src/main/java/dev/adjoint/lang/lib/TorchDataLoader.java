package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.TorchData.self;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyIterator;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.random.TorchRandom;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * PyTorch 1.13's DataLoader(dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None,
 * ..., collate_fn=None, drop_last=False, ..., generator=None) in one process: it makes the
 * samplers PyTorch makes (a SequentialSampler or RandomSampler of the dataset, in a BatchSampler
 * of batch_size), and each pass takes a batch of indices from the batch sampler, fetches the
 * items with {@code dataset[i]} and collates them. An IterableDataset is walked instead, batch_size
 * items at a time. The arguments about worker processes and pinned memory are kept and change nothing.
 */
final class TorchDataLoader {
    private TorchDataLoader() {}

    static final PyClass CLASS = PyClass.library("DataLoader", "torch.utils.data.dataloader", null);

    static {
        CLASS.method("__init__", TorchDataLoader::init);
        CLASS.method("__len__", a -> {
            PyInstance loader = self(a.expect(0, 0));
            Interpreter in = a.interpreter();
            if (!iterable(loader)) return in.len(indexSampler(loader));
            long n = in.len(loader.own("dataset"));
            Object b = loader.own("batch_size");
            if (b == null) return n;
            long size = Values.toLong(b, "batch_size");
            return Values.truthy(loader.own("drop_last")) ? n / size : (n + size - 1) / size;
        });
        CLASS.method("__iter__", a -> new PyIterator("_SingleProcessDataLoaderIter", pass(self(a.expect(0, 0)), a.interpreter())));
    }

    private static boolean iterable(PyInstance loader) {
        return TorchData.isIterableDataset(loader.own("dataset"));
    }

    /** The sampler of batches (batch_sampler), or of single indices when batching is off (batch_size=None). */
    private static Object indexSampler(PyInstance loader) {
        Object batches = loader.own("batch_sampler");
        return batches != null ? batches : loader.own("sampler");
    }

    /** PyTorch's checks in PyTorch's order, then the samplers it makes. */
    private static Object init(Args a) {
        a.expect(1, 13, "dataset", "batch_size", "shuffle", "sampler", "batch_sampler", "num_workers", "collate_fn", "pin_memory",
                "drop_last", "timeout", "worker_init_fn", "multiprocessing_context", "generator", "prefetch_factor", "persistent_workers",
                "pin_memory_device");
        Interpreter in = a.interpreter();
        Object dataset = a.option(0, "dataset", null), shuffle = a.option(2, "shuffle", null), sampler = a.option(3, "sampler", null);
        Object batchSampler = a.option(4, "batch_sampler", null), batchSize = Values.plain(a.option(1, "batch_size", 1L));
        Object numWorkers = Values.plain(a.option(5, "num_workers", 0L)), generator = a.option(12, "generator", null);
        boolean dropLast = a.bool(8, "drop_last", false);
        if (PyNumbers.isNumber(numWorkers) && PyNumbers.approx(numWorkers) < 0)
            throw PyError.value("num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.");
        Object timeout = Values.plain(a.option(9, "timeout", 0L));
        if (PyNumbers.isNumber(timeout) && PyNumbers.approx(timeout) < 0) throw PyError.value("timeout option should be non-negative");
        boolean noWorkers = PyNumbers.isNumber(numWorkers) && PyNumbers.approx(numWorkers) == 0;
        Object prefetch = Values.plain(a.option(13, "prefetch_factor", 2L));
        if (noWorkers && !(PyNumbers.isNumber(prefetch) && PyNumbers.approx(prefetch) == 2)) // PyTorch's message, its two sentences run together
            throw PyError.value("prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 to enable multiprocessing.");
        if (noWorkers && a.bool(14, "persistent_workers", false)) throw PyError.value("persistent_workers option needs num_workers > 0");
        if (TorchData.isIterableDataset(dataset)) {
            if (shuffle != null && !Boolean.FALSE.equals(shuffle))
                throw PyError.value("DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=" + Values.repr(shuffle));
            if (sampler != null) throw PyError.value("DataLoader with IterableDataset: expected unspecified sampler option, but got sampler=" + Values.repr(sampler));
            if (batchSampler != null)
                throw PyError.value("DataLoader with IterableDataset: expected unspecified batch_sampler option, but got batch_sampler=" + Values.repr(batchSampler));
            shuffle = false;
        }
        boolean shuffled = Values.truthy(shuffle);
        if (sampler != null && shuffled) throw PyError.value("sampler option is mutually exclusive with shuffle");
        if (batchSampler != null) {
            if (!Long.valueOf(1).equals(batchSize) || shuffled || sampler != null || dropLast)
                throw PyError.value("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last");
            batchSize = null;
        } else if (batchSize == null && dropLast) {
            throw PyError.value("batch_size=None option disables auto-batching and is mutually exclusive with drop_last");
        }
        TorchGenerator.of(a); // refuses what is not a generator now rather than at the first pass
        if (sampler == null)
            sampler = TorchData.isIterableDataset(dataset) ? in.call(TorchSamplers.INFINITE_CONSTANT, new java.util.ArrayList<>())
                    : shuffled ? in.call(TorchSamplers.RANDOM, Arrays.asList(dataset, false, null, generator))
                    : in.call(TorchSamplers.SEQUENTIAL, Arrays.asList(dataset));
        if (batchSize != null && batchSampler == null) batchSampler = in.call(TorchSamplers.BATCH, Arrays.asList(sampler, batchSize, dropLast));
        Object collate = a.option(6, "collate_fn", null);
        PyInstance loader = self(a);
        loader.setOwn("dataset", dataset);
        loader.setOwn("num_workers", numWorkers);
        loader.setOwn("pin_memory", a.bool(7, "pin_memory", false));
        loader.setOwn("timeout", a.option(9, "timeout", 0L));
        loader.setOwn("worker_init_fn", a.option(10, "worker_init_fn", null));
        loader.setOwn("batch_size", batchSize);
        loader.setOwn("drop_last", dropLast);
        loader.setOwn("sampler", sampler);
        loader.setOwn("batch_sampler", batchSampler);
        loader.setOwn("generator", generator);
        loader.setOwn("collate_fn", collate != null ? collate : batchSampler != null ? TorchCollate.DEFAULT_COLLATE : TorchCollate.DEFAULT_CONVERT);
        return null;
    }

    /**
     * One pass, as _SingleProcessDataLoaderIter makes it: the index sampler's iterator, then a
     * base seed for the workers drawn from the loader's generator (every pass draws it, even with
     * no workers and no shuffle), then for an IterableDataset its iterator.
     */
    private static Iterator<Object> pass(PyInstance loader, Interpreter in) {
        Object dataset = loader.own("dataset"), collate = loader.own("collate_fn");
        boolean batched = loader.own("batch_sampler") != null, iterable = iterable(loader);
        Iterator<Object> indices = iterable ? null : Values.iterate(indexSampler(loader));
        Object g = loader.own("generator");
        TorchRandom rng = g instanceof TorchGenerator t ? t.random() : in.torchRandom();
        rng.randomInt64();
        Iterator<Object> items = iterable ? Values.iterate(dataset) : null;
        int size = batched && iterable ? Math.toIntExact(Values.toLong(loader.own("batch_size"), "batch_size")) : 0;
        boolean dropLast = Values.truthy(loader.own("drop_last"));
        return new Iterator<>() {
            private Object next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (next == null && !ended) next = fetch();
                return next != null;
            }

            /** The next batch collated, or null at the end (a collate_fn returning None ends nothing: it is wrapped). */
            private Object fetch() {
                Object data;
                if (iterable) {
                    if (!batched) {
                        if (!items.hasNext()) return end();
                        data = items.next();
                    } else {
                        PyList batch = new PyList();
                        while (batch.size() < size && items.hasNext()) batch.add(items.next());
                        if (batch.size() < size) ended = true;
                        if (batch.isEmpty() || dropLast && batch.size() < size) return end();
                        data = batch;
                    }
                } else {
                    if (!indices.hasNext()) return end();
                    Object index = indices.next();
                    if (batched) {
                        PyList batch = new PyList();
                        if (collate == TorchCollate.DEFAULT_COLLATE && TorchData.isTensorDataset(dataset)) { // whose rows may be taken at once
                            for (Iterator<Object> it = Values.iterate(index); it.hasNext(); ) batch.add(it.next());
                            PyList rows = TorchData.collatedRows(dataset, batch);
                            if (rows != null) return new Fetched(rows);
                            for (int i = 0; i < batch.size(); i++) batch.set(i, in.item(dataset, batch.get(i)));
                        } else {
                            for (Iterator<Object> it = Values.iterate(index); it.hasNext(); ) batch.add(in.item(dataset, it.next()));
                        }
                        data = batch;
                    } else {
                        data = in.item(dataset, index);
                    }
                }
                Object out = collate == TorchCollate.DEFAULT_COLLATE ? TorchCollate.collate(data, in)
                        : collate == TorchCollate.DEFAULT_CONVERT ? TorchCollate.convert(data, in) : in.call(collate, Arrays.asList(data));
                return new Fetched(out);
            }

            private Object end() {
                ended = true;
                return null;
            }

            @Override
            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                Object out = ((Fetched) next).value;
                next = null;
                return out;
            }
        };
    }

    /** A fetched batch, which may be None. */
    private record Fetched(Object value) {}
}
