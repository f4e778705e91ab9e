package dev.adjoint.lang.lib;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Values;
import dev.adjoint.scope.Scope;
import dev.adjoint.scope.ThreadSetting;

/**
 * PyTorch's tensor print options ({@code torch.set_printoptions}): digits after the point, the
 * element count past which a tensor is summarised, the items kept at each edge then, the line
 * width, and scientific notation forced on or off (null: chosen per tensor). A session keeps its
 * own (as a PyTorch process does) and puts them in force on the thread that runs its input, as it
 * does grad mode, so an input that fails leaves them as they were.
 */
public record PrintOptions(int precision, double threshold, int edgeItems, int lineWidth, Boolean sciMode) {
    public static final PrintOptions DEFAULT = new PrintOptions(4, 1000, 3, 80, null);
    private static final ThreadSetting<PrintOptions> CURRENT = ThreadSetting.carried(DEFAULT);

    /** The profiles set_printoptions(profile=...) names; sci_mode is not part of any. */
    static PrintOptions profile(String name) {
        return switch (name) {
            case "default" -> DEFAULT;
            case "short" -> new PrintOptions(2, 1000, 2, 80, null);
            case "full" -> new PrintOptions(4, Double.POSITIVE_INFINITY, 3, 80, null);
            default -> null; // PyTorch ignores a profile it does not know
        };
    }

    public static PrintOptions current() {
        return CURRENT.get();
    }

    /** The options in force on this thread until the scope closes. */
    public static Scope use(PrintOptions options) {
        return CURRENT.use(options);
    }

    /**
     * torch.set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
     * profile=None, sci_mode=None): a profile first, then each option given; sci_mode is set every
     * time (to automatic when not given), as PyTorch's is. Holds until changed.
     */
    static Object set(Args a) {
        a.expect(0, 6, "precision", "threshold", "edgeitems", "linewidth", "profile", "sci_mode");
        PrintOptions o = current();
        Object profile = a.option(4, "profile", null);
        if (profile != null) {
            if (!(profile instanceof String name)) throw PyError.type("profile must be a str, not " + Values.typeName(profile));
            if (profile(name) != null) o = profile(name);
        }
        Object threshold = Values.plain(a.option(1, "threshold", null));
        if (threshold != null && !PyNumbers.isNumber(threshold)) throw PyError.type("threshold must be a number, not " + Values.typeName(threshold));
        Object sci = a.option(5, "sci_mode", null);
        CURRENT.set(new PrintOptions(a.integer(0, "precision", o.precision), threshold == null ? o.threshold : PyNumbers.approx(threshold),
                a.integer(2, "edgeitems", o.edgeItems), a.integer(3, "linewidth", o.lineWidth), sci == null ? null : Values.truthy(sci)));
        return null;
    }
}
