package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.GradMode;
import dev.adjoint.autograd.MemoryOverlap;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.Views;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch's (and NumPy's) subscripts {@code x[...]} and {@code x[...] = v}. Items are
 * {@link Index.At} (an integer), {@link Index.Slice}, {@link #NEW_AXIS} (None), {@link #ELLIPSIS}
 * and tensors: int64 (indices) or bool (masks). Basic subscripts (no tensors) read through the
 * view op {@link GetItem}; advanced ones pick entries by position ({@link Take}), so gradients
 * flow back to the picked entries. Assignment writes the located entries in place
 * ({@link IndexPut}). The two libraries differ where an integer stands among index tensors
 * ({@link Rule}).
 */
public final class Indexing {
    /** {@code None} in a subscript: a new axis of size 1. */
    public static final Object NEW_AXIS = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** {@code ...} in a subscript: as many full slices as the other items leave. */
    public static final Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "...";
        }
    };

    private Indexing() {}

    /**
     * Whose subscript: PyTorch applies integers, slices and None first, as a view, and then the
     * index tensors to the dims of that view (so an integer is never an index tensor, and error
     * messages count the view's dims); NumPy counts an integer among the index arrays when there
     * are any (their block of axes then moves first unless adjacent) and names the array's axes.
     */
    public enum Rule {
        TORCH,
        NUMPY
    }

    /** Whether an index tensor is among the items (a loop: X[i:i + 1] in a training loop is met cold, before the JIT, where a stream costs). */
    private static boolean anyTensor(List<?> items) {
        for (Object i : items) if (i instanceof Tensor) return true;
        return false;
    }

    /** x[items], as PyTorch. */
    public static Tensor get(Tensor x, List<?> items) {
        return get(x, items, Rule.TORCH);
    }

    /** x[items]. */
    public static Tensor get(Tensor x, List<?> items, Rule rule) {
        if (!anyTensor(items))
            return basic(x, rule == Rule.TORCH ? torchPlan(x.shape(), items).basicItems() : expandEllipsis(items, x.ndim()));
        Located at = locate(x.shape(), items, rule);
        List<Tensor> indices = rule == Rule.TORCH ? torchIndices(items, x.ndim()) : null;
        if (indices == null) return Ops.take(x, at.positions, at.shape);
        int[] sizes = x.shape();
        return Tensor.apply(new Take(at.positions, at.shape, "IndexBackward0", Op.CONSTANT, into -> into.tensors("indices", indices).int64s("self_sizes", sizes)), x);
    }

    /**
     * The indices PyTorch's IndexBackward0 saves when the subscript is index tensors alone (and an
     * Ellipsis): each tensor itself, a None for each dim the Ellipsis spans; null for a subscript
     * with slices, integers or None, which PyTorch applies first as views of their own.
     */
    private static List<Tensor> torchIndices(List<?> items, int ndim) {
        int consumed = 0;
        for (Object item : items) {
            if (item == ELLIPSIS) continue;
            if (!(item instanceof Tensor t)) return null;
            consumed += t.dtype() == DType.BOOL ? t.ndim() : 1;
        }
        List<Tensor> out = new ArrayList<>();
        for (Object item : items)
            if (item == ELLIPSIS) for (int i = consumed; i < ndim; i++) out.add(null);
            else out.add((Tensor) item);
        return out;
    }

    /**
     * The number x[i, j, ...] holds, for an integer per axis: read in place, without the view and
     * the copy of x that {@link #get} makes (so a loop reading and writing entries costs what it
     * touches).
     */
    public static double element(Tensor x, List<Index.At> index) {
        int[] shape = x.shape();
        int p = 0;
        for (int d = 0; d < shape.length; d++) {
            int i = index.get(d).index();
            checkBound(i, d, shape[d]);
            p = p * shape[d] + (i < 0 ? i + shape[d] : i);
        }
        return x.entry(p);
    }

    /**
     * x[items] for basic items (integers, slices, None, ...) as a view of x's data (see
     * {@link Views}), its entries located from the items alone: what they hold, not x's size.
     */
    public static Tensor view(Tensor x, List<?> items) {
        return view(x, items, Rule.TORCH);
    }

    public static Tensor view(Tensor x, List<?> items, Rule rule) {
        int[] shape = x.shape();
        return Views.of(x, t -> get(t, items, rule), () -> locate(shape, items, rule).positions());
    }

    /** The flat positions x[items] picks (row-major, in its order) and the shape of x[items]: {positions, shape}; PyTorch's rule. */
    public static int[][] located(int[] shape, List<?> items) {
        Located at = locate(shape, items, Rule.TORCH);
        return new int[][] {at.positions(), at.shape()};
    }

    /** x[items] = value as PyTorch. */
    public static Tensor set(Tensor x, List<?> items, Tensor value) {
        return set(x, items, value, Rule.TORCH);
    }

    /** x[items] = value, in place (value broadcast to the shape of x[items] and cast to x's type); returns x. */
    public static Tensor set(Tensor x, List<?> items, Tensor value, Rule rule) {
        Located at = locate(x.shape(), items, rule);
        boolean throughView = writesThroughView(x.shape(), items), advanced = anyTensor(items);
        if (throughView && x.isLeaf() && x.requiresGrad() && GradMode.isEnabled())
            throw new AutogradException("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        checkOverlap(x, items, at, value, rule);
        Tensor v = value.dtype() == x.dtype() || !x.dtype().isFloating() && value.dtype().ordinal() > x.dtype().ordinal()
                ? value.to(x.dtype()) : value;
        v = withoutLeadingOnes(v);
        // basic items copy into a view, which expands the value with expand's errors; index tensors go through index_put_
        if (!advanced && v.ndim() > 0) Ops.expandTarget(v, at.shape);
        String torchName = throughView ? "CopySlices" : advanced ? "IndexPutBackward0" : value.ndim() == 0 ? "FillBackward3" : "CopyBackwards";
        return Ops.indexPut(x, at.positions, at.shape, v, torchName);
    }

    /**
     * Whether PyTorch writes x[items] = v into a view of x (CopySlices) rather than into x itself:
     * integers, None and 0-d bools make views, and so does a slice unless PyTorch's shortcut for a
     * whole dim sees it: start 0 (or none), stop the dim's size, step 1, as written (x[:] has stop
     * sys.maxsize there, so it is a view). Ellipsis and index tensors leave x as it is.
     */
    private static boolean writesThroughView(int[] shape, List<?> items) {
        int dim = 0, consumed = 0;
        for (Object item : items)
            if (item != ELLIPSIS && item != NEW_AXIS) consumed += item instanceof Tensor t && t.dtype() == DType.BOOL ? t.ndim() : 1;
        for (Object item : items) {
            if (item == ELLIPSIS) dim += shape.length - consumed;
            else if (item == NEW_AXIS || item instanceof Index.At) return true;
            else if (item instanceof Index.Slice sl) {
                boolean forward = sl.step() == null || sl.step() == 1; // a missing start is 0 then
                boolean whole = forward && (sl.start() == null || sl.start() == 0) && sl.stop() != null && sl.stop() == shape[dim];
                if (!whole) return true;
                dim++;
            } else if (item instanceof Tensor t && t.dtype() == DType.BOOL) {
                if (t.ndim() == 0) return true;
                dim += t.ndim();
            } else dim++;
        }
        return false;
    }

    /**
     * The value of an assignment without its leading dims of size 1 (a view): PyTorch (slicePrefix1sDims)
     * and NumPy both let {@code t[i] = row} take a (1, n) row for an (n,) slot.
     */
    private static Tensor withoutLeadingOnes(Tensor v) {
        int[] s = v.shape();
        int lead = 0;
        while (lead < s.length && s[lead] == 1) lead++;
        return lead == 0 ? v : Ops.view(v, Arrays.copyOfRange(s, lead, s.length));
    }

    /**
     * PyTorch's refusal of a write that reads what it writes ({@code f[1:3] = f[0:2]}, see
     * {@link MemoryOverlap}): basic items copy into their view (a source on exactly those entries
     * is fine); with index tensors the value is put into the basic items' view, and any shared
     * entry is refused. A 0-d value is a fill: nothing is read back.
     */
    private static void checkOverlap(Tensor x, List<?> items, Located at, Tensor value, Rule rule) {
        if (value.ndim() == 0) return;
        boolean advanced = anyTensor(items);
        int[] target = advanced ? locate(x.shape(), basicPart(items, rule), rule).positions() : at.positions;
        MemoryOverlap.Status s = MemoryOverlap.of(x, target, value);
        if (s == MemoryOverlap.Status.PARTIAL || advanced && s == MemoryOverlap.Status.FULL) throw new AutogradException(MemoryOverlap.MESSAGE);
    }

    /**
     * The items with each index tensor replaced by full slices over the dims it indexes (PyTorch:
     * one for any mask but a 0-d one, a new axis; see {@link #torchPlan}).
     */
    private static List<Object> basicPart(List<?> items, Rule rule) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Tensor t)) out.add(item);
            else if (t.dtype() != DType.BOOL) out.add(Index.Slice.ALL);
            else if (rule == Rule.TORCH) out.add(t.ndim() == 0 ? NEW_AXIS : Index.Slice.ALL);
            else for (int k = 0; k < t.ndim(); k++) out.add(Index.Slice.ALL);
        }
        return out;
    }

    /** Basic indexing: a view op for the integers and slices, then new axes of size 1 where None stood. */
    private static Tensor basic(Tensor x, List<Object> items) {
        int[] s = x.shape();
        List<Index> plain = new ArrayList<>();
        List<Integer> outShape = new ArrayList<>();
        int dim = 0;
        for (Object item : items) {
            if (item == NEW_AXIS) {
                outShape.add(1);
                continue;
            }
            Index i = (Index) item;
            if (i instanceof Index.At at) checkBound(at.index(), dim, s[dim]);
            else outShape.add(((Index.Slice) i).length(s[dim]));
            plain.add(i);
            dim++;
        }
        for (int d = dim; d < s.length; d++) outShape.add(s[d]);
        boolean trivial = true;
        for (Index i : plain) trivial &= i instanceof Index.Slice c && c.start() == null && c.stop() == null && c.step() == null;
        Tensor r = trivial ? x : Ops.getItem(x, plain);
        int[] target = new int[outShape.size()];
        for (int d = 0; d < target.length; d++) target[d] = outShape.get(d);
        if (!Arrays.equals(target, r.shape())) r = Ops.unsqueezeTo(r, target);
        return r;
    }

    private static List<Object> expandEllipsis(List<?> items, int ndim) {
        int consumed = 0, ellipses = 0;
        for (Object item : items) {
            if (item == ELLIPSIS) ellipses++;
            else if (item != NEW_AXIS) consumed += item instanceof Tensor t && t.dtype() == DType.BOOL ? Math.max(t.ndim(), 0) : 1;
        }
        if (ellipses > 1) throw new AutogradException("an index can only have a single ellipsis ('...')");
        if (consumed > ndim) throw tooManyIndices(items, ndim);
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            if (item == ELLIPSIS) for (int k = consumed; k < ndim; k++) out.add(Index.Slice.ALL);
            else out.add(item);
        }
        return out;
    }

    /**
     * PyTorch's IndexErrors for more indices than dims. A lone int or slice on a 0-d tensor takes
     * PyTorch's shortcut for one item, with messages of its own (the old loss.data[0] idiom; any
     * other int is out of bounds there); with other items (S[..., 0]) it is "too many indices".
     */
    private static IndexOutOfBounds tooManyIndices(List<?> items, int ndim) {
        Object only = items.size() == 1 ? items.get(0) : null;
        if (ndim == 0 && only instanceof Index.At at && at.index() == 0)
            return new IndexOutOfBounds("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        if (ndim == 0 && only instanceof Index.At at) return new IndexOutOfBounds("index " + at.index() + " is out of bounds for dimension 0 with size 0");
        if (ndim == 0 && only instanceof Index.Slice) return new IndexOutOfBounds("slice() cannot be applied to a 0-dim tensor.");
        return new IndexOutOfBounds("too many indices for tensor of dimension " + ndim);
    }

    private static void checkBound(long i, int dim, int size) {
        if (i < -size || i >= size) throw new IndexOutOfBounds("index " + i + " is out of bounds for dimension " + dim + " with size " + size);
    }

    /** An index out of range: Python's IndexError (also nll_loss's target out of range, as PyTorch says). */
    public static final class IndexOutOfBounds extends AutogradException {
        public IndexOutOfBounds(String message) {
            super(message);
        }
    }

    /** The flat positions x[items] reads, in row-major order of its result, and that result's shape. */
    private record Located(int[] positions, int[] shape) {}

    /** One item after masks became index arrays: a slice over a dim, an integer (basic: drops its dim), a new axis, or an index array. */
    private record Item(int kind, int dim, int start, int step, int length, long[] indices, int[] indexShape) {
        static final int SLICE = 0, AT = 1, AXIS = 2, ARRAY = 3;
    }

    /** The dim of an index array over a new axis of size 1 (a 0-d bool index): it moves no position. */
    private static final int NEW_DIM = -1;

    /** The positions and shape of x[items]; items as written (an ellipsis not yet expanded). */
    private static Located locate(int[] shape, List<?> items, Rule rule) {
        if (rule == Rule.NUMPY) return locateAll(shape, expandEllipsis(items, shape.length), rule);
        TorchPlan plan = torchPlan(shape, items);
        if (plan.recorded().isEmpty()) return locateAll(shape, plan.basicItems(), rule);
        // the view as strides over x's entries (not its positions: x[:-1, idx] of a big x would list them all)
        int[] xStrides = Shapes.rowMajorStrides(shape);
        List<Integer> vShape = new ArrayList<>(), vStrides = new ArrayList<>();
        int offset = 0, d = 0;
        for (Object item : plan.basicItems()) {
            if (item == NEW_AXIS) {
                vShape.add(1);
                vStrides.add(0);
            } else if (item instanceof Index.At at) {
                offset += (at.index() < 0 ? at.index() + shape[d] : at.index()) * xStrides[d++];
            } else {
                Index.Slice sl = (Index.Slice) item;
                int[] r = sliceStart(sl, shape[d]);
                offset += r[0] * xStrides[d];
                vShape.add(sl.length(shape[d]));
                vStrides.add(r[1] * xStrides[d++]);
            }
        }
        for (; d < shape.length; d++) {
            vShape.add(shape[d]);
            vStrides.add(xStrides[d]);
        }
        int[] viewShape = vShape.stream().mapToInt(Integer::intValue).toArray();
        List<Object> indexItems = new ArrayList<>();
        int consumed = 0;
        for (Object r : plan.recorded()) {
            indexItems.add(r == null ? Index.Slice.ALL : r);
            consumed += r instanceof Tensor t && t.dtype() == DType.BOOL ? t.ndim() : 1;
        }
        if (Math.max(consumed, indexItems.size()) > viewShape.length)
            throw new IndexOutOfBounds("too many indices for tensor of dimension " + viewShape.length + " (got " + Math.max(consumed, indexItems.size()) + ")");
        Located picked = locateAll(viewShape, indexItems, rule);
        int[] positions = picked.positions();
        for (int e = 0; e < positions.length; e++) {
            int rest = positions[e], pos = offset;
            for (int a = viewShape.length - 1; a >= 0; a--) {
                pos += rest % viewShape[a] * vStrides.get(a);
                rest /= viewShape[a];
            }
            positions[e] = pos;
        }
        return picked;
    }

    /**
     * PyTorch's reading of a subscript (applySlicing): integers, slices and None make a view of x
     * first ({@code basicItems}, as positions of x), each at the dim the items before it leave; an
     * integer's bound error names its place in the subscript. Each index tensor is recorded at the
     * view's dim where it stands ({@code recorded}, null between them) and indexes the view after.
     * A mask of k dims takes one dim of the walk, as PyTorch 1.13 counts it, and k dims when it
     * indexes; a 0-d bool is a new axis indexed by [0] (True) or by nothing (False); every
     * ellipsis stands for the dims the other items leave (PyTorch takes several).
     */
    private static TorchPlan torchPlan(int[] shape, List<?> items) {
        int specified = 0;
        for (Object item : items)
            if (item != ELLIPSIS && item != NEW_AXIS) specified += item instanceof Tensor t && t.dtype() == DType.BOOL ? t.ndim() : 1;
        if (specified > shape.length) throw tooManyIndices(items, shape.length);
        List<Integer> view = new ArrayList<>();
        for (int n : shape) view.add(n);
        List<Object> basicItems = new ArrayList<>(), recorded = new ArrayList<>();
        int dim = 0, ofX = 0; // the dim of the view an item takes; the dims of x taken so far
        for (int k = 0; k < items.size(); k++) {
            Object item = items.get(k);
            if (item == ELLIPSIS) {
                for (int j = specified; j < shape.length; j++, dim++)
                    if (ofX < shape.length) {
                        basicItems.add(Index.Slice.ALL);
                        ofX++;
                    }
            } else if (item == NEW_AXIS || item instanceof Tensor t && t.dtype() == DType.BOOL && t.ndim() == 0) {
                checkDim(dim, view.size() + 1);
                view.add(dim, 1);
                basicItems.add(NEW_AXIS);
                if (item instanceof Tensor t) record(recorded, dim, boolIndex(t.value().toArray()[0] != 0));
                dim++;
            } else if (item instanceof Index.At at) {
                checkBound(at.index(), k, dim < view.size() ? view.get(dim) : 0);
                view.remove(dim);
                basicItems.add(at);
                ofX++;
            } else if (item instanceof Index.Slice sl) {
                checkDim(dim, view.size());
                view.set(dim, sl.length(view.get(dim)));
                basicItems.add(sl);
                dim++;
                ofX++;
            } else { // an index tensor: its dim of the view stays whole (past x's dims: the index step's "too many indices")
                record(recorded, dim, item);
                if (ofX++ < shape.length) basicItems.add(Index.Slice.ALL);
                dim++;
            }
        }
        return new TorchPlan(basicItems, recorded);
    }

    /** {@link #torchPlan}'s reading: the view's items (positions of x) and the index tensors at the view's dims. */
    private record TorchPlan(List<Object> basicItems, List<Object> recorded) {}

    /** PyTorch's error for a dim past the end (several ellipses can walk there). */
    private static void checkDim(int dim, int ndim) {
        if (dim >= ndim)
            throw new IndexOutOfBounds("Dimension out of range (expected to be in range of [" + -ndim + ", " + (ndim - 1) + "], but got " + dim + ")");
    }

    private static void record(List<Object> recorded, int dim, Object index) {
        while (recorded.size() <= dim) recorded.add(null);
        recorded.set(dim, index);
    }

    /** PyTorch's index for a 0-d bool over its new axis: [0] for True, empty for False. */
    private static Tensor boolIndex(boolean on) {
        return Tensor.constant(NDArray.of(on ? new double[] {0} : new double[0], on ? 1 : 0), DType.INT64);
    }

    /**
     * The positions and shape of x[items] with every item in one pass: basic items alone (both
     * rules), or NumPy's advanced indexing, or PyTorch's index step (no integers left then).
     * NumPy checks each index array's bounds as it reads it, naming the array's axis; PyTorch
     * checks them entry by entry of the result, naming the index tensor's place among them.
     */
    private static Located locateAll(int[] shape, List<Object> items, Rule rule) {
        boolean advanced = anyTensor(items);
        List<Item> parsed = new ArrayList<>();
        int dim = 0;
        for (Object item : items) {
            if (item == NEW_AXIS) {
                parsed.add(new Item(Item.AXIS, -1, 0, 0, 1, null, null));
            } else if (item instanceof Index.Slice sl) {
                int length = sl.length(shape[dim]); // Python's slice rules
                int[] r = sliceStart(sl, shape[dim]);
                parsed.add(new Item(Item.SLICE, dim, r[0], r[1], length, null, null));
                dim++;
            } else if (item instanceof Index.At at) {
                checkBound(at.index(), dim, shape[dim]);
                if (advanced) parsed.add(new Item(Item.ARRAY, dim, 0, 0, 0, new long[] {at.index()}, new int[0]));
                else parsed.add(new Item(Item.AT, dim, at.index() < 0 ? at.index() + shape[dim] : at.index(), 0, 0, null, null));
                dim++;
            } else if (item instanceof Tensor t && t.dtype() == DType.BOOL) {
                for (int k = 0; k < t.ndim(); k++)
                    if (t.shape()[k] != shape[dim + k])
                        throw new IndexOutOfBounds("The shape of the mask " + Tensor.torchShape(t.shape()) + " at index " + k
                                + " does not match the shape of the indexed tensor " + Tensor.torchShape(shape) + " at index " + (dim + k));
                if (t.ndim() == 0) { // PyTorch: a new axis of size 1, indexed by [0] (True) or by nothing (False)
                    boolean on = t.value().toArray()[0] != 0;
                    parsed.add(new Item(Item.ARRAY, NEW_DIM, 0, 0, 0, on ? new long[] {0} : new long[0], new int[] {on ? 1 : 0}));
                    continue;
                }
                long[][] nz = nonzero(t.value());
                for (int k = 0; k < t.ndim(); k++) parsed.add(new Item(Item.ARRAY, dim + k, 0, 0, 0, nz[k], new int[] {nz[k].length}));
                dim += t.ndim();
            } else if (item instanceof Tensor t) {
                if (t.dtype() != DType.INT64) throw new IndexOutOfBounds("tensors used as indices must be long, byte or bool tensors");
                double[] v = t.value().toArray();
                long[] idx = new long[v.length];
                for (int k = 0; k < v.length; k++) {
                    idx[k] = (long) v[k];
                    if (rule == Rule.NUMPY) checkBound(idx[k], dim, shape[dim]);
                }
                parsed.add(new Item(Item.ARRAY, dim, 0, 0, 0, idx, t.shape()));
                dim++;
            } else {
                throw new AutogradException("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got "
                        + item + ")");
            }
        }
        for (int d = dim; d < shape.length; d++) parsed.add(new Item(Item.SLICE, d, 0, 1, shape[d], null, null));

        // the index arrays broadcast together; their block of axes goes where they stand if adjacent, else first (NumPy's rule)
        int[] block = new int[0];
        int first = -1, last = -1;
        for (int k = 0; k < parsed.size(); k++) {
            Item it = parsed.get(k);
            if (it.kind() != Item.ARRAY) continue;
            try {
                block = Shapes.broadcast(block, it.indexShape());
            } catch (RuntimeException e) {
                throw new IndexOutOfBounds("shape mismatch: indexing tensors could not be broadcast together with shapes " + shapesOf(parsed));
            }
            if (first < 0) first = k;
            last = k;
        }
        boolean adjacent = true;
        for (int k = first; k >= 0 && k <= last; k++) adjacent &= parsed.get(k).kind() == Item.ARRAY;
        List<Integer> outShape = new ArrayList<>();
        List<Integer> axisItem = new ArrayList<>(); // for each output axis, the item it walks (-1: the block)
        if (first >= 0 && !adjacent) for (int b : block) { outShape.add(b); axisItem.add(-1); }
        for (int k = 0; k < parsed.size(); k++) {
            Item it = parsed.get(k);
            if (it.kind() == Item.ARRAY) {
                if (adjacent && k == first) for (int b : block) { outShape.add(b); axisItem.add(-1); }
            } else if (it.kind() != Item.AT) {
                outShape.add(it.length());
                axisItem.add(k);
            }
        }
        int[] out = outShape.stream().mapToInt(Integer::intValue).toArray();
        dev.adjoint.ndarray.Limits.checkShape(out);
        int[] strides = Shapes.rowMajorStrides(shape);
        int total = Shapes.size(out);
        int[] positions = new int[total];
        int[] multi = new int[out.length];
        int[] blockIdx = new int[block.length];
        int fixed = 0; // the integers of basic indexing
        for (Item it : parsed) if (it.kind() == Item.AT) fixed += it.start() * strides[it.dim()];
        for (int e = 0; e < total; e++) {
            int pos = fixed;
            for (int a = 0, b = 0; a < out.length; a++) {
                int k = axisItem.get(a);
                if (k < 0) {
                    blockIdx[b++] = multi[a];
                    continue;
                }
                Item it = parsed.get(k);
                if (it.kind() == Item.SLICE) pos += (it.start() + multi[a] * it.step()) * strides[it.dim()];
            }
            int ordinal = 0;
            for (Item it : parsed) {
                if (it.kind() != Item.ARRAY) continue;
                if (it.dim() == NEW_DIM) continue;
                long i = it.indices()[broadcastOffset(blockIdx, block, it.indexShape())];
                if (rule == Rule.TORCH) checkBound(i, ordinal++, shape[it.dim()]);
                pos += (int) (i < 0 ? i + shape[it.dim()] : i) * strides[it.dim()];
            }
            positions[e] = pos;
            for (int a = out.length - 1; a >= 0; a--) {
                if (++multi[a] < out[a]) break;
                multi[a] = 0;
            }
        }
        return new Located(positions, out);
    }

    /** {first index, step} of a slice over an axis of size n. */
    private static int[] sliceStart(Index.Slice sl, int n) {
        int step = sl.step() == null ? 1 : sl.step();
        int start;
        if (sl.start() == null) start = step > 0 ? 0 : n - 1;
        else {
            start = sl.start() < 0 ? sl.start() + n : sl.start();
            start = step > 0 ? Math.max(0, Math.min(n, start)) : Math.max(-1, Math.min(n - 1, start));
        }
        return new int[] {start, step};
    }

    /** The position in an index array of {@code shape} that element {@code idx} of the broadcast {@code block} reads. */
    private static int broadcastOffset(int[] idx, int[] block, int[] shape) {
        int off = 0, lead = block.length - shape.length;
        for (int d = 0; d < shape.length; d++) off = off * shape[d] + (shape[d] == 1 ? 0 : idx[lead + d]);
        return off;
    }

    /** The coordinates of the nonzero entries, one array per axis, in row-major order. */
    static long[][] nonzero(NDArray mask) {
        double[] m = mask.toArray();
        int[] s = mask.shape();
        int count = 0;
        for (double v : m) if (v != 0) count++;
        long[][] out = new long[s.length][count];
        int[] strides = Shapes.rowMajorStrides(s);
        for (int i = 0, k = 0; i < m.length; i++) {
            if (m[i] == 0) continue;
            int rest = i;
            for (int d = 0; d < s.length; d++) {
                out[d][k] = rest / strides[d];
                rest %= strides[d];
            }
            k++;
        }
        return out;
    }

    private static String shapesOf(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        for (Item it : items) if (it.kind() == Item.ARRAY) sb.append(sb.length() > 0 ? ", " : "").append(Tensor.torchShape(it.indexShape()));
        return sb.toString();
    }
}
