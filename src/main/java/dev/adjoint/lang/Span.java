package dev.adjoint.lang;

/** Where a token or node stands in the source: 0-based offset and length, 1-based line and column. */
public record Span(int offset, int length, int line, int column) {
    public int end() {
        return offset + length;
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        if (other == null) return this;
        Span first = other.offset < offset ? other : this;
        int end = Math.max(end(), other.end());
        return new Span(first.offset, end - first.offset, first.line, first.column);
    }
}
