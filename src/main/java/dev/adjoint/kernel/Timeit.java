package dev.adjoint.kernel;

import dev.adjoint.lang.FormatSpec;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.PyList;
import dev.adjoint.lang.Values;

/**
 * IPython's %timeit and %%timeit: the statement runs {@code number} times in a loop inside a
 * function (its names are local to it, as in IPython's template), and that loop runs
 * {@code repeat} times; the mean and standard deviation of the time per loop are printed in
 * IPython's words. Without {@code -n}, the number is the first of 1, 10, 100, ... whose loop takes
 * 0.2 s or more. The function is made in the session under a private name and removed after.
 */
final class Timeit {
    private static final String FUNCTION = "_adjoint_timeit", TIMES = "_adjoint_timeit_times";

    private Timeit() {}

    /** What {@code %timeit} was asked: its options (IPython's "n:r:tcp:qo") and the code after them. */
    record Options(long number, int repeat, int precision, boolean quiet, String code) {
        private static final String ALLOWED = "n:r:tcp:qo";

        /** The options at the start of {@code line}; a UsageError (or ValueError) for ones IPython would refuse. */
        static Options parse(String line) {
            long number = 0;
            int repeat = 7, precision = 3;
            boolean quiet = false;
            int at = 0;
            while (true) {
                while (at < line.length() && Character.isWhitespace(line.charAt(at))) at++;
                if (at + 1 >= line.length() || line.charAt(at) != '-' || Character.isWhitespace(line.charAt(at + 1))) break;
                int end = wordEnd(line, at);
                if (line.substring(at, end).equals("--")) {
                    at = end;
                    break;
                }
                for (int i = at + 1; i < end; i++) {
                    char c = line.charAt(i);
                    int k = ALLOWED.indexOf(c);
                    if (k < 0 || c == ':') throw usage("option -" + c + " not recognized ( allowed: \"" + ALLOWED + "\" )");
                    boolean takesValue = k + 1 < ALLOWED.length() && ALLOWED.charAt(k + 1) == ':';
                    if (!takesValue) {
                        if (c == 'q') quiet = true;
                        if (c == 'o') throw usage("%timeit -o (a TimeitResult to keep) is not offered by adjoint; the timing is printed");
                        continue; // -t and -c choose a clock: adjoint has one, perf_counter's
                    }
                    String value;
                    if (i + 1 < end) {
                        value = line.substring(i + 1, end);
                    } else {
                        int from = end;
                        while (from < line.length() && Character.isWhitespace(line.charAt(from))) from++;
                        if (from >= line.length()) throw usage("option -" + c + " requires argument ( allowed: \"" + ALLOWED + "\" )");
                        end = wordEnd(line, from);
                        value = line.substring(from, end);
                    }
                    long v = integer(value);
                    if (c == 'n') number = v;
                    else if (c == 'r') repeat = (int) v;
                    else precision = (int) v;
                    break;
                }
                at = end;
            }
            return new Options(number, repeat, precision, quiet, line.substring(Math.min(at, line.length())).strip());
        }

        private static int wordEnd(String line, int from) {
            int end = from;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) end++;
            return end;
        }

        private static long integer(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw LangError.python("ValueError", "invalid literal for int() with base 10: '" + text + "'", null);
            }
        }
    }

    private static LangError usage(String message) {
        return LangError.plain("UsageError", message, null);
    }

    /**
     * Times {@code statement} after {@code setup} (each a piece of Python, maybe several lines) and
     * prints the result to the sink; an error in either is thrown as the session raised it.
     */
    static void run(SessionAdapter session, Options options, String setup, String statement, SessionAdapter.Sink sink) {
        session.runQuietly(TIMES + " = []\n" + "def " + FUNCTION + "(_n):\n"
                + "    from time import perf_counter as _timer\n"
                + indented(setup.isBlank() ? "pass" : setup, "    ")
                + "    _t0 = _timer()\n"
                + "    for _i in range(_n):\n"
                + indented(statement, "        ")
                + "    " + TIMES + ".append(_timer() - _t0)\n", sink);
        try {
            long number = options.number();
            if (number == 0) {
                for (int index = 0; index < 10; index++) {
                    number = (long) Math.pow(10, index);
                    if (time(session, number, sink) >= 0.2) break;
                }
            }
            double[] runs = new double[Math.max(options.repeat(), 0)];
            for (int i = 0; i < runs.length; i++) runs[i] = time(session, number, sink);
            String report = report(runs, number, options.precision());
            if (!options.quiet()) sink.stdout().print(report);
        } finally {
            session.runQuietly("del " + FUNCTION + ", " + TIMES + "\n", sink);
        }
    }

    /** The seconds {@code number} loops took. */
    private static double time(SessionAdapter session, long number, SessionAdapter.Sink sink) {
        session.runQuietly(FUNCTION + "(" + number + ")\n", sink);
        PyList times = (PyList) session.lookup(TIMES);
        if (times.isEmpty()) throw LangError.python("SyntaxError", "'return' outside function", null); // the statement returned (or yielded) before its time was taken
        return Values.toDouble(times.remove(times.size() - 1));
    }

    /** IPython's TimeitResult text, after its warning when the slowest run took over 4 times the fastest. */
    static String report(double[] runs, long number, int precision) {
        if (runs.length == 0) throw LangError.python("ValueError", "min() arg is an empty sequence", null);
        double best = Double.POSITIVE_INFINITY, worst = 0, sum = 0;
        for (double r : runs) {
            best = Math.min(best, r / number);
            worst = Math.max(worst, r / number);
            sum += r / number;
        }
        double mean = sum / runs.length, squares = 0;
        for (double r : runs) squares += (r / number - mean) * (r / number - mean);
        double std = Math.sqrt(squares / runs.length);
        StringBuilder out = new StringBuilder();
        if (worst > 4 * best && best > 0 && worst > 1e-6)
            out.append("The slowest run took ").append(FormatSpec.format(worst / best, ".2f"))
                    .append(" times longer than the fastest. This could mean that an intermediate result is being cached.\n");
        return out.append(TimeText.of(mean, precision)).append(" \u00b1 ").append(TimeText.of(std, precision))
                .append(" per loop (mean \u00b1 std. dev. of ").append(runs.length).append(" run").append(runs.length == 1 ? "" : "s")
                .append(", ").append(FormatSpec.format(number, ",")).append(" loop").append(number == 1 ? "" : "s").append(" each)\n").toString();
    }

    private static String indented(String code, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) if (!line.isBlank()) out.append(indent).append(line).append('\n');
        return out.toString();
    }
}
