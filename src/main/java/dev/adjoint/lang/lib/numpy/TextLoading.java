package dev.adjoint.lang.lib.numpy;

import dev.adjoint.lang.Args;
import dev.adjoint.lang.FileContents;
import dev.adjoint.lang.PyDict;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.ndarray.NDArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * np.loadtxt and np.genfromtxt (NumPy 1.24): rows of numbers from a text file (a path, an open
 * file, or a list of lines) into a 2-d array, squeezed and then made at least {@code ndmin}-d, as
 * NumPy's. loadtxt is strict (its C reader's messages: a field that is no number, a row of another
 * length); genfromtxt reads a missing field as nan (or filling_values) and a word as nan, and lists
 * the rows of the wrong length. Rows of several types (genfromtxt's names=True, dtype=None over
 * mixed columns) would be NumPy's structured arrays, which adjoint does not have: refused.
 */
final class TextLoading {
    private TextLoading() {}

    /** Python's float() syntax (what NumPy's parsers accept): digits with an exponent, inf, infinity, nan; surrounding whitespace. */
    private static final Pattern FLOAT = Pattern.compile("[+-]?((\\d+(_\\d+)*)?\\.?\\d+(_\\d+)*([eE][+-]?\\d+(_\\d+)*)?|\\d+(_\\d+)*\\.([eE][+-]?\\d+(_\\d+)*)?|inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    // ---- loadtxt ----

    static Object loadtxt(Args a) {
        a.expect(1, 11, "fname", "dtype", "comments", "delimiter", "converters", "skiprows", "usecols", "unpack", "ndmin", "encoding", "max_rows",
                "quotechar", "like");
        List<String> lines = lines(a.option(0, "fname", null));
        NpType type = Numpy.dtype(a, 1, NpType.FLOAT64);
        List<String> comments = comments(a.option(2, "comments", "#"));
        String delimiter = delimiter(a.option(3, "delimiter", null));
        Object converters = a.option(4, "converters", null);
        int skip = a.integer(5, "skiprows", 0);
        int[] usecols = usecols(a, a.option(6, "usecols", null));
        boolean unpack = a.bool(7, "unpack", false);
        int ndmin = a.integer(8, "ndmin", 0);
        Object maxRowsArg = a.option(10, "max_rows", null);
        long maxRows = maxRowsArg == null ? -1 : Values.toLong(maxRowsArg, "max_rows");
        if (ndmin < 0 || ndmin > 2) throw PyError.value("Illegal value of ndmin keyword: " + ndmin);
        String dtypeName = type.name;
        List<double[]> rows = new ArrayList<>();
        int columns = -1;
        Map<Integer, Object> convertersByColumn = null;
        for (int i = Math.min(skip, lines.size()); i < lines.size() && (maxRows < 0 || rows.size() < maxRows); i++) {
            List<String> fields = split(lines.get(i), comments, delimiter, false);
            if (fields.isEmpty()) continue;
            int row = rows.size();
            if (columns < 0) {
                columns = usecols != null ? usecols.length : fields.size();
                convertersByColumn = converters(converters, columns, usecols);
            }
            if (usecols == null && fields.size() != columns)
                throw PyError.value("the number of columns changed from " + columns + " to " + fields.size() + " at row " + (row + 1)
                        + "; use `usecols` to select a subset and avoid this error");
            double[] values = new double[columns];
            for (int k = 0; k < columns; k++) {
                int col = usecols == null ? k : usecols[k] < 0 ? usecols[k] + fields.size() : usecols[k];
                if (col < 0 || col >= fields.size())
                    throw PyError.value("invalid column index " + usecols[k] + " at row " + (row + 1) + " with " + fields.size() + " columns");
                String field = fields.get(col);
                Object converter = convertersByColumn == null ? null : convertersByColumn.get(k);
                Double v = converter != null ? converted(a, converter, field, type) : parse(field, type);
                if (v == null)
                    throw PyError.value("could not convert string " + Repr.repr(field) + " to " + dtypeName + " at row " + row + ", column " + (col + 1) + ".");
                values[k] = v;
            }
            rows.add(values);
        }
        return finish(rows, Math.max(columns, 0), type, ndmin, unpack);
    }

    /** A row count and a column count as one 2-d array, squeezed then made at least ndmin-d (NumPy's _ensure_ndmin_ndarray), transposed for unpack. */
    private static NpArray finish(List<double[]> rows, int columns, NpType type, int ndmin, boolean unpack) {
        Limits.check((long) rows.size() * columns, "(" + rows.size() + ", " + columns + ")");
        double[] all = new double[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) System.arraycopy(rows.get(r), 0, all, r * columns, columns);
        int[] shape = rows.isEmpty() ? new int[] {0} : new int[] {rows.size(), columns};
        if (shape.length > ndmin) shape = squeezed(shape);
        if (shape.length < ndmin) shape = ndmin == 1 ? new int[] {all.length} : shape.length == 0 ? new int[] {1, 1} : new int[] {shape[0], 1};
        NpArray out = NpArray.of(NDArray.of(all, shape), type);
        return unpack ? ArrayFunctions.transpose(out, null) : out;
    }

    private static int[] squeezed(int[] shape) {
        return java.util.Arrays.stream(shape).filter(s -> s != 1).toArray();
    }

    /** A converter's result as the dtype's value: a number, or a string NumPy parses. */
    private static Double converted(Args a, Object converter, String field, NpType type) {
        Object r = a.interpreter().call(converter, new ArrayList<>(List.of(field)), new HashMap<>(), a.span());
        if (r instanceof String s) return parse(s, type);
        NpArray v = Operand.of(r);
        if (v == null || v.size() != 1) throw PyError.type("float() argument must be a string or a real number, not '" + Values.typeName(r) + "'");
        return type.cast(v.values().item());
    }

    /** loadtxt's converters: one callable for every column, or a dict from column (as in the file, negative from the end) to callable. */
    private static Map<Integer, Object> converters(Object given, int columns, int[] usecols) {
        if (given == null) return null;
        Map<Integer, Object> byColumn = new HashMap<>();
        if (!(given instanceof PyDict d)) {
            for (int k = 0; k < columns; k++) byColumn.put(k, given);
            return byColumn;
        }
        for (PyDict.Entry e : d.entries()) {
            int col = (int) Values.toLong(e.key(), "converters key");
            if (usecols != null) {
                int at = -1;
                for (int k = 0; k < usecols.length; k++) if (usecols[k] == col) at = k;
                if (at >= 0) byColumn.put(at, e.value());
                continue;
            }
            int k = col < 0 ? col + columns : col;
            if (k < 0 || k >= columns)
                throw PyError.value("converter specified for column " + col + ", which is invalid for the number of fields " + columns + ".");
            byColumn.put(k, e.value());
        }
        return byColumn;
    }

    // ---- genfromtxt ----

    static Object genfromtxt(Args a) {
        a.expect(1, 22, "fname", "dtype", "comments", "delimiter", "skip_header", "skip_footer", "converters", "missing_values", "filling_values",
                "usecols", "names", "excludelist", "deletechars", "replace_space", "autostrip", "case_sensitive", "defaultfmt", "unpack",
                "usemask", "loose", "invalid_raise", "max_rows", "encoding", "ndmin", "like");
        List<String> lines = lines(a.option(0, "fname", null));
        boolean inferred = (a.size() > 1 || a.has("dtype")) && a.option(1, "dtype", null) == null;
        NpType type = inferred ? null : Numpy.dtype(a, 1, NpType.FLOAT64);
        List<String> comments = comments(a.option(2, "comments", "#"));
        String delimiter = delimiter(a.option(3, "delimiter", null));
        int skipHeader = a.integer(4, "skip_header", 0), skipFooter = a.integer(5, "skip_footer", 0);
        if (a.option(6, "converters", null) != null || a.option(-1, "usemask", Boolean.FALSE) instanceof Boolean b && b)
            throw new PyError("NotImplementedError", "np.genfromtxt(converters=..., usemask=True): not in adjoint; np.loadtxt takes converters=");
        List<String> missing = new ArrayList<>(List.of(""));
        Object missingArg = a.option(7, "missing_values", null);
        if (missingArg instanceof String s) missing.addAll(List.of(s.split(",")));
        else if (missingArg != null) for (Object m : Values.items(missingArg)) missing.add(Repr.str(m));
        Object fillArg = a.option(8, "filling_values", null);
        int[] usecols = usecols(a, a.option(9, "usecols", null));
        Object names = a.option(10, "names", null);
        if (names != null && !(names instanceof Boolean b && !b))
            throw new PyError("NotImplementedError", "np.genfromtxt(names=...) makes a structured array, which adjoint's numpy does not have;"
                    + " skip_header=1 reads the numbers below the header");
        boolean autostrip = a.bool(14, "autostrip", false), unpack = a.bool(17, "unpack", false);
        Object maxRowsArg = a.option(21, "max_rows", null);
        long maxRows = maxRowsArg == null ? -1 : Values.toLong(maxRowsArg, "max_rows");
        if (maxRows >= 0 && skipFooter > 0) throw PyError.value("The keywords 'skip_footer' and 'max_rows' can not be used at the same time.");
        int ndmin = a.integer(-1, "ndmin", 0);
        if (ndmin < 0 || ndmin > 2) throw PyError.value("Illegal value of ndmin keyword: " + ndmin);
        int at = Math.min(skipHeader, lines.size());
        List<String> first = List.of();
        while (at < lines.size() && (first = split(lines.get(at), comments, delimiter, true)).isEmpty()) at++;
        int columns = usecols != null ? usecols.length : first.size();
        List<List<String>> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; at + i < lines.size(); i++) {
            List<String> fields = split(lines.get(at + i), comments, delimiter, true);
            if (fields.isEmpty()) continue;
            if (usecols != null) {
                List<String> picked = new ArrayList<>();
                for (int c : usecols) {
                    int col = c < 0 ? c + fields.size() : c;
                    if (col < 0 || col >= fields.size()) {
                        picked = null;
                        break;
                    }
                    picked.add(fields.get(col));
                }
                if (picked == null) {
                    errors.add("    Line #" + (i + skipHeader + 1) + " (got " + fields.size() + " columns instead of " + columns + ")");
                    continue;
                }
                fields = picked;
            } else if (fields.size() != columns) {
                errors.add("    Line #" + (i + skipHeader + 1) + " (got " + fields.size() + " columns instead of " + columns + ")");
                continue;
            }
            if (autostrip) fields.replaceAll(String::strip);
            rows.add(fields);
            if (maxRows >= 0 && rows.size() >= maxRows) break;
        }
        if (skipFooter > 0) rows = rows.subList(0, Math.max(0, rows.size() - skipFooter));
        if (!errors.isEmpty()) throw PyError.value("Some errors were detected !\n" + String.join("\n", errors));
        if (type == null) type = inferredType(rows, columns, missing);
        double[] fill = fillValues(fillArg, columns, type);
        List<double[]> values = new ArrayList<>();
        for (List<String> fields : rows) {
            double[] v = new double[columns];
            for (int k = 0; k < columns; k++) {
                String f = fields.get(k);
                Double d = missing.contains(f.strip()) ? null : parse(f, type);
                v[k] = d != null ? d : missing.contains(f.strip()) ? fill[k] : type.kind == NpType.Kind.FLOAT ? Double.NaN : fill[k];
            }
            values.add(v);
        }
        return finish(values, columns, type, ndmin, unpack);
    }

