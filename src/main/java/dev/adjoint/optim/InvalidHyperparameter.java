package dev.adjoint.optim;

/**
 * PyTorch's ValueError for a hyperparameter out of range ("Invalid learning rate: -0.1"), with the
 * hyperparameter's key in PyTorch's defaults ("lr"; "betas" with the index of the beta), so that a
 * front-end can show the value as it was given (the int -1, not -1.0).
 */
public final class InvalidHyperparameter extends IllegalArgumentException {
    private final String key;
    private final int index;
    private final String what;

    /** {@link #index()} of a pair whose two values the message shows. */
    public static final int BOTH = -2;

    InvalidHyperparameter(String key, int index, String what, double value) {
        this(key, index, what, String.valueOf(value));
    }

    private InvalidHyperparameter(String key, int index, String what, String value) {
        super("Invalid " + what + ": " + value);
        this.key = key;
        this.index = index;
        this.what = what;
    }

    /** A pair out of range, both values in the message (Rprop's "Invalid eta values: 0.5, 1.0"); its index is {@link #BOTH}. */
    static InvalidHyperparameter pair(String key, String what, double first, double second) {
        return new InvalidHyperparameter(key, BOTH, what, first + ", " + second);
    }

    /** The key in the optimizer's defaults and param groups: "lr", "eps", "betas", ... */
    public String key() {
        return key;
    }

    /** Which beta of "betas" (0 or 1); {@link #BOTH} for both values of a pair; -1 for the others. */
    public int index() {
        return index;
    }

    /** The message with the value as {@code given} writes it. */
    public String message(String given) {
        return "Invalid " + what + ": " + given;
    }
}
