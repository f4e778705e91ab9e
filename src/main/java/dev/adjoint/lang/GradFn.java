package dev.adjoint.lang;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.NodeObject;
import dev.adjoint.autograd.Op;
import dev.adjoint.autograd.SavedValues;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of {@code t.grad_fn} and of the nodes in its {@code next_functions}: PyTorch's backward
 * node of a non-leaf ({@code MulBackward0}), or the {@code AccumulateGrad} of a leaf that requires
 * grad (whose {@code variable} is the leaf). One object per node, kept by the node ({@link #of}), as
 * PyTorch's node is one Python object for its life: {@code y.grad_fn is y.grad_fn}, and its
 * {@code metadata} dict persists. Its hooks and its call are {@link NodeHooks}'.
 */
public final class GradFn implements TabledHostObject, Callable, NodeObject, Undoable {
    private Tensor node; // the node stands for: changes only when an in-place change moves the node to a fresh tensor
    private PyDict metadata; // made at the first read

    private GradFn(Tensor node) {
        this.node = node;
    }

    /** The object for node (a non-leaf's grad_fn, a leaf's AccumulateGrad): made at the first read, then the same each time. */
    public static GradFn of(Tensor node) {
        if (node.nodeObject() instanceof GradFn g) return g;
        GradFn g = new GradFn(node);
        node.setNodeObject(g);
        return g;
    }

    /** The node this object stands for. */
    public Tensor node() {
        return node;
    }

    @Override
    public void movedTo(Tensor node) {
        UndoLog.touch(this);
        this.node = node;
    }

    @Override
    public Runnable snapshot() {
        Tensor n = node;
        return () -> node = n;
    }

    /** {@code metadata}: a dict of the user's, kept with the node. */
    private PyDict metadata() {
        if (metadata == null) metadata = new PyDict();
        return metadata;
    }

    /** PyTorch's class name of the node: MulBackward0, AccumulateGrad, CopySlices. */
    public String className() {
        return node.isLeaf() ? "AccumulateGrad" : node.op().torchName(node);
    }

    /** What {@code grad_fn.name()} returns: the class name, C++-qualified for PyTorch's C++ nodes. */
    public String qualifiedName() {
        String n = className();
        return switch (n) {
            case "AccumulateGrad", "CopySlices", "CopyBackwards", "NotImplemented" -> "torch::autograd::" + n;
            default -> n;
        };
    }

    /**
     * ((node, 0), ...) for each of PyTorch's inputs of the node: a GradFn, or None for an input that
     * does not require grad.
     */
    public List<Object> nextFunctions() {
        List<Object> out = new ArrayList<>();
        if (node.isLeaf()) return Values.tuple(out);
        for (int i = 0; i < node.inputCount(); i++) {
            if (!node.op().isTorchInput(node, i)) continue;
            Tensor in = node.input(i);
            out.add(Values.tuple(in.requiresGrad() ? of(in) : null, 0L));
        }
        return Values.tuple(out);
    }

    @Override
    public String typeName() {
        return className();
    }

    /** The attributes of an AccumulateGrad (a leaf's: its variable) and of any other node, in the order dir() gave them. */
    private static final AttributeTable<GradFn> LEAF = attributes(true), NODE = attributes(false);

    private static AttributeTable<GradFn> attributes(boolean leaf) {
        AttributeTable<GradFn> t = new AttributeTable<GradFn>()
                .value("next_functions", GradFn::nextFunctions)
                .method("name", (g, a) -> {
                    a.expect(0, 0);
                    return g.qualifiedName();
                });
        if (leaf) t.value("variable", GradFn::node);
        return t.value("metadata", GradFn::metadata)
                .method("register_hook", (g, a) -> NodeHooks.registerPost(g.node, a))
                .method("register_prehook", (g, a) -> NodeHooks.registerPre(g.node, a))
                .value("requires_grad", g -> true); // PyTorch 1.13's C++ nodes answer True, whatever the mode
    }

    @Override
    public AttributeTable<GradFn> attributeTable() {
        return node.isLeaf() ? LEAF : NODE;
    }

    /** The table's, the saved tensors (None for one the node has but did not save this time) and the op's other saved values. */
    @Override
    public Object attribute(String name) {
        int input = savedInput(name);
        if (input != NOT_SAVED) return saved(input);
        if (name.startsWith("_saved_")) {
            Object v = savedValues().get(name.substring(7));
            if (v != SavedValues.ABSENT) return pythonValue(v);
        }
        return TabledHostObject.super.attribute(name);
    }

    @Override
    public boolean attributeIsNone(String name) {
        int input = savedInput(name);
        if (input != NOT_SAVED) return saved(input) == null;
        if (name.startsWith("_saved_")) {
            Object v = savedValues().get(name.substring(7));
            if (v != SavedValues.ABSENT) return pythonValue(v) == null;
        }
        return TabledHostObject.super.attributeIsNone(name);
    }

    /** dir() lists the node's _saved_ attributes, as PyTorch's. */
    @Override
    public java.util.Collection<String> attributeNames() {
        List<String> names = new ArrayList<>(TabledHostObject.super.attributeNames());
        for (int i = -1; i < (node.isLeaf() ? 0 : node.inputCount()); i++) if (hasSaved(i)) names.add("_saved_" + node.op().savedName(node, i));
        for (String n : savedValues().names()) names.add("_saved_" + n);
        return names;
    }

    /** The op's saved values of this node (none for a leaf's AccumulateGrad, nor for a view shown as AsStridedBackward0, whose are not adjoint's). */
    private SavedValues savedValues() {
        SavedValues v = new SavedValues();
        if (!node.isLeaf() && !node.isStaleView()) node.op().savedValues(node, v);
        return v;
    }

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    /**
     * A saved value as PyTorch 1.13 shows it: an int64 as an int, a negative one as its unsigned
     * 64-bit value (1.13 converts them so: nll_loss's default ignore_index -100 is
     * 18446744073709551516), lists as tuples, a tensor freed by backward refused.
     */
    private Object pythonValue(Object v) {
        if (SavedValues.holdsTensors(v) && node.released()) throw new PyError("RuntimeError", Autograd.SECOND_BACKWARD);
        if (v instanceof SavedValues.Int64 i) return unsigned(i.value());
        if (v instanceof SavedValues.Tensors l) return Values.tuple(l.values().toArray());
        if (v instanceof SavedValues.Int64s l) {
            Object[] out = new Object[l.values().length];
            for (int k = 0; k < out.length; k++) out[k] = unsigned(l.values()[k]);
            return Values.tuple(out);
        }
        return v;
    }

    private static Object unsigned(long v) {
        return v >= 0 ? (Object) v : PyNumbers.normalize(BigInteger.valueOf(v).add(TWO_TO_64));
    }

    private static final int NOT_SAVED = -2;

    /** The input an attribute _saved_NAME of the node names (-1: the output), NOT_SAVED for any other name. */
    private int savedInput(String name) {
        if (!name.startsWith("_saved_")) return NOT_SAVED;
        for (int i = -1; i < (node.isLeaf() ? 0 : node.inputCount()); i++)
            if (hasSaved(i) && name.substring(7).equals(node.op().savedName(node, i))) return i;
        return NOT_SAVED;
    }

    /** Whether the node has the attribute of that saved tensor (-1: its output), saved or not. */
    private boolean hasSaved(int input) {
        if (node.isLeaf()) return false;
        int bits = node.op().savedAttributes(node);
        boolean has = input < 0 ? (bits & Op.OUTPUT) != 0 : input < node.inputCount() && (bits & (1 << input)) != 0;
        return has && node.op().savedName(node, input) != null;
    }

    /**
     * The tensor the node saved for its backward rule (-1: its output), null if it saves none
     * there. The output comes back as the tensor itself: PyTorch gives an equal tensor that is
     * another object ({@code y is y.grad_fn._saved_result} is False there).
     */
    private Tensor saved(int input) {
        if (node.isLeaf()) return null;
        int bits = node.op().saved(node);
        Tensor t = input < 0 ? ((bits & Op.OUTPUT) != 0 ? node : null)
                : input < node.inputCount() && (bits & (1 << input)) != 0 ? node.input(input) : null;
        if (t != null && node.released()) throw new PyError("RuntimeError", Autograd.SECOND_BACKWARD);
        return t;
    }

    /** Calling the node applies its backward rule ({@link NodeHooks#call}). */
    @Override
    public String name() {
        return className();
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, java.util.Map<String, Object> keywords, Span span) {
        return NodeHooks.call(node, args, keywords);
    }

    /** The node module hooks insert is a Python Function's too (torch.utils.hooks.BackwardHookFunction). */
    private static final PyClass HOOK_FUNCTION_NODE = PythonFunctionNode.backwardClassNamed("BackwardHookFunctionBackward");

    /** A Python Function's node has its Function's class (torch.autograd.function.MyClampBackward); a C++ node's is named after it. */
    @Override
    public PyClass pyClass() {
        if (!node.isLeaf() && node.op() instanceof PythonFunctionNode f) return f.backwardClass();
        return className().equals(HOOK_FUNCTION_NODE.name()) ? HOOK_FUNCTION_NODE : null;
    }

    /** As PyTorch prints the object: {@code <MulBackward0 object at 0x...>}, a Python Function's with its module. */
    @Override
    public String toString() {
        PyClass c = pyClass();
        return "<" + (c != null ? c.module() + "." + c.name() : className()) + " object at " + Values.address(this) + ">";
    }
}
