package dev.adjoint.autograd;

import dev.adjoint.autograd.op.IndexPut;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.Int64Arithmetic;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import dev.adjoint.undo.Clock;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of the computational graph: a value, the op and inputs that produced it (none for a
 * leaf), whether gradients flow to it, and the gradient accumulated by {@code backward}.
 *
 * <p>Values are immutable arrays; PyTorch's in-place semantics sit on top. An in-place change
 * installs a new array and raises the tensor's version. When grad mode records it, the tensor
 * object becomes the new node (names, lists and modules holding it see the change) and the node
 * it was moves to a fresh object, its {@code previous}; a node made before the change still
 * finds that one, because {@link #input} follows {@code previous} while the input is younger
 * than the node using it. So graphs built before a change keep their recorded values and
 * edges, and PyTorch's checks (saved tensor changed, leaf changed) are made from creation
 * numbers and the version counter's history instead of a version stored in every node.
 *
 * <p>A 0-d value is held as a plain {@code double} in the tensor rather than as an
 * {@link NDArray}: the lecture's scalar graphs have millions of such nodes, and a 0-d array
 * would add 56 bytes and two objects to each (see {@link ScalarRule} for the fast path that
 * computes them). {@link #value()} makes a 0-d array for callers that want one.
 */
public final class Tensor implements Undoable {
    private static final Tensor[] NO_INPUTS = new Tensor[0];
    private static final int[] NO_AXES = new int[0];

    private NDArray value; // null for a 0-d value (held in scalar) and while the data lives in a cell shared with aliases
    private double scalar;
    private Op op;
    // The inputs: nearly every op has one or two, held in fields; an array would be a second object
    // per node for the collector to copy (a million-node scalar graph: 88 bytes a node became 72).
    private Tensor first, second;
    private long seq; // creation order (on the undo Clock): ties in the lecture's depth order, and the clock of in-place changes
    private Alias alias; // null for most tensors
    private Rare rare; // null for most tensors
    private byte dtype; // a DType's ordinal
    private byte flags; // REQUIRES_GRAD, RETAINS_GRAD, RELEASED, NEEDLE, OWNS_VALUE, FLOAT32, SHARED_RARE, WRAPPED_NUMBER
    // What few nodes have is kept apart, and the type and flags in bytes: a scalar graph's node is
    // then 56 bytes (72 with them in fields), and the collector copies every node of a live graph.

    private static final DType[] DTYPES = DType.values();
    private static final byte FLOAT64 = (byte) DType.FLOAT64.ordinal();
    private static final byte REQUIRES_GRAD = 1, RETAINS_GRAD = 2;
    /** Its saved tensors were freed by a backward pass without retain_graph (PyTorch's second-backward error). */
    private static final byte RELEASED = 4;
    /** Made by needle's API ({@code ndl.Tensor}) or computed from such a tensor: needle's rules where they differ from PyTorch's. */
    private static final byte NEEDLE = 8;
    /**
     * {@code value} is a private copy that no one else has seen since this tensor made it: an entry
     * write ({@link #writeAt}) may change it in place. Cleared when the array is handed out
     * ({@link #value()}) or recorded for undo.
     */
    private static final byte OWNS_VALUE = 16;
    /**
     * needle's float32 (ndl.Tensor(data, dtype="float32"), a NumPy float32 array's tensor): every
     * value, the tensor's and each result's, rounded to float32 as NumPy computes in float32.
     */
    private static final byte FLOAT32 = 32;
    /** {@link #rare} is a name-only side object shared with other tensors of that name (see {@link #setName}): copied before any change. */
    private static final byte SHARED_RARE = 64;
    /** A Python number as an operand (PyTorch's wrapped number): it counts last in type promotion (see {@link DType#of}). */
    private static final byte WRAPPED_NUMBER = (byte) 128;

    /** The fields few tensors need: a gradient (leaves, retained nodes), a name (the lecture's inputs), inputs past two. */
    private static final class Rare {
        Tensor grad;
        String name;
        Tensor[] more; // all the inputs of an op with three or more; null otherwise
        boolean inference; // made in inference mode (see InferenceMode)
        boolean float64; // asked for as float64 (see asksFloat64)
        NodeObject nodeObject; // the language's object for this node (see nodeObject); never shared

        Rare copy() {
            Rare r = new Rare();
            r.grad = grad;
            r.name = name;
            r.more = more;
            r.inference = inference;
            r.float64 = float64;
            return r;
        }
    }

    private Rare rare() {
        if (rare == null) rare = new Rare();
        else if (is(SHARED_RARE)) {
            rare = rare.copy();
            set(SHARED_RARE, false);
        }
        return rare;
    }

    /**
     * The name-only side object given last (a loop's {@code x = ...} names a new node x on every
     * pass: one shared object instead of 24 bytes a node). Never changed once made.
     */
    private static volatile Rare lastNamed;

    private Tensor[] more() {
        Rare r = rare;
        return r == null ? null : r.more;
    }

    private boolean is(byte flag) {
        return (flags & flag) != 0;
    }

    private void set(byte flag, boolean on) {
        flags = (byte) (on ? flags | flag : flags & ~flag);
    }

    private Tensor(NDArray value, Op op, Tensor[] inputs, boolean requiresGrad, DType dtype) {
        hold(value);
        this.op = op;
        setInputs(inputs);
        set(REQUIRES_GRAD, requiresGrad);
        this.dtype = (byte) dtype.ordinal();
        this.seq = Clock.tick();
        if (InferenceMode.everUsed && InferenceMode.isEnabled()) rare().inference = true;
    }

    /** A tensor with a 0-d value. */
    private Tensor(double scalar, Op op, Tensor[] inputs, boolean requiresGrad, DType dtype) {
        this.scalar = scalar;
        this.op = op;
        setInputs(inputs);
        set(REQUIRES_GRAD, requiresGrad);
        this.dtype = (byte) dtype.ordinal();
        this.seq = Clock.tick();
        if (InferenceMode.everUsed && InferenceMode.isEnabled()) rare().inference = true;
    }

    /** A 0-d float64 result of op on one or two operands ({@code second} null for one): the scalar graphs' node, made without an inputs array. */
    private Tensor(double scalar, Op op, Tensor first, Tensor second) {
        this.scalar = scalar;
        this.op = op;
        this.first = first;
        this.second = second;
        set(REQUIRES_GRAD, op != null);
        this.dtype = FLOAT64;
        this.seq = Clock.tick();
        if (InferenceMode.everUsed && InferenceMode.isEnabled()) rare().inference = true;
    }

    private void setInputs(Tensor[] ins) {
        boolean many = ins.length > 2;
        if (many || more() != null) rare().more = many ? ins : null;
        first = ins.length > 0 && !many ? ins[0] : null;
        second = ins.length > 1 && !many ? ins[1] : null;
    }

    /** Makes {@code v} this tensor's own value (a 0-d one as a plain double). */
    private void hold(NDArray v) {
        set(OWNS_VALUE, false);
        if (v != null && v.ndim() == 0) {
            scalar = v.item();
            value = null;
        } else {
            value = v;
        }
    }

    /** A float64 leaf: an input when it requires grad, a constant otherwise. */
    public static Tensor leaf(NDArray value, boolean requiresGrad) {
        return new Tensor(value, null, NO_INPUTS, requiresGrad, DType.FLOAT64);
    }

    /** A leaf of the given element type; only a floating one can require grad. */
    public static Tensor leaf(NDArray value, boolean requiresGrad, DType dtype) {
        if (requiresGrad && !dtype.isFloating()) throw new AutogradException("Only Tensors of floating point and complex dtype can require gradients");
        return new Tensor(cast(value, dtype), null, NO_INPUTS, requiresGrad, dtype);
    }

    public static Tensor constant(NDArray value) {
        return leaf(value, false);
    }

    public static Tensor constant(NDArray value, DType dtype) {
        return leaf(value, false, dtype);
    }

    /**
     * A constant of values already in {@code dtype}'s form (the caller cast or decoded them: a NumPy
     * array's values, bytes read as uint8), kept as they are: casting them again changes none and
     * would cost a pass over millions of elements (issue 16).
     */
    public static Tensor constantOfType(NDArray value, DType dtype) {
        return new Tensor(value, null, NO_INPUTS, false, dtype);
    }

    /** A Python number as an operand of a tensor op, of its type (int64, bool or float64): PyTorch's wrapped number. */
    public static Tensor wrappedNumber(double v, DType dtype) {
        Tensor t = new Tensor(v, null, NO_INPUTS, false, dtype);
        t.set(WRAPPED_NUMBER, true);
        return t;
    }

    /** Whether this is a Python number wrapped as an operand ({@link #wrappedNumber}). */
    public boolean isWrappedNumber() {
        return is(WRAPPED_NUMBER);
    }

    public static Tensor constant(double v) {
        return new Tensor(v, null, NO_INPUTS, false, DType.FLOAT64);
    }

    /**
     * Applies an op. The graph is recorded only when grad mode is on and some input requires grad
     * (and the result is floating), as in PyTorch; otherwise the result is a constant leaf and old
     * graphs can be released.
     */
    public static Tensor apply(Op op, Tensor... inputs) {
        boolean record = false, needle = false, float32 = false;
        for (Tensor in : inputs) {
            record |= in.is(REQUIRES_GRAD);
            needle |= in.is(NEEDLE);
            float32 |= in.is(FLOAT32);
        }
        if (float32) float32 = staysFloat32(inputs);
        Tensor t;
        if (!float32 && op instanceof ScalarRule rule && scalarOperands(inputs) && op.dtype(inputs) == DType.FLOAT64) {
            double y = rule.value(inputs[0].item(), inputs.length > 1 ? inputs[1].item() : 0);
            t = record && GradMode.isEnabled()
                    ? new Tensor(y, op, inputs, true, DType.FLOAT64)
                    : new Tensor(y, null, NO_INPUTS, false, DType.FLOAT64);
        } else {
            NDArray[] values = new NDArray[inputs.length];
            // NumPy casts a Python number (a 0-d operand) to float32 before a float32 op
            for (int i = 0; i < inputs.length; i++) values[i] = float32 && !inputs[i].is(FLOAT32) ? toFloat32(inputs[i].value()) : inputs[i].value();
            DType dt = op.dtype(inputs);
            castOperands(values, inputs, dt);
            NDArray out = dt.isInteger() ? op.computeInt64(values) : float32 ? op.computeNumpyFloat32(values) : op.compute(values);
            if (dt != DType.FLOAT64 && !(op.movesEntriesOnly() && sameType(inputs, dt))) out = cast(out, dt);
            else if (float32) out = toFloat32(out);
            t = record && dt.isFloating() && GradMode.isEnabled()
                    ? new Tensor(out, op, inputs, true, dt)
                    : new Tensor(out, null, NO_INPUTS, false, dt);
        }
        if (needle) needle(t);
        if (float32 && t.dtype == FLOAT64) t.set(FLOAT32, true);
        if (InferenceMode.everUsed && t.op != null) InferenceMode.checkSaved(t);
        if (SavedTensorHooks.everUsed && t.op != null) SavedTensorHooks.recorded(t);
        Anomaly.Recorder anomaly = Anomaly.current();
        if (anomaly != null) anomaly.created(t, op, inputs);
        return t;
    }

    /**
     * NumPy 1.24's value-based casting for an op with a float32 operand: the result stays float32
     * unless another operand is an array of more than 0 dimensions of another type (a Python
     * number, a 0-d value, is cast to float32 first).
     */
    private static boolean staysFloat32(Tensor[] inputs) {
        for (Tensor in : inputs) if (!in.is(FLOAT32) && in.ndim() > 0) return false;
        return true;
    }

    /** Whether every operand is of type {@code dt}. */
    private static boolean sameType(Tensor[] inputs, DType dt) {
        for (Tensor in : inputs) if (in.dtype() != dt) return false;
        return true;
    }

    /** PyTorch casts every operand to a narrow integer result type first: uint8 [1] // 300 divides by 300 wrapped to 44. */
    private static void castOperands(NDArray[] values, Tensor[] inputs, DType dt) {
        if (!dt.shownInRepr()) return;
        for (int i = 0; i < values.length; i++)
            if (inputs[i].dtype() != dt) values[i] = cast(values[i], dt);
    }

    private static NDArray toFloat32(NDArray a) {
        return a.map(v -> (float) v);
    }

    /**
     * {@link #apply(Op, Tensor...)} of one operand; a 0-d float64 one goes the scalar graphs' way
     * (see {@link #applyToScalars}), the others the general one.
     */
    public static Tensor apply(Op op, Tensor a) {
        if (op instanceof ScalarRule rule && a.isPlainScalar()) return applyToScalars(op, rule.value(a.item(), 0), a, null);
        return apply(op, new Tensor[] {a});
    }

    /** {@link #apply(Op, Tensor...)} of two operands, as {@link #apply(Op, Tensor)}. */
    public static Tensor apply(Op op, Tensor a, Tensor b) {
        if (op instanceof ScalarRule rule && a.isPlainScalar() && b.isPlainScalar()) return applyToScalars(op, rule.value(a.item(), b.item()), a, b);
        return apply(op, new Tensor[] {a, b});
    }

    /**
     * What {@link #apply(Op, Tensor...)} makes of 0-d float64 operands whose op has a
     * {@link ScalarRule} (worth {@code y}), without the operands in an array: the interpreter's
     * scalar loop made and dropped one per node (24 of its ~134 bytes a node).
     */
    private static Tensor applyToScalars(Op op, double y, Tensor a, Tensor b) {
        boolean record = (a.is(REQUIRES_GRAD) || (b != null && b.is(REQUIRES_GRAD))) && GradMode.isEnabled();
        Tensor t = record ? new Tensor(y, op, a, b) : new Tensor(y, null, null, null);
        if (InferenceMode.everUsed && record) InferenceMode.checkSaved(t);
        if (SavedTensorHooks.everUsed && record) SavedTensorHooks.recorded(t);
        if (a.is(NEEDLE) || (b != null && b.is(NEEDLE))) needle(t);
        Anomaly.Recorder anomaly = Anomaly.current();
        if (anomaly != null) anomaly.created(t, op, b == null ? new Tensor[] {a} : new Tensor[] {a, b});
        return t;
    }

    /** A 0-d float64 value of its own (no cell or view shared with another tensor). */
    private boolean isPlainScalar() {
        return value == null && alias == null && dtype == FLOAT64 && !is(FLOAT32);
    }

    /** A leaf of needle's: {@code numpy()} works while it requires grad, and results computed from it are needle's too. */
    public static Tensor needleLeaf(NDArray value, boolean requiresGrad) {
        Tensor t = leaf(value, requiresGrad);
        needle(t);
        return t;
    }

    /** Marks a new tensor as needle's, and counts it among the live ones (needle's TENSOR_COUNTER). */
    private static void needle(Tensor t) {
        t.set(NEEDLE, true);
        LiveNeedleTensors.born(t);
    }

    /** A needle leaf of float32 values (the values rounded to float32), as needle's dtype="float32" holds them; float64 when not {@code float32}. */
    public static Tensor needleLeaf(NDArray value, boolean requiresGrad, boolean float32) {
        Tensor t = needleLeaf(float32 ? toFloat32(value) : value, requiresGrad);
        t.set(FLOAT32, float32);
        return t;
    }

    /** Whether this needle tensor holds float32 values (rounded after every op). */
    public boolean isFloat32() {
        return is(FLOAT32);
    }

    /** Gives a new leaf made through needle's API (a parameter of a layer from needle.nn) needle's rules. */
    public void markNeedle() {
        if (!isLeaf()) throw new IllegalStateException("only a leaf can be marked as needle's");
        if (!is(NEEDLE)) needle(this);
    }

    /**
     * Gives a new leaf made through needle's API needle's rules and, when {@code float32}, needle's
     * default float32 type (its value rounded to float32), as needle.nn's layers make their parameters.
     */
    public void markNeedle(boolean float32) {
        markNeedle();
        if (!float32 || is(FLOAT32)) return;
        if (alias != null) throw new IllegalStateException("only a fresh leaf can become float32");
        hold(toFloat32(value()));
        set(FLOAT32, true);
    }

    /**
     * A constant operand for an op on {@code like}: a float32 needle one when like is float32 (as
     * needle's init makes its one-hot labels and dropout masks, so the result stays float32), else
     * a float64 one.
     */
    public static Tensor constantLike(NDArray value, Tensor like) {
        return like.isFloat32() ? needleLeaf(value, false, true) : constant(value);
    }

    /** Whether needle's API made this tensor or one it was computed from. */
    public boolean isNeedle() {
        return is(NEEDLE);
    }

    /** Whether a {@link ScalarRule} can compute op(inputs): one or two operands, all 0-d. */
    private static boolean scalarOperands(Tensor[] inputs) {
        if (inputs.length == 0 || inputs.length > 2) return false;
        for (Tensor in : inputs) if (!in.isScalar()) return false;
        return true;
    }

    /**
     * PyTorch's in-place op ({@code x.add_(y)}, {@code x += y}): this tensor takes the value
     * op(this, others...) and keeps its identity, and its version goes up. In grad mode with a
     * tensor that requires grad among the operands the change is recorded: the node this tensor
     * was becomes the new node's first input (see the class comment); a leaf that requires grad
     * refuses, as in PyTorch. Returns this.
     */
    public Tensor applyInPlace(Op op, Tensor... others) {
        Tensor r = changeInPlace(op, others);
        checkInferenceWrite(); // after the change, as PyTorch 1.13 checks it
        return r;
    }

    private Tensor changeInPlace(Op op, Tensor... others) {
        Tensor[] ins = new Tensor[others.length + 1];
        ins[0] = this;
        System.arraycopy(others, 0, ins, 1, others.length);
        if (viewCell() != null) viewCell().checkWritable();
        ViewCell view = autogradView();
        boolean record = false;
        for (Tensor in : ins) record |= in.is(REQUIRES_GRAD);
        record &= GradMode.isEnabled();
        if (record) checkRecordable(view);
        DType dt = op.dtype(ins), dtype = dtype();
        if (!dt.castsTo(dtype))
            throw new AutogradException("result type " + dt.scalarName() + " can't be cast to the desired output type " + dtype.scalarName());
        if (op instanceof IndexPut put && (!record || !dtype.isFloating())) { // x[index] = v: only the entries written
            writeAt(put.positions(), cast(put.entries(others[0].value()), dtype));
            return this;
        }
        NDArray[] values = new NDArray[ins.length];
        for (int i = 0; i < ins.length; i++) values[i] = ins[i].value();
        castOperands(values, ins, dt);
        NDArray out = dt.isInteger() ? op.computeInt64(values) : op.compute(values);
        if (!out.sameShape(shape()))
            throw new AutogradException("output with shape " + torchShape(shape()) + " doesn't match the broadcast shape " + torchShape(out.shape()));
        out = cast(out, dtype);
        if (!record || !dtype.isFloating()) {
            write(out);
            return this;
        }
        NDArray baseBefore = view != null ? view.base.value() : null, old = value();
        UndoLog.touch(this);
        versions().bump(Clock.tick());
        Alias a = alias;
        if (a.cell() != null) a.cell().set(out);
        else hold(out);
        rebase(op, old, ins);
        Anomaly.Recorder anomaly = Anomaly.current();
        if (anomaly != null) anomaly.created(this, op, ins);
        if (view != null) {
            // as PyTorch: the base becomes CopySlices(base before, this change), and this view a view of that
            int[] p = view.positionsInBase();
            view.base.rebase(Ops.copySlices(p, shape()), baseBefore, new Tensor[] {view.base, this});
            rebase(Ops.asStrided(p, shape()), value(), new Tensor[] {view.base});
        }
        return this;
    }

    /** PyTorch refuses to record an in-place change of a leaf that requires grad, or of a view of one. */
    private void checkRecordable(ViewCell view) {
        if (isLeaf() && is(REQUIRES_GRAD))
            throw new AutogradException("a leaf Variable that requires grad is being used in an in-place operation.");
        if (view != null && view.base.isLeaf() && view.base.is(REQUIRES_GRAD))
            throw new AutogradException("a view of a leaf Variable that requires grad is being used in an in-place operation.");
    }

    /**
     * PyTorch's in-place view ops ({@code x.t_()}, {@code x.unsqueeze_(0)}, ...): this tensor keeps
     * its identity and its entries, laid out as {@code layout} (an op that only moves entries) lays
     * them out, and its version goes up. Its data is not moved: a view stays a view of the same
     * base, and a tensor whose data others may share (its views, detach(), .data) lays that data
     * out anew over the same storage ({@link #relaidOut}). Recorded as layout's node in grad mode;
     * a leaf that requires grad refuses, as for other in-place ops. Returns this.
     */
    public Tensor restrideInPlace(Op layout) {
        boolean record = is(REQUIRES_GRAD) && GradMode.isEnabled();
        if (record) checkRecordable(autogradView());
        NDArray old = value(), out = layout.compute(new NDArray[] {old});
        UndoLog.touch(this);
        versions().bump(Clock.tick());
        Alias a = alias;
        if (a.cell() == null) hold(out);
        else alias = a.withCell(relaidOut(a.cell(), layout, out));
        if (record) {
            Tensor[] ins = {this};
            rebase(layout, old, ins);
            Anomaly.Recorder anomaly = Anomaly.current();
            if (anomaly != null) anomaly.created(this, layout, ins);
        }
        checkInferenceWrite(); // after the change, as PyTorch 1.13 checks it
        return this;
    }

    /**
     * Cell c's entries as layout lays them out, over c's storage: a view's cell for the same base,
     * or, for a cell that is no view, one with this tensor as its base that PyTorch does not count
     * as a view ({@code _base} None), as a tensor with new strides over its own storage.
     */
    private ViewCell relaidOut(DataCell c, Op layout, NDArray out) {
        ViewCell v = c instanceof ViewCell view ? view : null;
        int[] shape = c.shape(), before = v != null ? v.positions() : null;
        double[] p = new double[Shapes.size(shape)];
        for (int i = 0; i < p.length; i++) p[i] = before != null ? before[i] : i;
        double[] moved = layout.compute(new NDArray[] {NDArray.adopt(p, shape)}).toArray();
        int[] after = new int[moved.length];
        for (int i = 0; i < after.length; i++) after[i] = (int) moved[i];
        ViewCell r = new ViewCell(v != null ? v.base : this, v != null ? v.root() : c, () -> after, out, v != null && v.gradMode);
        r.aliasOnly = v == null || v.aliasOnly;
        return r;
    }

    /**
     * This tensor becomes the node op(ins) with its data and version unchanged; the node it was
     * moves to a fresh object holding {@code old} (nodes made before find it, see the class
     * comment). Every input that is this tensor means the node it was (x -= x, x.mul_(x),
     * x[:] = x): the new node must not list itself as an input (input() stops at its own seq).
     */
    private void rebase(Op op, NDArray old, Tensor[] ins) {
        UndoLog.touch(this);
        Alias a = alias != null ? alias : Alias.NONE;
        VersionCounter versions = a.versions() != null ? a.versions() : new VersionCounter();
        Tensor before = nodeAsItWas(old, versions);
        for (int i = 0; i < ins.length; i++) if (ins[i] == this) ins[i] = before;
        this.op = op;
        setInputs(ins);
        this.seq = Clock.tick();
        set(REQUIRES_GRAD, true);
        set(RELEASED, false);
        alias = a.withVersions(versions).withPrevious(before);
        if (GradHooks.any()) GradHooks.nodeMoved(this, before);
        NodeObject o = nodeObject();
        if (o != null) { // the object stands for the node, which is now before: it goes with it, and this tensor's next read makes one anew
            o.movedTo(before);
            before.rare().nodeObject = o;
            rare().nodeObject = null;
        }
    }

    /**
     * The object the language made for this node ({@code grad_fn}, a leaf's AccumulateGrad), null
     * before the first read: kept here so that every read gives the same object (PyTorch's node is
     * one Python object for its life) and it lives exactly as long as the node.
     */
    public NodeObject nodeObject() {
        Rare r = rare;
        return r == null ? null : r.nodeObject;
    }

    /** Keeps the language's object for this node (see {@link #nodeObject}). */
    public void setNodeObject(NodeObject o) {
        rare().nodeObject = o;
    }

    /**
     * A view whose base became a new node after it (an in-place change of the base or of another
     * view) becomes a view of that node, as PyTorch regenerates a view's grad_fn. The language
     * calls this where a user's tensor becomes an operand (and backward/grad on their roots), never
     * the engine while it walks a graph: the node changes identity.
     */
    public void syncView() {
        Alias a = alias;
        if (a == null || !(a.cell() instanceof ViewCell v) || !v.gradMode) return;
        Tensor base = v.base;
        if (base.seq < seq || !base.is(REQUIRES_GRAD) || !GradMode.isEnabled()) return;
        rebase(Ops.asStrided(v.positionsInBase(), shape()), value(), new Tensor[] {base});
    }

    /**
     * This fresh result of shape ops on {@code of} shares of's data at {@code positions} (see
     * {@link Views}). {@code giveBack}: the array this tensor holds is to be forgotten, and the data
     * stays owned by its cell, as it was before the shape ops read it.
     */
    void becomeViewOf(Tensor of, java.util.function.Supplier<int[]> positions, boolean giveBack) {
        ViewCell parent = of.viewCell();
        Tensor base = parent != null && !parent.aliasOnly ? parent.base : of; // a view of what PyTorch counts as no view has that tensor as its base
        DataCell root = parent != null ? parent.root() : of.cell();
        VersionCounter versions = of.versions();
        UndoLog.touch(this);
        ViewCell cell = new ViewCell(base, root, positions, value(), GradMode.isEnabled());
        alias = new Alias(cell, versions, null);
        of.inferenceLike(this);
        value = null;
        if (giveBack) {
            cell.forgetInitial();
            root.regain();
        }
    }

    /** Whether this tensor's data is a private copy no one has seen (see {@link #writeAt}); a view's is its base's. */
    boolean ownsData() {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell().owned();
        return is(OWNS_VALUE);
    }

    /** PyTorch's name of this tensor's grad_fn as it is now (null for a leaf): a view changed in place since shows AsStridedBackward0, as PyTorch regenerates it. */
    public String gradFnName() {
        if (isLeaf()) return null;
        return isStaleView() ? "AsStridedBackward0" : op.torchName(this);
    }

    /** A view changed in place (through its base or another view) since its node was made: PyTorch shows its grad_fn as AsStridedBackward0 then. */
    public boolean isStaleView() {
        ViewCell v = viewCell();
        return v != null && v.gradMode && is(REQUIRES_GRAD) && changedAfter(seq);
    }

    /** The cell of a tensor that shares some of another's data (a view, and also .data and detach() of one, and a tensor laid out anew by x.t_()). */
    /** The data cell this tensor shares with its views and aliases, or null when it shares its data with none (see MemoryOverlap). */
    DataCell sharedCell() {
        Alias a = alias;
        return a == null ? null : a.cell();
    }

    /** Whether this tensor's data is the entries of another's (a view or an alias of it): NumPy's array that does not own its data. */
    public boolean viewsOther() {
        return viewCell() != null;
    }

    ViewCell viewCell() {
        Alias a = alias;
        return a != null && a.cell() instanceof ViewCell v ? v : null;
    }

    /** The cell of a tensor PyTorch counts as a view (its {@code _base}): in-place changes go through its base. */
    private ViewCell autogradView() {
        ViewCell v = viewCell();
        return v != null && !v.aliasOnly ? v : null;
    }

    /** An in-place change outside the graph (under no_grad, or nothing requires grad): new data, version + 1. */
    public void write(NDArray out) {
        if (!out.sameShape(shape()))
            throw new AutogradException("output with shape " + torchShape(shape()) + " doesn't match the broadcast shape " + torchShape(out.shape()));
        ViewCell view = viewCell();
        if (view != null) view.checkWritable();
        versions().bump(Clock.tick());
        Alias a = alias;
        if (a != null && a.cell() != null) {
            a.cell().set(cast(out, dtype()));
        } else {
            UndoLog.touch(this);
            hold(cast(out, dtype()));
        }
        checkInferenceWrite(); // after the change, as PyTorch 1.13 checks it
    }

    /**
     * {@code x[index] = v} outside the graph: the entries at flat row-major {@code positions} take
     * v's values (row-major, of the indexed shape and this tensor's type), and the version goes up.
     * The first write copies the data into an array this tensor (or its cell) owns; later ones
     * change that copy in place until it is handed out or recorded for undo, so a loop writing one
     * entry at a time costs what it writes, not a copy of the whole array per entry.
     */
    private void writeAt(int[] positions, NDArray v) {
        writeAtUnchecked(positions, v);
        checkInferenceWrite(); // after the change, as PyTorch 1.13 checks it
    }

    private void writeAtUnchecked(int[] positions, NDArray v) {
        versions().bump(Clock.tick());
        Alias a = alias;
        if (a != null && a.cell() != null) {
            a.cell().setAt(positions, v);
            return;
        }
        UndoLog.touch(this); // the record keeps the array as it is now (and clears OWNS_VALUE)
        if (value == null) {
            if (positions.length > 0) scalar = v.at(v.size() - 1);
            return;
        }
        if (!is(OWNS_VALUE)) {
            value = value.privateCopy();
            set(OWNS_VALUE, true);
        }
        value.overwrite(positions, v);
    }

    /** The entry at flat row-major position {@code p}, read without handing the array out (so a later entry write need not copy it). */
    public double entry(int p) {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell().entry(p);
        return value != null ? value.at(p) : scalar;
    }

    // ---- graph structure ----

    /**
     * The value as an array (for a 0-d value, a new 0-d array each time: {@link #item()} reads the
     * number). Handed out, it never changes: the next entry write copies first.
     */
    public NDArray value() {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell().get();
        if (value == null) return NDArray.scalar(scalar);
        set(OWNS_VALUE, false);
        return value;
    }

    /** Whether the value is 0-d, found without making an array. */
    boolean isScalar() {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell().shape().length == 0;
        return value == null;
    }

    public Op op() {
        return op;
    }

    public List<Tensor> inputs() {
        int n = inputCount();
        List<Tensor> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(input(i));
        return out;
    }

    public int inputCount() {
        Tensor[] more = more();
        return more != null ? more.length : second != null ? 2 : first != null ? 1 : 0;
    }

    /** Input i as this node used it: if that tensor was changed in place since, the node it was then. */
    public Tensor input(int i) {
        Tensor in = i == 0 && first != null ? first : i == 1 && second != null ? second : more() != null ? more()[i] : null;
        if (in == null) throw new IndexOutOfBoundsException("input " + i + " of a node with " + inputCount());
        while (in.seq > seq) in = in.alias.previous();
        return in;
    }

    /** Input i as that tensor is now (changed in place since, perhaps; {@link #input} gives the node this one used): what PyTorch's messages about it name. */
    Tensor inputNow(int i) {
        return i == 0 && first != null ? first : i == 1 && second != null ? second : more()[i];
    }

    public boolean isLeaf() {
        return op == null;
    }

    public long seq() {
        return seq;
    }

    /** The creation number the next tensor will get: with {@link #seq}, which input created a node. */
    public static long nextSeq() {
        return Clock.next();
    }

    public int[] shape() {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell().shape();
        return value == null ? NO_AXES : value.shape();
    }

    public int ndim() {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell().shape().length;
        return value == null ? 0 : value.ndim();
    }

    public double item() {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell().peek().item();
        return value != null ? value.item() : scalar;
    }

    public DType dtype() {
        return DTYPES[dtype];
    }

    // ---- versions and aliases ----

    /** PyTorch's {@code x._version}: how many in-place changes this tensor (or an alias sharing its counter) has had. */
    public int version() {
        Alias a = alias;
        return a == null || a.versions() == null ? 0 : a.versions().version();
    }

    /** Whether this tensor was changed in place after the node with creation number {@code seq} was made. */
    public boolean changedAfter(long seq) {
        Alias a = alias;
        return a != null && a.versions() != null && a.versions().changedAfter(seq);
    }

    /** The version the node with creation number {@code seq} saw. */
    public int versionAt(long seq) {
        Alias a = alias;
        return a == null || a.versions() == null ? 0 : a.versions().versionAt(seq);
    }

    /**
     * The node this tensor is now, as a separate object holding {@code data} and sharing
     * {@code versions}: what the nodes made before see once this tensor changes in place or is
     * detached (see the class comment). The one place such a node is made.
     */
    private Tensor nodeAsItWas(NDArray data, VersionCounter versions) {
        Tensor before = new Tensor(data, op, NO_INPUTS, is(REQUIRES_GRAD), dtype());
        before.first = first;
        before.second = second;
        if (more() != null || name() != null) {
            before.rare().more = more();
            before.rare().name = name();
        }
        before.seq = seq;
        before.set(RELEASED, released());
        before.alias = new Alias(null, versions, alias != null ? alias.previous() : null);
        return before;
    }

    /**
     * Whether this tensor has shared data, a version history or a previous node (it was changed in
     * place, detached, viewed or is a view): without, it is at version 0 and nothing saved from it
     * can be out of date.
     */
    boolean hasHistory() {
        return alias != null;
    }

    /** Whether this node is an in-place change (x.mul_(y)): its first input is the node x was before it. */
    boolean isInPlaceChange() {
        return previous() != null && previous() == input(0);
    }

    /** Whether the two share one version counter (a tensor, its detach() aliases, the nodes it was before in-place changes). */
    boolean sharesVersionsWith(Tensor o) {
        Alias a = alias, b = o.alias;
        return a != null && b != null && a.versions() != null && a.versions() == b.versions();
    }

    /** The graph node this tensor was before its last recorded in-place change, or null. */
    public Tensor previous() {
        Alias a = alias;
        return a == null ? null : a.previous();
    }

    private VersionCounter versions() {
        Alias a = alias;
        if (a != null && a.versions() != null) return a.versions();
        UndoLog.touch(this);
        VersionCounter v = new VersionCounter();
        alias = (a != null ? a : Alias.NONE).withVersions(v);
        return v;
    }

    private DataCell cell() {
        Alias a = alias;
        if (a != null && a.cell() != null) return a.cell();
        UndoLog.touch(this);
        DataCell c = new DataCell(value());
        alias = (a != null ? a : Alias.NONE).withCell(c);
        value = null;
        return c;
    }

    /** The cell an alias of this tensor shares: a view's own, except that the alias never joins the graph. */
    private DataCell aliasCell() {
        ViewCell v = viewCell();
        return v != null ? v.untracked() : cell();
    }

    /** PyTorch's {@code detach()}: a leaf that shares this tensor's data and version counter. */
    public Tensor detach() {
        Tensor d = new Tensor(null, null, NO_INPUTS, false, dtype());
        d.alias = new Alias(aliasCell(), versions(), null);
        return inferenceLike(d);
    }

    /** PyTorch's {@code x.data}: a leaf sharing this tensor's data, with a version counter of its own. */
    public Tensor data() {
        Tensor d = new Tensor(null, null, NO_INPUTS, false, dtype());
        d.alias = Alias.NONE.withCell(aliasCell());
        return inferenceLike(d);
    }

    /** A constant leaf holding this tensor's value now, sharing nothing with it. */
    public Tensor frozen() {
        return new Tensor(value(), null, NO_INPUTS, false, dtype());
    }

    // ---- autograd state ----

    public boolean requiresGrad() {
        return is(REQUIRES_GRAD);
    }

    /** Only leaves can change this flag (a non-leaf may say True again), as in PyTorch. */
    public void setRequiresGrad(boolean requiresGrad) {
        if (!isLeaf()) {
            if (requiresGrad) return;
            throw new AutogradException("you can only change requires_grad flags of leaf variables. If you want to use a computed variable "
                    + "in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
        }
        if (requiresGrad && !dtype().isFloating()) throw notFloating();
        if (requiresGrad && isInference() && !InferenceMode.isEnabled()) throw new AutogradException(InferenceMode.REQUIRES_GRAD);
        UndoLog.touch(this);
        set(REQUIRES_GRAD, requiresGrad);
    }

    /** Whether this tensor was made in inference mode, or shares the data of one that was (a view, a detach()). */
    public boolean isInference() {
        Rare r = rare;
        return r != null && r.inference && !is(WRAPPED_NUMBER); // a Python number's operand is one per input, shared by later uses
    }

    /** An inference tensor's data may change only in inference mode. */
    private void checkInferenceWrite() {
        if (isInference() && !InferenceMode.isEnabled()) throw new AutogradException(InferenceMode.IN_PLACE);
    }

    /** Makes {@code t} an inference tensor, and asked for as float64, when this one is (t shares its data). */
    private Tensor inferenceLike(Tensor t) {
        if (isInference()) t.rare().inference = true;
        if (asksFloat64()) t.rare().float64 = true;
        return t;
    }

    /**
     * Whether this tensor was asked for as float64 ({@code dtype=torch.float64}, {@code .double()}):
     * adjoint holds every float in float64 alike, but PyTorch's in-place draws ({@code uniform_},
     * {@code normal_}, nn.init's) take its float64 stream for such a tensor and its float32 one otherwise.
     */
    public boolean asksFloat64() {
        Rare r = rare;
        return r != null && r.float64;
    }

    /** Marks this tensor as asked for as float64 or not (see {@link #asksFloat64}); returns it. */
    public Tensor asksFloat64(boolean on) {
        if (on || rare != null) rare().float64 = on;
        return this;
    }

    /**
     * PyTorch's {@code detach_()}: this tensor becomes a leaf that does not require grad. Graphs
     * built from it keep the node it was (as after an in-place change).
     */
    public void detachInPlace() {
        ViewCell view = viewCell();
        if (view != null && !view.aliasOnly)
            throw new AutogradException("Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, "
                    + "and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these "
                    + "gradients. To fix this error, please refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution.");
        if (isLeaf()) {
            if (is(REQUIRES_GRAD)) setRequiresGrad(false);
            return;
        }
        UndoLog.touch(this);
        Alias a = alias != null ? alias : Alias.NONE;
        Tensor before = nodeAsItWas(value(), a.versions());
        op = null;
        setInputs(NO_INPUTS);
        seq = Clock.tick();
        set(REQUIRES_GRAD, false);
        set(RETAINS_GRAD, false);
        alias = a.withPrevious(before);
    }

    public Tensor grad() {
        Rare r = rare;
        return r == null ? null : r.grad;
    }

    public void setGrad(Tensor grad) {
        if (grad != null && !grad.value().sameShape(value()))
            throw new AutogradException("assigned grad has data of a different size");
        UndoLog.touch(this);
        if (grad != null || rare != null) rare().grad = grad;
    }

    /** PyTorch's retain_grad(): a non-leaf keeps its gradient after backward. */
    public void retainGrad() {
        if (!is(REQUIRES_GRAD)) throw new AutogradException("can't retain_grad on Tensor that has requires_grad=False");
        if (isLeaf() || is(RETAINS_GRAD)) return;
        UndoLog.touch(this);
        set(RETAINS_GRAD, true);
        GradHooks.retainsGrad(this); // its turn among the hooks PyTorch 1.13 runs before the node
    }

    public boolean retainsGrad() {
        return is(RETAINS_GRAD) || (isLeaf() && is(REQUIRES_GRAD));
    }

    /** {@code x.data = v} (and needle's optimizers): replaces the value without growing the graph or the version. */
    public void setData(NDArray newValue) {
        UndoLog.touch(this);
        Alias a = alias;
        if (a != null && a.cell() != null) alias = a.withCell(null); // aliases made before keep the old data, as in PyTorch
        DataChanges.happen();
        hold(is(FLOAT32) ? toFloat32(newValue) : cast(newValue, dtype()));
    }

    public boolean released() {
        return is(RELEASED);
    }

    void release(boolean on) {
        set(RELEASED, on);
    }

    /**
     * The creation number: a tensor made during an input is not recorded by its log (nothing from
     * before the input can reach it once the input is undone), so a training loop's tensors are
     * freed as it drops them. An in-place change renumbers the tensor, after recording it.
     */
    @Override
    public long birth() {
        return seq;
    }

    /** What a failed input puts back: the node, its value, gradient and flags (fields, not setters: nothing to check or record). */
    @Override
    public Runnable snapshot() {
        set(OWNS_VALUE, false); // the record holds the array: a write from now on must not change it
        NDArray v = value;
        double sc = scalar;
        Op o = op;
        Tensor in0 = first, in1 = second;
        Tensor[] ins = more();
        long s = seq;
        byte d = dtype, f = flags;
        Tensor g = grad();
        Alias a = alias;
        NodeObject no = nodeObject();
        return () -> {
            DataChanges.happen(); // nodes made during the failed input may have seen the data it changed
            value = v;
            scalar = sc;
            op = o;
            first = in0;
            second = in1;
            if (ins != null || g != null || no != null || rare != null) {
                rare().more = ins;
                rare().grad = g;
                rare().nodeObject = no;
            }
            seq = s;
            dtype = d;
            // needle's mark is not part of what an input changes; whether rare is shared is about the object it holds now
            flags = (byte) ((f & ~(NEEDLE | SHARED_RARE)) | (flags & (NEEDLE | SHARED_RARE)));
            alias = a;
        };
    }

    /** The variable name a leaf was first bound to, for traces; null if none. */
    public String name() {
        Rare r = rare;
        return r == null ? null : r.name;
    }

    public void setName(String name) {
        if (name != null && rare == null) {
            Rare shared = lastNamed;
            if (shared == null || !shared.name.equals(name)) {
                shared = new Rare();
                shared.name = name;
                lastNamed = shared;
            }
            rare = shared;
            set(SHARED_RARE, true);
        } else if (name != null || rare != null) rare().name = name;
    }

    /** PyTorch's {@code y.backward()}: accumulates dy/dx into the leaves' {@code .grad} and frees the graph. */
    public void backward() {
        Autograd.backward(List.of(this), null, false, false, null);
    }

    public void backward(Tensor seed) {
        Autograd.backward(List.of(this), seed == null ? null : List.of(seed), false, false, null);
    }

    // ---- helpers ----

    /** PyTorch's shape text in messages: [2, 3]. */
    public static String torchShape(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? ", " : "").append(shape[i]);
        return sb.append(']').toString();
    }

    /**
     * Values of another type made to fit this one: integers truncate toward zero (and the narrower
     * ones wrap around to their width; NaN, infinities and values beyond int64 become int64's
     * least first, as x86's conversion does), bools are nonzero.
     */
    static NDArray cast(NDArray a, DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> a;
            case INT64 -> a.map(v -> v == (long) v ? v : (double) (long) v);
            case BOOL -> a.map(v -> v != 0 ? 1 : 0);
            default -> a.map(v -> dtype.wrap(Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63 ? Long.MIN_VALUE : Int64Arithmetic.bits(v)));
        };
    }

    /** This tensor's values as another element type (a new constant, or this tensor if the type is the same). */
    public Tensor to(DType target) {
        if (target == dtype()) return this;
        NDArray v = value();
        // a float goes to a narrow integer through C's int, as PyTorch's kernels compile on x86: out of its range is int's least
        if (dtype().isFloating() && target.shownInRepr()) v = v.map(x -> x >= -0x1p31 && x < 0x1p31 ? x : Integer.MIN_VALUE);
        // and to int64 through x86's conversion: NaN and values out of its range are its least (2^63 itself is 2^63 - 1 rounded)
        if (dtype().isFloating() && target == DType.INT64) v = v.map(x -> x >= -0x1p63 && x <= 0x1p63 ? x : -0x1p63);
        return new Tensor(cast(v, target), null, NO_INPUTS, false, target);
    }

    private static AutogradException notFloating() {
        return new AutogradException("only Tensors of floating point dtype can require gradients");
    }

    @Override
    public String toString() {
        return "Tensor(" + value() + (op != null ? ", op=" + op.name() : is(REQUIRES_GRAD) ? ", input" : "") + ")";
    }
}
