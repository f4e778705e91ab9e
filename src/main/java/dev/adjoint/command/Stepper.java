package dev.adjoint.command;

import java.io.PrintWriter;
import java.util.function.IntFunction;

/**
 * Walks through numbered frames one key at a time: Enter shows the next, b the one before, q (or
 * the end) stops. Each frame is drawn afresh; on a terminal the screen is cleared first so the
 * table stays in place while the highlight moves.
 */
final class Stepper {
    private static final String CLEAR = "\u001b[H\u001b[2J";

    private Stepper() {}

    /** Shows frames 0..count-1 as the keys say; returns how many frames were drawn. */
    static int run(int count, IntFunction<String> frame, KeyReader keys, PrintWriter out, boolean clear) {
        int i = 0, drawn = 0;
        while (true) {
            if (clear) out.print(CLEAR);
            out.print(frame.apply(i));
            out.flush();
            drawn++;
            KeyReader.Key k = keys.read();
            if (k == KeyReader.Key.QUIT) return drawn;
            if (k == KeyReader.Key.BACK) i = Math.max(0, i - 1);
            else if (i == count - 1) return drawn; // Enter on the last step ends the walk
            else i++;
        }
    }
}
