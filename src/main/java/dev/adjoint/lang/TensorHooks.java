package dev.adjoint.lang;

import dev.adjoint.autograd.GradHooks;
import dev.adjoint.autograd.Tensor;
import java.util.Arrays;

/**
 * {@code t.register_hook(fn)}: fn(grad) runs when a backward pass has t's whole gradient; what it
 * returns (None: nothing) replaces the gradient, checked as PyTorch checks it. Returns PyTorch's
 * RemovableHandle, whose remove() takes the hook away (a second remove() does nothing).
 */
public final class TensorHooks {
    private TensorHooks() {}

    static Object register(Args a) {
        a.expect(2, 2, "hook");
        Tensor t = TensorFunctions.self(a);
        Object fn = a.option(1, "hook", null);
        if (!t.requiresGrad()) throw new PyError("RuntimeError", "cannot register a hook on a tensor that doesn't require gradient");
        Interpreter in = a.interpreter();
        Runnable remove = GradHooks.add(t, grad -> {
            Object r = in.call(fn, Arrays.asList(grad));
            return r == null ? null : checked(in, fn, r, grad);
        });
        return new RemovableHandle(remove);
    }

    /** A gradient a hook returned in place of {@code original} (null: None was there), checked as PyTorch checks it. */
    public static Tensor checked(Interpreter in, Object fn, Object r, Tensor original) {
        return checked(String.valueOf(Attributes.get(in, fn, "__name__")), r, original);
    }

    /** The same for a hook named {@code hookName}. */
    public static Tensor checked(String hookName, Object r, Tensor original) {
        if (!(r instanceof Tensor out)) throw PyError.type("expected Variable, but hook returned '" + Values.typeName(r) + "'");
        if (original == null) throw new PyError("RuntimeError", "can't replace a None gradient with a non-None value");
        if (out.dtype() != original.dtype())
            throw new PyError("RuntimeError", "hook '" + hookName + "' has changed the type of value (was "
                    + original.dtype().tensorTypeName() + " got " + out.dtype().tensorTypeName() + ")");
        if (!out.value().sameShape(original.value())) throw new PyError("RuntimeError", "hook '" + hookName + "' has changed the size of value");
        return out;
    }

    /** torch.utils.hooks.RemovableHandle. */
    public record RemovableHandle(Runnable remove) implements TabledHostObject {
        private static final PyClass CLASS = PyClass.builtin("RemovableHandle", "torch.utils.hooks", BuiltinTypes.OBJECT,
                Builtin.of("RemovableHandle", a -> {
                    throw PyError.type("cannot create 'torch.utils.hooks.RemovableHandle' instances");
                }));

        @Override
        public String typeName() {
            return "RemovableHandle";
        }

        @Override
        public PyClass pyClass() {
            return CLASS;
        }

        private static final AttributeTable<RemovableHandle> ATTRIBUTES = new AttributeTable<RemovableHandle>()
                .method("remove", (h, a) -> {
                    a.expect(0, 0);
                    h.remove.run();
                    return null;
                });

        @Override
        public AttributeTable<RemovableHandle> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "<torch.utils.hooks.RemovableHandle object at " + Values.address(this) + ">";
        }
    }
}
