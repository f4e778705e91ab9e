package dev.adjoint.lang.lib.numpy;

import java.util.function.IntSupplier;

/**
 * NumPy's buffered small draws (buffered_uint8, buffered_uint16, buffered_bounded_bool): pieces of
 * {@code width} bits cut from one 32-bit word, low bits first, a new word after {@code perWord}
 * more pieces. The buffer lives for one call, as NumPy's does.
 */
final class BufferedWords {
    private final IntSupplier next32;
    private int buffer, left;

    BufferedWords(IntSupplier next32) {
        this.next32 = next32;
    }

    long piece(int width, int perWord) {
        if (left == 0) {
            buffer = next32.getAsInt();
            left = perWord;
        } else {
            buffer >>>= width;
            left--;
        }
        return buffer & ((1L << width) - 1);
    }
}
