package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.data.ArrayDataset;
import dev.adjoint.data.DataLoader;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Sized;
import dev.adjoint.lang.TabledHostObject;
import java.util.Iterator;
import java.util.List;

/** Datasets and data loaders in the language. */
final class DataValues {
    private DataValues() {}

    /** A dataset of arrays: ds.X, ds.y (constant tensors), len(ds). */
    static final class DatasetValue implements TabledHostObject, Sized {
        final ArrayDataset dataset;

        DatasetValue(ArrayDataset dataset) {
            this.dataset = dataset;
        }

        public String typeName() {
            return "Dataset";
        }

        private static final AttributeTable<DatasetValue> ATTRIBUTES = new AttributeTable<DatasetValue>()
                .value("X", d -> Tensor.constant(d.dataset.field(0)))
                .optional("y", d -> d.dataset.fieldCount() > 1 ? Tensor.constant(d.dataset.field(1)) : null);

        @Override
        public AttributeTable<DatasetValue> attributeTable() {
            return ATTRIBUTES;
        }

        public long length() {
            return dataset.size();
        }

        @Override
        public String toString() {
            return "<Dataset of " + dataset.size() + " examples>";
        }
    }

    /** A loader: for X, y in loader: ... walks the batches one at a time; len(loader) counts them. */
    static final class LoaderValue implements TabledHostObject, Sized, Iterable<Object> {
        final DataLoader loader;

        LoaderValue(DataLoader loader) {
            this.loader = loader;
        }

        public String typeName() {
            return "DataLoader";
        }

        private static final AttributeTable<LoaderValue> ATTRIBUTES = new AttributeTable<LoaderValue>()
                .value("batch_size", l -> (long) l.loader.batchSize())
                .value("shuffle", l -> l.loader.shuffle());

        @Override
        public AttributeTable<LoaderValue> attributeTable() {
            return ATTRIBUTES;
        }

        public long length() {
            return loader.batches();
        }

        public Iterator<Object> iterator() {
            Iterator<List<Tensor>> it = loader.iterator();
            return new Iterator<>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public Object next() {
                    return List.<Object>copyOf(it.next());
                }
            };
        }

        @Override
        public String toString() {
            return loader.toString();
        }
    }
}
