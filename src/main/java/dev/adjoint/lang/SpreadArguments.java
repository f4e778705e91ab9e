package dev.adjoint.lang;

/**
 * The argument combinations PyTorch 1.13's var and std refuse: {@code correction=} is only in the
 * signatures that take {@code dim} (given, even as None) and never beside {@code unbiased}. So
 * {@code x.var(correction=0)} is a TypeError there, not a silently different variance.
 */
final class SpreadArguments {
    private SpreadArguments() {}

    private static final String METHOD_SIGNATURES = """
             * (tuple of ints dim, *, int correction, bool keepdim)
             * (tuple of ints dim, bool unbiased, bool keepdim)
             * (bool unbiased)
                  didn't match because some of the keywords were incorrect: correction
             * (tuple of names dim, *, int correction, bool keepdim)
             * (tuple of names dim, bool unbiased, bool keepdim)
            """;
    private static final String FUNCTION_SIGNATURES = """
             * (Tensor input, tuple of ints dim, *, int correction, bool keepdim, Tensor out)
             * (Tensor input, tuple of ints dim, bool unbiased, bool keepdim, *, Tensor out)
             * (Tensor input, bool unbiased)
                  didn't match because some of the keywords were incorrect: correction
             * (Tensor input, tuple of names dim, *, int correction, bool keepdim, Tensor out)
             * (Tensor input, tuple of names dim, bool unbiased, bool keepdim, *, Tensor out)
            """;

    /**
     * PyTorch's TypeError when {@code correction} comes without {@code dim} or with {@code unbiased}.
     * {@code unbiasedAlone}: the first argument after the tensor is var's positional bool.
     */
    static void check(Args a, boolean method, boolean unbiasedAlone) {
        if (!a.has("correction")) return;
        boolean dim = !unbiasedAlone && (a.size() >= 2 || a.has("dim"));
        boolean unbiased = unbiasedAlone || a.size() >= 3 || a.has("unbiased");
        if (dim && !unbiased) return;
        throw PyError.type(a.function() + "() received an invalid combination of arguments - got (" + a.overloadTypes(method) + "), but expected one of:\n"
                + (method ? METHOD_SIGNATURES : FUNCTION_SIGNATURES));
    }
}
