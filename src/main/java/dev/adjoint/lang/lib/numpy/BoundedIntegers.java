package dev.adjoint.lang.lib.numpy;

import dev.adjoint.data.Permutation;
import dev.adjoint.random.NumpyRandom;

/**
 * The integers NumPy's legacy {@code randint} draws for a dtype, bit for bit: masked rejection
 * (a draw masked to the range's bits, drawn again while above it), where 8- and 16-bit types cut
 * their draws from one 32-bit draw at a time, low bits first, and bool takes one bit at a time
 * (NumPy's buffered_bounded_masked_uint8/uint16 and buffered_bounded_bool). The buffer lives for
 * one call, as NumPy's does; 32- and 64-bit types take a 32-bit draw each (ranges below 2^32).
 * Not the Generator's algorithm ({@link GeneratorIntegers}, Lemire's): see there why both stay.
 */
final class BoundedIntegers {
    private final NumpyRandom rng;
    private final NpType type;
    private final BufferedWords words;

    BoundedIntegers(NumpyRandom rng, NpType type) {
        this.rng = rng;
        this.type = type;
        this.words = new BufferedWords(rng::nextInt);
    }

    /** A value in [0, range]; a range of 0 draws nothing. */
    long next(long range) {
        if (range == 0) return 0;
        if (type == NpType.BOOL) return words.piece(1, 31);
        if (type.bits > 16) return Permutation.interval(rng, (int) range);
        int mask = (int) Long.highestOneBit(range) * 2 - 1;
        int v;
        do v = (int) (type.bits == 8 ? words.piece(8, 3) : words.piece(16, 1)) & mask; while (v > range);
        return v;
    }
}
