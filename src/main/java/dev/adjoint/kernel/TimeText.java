package dev.adjoint.kernel;

import dev.adjoint.lang.FormatSpec;
import java.util.ArrayList;
import java.util.List;

/** A span of time as IPython's %time and %timeit print it ({@code IPython.core.magics.execution._format_time}). */
final class TimeText {
    private static final String[] UNITS = {"s", "ms", "\u00b5s", "ns"};
    private static final double[] SCALING = {1, 1e3, 1e6, 1e9};
    private static final String[] PART_NAMES = {"d", "h", "min", "s"};
    private static final double[] PART_SECONDS = {86400, 3600, 60, 1};

    private TimeText() {}

    /** {@code seconds} in the unit that fits, to {@code precision} significant digits ("1.17 µs"); a minute or more as "2min 5s". */
    static String of(double seconds, int precision) {
        if (seconds >= 60.0) return inParts(seconds);
        int order = seconds > 0.0 ? Math.min(-Math.floorDiv((int) Math.floor(Math.log10(seconds)), 3), 3) : 3;
        return FormatSpec.format(seconds * SCALING[order], "." + precision + "g") + " " + UNITS[order];
    }

    private static String inParts(double seconds) {
        List<String> parts = new ArrayList<>();
        double leftover = seconds;
        for (int i = 0; i < PART_NAMES.length; i++) {
            long value = (long) (leftover / PART_SECONDS[i]);
            if (value > 0) {
                leftover = leftover % PART_SECONDS[i];
                parts.add(value + PART_NAMES[i]);
            }
            if (leftover < 1) break;
        }
        return String.join(" ", parts);
    }
}