    /** dtype=None: int64 when every field is an integer, float64 when every one is a number; mixed columns are a structured array (refused). */
    private static NpType inferredType(List<List<String>> rows, int columns, List<String> missing) {
        NpType[] kinds = new NpType[columns];
        for (List<String> fields : rows)
            for (int k = 0; k < columns; k++) {
                String f = fields.get(k).strip();
                if (missing.contains(f)) continue;
                NpType t = INTEGER.matcher(f).matches() ? NpType.INT64 : FLOAT.matcher(f).matches() ? NpType.FLOAT64 : null;
                if (t == null) throw structured();
                if (kinds[k] != NpType.FLOAT64) kinds[k] = t;
            }
        NpType all = null;
        for (NpType t : kinds) {
            NpType column = t == null ? NpType.FLOAT64 : t; // a column of missing values only: NumPy's float
            if (all != null && all != column) throw structured();
            all = column;
        }
        return all == null ? NpType.FLOAT64 : all;
    }

    private static PyError structured() {
        return new PyError("NotImplementedError", "np.genfromtxt(dtype=None) of columns of different types makes a structured array, which adjoint's"
                + " numpy does not have; give dtype=float (or usecols= the numeric columns)");
    }

    /** filling_values: one value for every column, a sequence (one per column) or a dict {column: value}; NumPy's default is nan, -1 for integers. */
    private static double[] fillValues(Object given, int columns, NpType type) {
        double[] fill = new double[columns];
        java.util.Arrays.fill(fill, type.kind == NpType.Kind.FLOAT ? Double.NaN : -1);
        if (given == null) return fill;
        if (given instanceof PyDict d) {
            for (PyDict.Entry e : d.entries()) {
                int k = (int) Values.toLong(e.key(), "filling_values key");
                fill[k < 0 ? k + columns : k] = type.cast(number(e.value()));
            }
            return fill;
        }
        Object n = Values.number(given);
        if (PyNumbers.isInt(n) || n instanceof Double) {
            java.util.Arrays.fill(fill, type.cast(number(given)));
            return fill;
        }
        List<Object> items = Values.items(given);
        for (int k = 0; k < Math.min(columns, items.size()); k++) if (items.get(k) != null) fill[k] = type.cast(number(items.get(k)));
        return fill;
    }

