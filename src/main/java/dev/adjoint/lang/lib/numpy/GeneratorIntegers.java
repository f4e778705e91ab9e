package dev.adjoint.lang.lib.numpy;

import dev.adjoint.random.Pcg64;

/**
 * The Generator's bounded integers of one call (numpy/random/_bounded_integers.pyx with
 * distributions.c's fills, NumPy 1.24): 32- and 64-bit types by Lemire's rejection on 32-bit or
 * 64-bit words ({@link Pcg64#bounded}); 16- and 8-bit types by Lemire's rejection on halves or
 * quarters of a 32-bit word, low bits first, the word kept for the rest of the call; bool one bit
 * of a word at a time. A full range takes the bits as they come; a range of 0 draws nothing.
 * Kept apart from {@link BoundedIntegers}, the legacy RandomState's: NumPy gives the two the same
 * buffering ({@link BufferedWords}) but not the same algorithm (Generator passes use_masked=False,
 * Lemire's multiply and shift; RandomState use_masked=True, a mask and redraw), so from the same
 * bits they draw different numbers, and each must stay as its NumPy class draws.
 */
final class GeneratorIntegers {
    private final Pcg64 bits;
    private final NpType type;
    private final BufferedWords words;

    GeneratorIntegers(Pcg64 bits, NpType type) {
        this.bits = bits;
        this.type = type;
        this.words = new BufferedWords(bits::next32);
    }

    /** A value in [0, range]. */
    long next(long range) {
        if (range == 0) return 0;
        if (type == NpType.BOOL) return words.piece(1, 31);
        if (type.bits > 16) return bits.bounded(range);
        int width = type.bits, perWord = 32 / width - 1;
        long full = (1L << width) - 1;
        if (range == full) return words.piece(width, perWord);
        long excl = range + 1;
        long m = words.piece(width, perWord) * excl, leftover = m & full;
        if (leftover < excl) {
            long threshold = (full - range) % excl;
            while (leftover < threshold) {
                m = words.piece(width, perWord) * excl;
                leftover = m & full;
            }
        }
        return m >>> width;
    }
}
