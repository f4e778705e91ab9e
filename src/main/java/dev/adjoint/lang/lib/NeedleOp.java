package dev.adjoint.lang.lib;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A needle tensor's {@code .op}: the op that computed it under needle's class name (EWiseAdd,
 * MulScalar, Summation, MatMul, ...), with the Python number a scalar op took ({@code .scalar})
 * and needle's {@code gradient(out_grad, node)} / {@code gradient_as_tuple}: the partial adjoints
 * of the node's inputs, as tensors, from the engine's reverse rule of that op.
 */
final class NeedleOp implements TabledHostObject, PyReprable {
    /** needle's name of each engine op (by the op's stable name); a scalar variant where a Python number is an operand. */
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("add", new String[] {"EWiseAdd", "AddScalar"}),
            Map.entry("mul", new String[] {"EWiseMul", "MulScalar"}),
            Map.entry("div", new String[] {"EWiseDiv", "DivScalar"}),
            Map.entry("pow", new String[] {"EWisePow", "PowerScalar"}),
            Map.entry("neg", new String[] {"Negate"}),
            Map.entry("matmul", new String[] {"MatMul"}),
            Map.entry("sum", new String[] {"Summation"}),
            Map.entry("broadcast_to", new String[] {"BroadcastTo"}),
            Map.entry("reshape", new String[] {"Reshape"}),
            Map.entry("permute", new String[] {"Transpose"}),
            Map.entry("ln", new String[] {"Log"}),
            Map.entry("exp", new String[] {"Exp"}),
            Map.entry("relu", new String[] {"ReLU"}),
            Map.entry("tanh", new String[] {"Tanh"}),
            Map.entry("sigmoid", new String[] {"Sigmoid"}),
            Map.entry("logsumexp", new String[] {"LogSumExp"}),
            Map.entry("log_softmax", new String[] {"LogSoftmax"}),
            Map.entry("concat", new String[] {"Stack"}));

    private final Tensor node;
    private final String name;
    /** The Python number of a scalar op (AddScalar(2)), else null. */
    private final Double scalar;

    private NeedleOp(Tensor node, String name, Double scalar) {
        this.node = node;
        this.name = name;
        this.scalar = scalar;
    }

    /** The op of a needle tensor that is no leaf. */
    static NeedleOp of(Tensor node) {
        String engine = node.op().name();
        Double scalar = null;
        for (Tensor in : node.inputs()) if (NeedleTensor.isNumberConstant(in)) scalar = in.item();
        String[] names = NAMES.get(engine);
        String name;
        if (names == null) name = capitalised(engine);
        else name = scalar != null && names.length > 1 ? names[1] : names[0];
        return new NeedleOp(node, name, scalar);
    }

    private static String capitalised(String engineName) {
        StringBuilder sb = new StringBuilder();
        for (String part : engineName.split("_")) if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return sb.toString();
    }

    /** The partial adjoint of each of the node's inputs (needle's inputs: not the Python numbers), given out_grad. */
    private List<Object> gradient(Tensor outGrad, Tensor at) {
        Tensor[] parts = at.op().vjp(outGrad, at);
        List<Object> out = new ArrayList<>();
        List<Tensor> all = at.inputs();
        for (int i = 0; i < all.size(); i++) {
            if (NeedleTensor.isNumberConstant(all.get(i))) continue;
            out.add(parts[i] != null ? parts[i] : Tensor.needleLeaf(NDArray.zeros(all.get(i).shape()), false));
        }
        return out;
    }

    @Override
    public String typeName() {
        return name;
    }

    @Override
    public PyClass pyClass() {
        return NeedleOpClasses.of(name);
    }

    /** A scalar op's attributes (its number first) and any other op's. */
    private static final AttributeTable<NeedleOp> SCALAR_OP = attributes(true), OP = attributes(false);

    private static AttributeTable<NeedleOp> attributes(boolean scalar) {
        AttributeTable<NeedleOp> t = new AttributeTable<>();
        if (scalar) t.value("scalar", o -> o.scalar);
        return t.method("gradient", (o, a) -> {
                    List<Object> g = o.gradient(a.expect(2, 2, "out_grad", "node").tensor(0), a.tensor(1));
                    return g.size() == 1 ? g.get(0) : Values.tuple(g);
                })
                .method("gradient_as_tuple", (o, a) -> Values.tuple(o.gradient(a.expect(2, 2, "out_grad", "node").tensor(0), a.tensor(1))));
    }

    @Override
    public AttributeTable<NeedleOp> attributeTable() {
        return scalar != null ? SCALAR_OP : OP;
    }

    @Override
    public String pyRepr() {
        return "<needle.ops." + name + " object>";
    }

    @Override
    public String pyStr() {
        return pyRepr();
    }
}
