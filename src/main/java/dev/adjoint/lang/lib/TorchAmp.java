package dev.adjoint.lang.lib;

import dev.adjoint.autograd.DType;
import dev.adjoint.lang.Args;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.PyModule;
import dev.adjoint.lang.TorchDtype;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Mixed precision as PyTorch 1.13's CPU build has it: {@code torch.autocast} (torch.amp's),
 * {@code torch.cuda.amp.autocast}, {@code torch.cpu.amp.autocast} and
 * {@code torch.cuda.amp.GradScaler}. Without CUDA, a CUDA autocast and every GradScaler warn and
 * disable themselves (a disabled scaler's scale() gives the loss back, its step() is the
 * optimizer's). CPU autocast lowers only float32 to bfloat16 and never touches float64, adjoint's
 * one float type, so an enabled one changes no number, as PyTorch's on float64 tensors: it sets
 * the flags PyTorch's does (is_autocast_cpu_enabled()) and nothing else.
 */
final class TorchAmp {
    private TorchAmp() {}

    private static final TorchDtype BFLOAT16 = new TorchDtype(DType.FLOAT64, "torch.bfloat16");
    private static final TorchDtype FLOAT16 = new TorchDtype(DType.FLOAT64, "torch.float16");

    /** PyTorch's autocast flags (thread-local there), one set per session. */
    static final class Flags {
        boolean cpuEnabled, gpuEnabled, cacheEnabled = true;
        Object cpuDtype = BFLOAT16, gpuDtype = FLOAT16;
        long nesting;
    }

    static Flags flags(Interpreter in) {
        return in.libraryState(Flags.class, Flags::new);
    }

    static final PyClass AUTOCAST = PyClass.library("autocast", "torch.amp.autocast_mode", null);
    static final PyClass CUDA_AUTOCAST = PyClass.library("autocast", "torch.cuda.amp.autocast_mode", AUTOCAST);
    static final PyClass CPU_AUTOCAST = PyClass.library("autocast", "torch.cpu.amp.autocast_mode", AUTOCAST);
    static final PyClass GRAD_SCALER = PyClass.library("GradScaler", "torch.cuda.amp.grad_scaler", null);

    static {
        AUTOCAST.method("__init__", a -> {
            given(a, 1, 4, "device_type", "dtype", "enabled", "cache_enabled");
            if (a.size() == 0 && !a.has("device_type")) throw PyError.type("autocast.__init__() missing 1 required positional argument: 'device_type'");
            init(a, a.option(0, "device_type", null), a.option(1, "dtype", null), a.option(2, "enabled", true), a.option(3, "cache_enabled", null));
            return null;
        });
        // the device's own classes: autocast("cuda" / "cpu", ...) with that device's default dtype
        CUDA_AUTOCAST.method("__init__", a -> {
            given(a, 0, 3, "enabled", "dtype", "cache_enabled");
            init(a, "cuda", a.option(1, "dtype", FLOAT16), a.option(0, "enabled", true), a.option(2, "cache_enabled", true));
            return null;
        });
        CPU_AUTOCAST.method("__init__", a -> {
            given(a, 0, 3, "enabled", "dtype", "cache_enabled");
            init(a, "cpu", a.option(1, "dtype", BFLOAT16), a.option(0, "enabled", true), a.option(2, "cache_enabled", true));
            return null;
        });
        AUTOCAST.method("__enter__", a -> {
            enter(a.interpreter(), self(a.expect(0, 0)));
            return null; // PyTorch's __enter__ returns nothing: `with autocast(...) as x` binds None
        });
        AUTOCAST.method("__exit__", a -> {
            exit(a.interpreter(), self(a.expect(3, 3)));
            return false;
        });
        AUTOCAST.method("__call__", a -> { // @autocast(...) on a function: each call runs inside it
            PyInstance context = self(a.expect(1, 1));
            Object function = a.get(0);
            return Builtin.of("decorate_autocast", call -> {
                enter(call.interpreter(), context);
                try {
                    return call.interpreter().call(function, call.positional(), call.keywords(), call.span());
                } finally {
                    exit(call.interpreter(), context);
                }
            });
        });

        GRAD_SCALER.method("__init__", a -> {
            given(a, 0, 5, "init_scale", "growth_factor", "backoff_factor", "growth_interval", "enabled");
            Object enabled = a.option(4, "enabled", true);
            if (Values.truthy(enabled)) {
                a.interpreter().warnInLibrary("UserWarning", "torch.cuda.amp.GradScaler is enabled, but CUDA is not available.  Disabling.",
                        "torch.cuda.amp.grad_scaler", 118);
                enabled = false;
            }
            self(a).setOwn("_enabled", enabled); // a disabled scaler keeps nothing else (so get_growth_factor() is PyTorch's AttributeError)
            return null;
        });
        GRAD_SCALER.method("is_enabled", a -> self(a.expect(0, 0)).own("_enabled"));
        GRAD_SCALER.method("scale", a -> disabled(a.expect(1, 1, "outputs")).option(0, "outputs", null));
        GRAD_SCALER.method("unscale_", a -> {
            disabled(a.expect(1, 1, "optimizer"));
            return null;
        });
        GRAD_SCALER.method("step", a -> { // disabled: optimizer.step(*args, **kwargs)
            if (a.size() == 0) throw PyError.type("GradScaler.step() missing 1 required positional argument: 'optimizer'");
            disabled(a);
            Object optimizer = a.get(0);
            List<Object> rest = new ArrayList<>(a.positional().subList(1, a.size()));
            if (optimizer instanceof HostObject h && h.attribute("step") != null) return a.interpreter().call(h.attribute("step"), rest, a.keywords(), a.span());
            if (optimizer instanceof PyInstance p) return a.interpreter().callMethod(p, "step", rest, a.keywords());
            throw PyError.attribute("'" + Values.typeName(optimizer) + "' object has no attribute 'step'");
        });
        GRAD_SCALER.method("update", a -> {
            disabled(a.expect(0, 1, "new_scale"));
            return null;
        });
        GRAD_SCALER.method("get_scale", a -> {
            disabled(a.expect(0, 0));
            return 1.0;
        });
        GRAD_SCALER.method("_get_growth_tracker", a -> {
            disabled(a.expect(0, 0));
            return 0L;
        });
        GRAD_SCALER.method("state_dict", a -> {
            disabled(a.expect(0, 0));
            return new PyDict();
        });
        GRAD_SCALER.method("load_state_dict", a -> {
            disabled(a.expect(1, 1, "state_dict"));
            return null;
        });
        for (String setting : List.of("growth_factor", "backoff_factor", "growth_interval")) {
            GRAD_SCALER.method("get_" + setting, a -> {
                PyInstance s = self(a.expect(0, 0));
                if (!s.attributes().containsKey("_" + setting)) throw PyError.attribute("'GradScaler' object has no attribute '_" + setting + "'");
                return s.own("_" + setting);
            });
            GRAD_SCALER.method("set_" + setting, a -> {
                self(a.expect(1, 1, "new_factor")).setOwn("_" + setting, a.get(0));
                return null;
            });
        }
    }

    private static PyInstance self(Args a) {
        return (PyInstance) a.self();
    }

    /** CPython's TypeErrors for a call with too many arguments or an unknown keyword (counting self, as it does). */
    private static void given(Args a, int min, int max, String... names) {
        String owner = Values.typeName(a.self()) + ".__init__()";
        if (a.size() > max)
            throw PyError.type(owner + " takes from " + (min + 1) + " to " + (max + 1) + " positional arguments but " + (a.size() + 1) + " were given");
        for (String k : a.keywords().keySet())
            if (!List.of(names).contains(k)) throw PyError.type(owner + " got an unexpected keyword argument '" + k + "'");
    }

    /** A scaler made enabled by hand (scaler._enabled = True) would need CUDA's tensors: refused by name. */
    private static Args disabled(Args a) {
        if (Values.truthy(self(a).own("_enabled"))) throw PyError.notSupported("an enabled GradScaler (it needs CUDA; adjoint's scaler is always disabled, as PyTorch's without CUDA)");
        return a;
    }

    /** torch.amp.autocast.__init__ as PyTorch 1.13's, on a machine without CUDA. */
    private static void init(Args a, Object device, Object dtype, Object enabled, Object cacheEnabled) {
        Interpreter in = a.interpreter();
        Flags f = flags(in);
        PyInstance s = self(a);
        Object fast;
        if ("cuda".equals(device)) fast = f.gpuDtype;
        else if ("cpu".equals(device)) fast = f.cpuDtype;
        else if ("xpu".equals(device)) throw PyError.attribute("module 'torch' has no attribute 'xpu'");
        else throw new PyError("RuntimeError", "User specified autocast device_type must be 'cuda' or 'cpu'");
        Object cache = f.cacheEnabled;
        if (Values.truthy(enabled) && "cuda".equals(device)) {
            in.warnInLibrary("UserWarning", "User provided device_type of 'cuda', but CUDA is not available. Disabling", "torch.amp.autocast_mode", 202);
            enabled = false;
        }
        if (dtype != null) fast = dtype;
        if (cacheEnabled != null) cache = cacheEnabled;
        if ("cpu".equals(device) && !BFLOAT16.equals(fast)) {
            in.warnInLibrary("UserWarning", "In CPU autocast, but the target dtype is not supported. Disabling autocast.\n"
                    + "CPU Autocast only supports dtype of torch.bfloat16 currently.", "torch.amp.autocast_mode", 214);
            enabled = false;
        }
        if ("cuda".equals(device) && BFLOAT16.equals(fast)) throw TorchDevice.noCuda(); // torch.cuda.is_bf16_supported() asks the device
        s.setOwn("device", device);
        s.setOwn("fast_dtype", fast);
        s.setOwn("_cache_enabled", cache);
        s.setOwn("_enabled", enabled);
    }

    private static void enter(Interpreter in, PyInstance s) {
        Flags f = flags(in);
        s.setOwn("prev_cache_enabled", f.cacheEnabled);
        boolean on = Values.truthy(s.own("_enabled"));
        if ("cpu".equals(s.own("device"))) {
            s.setOwn("prev", f.cpuEnabled);
            s.setOwn("prev_fastdtype", f.cpuDtype);
            f.cpuEnabled = on;
            setCpuDtype(f, s.own("fast_dtype"));
        } else {
            s.setOwn("prev", f.gpuEnabled);
            s.setOwn("prev_fastdtype", f.gpuDtype);
            f.gpuDtype = s.own("fast_dtype");
            f.gpuEnabled = on;
        }
        f.nesting++;
        f.cacheEnabled = Values.truthy(s.own("_cache_enabled"));
    }

    private static void exit(Interpreter in, PyInstance s) {
        Flags f = flags(in);
        f.nesting--;
        if ("cpu".equals(s.own("device"))) {
            f.cpuEnabled = Values.truthy(s.own("prev"));
            f.cpuDtype = s.own("prev_fastdtype");
        } else {
            f.gpuEnabled = Values.truthy(s.own("prev"));
            f.gpuDtype = s.own("prev_fastdtype");
        }
        f.cacheEnabled = Values.truthy(s.own("prev_cache_enabled"));
    }

    private static void setCpuDtype(Flags f, Object dtype) {
        if (!BFLOAT16.equals(dtype)) throw new PyError("RuntimeError", "Currently, AutocastCPU only support Bfloat16 as the autocast_cpu_dtype");
        f.cpuDtype = dtype;
    }

    /** torch's autocast functions (the flags autocast sets; set_autocast_enabled(True) turns on a CUDA autocast that no tensor here meets). */
    static void addTo(PyModule torch) {
        torch.add("autocast", AUTOCAST);
        torch.add("cpu", new PyModule("torch.cpu")); // a package in PyTorch (torch.cpu.amp), not a function: x.cpu() is the tensor's method
        torch.add(Builtin.of("is_autocast_enabled", a -> flags(a.expect(0, 0).interpreter()).gpuEnabled));
        torch.add(Builtin.of("is_autocast_cpu_enabled", a -> flags(a.expect(0, 0).interpreter()).cpuEnabled));
        torch.add(Builtin.of("is_autocast_cache_enabled", a -> flags(a.expect(0, 0).interpreter()).cacheEnabled));
        torch.add(Builtin.of("get_autocast_cpu_dtype", a -> flags(a.expect(0, 0).interpreter()).cpuDtype));
        torch.add(Builtin.of("get_autocast_gpu_dtype", a -> flags(a.expect(0, 0).interpreter()).gpuDtype));
        torch.add(Builtin.of("set_autocast_enabled", a -> {
            flags(a.interpreter()).gpuEnabled = flag(a.expect(1, 1));
            return null;
        }));
        torch.add(Builtin.of("set_autocast_cpu_enabled", a -> {
            flags(a.interpreter()).cpuEnabled = flag(a.expect(1, 1));
            return null;
        }));
        torch.add(Builtin.of("set_autocast_cache_enabled", a -> {
            flags(a.interpreter()).cacheEnabled = flag(a.expect(1, 1));
            return null;
        }));
        torch.add(Builtin.of("set_autocast_cpu_dtype", a -> {
            setCpuDtype(flags(a.interpreter()), dtype(a.expect(1, 1)));
            return null;
        }));
        torch.add(Builtin.of("set_autocast_gpu_dtype", a -> {
            flags(a.interpreter()).gpuDtype = dtype(a.expect(1, 1));
            return null;
        }));
    }

    private static boolean flag(Args a) {
        if (!(a.get(0) instanceof Boolean b)) throw PyError.type(a.function() + "(): argument 'enabled' must be bool, not " + Values.typeName(a.get(0)));
        return b;
    }

    private static Object dtype(Args a) {
        if (!(a.get(0) instanceof TorchDtype)) throw PyError.type(a.function() + "(): argument 'dtype' must be torch.dtype, not " + Values.typeName(a.get(0)));
        return a.get(0);
    }

    /** torch.amp: autocast. */
    static PyModule amp() {
        return new PyModule("torch.amp").add("autocast", AUTOCAST);
    }

    /** torch.cuda.amp: autocast (CUDA's, disabled here) and GradScaler (disabled here). */
    static PyModule cudaAmp() {
        return new PyModule("torch.cuda.amp").add("autocast", CUDA_AUTOCAST).add("GradScaler", GRAD_SCALER);
    }

    static PyModule cpuAmp() {
        return new PyModule("torch.cpu.amp").add("autocast", CPU_AUTOCAST);
    }

}
