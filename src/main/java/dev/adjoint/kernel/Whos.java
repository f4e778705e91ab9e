package dev.adjoint.kernel;

import dev.adjoint.lang.HostObject;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * IPython 8.12's %who and %whos (IPython/core/magics/namespace.py): the notebook's own names, sorted,
 * without those starting with '_' (the caller leaves out IPython's In and Out while they are its own); given type names ({@code %whos int
 * list}), only the variables of those types. %who lists the names; %whos a table of each name,
 * its type and its length (a dict, list or tuple), its shape, size, dtype and bytes (a NumPy
 * array) or its str (cut in the middle past 50 characters).
 */
final class Whos {
    private static final List<String> SEQUENCES = Arrays.asList("dict", "list", "tuple");
    private static final String VARIABLE = "Variable", TYPE = "Type", DATA = "Data/Info";
    private static final int COLUMN_GAP = 3;

    private Whos() {}

    /** %who: the names, a tab and a space after each, nine to a line. */
    static String who(Map<String, Object> variables, String types) {
        List<String> names = names(variables, types);
        if (names.isEmpty()) return empty(types);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(names.get(i)).append("\t ");
            if (i % 9 == 8) sb.append('\n');
        }
        return sb.append('\n').toString();
    }

    /** %whos: the table. */
    static String whos(Map<String, Object> variables, String types) {
        List<String> names = names(variables, types);
        if (names.isEmpty()) return empty(types);
        int nameWidth = VARIABLE.length(), typeWidth = TYPE.length();
        for (String n : names) {
            nameWidth = Math.max(nameWidth, n.length());
            typeWidth = Math.max(typeWidth, typeName(variables.get(n)).length());
        }
        nameWidth += COLUMN_GAP;
        typeWidth += COLUMN_GAP;
        StringBuilder sb = new StringBuilder(pad(VARIABLE, nameWidth)).append(pad(TYPE, typeWidth)).append(' ').append(DATA).append('\n');
        sb.append("-".repeat(nameWidth + typeWidth + DATA.length() + 1)).append('\n');
        for (String n : names) {
            Object v = variables.get(n);
            String type = typeName(v);
            sb.append(pad(n, nameWidth)).append(pad(type, typeWidth)).append(' ').append(info(v, type)).append('\n');
        }
        return sb.toString();
    }

    private static String info(Object v, String type) {
        if (SEQUENCES.contains(type) && v instanceof Collection<?> c) return "n=" + c.size();
        if (SEQUENCES.contains(type) && v instanceof dev.adjoint.lang.PyDict d) return "n=" + d.size();
        if (type.equals("ndarray") && v instanceof HostObject array) return arraySummary(array);
        String text = Repr.str(v).replace("\n", "\\n");
        return text.length() < 50 ? text : text.substring(0, 25) + "<...>" + text.substring(text.length() - 25);
    }

    /** "3x4: 12 elems, type `float64`, 96 bytes", and the size in kb or Mb from 100000 bytes on. */
    private static String arraySummary(HostObject array) {
        String shape = Repr.str(array.attribute("shape")).replace(",", "").replace(" ", "x");
        shape = shape.substring(1, shape.length() - 1);
        long size = Values.toLong(array.attribute("size"), "size"), bytes = size * Values.toLong(array.attribute("itemsize"), "itemsize");
        String line = shape + ": " + size + " elems, type `" + Repr.str(array.attribute("dtype")) + "`, " + bytes + " bytes";
        if (bytes < 100_000) return line;
        return line + (bytes < 1_048_576 ? " (" + PyNumbers.repr(bytes / 1024.0) + " kb)" : " (" + PyNumbers.repr(bytes / 1_048_576.0) + " Mb)");
    }

    /** The variables to list, sorted: not the '_' names IPython hides, and of the given types if any. */
    private static List<String> names(Map<String, Object> variables, String types) {
        List<String> wanted = types.isBlank() ? List.of() : Arrays.asList(types.strip().split("\\s+"));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : variables.entrySet()) {
            String n = e.getKey();
            if (n.startsWith("_")) continue;
            if (!wanted.isEmpty() && !wanted.contains(typeName(e.getValue()))) continue;
            out.add(n);
        }
        out.sort(null);
        return out;
    }

    /** type(v).__name__: a library's class without its module (numpy.ndarray is ndarray). */
    private static String typeName(Object v) {
        String name = Values.typeName(v);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String empty(String types) {
        return types.isBlank() ? "Interactive namespace is empty.\n" : "No variables match your requested type.\n";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
