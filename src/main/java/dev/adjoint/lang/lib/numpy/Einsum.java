package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.PyError;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.ndarray.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * np.einsum with explicit ('ij,jk->ik') or implicit ('ij,jk': the labels met once, in alphabetical
 * order) output: every output entry is the sum, over the labels left out, of the operands'
 * products, in order. '...' stands for the axes not named, broadcast across the operands as
 * NumPy's are (aligned at the right, a length of 1 repeated). No optimize= path search.
 */
final class Einsum {
    private Einsum() {}

    static Object einsum(Args a) {
        a.expect(2, Integer.MAX_VALUE, "optimize");
        String spec = a.string(0).replace(" ", "");
        List<NpArray> operands = new ArrayList<>();
        for (int i = 1; i < a.size(); i++) operands.add(Operand.required(a.get(i), "einsum"));
        String[] sides = spec.split("->", -1);
        String[] inputs = sides[0].split(",", -1);
        if (inputs.length != operands.size())
            throw PyError.value(inputs.length > operands.size() ? "more operands provided to einstein sum function than specified in the subscripts string"
                    : "fewer operands provided to einstein sum function than specified in the subscripts string");
        int broadcast = nameEllipses(inputs, operands);
        String ellipsis = broadcastLabels(0, broadcast);
        String explicit = null;
        if (sides.length > 1) {
            explicit = sides[1];
            if (explicit.contains(".")) {
                if (explicit.indexOf('.') != explicit.indexOf("...") || explicit.replaceFirst("\\.\\.\\.", "").contains("."))
                    throw PyError.value("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
                explicit = explicit.replace("...", ellipsis);
            } else if (broadcast > 0)
                throw PyError.value("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        Map<Character, Integer> sizes = new LinkedHashMap<>();
        Map<Character, Integer> uses = new LinkedHashMap<>();
        NpType type = operands.get(0).type;
        for (int o = 0; o < inputs.length; o++) {
            NpArray x = operands.get(o);
            type = NpType.promote(type, x.type);
            String in = inputs[o];
            if (in.length() != x.ndim())
                throw PyError.value("operand " + (in.length() < x.ndim() ? "has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions."
                        : o + " has fewer dimensions than subscripts given in einstein sum"));
            for (int d = 0; d < in.length(); d++) {
                char c = in.charAt(d);
                if (isBroadcast(c)) { // '...': a length of 1 broadcasts
                    int n = x.shape()[d];
                    Integer known = sizes.get(c);
                    if (known != null && known != n && known != 1 && n != 1)
                        throw PyError.value("operands could not be broadcast together: the axes of '...' have lengths " + known + " and " + n);
                    if (known == null || known == 1) sizes.put(c, n);
                    continue;
                }
                if (!Character.isLetter(c)) throw PyError.value("invalid subscript '" + c + "' in einstein sum subscripts string, subscripts must be letters");
                Integer known = sizes.putIfAbsent(c, x.shape()[d]);
                if (known != null && known != x.shape()[d])
                    throw PyError.value("size of label '" + c + "' for operand " + o + " (" + x.shape()[d] + ") does not match previous terms (" + known + ").");
                uses.merge(c, 1, Integer::sum);
            }
        }
        String output;
        if (explicit != null) output = explicit;
        else {
            StringBuilder once = new StringBuilder(ellipsis); // the broadcast axes first
            uses.keySet().stream().filter(c -> uses.get(c) == 1).sorted().forEach(once::append);
            output = once.toString();
        }
        for (char c : output.toCharArray())
            if (!sizes.containsKey(c)) throw PyError.value("einstein sum subscripts string included output subscript '" + c + "' which never appeared in an input");
        List<Character> labels = new ArrayList<>();
        for (char c : output.toCharArray()) labels.add(c);
        for (char c : sizes.keySet()) if (output.indexOf(c) < 0) labels.add(c); // the summed labels, innermost
        int[] extent = new int[labels.size()];
        for (int i = 0; i < extent.length; i++) extent[i] = sizes.get(labels.get(i));
        // each operand's step per label (a label twice in one operand, as 'ii', steps along both axes)
        int[][] steps = new int[operands.size()][labels.size()];
        double[][] values = new double[operands.size()][];
        for (int o = 0; o < operands.size(); o++) {
            NpArray x = operands.get(o);
            values[o] = x.values().compact().toArray();
            int[] strides = Shapes.rowMajorStrides(x.shape());
            for (int d = 0; d < inputs[o].length(); d++) {
                int label = labels.indexOf(inputs[o].charAt(d));
                if (x.shape()[d] == extent[label]) steps[o][label] += strides[d]; // else a length of 1 broadcast: no step
            }
        }
        int outDims = output.length();
        int[] outShape = java.util.Arrays.copyOf(extent, outDims);
        int outSize = Shapes.size(outShape), inner = 1;
        for (int i = outDims; i < extent.length; i++) inner *= extent[i];
        dev.adjoint.ndarray.Limits.check((long) outSize * Math.max(inner, 1), Shapes.str(extent));
        double[] r = new double[outSize];
        int[] at = new int[extent.length];
        int[] offset = new int[operands.size()];
        for (int out = 0; out < outSize; out++) {
            if ((out & 1023) == 0) ComputationInterrupted.poll();
            double sum = 0;
            for (int k = 0; k < inner; k++) {
                double product = 1;
                for (int o = 0; o < offset.length; o++) product *= values[o][offset[o]];
                sum += product;
                advance(at, extent, outDims, steps, offset); // the next summed position (wraps back to the start)
            }
            r[out] = sum;
            if (outDims > 0) advance(at, extent, 0, outDims, steps, offset);
        }
        NpArray result = NpArray.of(NDArray.of(r, outShape), type);
        return NpArray.box(result);
    }

    /** The labels '...' stands for: private-use characters, which no subscript string holds. */
    private static final char FIRST_BROADCAST = '\uE000';

    private static boolean isBroadcast(char c) {
        return c >= FIRST_BROADCAST && c < FIRST_BROADCAST + 64;
    }

    private static String broadcastLabels(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append((char) (FIRST_BROADCAST + k));
        return sb.toString();
    }

    /**
     * Replaces each input's '...' by labels of the axes it covers, aligned at the right across
     * the operands as NumPy broadcasts them; returns how many axes '...' stands for in all.
     */
    private static int nameEllipses(String[] inputs, List<NpArray> operands) {
        int[] covered = new int[inputs.length];
        int most = 0;
        for (int o = 0; o < inputs.length; o++) {
            String in = inputs[o];
            if (!in.contains(".")) continue;
            if (in.indexOf('.') != in.indexOf("...") || in.replaceFirst("\\.\\.\\.", "").contains("."))
                throw PyError.value("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand " + o);
            covered[o] = Math.max(0, operands.get(o).ndim() - (in.length() - 3));
            most = Math.max(most, covered[o]);
        }
        for (int o = 0; o < inputs.length; o++)
            if (inputs[o].contains("...")) inputs[o] = inputs[o].replace("...", broadcastLabels(most - covered[o], most));
        return most;
    }

    /** Steps the positions of labels [from, extent.length) like an odometer, keeping each operand's offset. */
    private static void advance(int[] at, int[] extent, int from, int[][] steps, int[] offset) {
        advance(at, extent, from, extent.length, steps, offset);
    }

    private static void advance(int[] at, int[] extent, int from, int to, int[][] steps, int[] offset) {
        for (int i = to - 1; i >= from; i--) {
            at[i]++;
            for (int o = 0; o < offset.length; o++) offset[o] += steps[o][i];
            if (at[i] < extent[i]) return;
            for (int o = 0; o < offset.length; o++) offset[o] -= steps[o][i] * extent[i];
            at[i] = 0;
        }
    }
}