    private static double number(Object v) {
        NpArray x = Operand.of(v);
        if (x == null || x.size() != 1) throw PyError.type("float() argument must be a string or a real number, not '" + Values.typeName(v) + "'");
        return x.values().item();
    }

    // ---- shared ----

    /** fname's lines: a path's file (NumPy's "x not found." when missing), an open file's rest, or a list of strings. */
    private static List<String> lines(Object fname) {
        String text;
        String path = FileContents.path(fname);
        if (path != null || FileContents.isOpenFile(fname)) {
            if (path != null && !java.nio.file.Files.exists(java.nio.file.Path.of(path))) throw new PyError("FileNotFoundError", path + " not found.");
            text = new String(FileContents.bytes(fname), StandardCharsets.UTF_8);
        } else {
            List<String> out = new ArrayList<>();
            for (Object line : Values.items(fname)) {
                if (!(line instanceof String s)) throw PyError.type("fname must be a string, filehandle, list of strings, or generator. Got "
                        + Values.typeName(fname) + " instead.");
                out.add(s.replaceFirst("(\r\n|\r|\n)$", "")); // an item is one line
            }
            return out;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    private static List<String> comments(Object given) {
        List<String> out = new ArrayList<>();
        if (given == null) return out;
        if (given instanceof String s) out.add(s);
        else for (Object c : Values.items(given)) out.add(Repr.str(c));
        out.removeIf(String::isEmpty);
        return out;
    }

    private static String delimiter(Object given) {
        if (given == null) return null;
        if (!(given instanceof String s)) throw PyError.type("Text reading control character must be a single unicode character or None; but got: "
                + Repr.repr(given));
        return s.isBlank() ? null : s;
    }

    /** usecols: an int or a sequence of ints (negative from the end). */
    private static int[] usecols(Args a, Object given) {
        if (given == null) return null;
        Object n = Values.number(given);
        if (PyNumbers.isInt(n)) return new int[] {(int) Values.toLong(n, "usecols")};
        List<Object> items = Values.items(given);
        int[] cols = new int[items.size()];
        for (int i = 0; i < cols.length; i++) cols[i] = a.intValue(items.get(i), "usecols");
        return cols;
    }

    /** A line's fields: the text before the first comment, split at the delimiter or, without one, at runs of whitespace; none for a blank line. */
    private static List<String> split(String line, List<String> comments, String delimiter, boolean genfromtxt) {
        int cut = line.length();
        for (String c : comments) {
            int at = line.indexOf(c);
            if (at >= 0 && at < cut) cut = at;
        }
        String text = line.substring(0, cut);
        List<String> out = new ArrayList<>();
        if (delimiter == null) {
            for (String f : text.strip().split("\\s+")) if (!f.isEmpty()) out.add(f);
            return out;
        }
        String body = genfromtxt ? text.replaceAll("^[ \r\n]+|[ \r\n]+$", "") : text;
        if (body.isBlank()) return out;
        out.addAll(List.of(body.split(Pattern.quote(delimiter), -1)));
        return out;
    }

    /** A field as the dtype's value (Python's float() syntax; integers as digits, or through a float as NumPy 1.24 still allows), or null. */
    private static Double parse(String field, NpType type) {
        String s = field.strip();
        if (type.kind != NpType.Kind.FLOAT && INTEGER.matcher(s).matches()) {
            try {
                return type.cast(Long.parseLong(s.startsWith("+") ? s.substring(1) : s));
            } catch (NumberFormatException e) {
                return type.cast(new java.math.BigInteger(s.startsWith("+") ? s.substring(1) : s).doubleValue());
            }
        }
        if (!FLOAT.matcher(s).matches() || s.contains("_")) return null;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        double v = lower.endsWith("nan") ? Double.NaN : lower.endsWith("inf") || lower.endsWith("infinity")
                ? (lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : Double.parseDouble(s);
        if (type.kind != NpType.Kind.FLOAT) {
            if (!Double.isFinite(v)) return null;
            v = v < 0 ? Math.ceil(v) : Math.floor(v);
        }
        return type.cast(v);
    }
}
