package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.AttributeTable;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.BuiltinTypes;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyReprable;
import dev.adjoint.lang.TabledHostObject;
import dev.adjoint.lang.Values;
import java.util.List;

/**
 * {@code torch.device}: a device type and an optional index, printed as PyTorch prints them
 * ({@code cpu}, {@code device(type='cuda', index=1)}). Every tensor's {@code .device} is the CPU;
 * a device of another type can be named (tutorials build {@code torch.device("cuda")} before
 * asking whether there is one), and placing a tensor on it fails as in PyTorch's CPU build.
 */
public record TorchDevice(String type, Long index) implements TabledHostObject, PyReprable {
    public static final TorchDevice CPU = new TorchDevice("cpu", null);

    /** PyTorch 1.13's device types, in the order its error message lists them. */
    private static final List<String> TYPES = List.of("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve",
            "fpga", "ort", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "privateuseone");

    static final PyClass CLASS = PyClass.builtin("device", "torch", BuiltinTypes.OBJECT, Builtin.of("device", TorchDevice::construct));

    /** torch.device("cuda:1"), torch.device("cuda", 1), torch.device(other_device). */
    private static TorchDevice construct(Args a) {
        a.expect(1, 2, "type", "index");
        Object spec = a.option(0, "type", null), index = a.option(1, "index", null);
        TorchDevice d = of(spec);
        if (index == null) return d;
        if (d.index != null) throw new PyError("RuntimeError", "type (string) must not include an index because index was passed explicitly: " + spec);
        long i = Values.toLong(Values.plain(index), "index");
        if (i < 0) throw new PyError("RuntimeError", "Device index must not be negative");
        return new TorchDevice(d.type, i);
    }

    /** The device a {@code device=} argument or {@code .to(...)} names: a device or a string such as "cpu" or "cuda:0". */
    public static TorchDevice of(Object v) {
        if (v instanceof TorchDevice d) return d;
        if (!(Values.plain(v) instanceof String s)) throw PyError.type("Expected a torch.device or a string, not " + Values.typeName(v));
        int colon = s.indexOf(':');
        String type = colon < 0 ? s : s.substring(0, colon);
        if (!TYPES.contains(type))
            throw new PyError("RuntimeError", "Expected one of " + String.join(", ", TYPES) + " device type at start of device string: " + s);
        if (colon < 0) return type.equals("cpu") ? CPU : new TorchDevice(type, null);
        String digits = s.substring(colon + 1);
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 18)
            throw new PyError("RuntimeError", "Invalid device string: '" + s + "'");
        return new TorchDevice(type, Long.parseLong(digits));
    }

    /**
     * The device a tensor is to be placed on ({@code device=}, {@code .to(...)}, {@code .cuda()}):
     * the CPU is all there is, and PyTorch's CPU build stops at CUDA with an AssertionError (a
     * Colab notebook's hard-coded {@code device = "cuda"} fails here as it does there).
     */
    public static TorchDevice placeOn(Object v) {
        TorchDevice d = of(v);
        if (d.type.equals("cuda")) throw noCuda();
        return d;
    }

    /** {@code .to(device)} of a tensor or module: besides CUDA, a device type this build has no backend for. */
    public static TorchDevice moveTo(Object v) {
        TorchDevice d = placeOn(v);
        if (!d.type.equals("cpu") && !d.type.equals("meta")) throw new PyError("RuntimeError", "PyTorch is not linked with support for " + d.type + " devices");
        return d;
    }

    /** What PyTorch's CPU build raises for anything that needs CUDA. */
    public static PyError noCuda() {
        return new PyError("AssertionError", "Torch not compiled with CUDA enabled");
    }

    /** Whether {@code v} names a device (as .to()'s first argument may, besides a dtype or a tensor). */
    public static boolean isDevice(Object v) {
        return v instanceof TorchDevice || Values.plain(v) instanceof String;
    }

    @Override
    public String typeName() {
        return "torch.device";
    }

    @Override
    public PyClass pyClass() {
        return CLASS;
    }

    private static final AttributeTable<TorchDevice> ATTRIBUTES = new AttributeTable<TorchDevice>()
            .value("type", TorchDevice::type)
            .value("index", TorchDevice::index);

    @Override
    public AttributeTable<TorchDevice> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "device(type='" + type + "'" + (index == null ? "" : ", index=" + index) + ")";
    }

    @Override
    public String pyStr() {
        return index == null ? type : type + ":" + index;
    }

    @Override
    public String toString() {
        return pyStr();
    }
}
