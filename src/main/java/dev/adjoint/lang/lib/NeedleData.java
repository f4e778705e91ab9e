package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.data.ArrayDataset;
import dev.adjoint.data.Mnist;
import dev.adjoint.data.Permutation;
import dev.adjoint.files.ScriptFolder;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyIterator;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.Values;
import dev.adjoint.lang.lib.numpy.NpArray;
import dev.adjoint.lang.lib.numpy.Numpy;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.random.NumpyRandom;
import java.io.IOException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * needle.data as the course's hw2 defines it: DataLoader(dataset, batch_size=1, shuffle=False)
 * whose batches are tuples of needle tensors (each field of the items stacked along a new first
 * axis; a shuffled pass draws np.random.permutation(len(dataset)) when it starts, from the
 * session's generator); MNISTDataset(image_filename, label_filename, transforms=None) whose items
 * are (image of shape (28, 28, 1) in [0, 1], label) as NumPy arrays, and whose slices are batches
 * of them; NDArrayDataset(*arrays); and the transforms RandomFlipHorizontal(p=0.5) and
 * RandomCrop(padding=3), which draw as needle's do (np.random.rand() and np.random.randint).
 */
final class NeedleData {
    private NeedleData() {}

    static PyModule module(PyClass dataset) {
        PyModule m = new PyModule("needle.data");
        m.add("Dataset", dataset);
        m.add("DataLoader", loader());
        m.add("MNISTDataset", mnist(dataset));
        m.add("NDArrayDataset", ndarrays(dataset));
        PyClass transform = PyClass.library("Transform", "needle.data", null);
        transform.method("__call__", a -> {
            throw new PyError("NotImplementedError", "");
        });
        m.add("Transform", transform);
        m.add("RandomFlipHorizontal", flip(transform));
        m.add("RandomCrop", crop(transform));
        return m;
    }

    // ---- DataLoader ----

    private static PyClass loader() {
        PyClass c = PyClass.library("DataLoader", "needle.data", null);
        c.method("__init__", a -> {
            a.expect(0, 3, "dataset", "batch_size", "shuffle");
            if (a.size() == 0 && !a.has("dataset")) throw PyError.type("DataLoader.__init__() missing 1 required positional argument: 'dataset'");
            PyInstance self = self(a);
            int size = a.integer(1, "batch_size", 1);
            if (size < 1) throw a.error("batch_size must be at least 1, got " + size);
            self.setOwn("dataset", a.option(0, "dataset", null));
            self.setOwn("batch_size", (long) size);
            self.setOwn("shuffle", a.bool(2, "shuffle", false));
            return null;
        });
        c.method("__iter__", a -> new PyIterator("DataLoader", batches(self(a.expect(0, 0)), a.interpreter())));
        c.method("__len__", a -> {
            PyInstance self = self(a.expect(0, 0));
            long n = a.interpreter().len(self.own("dataset")), size = Values.toLong(self.own("batch_size"), "batch_size");
            return (n + size - 1) / size;
        });
        return c;
    }

    /** One pass: the order is drawn as the pass starts; each batch is fetched item by item and stacked. */
    private static Iterator<Object> batches(PyInstance loader, Interpreter in) {
        Object dataset = loader.own("dataset");
        int n = Math.toIntExact(in.len(dataset));
        int size = Math.toIntExact(Values.toLong(loader.own("batch_size"), "batch_size"));
        int[] order = Values.truthy(loader.own("shuffle")) ? Permutation.of(in.random(), n) : null;
        return new Iterator<>() {
            private int start;

            @Override
            public boolean hasNext() {
                return start < n;
            }

            @Override
            public Object next() {
                if (!hasNext()) throw new NoSuchElementException();
                List<List<Object>> fields = new ArrayList<>();
                for (int k = start; k < Math.min(n, start + size); k++) {
                    Object item = in.item(dataset, (long) (order == null ? k : order[k]));
                    List<Object> parts = item instanceof List<?> l && !(item instanceof dev.adjoint.lang.PyList) ? new ArrayList<>(l) : List.of(item);
                    for (int f = 0; f < parts.size(); f++) {
                        if (fields.size() <= f) fields.add(new ArrayList<>());
                        fields.get(f).add(parts.get(f));
                    }
                }
                start += size;
                List<Object> batch = new ArrayList<>();
                for (List<Object> field : fields) batch.add(stack(field));
                return Values.tuple(batch);
            }
        };
    }

    /**
     * One field of a batch: the items stacked along a new first axis, a needle tensor that does
     * not require grad (needle's Tensor(x) would: nothing needs a batch's gradient, and a loop
     * would keep every batch's until the input ends).
     */
    private static Tensor stack(List<Object> items) {
        NDArray[] parts = new NDArray[items.size()];
        boolean float32 = true; // float32 items (MNIST's images) make a float32 batch, as NumPy stacks them
        for (int i = 0; i < parts.length; i++) {
            Tensor t = Values.asTensor(items.get(i));
            if (t == null) throw PyError.type("a DataLoader batches arrays and numbers, not " + Values.typeName(items.get(i)));
            parts[i] = t.value();
            float32 &= Numpy.isFloat32(items.get(i)) || t.isFloat32();
        }
        return Tensor.needleLeaf(NDArray.stack(parts, 0), false, float32);
    }

    // ---- datasets ----

    private static PyClass mnist(PyClass dataset) {
        PyClass c = PyClass.library("MNISTDataset", "needle.data", dataset);
        c.method("__init__", a -> {
            a.expect(2, 3, "image_filename", "label_filename", "transforms");
            ArrayDataset data;
            try {
                String imageName = text(a, 0, "image_filename"), labelName = text(a, 1, "label_filename");
                java.nio.file.Path images = ScriptFolder.resolve(imageName), labels = ScriptFolder.resolve(labelName);
                if (shippedTestSet(images, labels)) data = Mnist.bundled();
                else {
                    // needle's parse_mnist opens the images first: CPython's error names the file as it was given
                    if (!java.nio.file.Files.exists(images)) throw PyError.os("FileNotFoundError", 2, "No such file or directory", imageName);
                    if (!java.nio.file.Files.exists(labels)) throw PyError.os("FileNotFoundError", 2, "No such file or directory", labelName);
                    data = Mnist.load(images, labels);
                }
            } catch (IOException e) {
                throw a.error(e.getMessage());
            }
            NDArray x = data.field(0);
            PyInstance self = self(a);
            self.setOwn("images", Numpy.float32Array(x.reshape(x.dim(0), 28, 28, 1))); // needle's parse_mnist gives float32
            self.setOwn("labels", NpArray.fromTensor(Tensor.constant(data.field(1), DType.INT64)));
            self.setOwn("transforms", a.option(2, "transforms", null));
            return null;
        });
        c.method("__len__", a -> a.interpreter().len(self(a.expect(0, 0)).own("images")));
        c.method("__getitem__", a -> {
            PyInstance self = self(a.expect(1, 1));
            Interpreter in = a.interpreter();
            Object image = in.item(self.own("images"), a.get(0)), label = in.item(self.own("labels"), a.get(0));
            Object transforms = self.own("transforms");
            if (transforms != null) image = transformed(image, transforms, in);
            return Values.tuple(image, label);
        });
        return c;
    }

    /**
     * Whether to read the MNIST test set shipped with adjoint: the files named are the test set's
     * (the course's "data/t10k-images-idx3-ubyte.gz", ...) and are not there.
     */
    private static boolean shippedTestSet(java.nio.file.Path images, java.nio.file.Path labels) {
        return !java.nio.file.Files.exists(images) && !java.nio.file.Files.exists(labels)
                && images.getFileName().toString().equals(Mnist.BUNDLED_IMAGES.substring(Mnist.BUNDLED_IMAGES.lastIndexOf('/') + 1))
                && labels.getFileName().toString().equals(Mnist.BUNDLED_LABELS.substring(Mnist.BUNDLED_LABELS.lastIndexOf('/') + 1));
    }

    /** The transforms applied to one image (H, W, C), or to each image of a batch (B, H, W, C). */
    private static Object transformed(Object image, Object transforms, Interpreter in) {
        Tensor t = Values.asTensor(image);
        if (t.ndim() == 4) {
            NDArray[] each = new NDArray[t.shape()[0]];
            for (int i = 0; i < each.length; i++) each[i] = Values.asTensor(transformed(in.item(image, (long) i), transforms, in)).value();
            return array(NDArray.stack(each, 0), image);
        }
        for (Object f : Values.items(transforms)) image = in.call(f, Arrays.asList(image));
        return image;
    }

    private static PyClass ndarrays(PyClass dataset) {
        PyClass c = PyClass.library("NDArrayDataset", "needle.data", dataset);
        c.method("__init__", a -> {
            if (a.size() == 0) throw a.error("needs at least one array");
            self(a).setOwn("arrays", Values.tuple(a.positional()));
            return null;
        });
        c.method("__len__", a -> a.interpreter().len(Values.items(self(a.expect(0, 0)).own("arrays")).get(0)));
        c.method("__getitem__", a -> {
            List<Object> items = new ArrayList<>();
            for (Object array : Values.items(self(a.expect(1, 1)).own("arrays"))) items.add(a.interpreter().item(array, a.get(0)));
            return Values.tuple(items);
        });
        return c;
    }

    // ---- transforms ----

    /** RandomFlipHorizontal(p=0.5): the image (H, W, C) mirrored left to right when np.random.rand() < p. */
    private static PyClass flip(PyClass transform) {
        PyClass c = PyClass.library("RandomFlipHorizontal", "needle.data", transform);
        c.method("__init__", a -> {
            self(a.expect(0, 1, "p")).setOwn("p", a.number(0, "p", 0.5));
            return null;
        });
        c.method("__call__", a -> {
            double p = Values.toDouble(self(a.expect(1, 1, "img")).own("p"));
            NDArray img = image(a);
            if (!(a.interpreter().random().nextDouble() < p)) return a.get(0);
            int[] s = img.shape();
            double[] v = img.toArray(), out = new double[v.length];
            int rowSize = s[1] * s[2];
            for (int h = 0; h < s[0]; h++)
                for (int w = 0; w < s[1]; w++) System.arraycopy(v, h * rowSize + w * s[2], out, h * rowSize + (s[1] - 1 - w) * s[2], s[2]);
            return array(NDArray.of(out, s), a.get(0));
        });
        return c;
    }

    /** RandomCrop(padding=3): the image zero-padded by padding on both spatial axes and cut back to (H, W) at a random shift. */
    private static PyClass crop(PyClass transform) {
        PyClass c = PyClass.library("RandomCrop", "needle.data", transform);
        c.method("__init__", a -> {
            self(a.expect(0, 1, "padding")).setOwn("padding", (long) a.integer(0, "padding", 3));
            return null;
        });
        c.method("__call__", a -> {
            int pad = Math.toIntExact(Values.toLong(self(a.expect(1, 1, "img")).own("padding"), "padding"));
            NDArray img = image(a);
            NumpyRandom rng = a.interpreter().random();
            // np.random.randint(low=-padding, high=padding + 1, size=2)
            int dx = -pad + Permutation.interval(rng, 2 * pad), dy = -pad + Permutation.interval(rng, 2 * pad);
            int[] s = img.shape();
            double[] v = img.toArray(), out = new double[v.length];
            for (int h = 0; h < s[0]; h++)
                for (int w = 0; w < s[1]; w++) {
                    int sh = h + dx, sw = w + dy; // the pixel of the original image under (h, w) of the crop; zero padding outside
                    if (sh < 0 || sh >= s[0] || sw < 0 || sw >= s[1]) continue;
                    System.arraycopy(v, (sh * s[1] + sw) * s[2], out, (h * s[1] + w) * s[2], s[2]);
                }
            return array(NDArray.of(out, s), a.get(0));
        });
        return c;
    }

    /** The image argument of a transform: an array of shape (H, W, C). */
    private static NDArray image(Args a) {
        Tensor t = a.tensorValue(a.get(0), "img");
        if (t.ndim() != 3) throw a.error("img must be an H x W x C array, got " + t.ndim() + " dimensions");
        return t.value();
    }

    private static Object array(NDArray values) {
        return NpArray.fromTensor(Tensor.constant(values));
    }

    /** A transform's result: an array of the image's type (float32 for needle's MNIST images, float64 otherwise). */
    private static Object array(NDArray values, Object image) {
        return Numpy.isFloat32(image) || image instanceof Tensor t && t.isFloat32() ? Numpy.float32Array(values) : array(values);
    }

    private static String text(Args a, int index, String name) {
        if (!(a.option(index, name, null) instanceof String s)) throw a.error(name + " must be a string");
        return s;
    }

    private static PyInstance self(Args a) {
        if (!(a.self() instanceof PyInstance i)) throw PyError.type("descriptor '" + a.function() + "' needs an instance");
        return i;
    }
}
