package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.data.ArrayDataset;
import dev.adjoint.data.DataLoader;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Sized;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** Datasets and data loaders in the language. */
final class DataValues {
    private DataValues() {}

    /** A dataset of arrays: ds.X, ds.y (constant tensors), len(ds). */
    static final class DatasetValue implements HostObject, Sized {
        final ArrayDataset dataset;

        DatasetValue(ArrayDataset dataset) {
            this.dataset = dataset;
        }

        public String typeName() {
            return "Dataset";
        }

        public Object attribute(String name) {
            return switch (name) {
                case "X" -> Tensor.constant(dataset.field(0));
                case "y" -> dataset.fieldCount() > 1 ? Tensor.constant(dataset.field(1)) : null;
                default -> null;
            };
        }

        public Collection<String> attributeNames() {
            return List.of("X", "y");
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
    static final class LoaderValue implements HostObject, Sized, Iterable<Object> {
        final DataLoader loader;

        LoaderValue(DataLoader loader) {
            this.loader = loader;
        }

        public String typeName() {
            return "DataLoader";
        }

        public Object attribute(String name) {
            return switch (name) {
                case "batch_size" -> (long) loader.batchSize();
                case "shuffle" -> loader.shuffle();
                default -> null;
            };
        }

        public Collection<String> attributeNames() {
            return List.of("batch_size", "shuffle");
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
