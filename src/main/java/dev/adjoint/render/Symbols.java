package dev.adjoint.render;

/** The notation's symbols, in Unicode or (with --ascii) plain ASCII. */
public record Symbols(boolean ascii) {
    /** v̄i, the adjoint of node i. */
    public String bar(String id) {
        return ascii ? id.charAt(0) + "bar" + id.substring(1) : id.charAt(0) + "\u0304" + id.substring(1);
    }

    /** v̇i, the tangent of node i. */
    public String dot(String id) {
        return ascii ? id.charAt(0) + "dot" + id.substring(1) : id.charAt(0) + "\u0307" + id.substring(1);
    }

    public String partial() {
        return ascii ? "d" : "∂";
    }

    public String arrow() {
        return ascii ? "->" : "→";
    }

    public String rule() {
        return ascii ? "-" : "─";
    }

    /** Replaces the Unicode operators an op's notation may use. */
    public String text(String s) {
        if (!ascii) return s;
        return s.replace("×", "*").replace("−", "-").replace("σ", "sigmoid").replace("√", "sqrt ").replace("ᵀ", ".T");
    }
}
