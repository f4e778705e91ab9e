package dev.adjoint.nn;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.undo.UndoLog;
import dev.adjoint.undo.Undoable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * needle's {@code nn.Module}: a callable with trainable parameters and child modules, and a
 * training flag that {@link #train()} and {@link #eval()} set on the whole tree.
 *
 * <p>Subclasses register their parameters and children in the constructor
 * ({@link #registerParameter}, {@link #registerModule}), so {@link #parameters()} finds them
 * without reflection, in registration order: a module's own parameters first, then each child's,
 * depth first (PyTorch's {@code named_parameters} order). A tensor shared by two modules is
 * listed once.
 *
 * <p>{@link #call(Tensor...)} is needle's {@code __call__}: it checks the number of inputs and runs
 * {@link #forward}. Most modules take one input; {@link SoftmaxLoss} takes two.
 *
 * <p>What a module changes in place (its training flag, a batch norm's running statistics)
 * is recorded in the open {@link UndoLog} first; its parameters record themselves as tensors.
 */
public abstract class Module implements Undoable {
    private final Map<String, Tensor> params = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;
    /** The undo log open when it was made (see Undoable.birth): one made in an input is not recorded by it, nor kept alive. */
    private final long birth = UndoLog.birth();

    /** The computation on one input. */
    public abstract Tensor forward(Tensor x);

    /** How many inputs {@link #call} takes. */
    public int arity() {
        return 1;
    }

    /** Runs the module: {@code model(x)} in needle. */
    public Tensor call(Tensor... inputs) {
        if (inputs.length != arity())
            throw new IllegalArgumentException(typeName() + " takes " + arity() + " input" + (arity() == 1 ? "" : "s")
                    + ", got " + inputs.length);
        return forward(inputs[0]);
    }

    protected final Tensor registerParameter(String name, Tensor p) {
        if (!p.isLeaf() || !p.requiresGrad())
            throw new IllegalArgumentException("parameter " + name + " must be a leaf that requires grad (use Parameter.of)");
        if (params.containsKey(name) || children.containsKey(name))
            throw new IllegalArgumentException(typeName() + " already has a member named " + name);
        params.put(name, p);
        return p;
    }

    protected final <M extends Module> M registerModule(String name, M m) {
        if (params.containsKey(name) || children.containsKey(name))
            throw new IllegalArgumentException(typeName() + " already has a member named " + name);
        children.put(name, m);
        return m;
    }

    /** All trainable tensors of this module and its descendants, each once. */
    public List<Tensor> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** The parameters by dotted path ("0.weight", "2.bias"), in {@link #parameters()} order. */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        // iterative depth-first walk; the stack holds (prefix, module) pairs, children pushed in reverse
        Deque<Map.Entry<String, Module>> stack = new ArrayDeque<>();
        stack.push(Map.entry("", this));
        while (!stack.isEmpty()) {
            Map.Entry<String, Module> e = stack.pop();
            String prefix = e.getKey();
            Module m = e.getValue();
            for (Map.Entry<String, Tensor> p : m.params.entrySet())
                if (seen.add(p.getValue())) out.put(prefix + p.getKey(), p.getValue());
            List<Map.Entry<String, Module>> kids = new ArrayList<>(m.children.entrySet());
            for (int i = kids.size() - 1; i >= 0; i--)
                stack.push(Map.entry(prefix + kids.get(i).getKey() + ".", kids.get(i).getValue()));
        }
        return out;
    }

    /** Direct children, in registration order. */
    public List<Module> children() {
        return new ArrayList<>(children.values());
    }

    /** This module and all its descendants, depth first. */
    public List<Module> modules() {
        List<Module> out = new ArrayList<>();
        Deque<Module> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Module m = stack.pop();
            out.add(m);
            List<Module> kids = m.children();
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
        return out;
    }

    /** Sets training mode on this module and every descendant; returns this. */
    public Module train() {
        return setTraining(true);
    }

    /** Sets evaluation mode (dropout off, batch norm on running statistics) on the whole tree; returns this. */
    public Module eval() {
        return setTraining(false);
    }

    public Module setTraining(boolean on) {
        for (Module m : modules()) {
            if (m.training != on) {
                UndoLog.touch(m);
                m.training = on;
            }
            m.trainingSet(on);
        }
        return this;
    }

    /** Told after train()/eval() reached this module: a module wrapping a user's object passes the flag on. */
    protected void trainingSet(boolean on) {}

    @Override
    public long birth() {
        return birth;
    }

    @Override
    public Runnable snapshot() {
        boolean trainingBefore = training;
        Runnable state = stateSnapshot();
        return () -> {
            training = trainingBefore;
            state.run();
        };
    }

    /** What puts back the state a subclass changes in place (running statistics); nothing by default. */
    protected Runnable stateSnapshot() {
        return () -> {};
    }

    public boolean isTraining() {
        return training;
    }

    /** The class name as the user writes it ("Linear", "BatchNorm1d"). */
    public String typeName() {
        return getClass().getSimpleName();
    }

    /** PyTorch-style one-line description of the module's arguments, e.g. "in_features=784, out_features=100, bias=True". */
    protected String extraRepr() {
        return "";
    }

    /** PyTorch-style description: {@code Linear(in_features=784, out_features=100, bias=True)}, children indented. */
    @Override
    public String toString() {
        if (children.isEmpty()) return typeName() + "(" + extraRepr() + ")";
        StringBuilder sb = new StringBuilder(typeName()).append("(");
        if (!extraRepr().isEmpty()) sb.append(extraRepr());
        sb.append('\n');
        for (Map.Entry<String, Module> c : children.entrySet())
            sb.append("  (").append(c.getKey()).append("): ").append(c.getValue().toString().replace("\n", "\n  ")).append('\n');
        return sb.append(')').toString();
    }

    static String pyBool(boolean b) {
        return b ? "True" : "False";
    }
}
