package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's csv: reader, writer, DictReader, DictWriter, the dialects excel, excel-tab and unix
 * (register_dialect for more) and the quoting constants, over any iterable of lines (an open
 * file, io.StringIO, a list of strings) and any object with write (io.StringIO, sys.stdout).
 * Reading follows CPython's _csv state machine character by character (a quoted field may span
 * lines; a blank line is the row []), writing quotes a field as CPython's join_append does.
 */
final class CsvModule {
    private CsvModule() {}

    static final long QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
    static final String ERROR = "_csv.Error";
    /** The formatting parameters: a dialect's attributes, in their order. */
    private static final String[] PARAMETERS = Dialect.ATTRIBUTES.names().toArray(new String[0]);

    /** csv.Dialect, the class a program subclasses to name its settings, and the classes of the three dialects. */
    static final PyClass DIALECT = PyClass.library("Dialect", "csv", null), EXCEL = PyClass.library("excel", "csv", DIALECT),
            EXCEL_TAB = PyClass.library("excel_tab", "csv", EXCEL), UNIX = PyClass.library("unix_dialect", "csv", DIALECT);

    static {
        for (String p : PARAMETERS) if (!p.equals("strict")) DIALECT.define(p, null);
        DIALECT.define("strict", false);
        EXCEL.define("delimiter", ",").define("quotechar", "\"").define("doublequote", true).define("skipinitialspace", false)
                .define("lineterminator", "\r\n").define("quoting", QUOTE_MINIMAL);
        EXCEL_TAB.define("delimiter", "\t");
        UNIX.define("delimiter", ",").define("quotechar", "\"").define("doublequote", true).define("skipinitialspace", false)
                .define("lineterminator", "\n").define("quoting", QUOTE_ALL);
    }

    static PyModule create() {
        PyModule m = new PyModule("csv");
        Map<String, Dialect> dialects = new LinkedHashMap<>();
        dialects.put("excel", Dialect.EXCEL);
        dialects.put("excel-tab", Dialect.EXCEL.with("delimiter", "\t"));
        dialects.put("unix", Dialect.EXCEL.with("lineterminator", "\n").with("quoting", QUOTE_ALL));
        m.add("QUOTE_MINIMAL", QUOTE_MINIMAL).add("QUOTE_ALL", QUOTE_ALL).add("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC).add("QUOTE_NONE", QUOTE_NONE);
        m.add("Error", Exceptions.library(ERROR));
        m.add("Dialect", DIALECT).add("excel", EXCEL).add("excel_tab", EXCEL_TAB).add("unix_dialect", UNIX);
        m.add(Builtin.of("reader", a -> {
            a.expect(1, 2, concat("dialect"));
            return new Reader(a.interpreter(), a.get(0), Dialect.of(a, 1, dialects));
        }));
        m.add(Builtin.of("writer", a -> {
            a.expect(1, 2, concat("dialect"));
            return new Writer(a.interpreter(), a.get(0), Dialect.of(a, 1, dialects));
        }));
        m.add(Builtin.of("DictReader", a -> {
            a.expect(1, 5, concat("f", "fieldnames", "restkey", "restval", "dialect"));
            Object names = a.option(1, "fieldnames", null);
            Reader reader = new Reader(a.interpreter(), a.option(0, "f", null), Dialect.of(a, 4, dialects));
            return new DictReader(reader, names == null ? null : new PyList(Values.items(names)), a.option(2, "restkey", null), a.option(3, "restval", null));
        }));
        m.add(Builtin.of("DictWriter", a -> {
            a.expect(1, 5, concat("f", "fieldnames", "restval", "extrasaction", "dialect"));
            if (a.size() < 2 && !a.has("fieldnames")) throw PyError.type("DictWriter.__init__() missing 1 required positional argument: 'fieldnames'");
            Object action = a.option(3, "extrasaction", "raise");
            String lower = Repr.str(action).toLowerCase(java.util.Locale.ROOT);
            if (!lower.equals("raise") && !lower.equals("ignore")) throw PyError.value("extrasaction (" + Repr.str(action) + ") must be 'raise' or 'ignore'");
            Writer writer = new Writer(a.interpreter(), a.option(0, "f", null), Dialect.of(a, 4, dialects));
            return new DictWriter(writer, Values.items(a.option(1, "fieldnames", null)), a.option(2, "restval", ""), lower.equals("raise"));
        }));
        m.add(Builtin.of("register_dialect", a -> {
            a.expect(1, 2, concat("dialect"));
            if (!(a.get(0) instanceof String name)) throw PyError.type("dialect name must be a string");
            dialects.put(name, Dialect.of(a, 1, dialects));
            return null;
        }));
        m.add(Builtin.of("unregister_dialect", a -> {
            if (dialects.remove(a.expect(1, 1).get(0)) == null) throw new PyError(ERROR, "unknown dialect");
            return null;
        }));
        m.add(Builtin.of("get_dialect", a -> Dialect.named(a.expect(1, 1).get(0), dialects)));
        m.add(Builtin.of("list_dialects", a -> new PyList(new ArrayList<Object>(dialects.keySet()))));
        return m;
    }

    private static String[] concat(String... first) {
        String[] all = Arrays.copyOf(first, first.length + PARAMETERS.length);
        System.arraycopy(PARAMETERS, 0, all, first.length, PARAMETERS.length);
        return all;
    }

    /** A dialect: how fields are separated, quoted and escaped, and what ends a written row. */
    record Dialect(String delimiter, String quotechar, String escapechar, boolean doublequote, boolean skipinitialspace, String lineterminator,
            long quoting, boolean strict) implements TabledHostObject {
        static final Dialect EXCEL = new Dialect(",", "\"", null, true, false, "\r\n", QUOTE_MINIMAL, false);

        /** The dialect argument at {@code at} (a name, a Dialect, or a class or object with the attributes), then the keyword parameters over it. */
        static Dialect of(Args a, int at, Map<String, Dialect> dialects) {
            Object given = a.option(at, "dialect", "excel");
            Dialect d = given instanceof String || given instanceof Dialect ? named(given, dialects) : fromAttributes(a.interpreter(), given);
            for (String p : PARAMETERS) if (a.has(p)) d = d.with(p, a.keyword(p));
            d.check();
            return d;
        }

        static Dialect named(Object name, Map<String, Dialect> dialects) {
            if (name instanceof Dialect d) return d;
            Dialect d = dialects.get(name);
            if (d == null) throw new PyError(ERROR, "unknown dialect");
            return d;
        }

        private static Dialect fromAttributes(Interpreter in, Object source) {
            Dialect d = EXCEL;
            for (String p : PARAMETERS) {
                Object v;
                try {
                    v = Attributes.get(in, source, p);
                } catch (PyError | LangError e) {
                    continue; // an attribute the class does not set keeps its default
                }
                d = d.with(p, v);
            }
            return d;
        }

        Dialect with(String parameter, Object v) {
            return switch (parameter) {
                case "delimiter" -> new Dialect(character(parameter, v, false), quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict);
                case "quotechar" -> new Dialect(delimiter, character(parameter, v, true), escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict);
                case "escapechar" -> new Dialect(delimiter, quotechar, character(parameter, v, true), doublequote, skipinitialspace, lineterminator, quoting, strict);
                case "doublequote" -> new Dialect(delimiter, quotechar, escapechar, Values.truthy(v), skipinitialspace, lineterminator, quoting, strict);
                case "skipinitialspace" -> new Dialect(delimiter, quotechar, escapechar, doublequote, Values.truthy(v), lineterminator, quoting, strict);
                case "lineterminator" -> {
                    if (!(v instanceof String s)) throw PyError.type("\"lineterminator\" must be a string");
                    yield new Dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace, s, quoting, strict);
                }
                case "quoting" -> {
                    Object q = Values.plain(v);
                    if (!(q instanceof Long n)) throw PyError.type("\"quoting\" must be an integer");
                    if (n < 0 || n > 3) throw PyError.type("bad \"quoting\" value");
                    yield new Dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator, n, strict);
                }
                default -> new Dialect(delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting, Values.truthy(v));
            };
        }

        private static String character(String parameter, Object v, boolean noneAllowed) {
            if (v == null && noneAllowed) return null;
            if (!(v instanceof String s)) throw PyError.type("\"" + parameter + "\" must be string" + (noneAllowed ? " or None" : "") + ", not " + Values.typeName(v));
            if (s.codePointCount(0, s.length()) != 1) throw PyError.type("\"" + parameter + "\" must be a 1-character string");
            return s;
        }

        private void check() {
            if (quotechar == null && quoting != QUOTE_NONE) throw PyError.type("quotechar must be set if quoting enabled");
        }

        boolean is(String c, String setting) {
            return setting != null && setting.equals(c);
        }

        @Override
        public String typeName() {
            return "_csv.Dialect";
        }

        static final AttributeTable<Dialect> ATTRIBUTES = new AttributeTable<Dialect>()
                .value("delimiter", d -> d.delimiter)
                .value("quotechar", d -> d.quotechar)
                .value("escapechar", d -> d.escapechar)
                .value("doublequote", d -> d.doublequote)
                .value("skipinitialspace", d -> d.skipinitialspace)
                .value("lineterminator", d -> d.lineterminator)
                .value("quoting", d -> d.quoting)
                .value("strict", d -> d.strict);

        @Override
        public AttributeTable<Dialect> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "<_csv.Dialect object at " + Values.address(this) + ">";
        }
    }

    /** csv.reader: the rows of the lines an iterable gives, parsed as CPython's _csv reader does. */
    static final class Reader extends Lookahead implements TabledHostObject, Iterable<Object> {
        private enum State { START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD,
            EAT_CRNL, AFTER_ESCAPED_CRNL }

        private static final String EOL = null; // the end of a line, after its characters

        private final Iterator<Object> lines;
        private final Dialect dialect;
        private long lineNum;
        private State state;
        private PyList fields;
        private StringBuilder field = new StringBuilder();
        private boolean numeric;

        Reader(Interpreter in, Object source, Dialect dialect) {
            this.lines = Values.iterate(source);
            this.dialect = dialect;
        }

        @Override
        public Iterator<Object> iterator() {
            return this;
        }

        /** The next row, or END. */
        @Override
        Object fetch() {
            fields = new PyList();
            field.setLength(0);
            state = State.START_RECORD;
            numeric = false;
            do {
                if (!lines.hasNext()) {
                    if (field.length() != 0 || state == State.IN_QUOTED_FIELD) {
                        if (dialect.strict()) throw new PyError(ERROR, "unexpected end of data");
                        saveField();
                        break;
                    }
                    return END;
                }
                Object line = lines.next();
                if (!(line instanceof String s))
                    throw new PyError(ERROR, "iterator should return strings, not " + Values.typeName(line) + " (the file should be opened in text mode)");
                lineNum++;
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    i += Character.charCount(c);
                    step(Character.toString(c));
                }
                step(EOL);
            } while (state != State.START_RECORD);
            return fields;
        }

        private static boolean lineBreak(String c) {
            return "\n".equals(c) || "\r".equals(c);
        }

        /** One character (or EOL) through CPython's parse_process_char. */
        private void step(String c) {
            Dialect d = dialect;
            switch (state) {
                case START_RECORD -> {
                    if (c == EOL) return; // an empty line: the row []
                    if (lineBreak(c)) {
                        state = State.EAT_CRNL;
                        return;
                    }
                    state = State.START_FIELD;
                    startField(c);
                }
                case START_FIELD -> startField(c);
                case ESCAPED_CHAR -> {
                    if (lineBreak(c)) {
                        field.append(c);
                        state = State.AFTER_ESCAPED_CRNL;
                        return;
                    }
                    field.append(c == EOL ? "\n" : c);
                    state = State.IN_FIELD;
                }
                case AFTER_ESCAPED_CRNL -> {
                    if (c != EOL) inField(c);
                }
                case IN_FIELD -> inField(c);
                case IN_QUOTED_FIELD -> {
                    if (c == EOL) return;
                    if (d.is(c, d.escapechar())) state = State.ESCAPE_IN_QUOTED_FIELD;
                    else if (d.is(c, d.quotechar()) && d.quoting() != QUOTE_NONE) state = d.doublequote() ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                    else field.append(c);
                }
                case ESCAPE_IN_QUOTED_FIELD -> {
                    field.append(c == EOL ? "\n" : c);
                    state = State.IN_QUOTED_FIELD;
                }
                case QUOTE_IN_QUOTED_FIELD -> {
                    if (d.quoting() != QUOTE_NONE && d.is(c, d.quotechar())) {
                        field.append(c); // a doubled quote
                        state = State.IN_QUOTED_FIELD;
                    } else if (d.is(c, d.delimiter())) {
                        saveField();
                        state = State.START_FIELD;
                    } else if (c == EOL || lineBreak(c)) {
                        saveField();
                        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                    } else if (!d.strict()) {
                        field.append(c);
                        state = State.IN_FIELD;
                    } else {
                        throw new PyError(ERROR, "'" + d.delimiter() + "' expected after '" + d.quotechar() + "'");
                    }
                }
                case EAT_CRNL -> {
                    if (c == EOL) state = State.START_RECORD;
                    else if (!lineBreak(c))
                        throw new PyError(ERROR, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                }
            }
        }

        private void startField(String c) {
            Dialect d = dialect;
            if (c == EOL || lineBreak(c)) {
                saveField();
                state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
            } else if (d.is(c, d.quotechar()) && d.quoting() != QUOTE_NONE) {
                state = State.IN_QUOTED_FIELD;
            } else if (d.is(c, d.escapechar())) {
                state = State.ESCAPED_CHAR;
            } else if (c.equals(" ") && d.skipinitialspace()) {
                return;
            } else if (d.is(c, d.delimiter())) {
                saveField();
            } else {
                if (d.quoting() == QUOTE_NONNUMERIC) numeric = true;
                field.append(c);
                state = State.IN_FIELD;
            }
        }

        private void inField(String c) {
            Dialect d = dialect;
            if (c == EOL || lineBreak(c)) {
                saveField();
                state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
            } else if (d.is(c, d.escapechar())) {
                state = State.ESCAPED_CHAR;
            } else if (d.is(c, d.delimiter())) {
                saveField();
                state = State.START_FIELD;
            } else {
                field.append(c);
            }
        }

        /** The field ends: a str, or with QUOTE_NONNUMERIC an unquoted field as a float (CPython's ValueError if it is none). */
        private void saveField() {
            String text = field.toString();
            field.setLength(0);
            if (numeric) {
                numeric = false;
                fields.add(BuiltinTypes.parseFloat(text));
            } else {
                fields.add(text);
            }
        }

        @Override
        public String typeName() {
            return "_csv.reader";
        }

        private static final AttributeTable<Reader> ATTRIBUTES = new AttributeTable<Reader>()
                .value("dialect", r -> r.dialect)
                .value("line_num", r -> r.lineNum);

        @Override
        public AttributeTable<Reader> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "<_csv.reader object at " + Values.address(this) + ">";
        }
    }

    /** csv.writer: rows written as lines of the dialect to the file's write method. */
    static final class Writer implements TabledHostObject {
        private final Interpreter interpreter;
        private final Object file;
        private final Dialect dialect;
        private final Builtin writerow, writerows;

        Writer(Interpreter in, Object file, Dialect dialect) {
            this.interpreter = in;
            this.file = file;
            this.dialect = dialect;
            if (file == null || Attributes.get(in, file, "write") == null) throw PyError.type("argument 1 must have a \"write\" method");
            this.writerow = Builtin.of("writerow", a -> write(a.expect(1, 1).get(0)));
            this.writerows = Builtin.of("writerows", a -> {
                for (Iterator<Object> it = Values.iterate(a.expect(1, 1).get(0)); it.hasNext(); ) write(it.next());
                return null;
            });
        }

        /** One row: its fields joined as CPython's join_append quotes and escapes them, written with the line terminator. */
        Object write(Object row) {
            Iterator<Object> items;
            try {
                items = Values.iterate(row);
            } catch (PyError e) {
                throw new PyError(ERROR, "iterable expected, not " + Values.typeName(row));
            }
            Dialect d = dialect;
            StringBuilder line = new StringBuilder();
            int count = 0;
            while (items.hasNext()) {
                Object v = items.next();
                boolean quoted = switch ((int) d.quoting()) {
                    case 1 -> true;
                    case 2 -> !PyNumbers.isNumber(Values.number(v));
                    default -> false;
                };
                append(line, count++, v instanceof String s ? s : v == null ? "" : Repr.str(v), quoted);
            }
            if (count == 1 && line.length() == 0) { // a row of one empty field is written ""
                if (d.quoting() == QUOTE_NONE) throw new PyError(ERROR, "single empty field record must be quoted");
                line.append(d.quotechar()).append(d.quotechar());
            }
            line.append(d.lineterminator());
            return interpreter.call(Attributes.get(interpreter, file, "write"), Arrays.asList(line.toString()));
        }

        private void append(StringBuilder line, int index, String field, boolean quoted) {
            Dialect d = dialect;
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < field.length(); ) {
                int cp = field.codePointAt(i);
                i += Character.charCount(cp);
                String c = Character.toString(cp);
                boolean special = d.is(c, d.delimiter()) || d.is(c, d.escapechar()) || d.is(c, d.quotechar()) || d.lineterminator().contains(c);
                if (special) {
                    boolean escape = false;
                    if (d.quoting() == QUOTE_NONE) {
                        escape = true;
                    } else {
                        if (d.is(c, d.quotechar())) {
                            if (d.doublequote()) body.append(c);
                            else escape = true;
                        } else if (d.is(c, d.escapechar())) {
                            escape = true;
                        }
                        if (!escape) quoted = true;
                    }
                    if (escape) {
                        if (d.escapechar() == null) throw new PyError(ERROR, "need to escape, but no escapechar set");
                        body.append(d.escapechar());
                    }
                }
                body.append(c);
            }
            if (index > 0) line.append(d.delimiter());
            if (quoted) line.append(d.quotechar()).append(body).append(d.quotechar());
            else line.append(body);
        }

        @Override
        public String typeName() {
            return "_csv.writer";
        }

        private static final AttributeTable<Writer> ATTRIBUTES = new AttributeTable<Writer>()
                .value("dialect", w -> w.dialect)
                .value("writerow", w -> w.writerow)
                .value("writerows", w -> w.writerows);

        @Override
        public AttributeTable<Writer> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "<_csv.writer object at " + Values.address(this) + ">";
        }
    }

    /** csv.DictReader: each row a dict keyed by the field names (the first row unless given); extra fields under restkey, missing ones restval. */
    static final class DictReader extends Lookahead implements TabledHostObject, Iterable<Object> {
        private final Reader reader;
        private PyList fieldnames;
        private final Object restkey, restval;
        private long lineNum;

        DictReader(Reader reader, PyList fieldnames, Object restkey, Object restval) {
            this.reader = reader;
            this.fieldnames = fieldnames;
            this.restkey = restkey;
            this.restval = restval;
        }

        private PyList fieldnames() {
            if (fieldnames == null) {
                if (reader.hasNext()) fieldnames = (PyList) reader.next();
                lineNum = reader.lineNum;
            }
            return fieldnames;
        }

        @Override
        Object fetch() {
            if (lineNum == 0) fieldnames();
            PyList row;
            do {
                if (!reader.hasNext()) return END;
                row = (PyList) reader.next();
                lineNum = reader.lineNum;
            } while (row.isEmpty()); // a blank line is skipped
            PyList names = fieldnames();
            PyDict d = new PyDict();
            int lf = names == null ? 0 : names.size(), lr = row.size();
            for (int i = 0; i < Math.min(lf, lr); i++) d.put(names.get(i), row.get(i));
            if (lf < lr) d.put(restkey, new PyList(new ArrayList<>(row.subList(lf, lr))));
            for (int i = lr; i < lf; i++) d.put(names.get(i), restval);
            return d;
        }

        @Override
        public Iterator<Object> iterator() {
            return this;
        }

        @Override
        public String typeName() {
            return "DictReader";
        }

        private static final AttributeTable<DictReader> ATTRIBUTES = new AttributeTable<DictReader>()
                .value("dialect", r -> r.reader.dialect)
                .value("fieldnames", DictReader::fieldnames)
                .value("line_num", r -> r.lineNum)
                .value("reader", r -> r.reader)
                .value("restkey", r -> r.restkey)
                .value("restval", r -> r.restval);

        @Override
        public AttributeTable<DictReader> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public boolean setAttribute(String name, Object value) {
            if (!name.equals("fieldnames")) return false;
            fieldnames = value == null ? null : new PyList(Values.items(value));
            return true;
        }

        @Override
        public String toString() {
            return "<csv.DictReader object at " + Values.address(this) + ">";
        }
    }

    /** csv.DictWriter: dicts written as rows in the order of fieldnames; writeheader writes the names. */
    static final class DictWriter implements TabledHostObject {
        private final Writer writer;
        private final List<Object> fieldnames;
        private final Object restval;
        private final boolean raise;
        private final Builtin writeheader, writerow, writerows;

        DictWriter(Writer writer, List<Object> fieldnames, Object restval, boolean raise) {
            this.writer = writer;
            this.fieldnames = new PyList(fieldnames);
            this.restval = restval;
            this.raise = raise;
            this.writeheader = Builtin.of("writeheader", a -> writer.write(new PyList(new ArrayList<>(this.fieldnames))));
            this.writerow = Builtin.of("writerow", a -> writer.write(row(a.expect(1, 1).get(0))));
            this.writerows = Builtin.of("writerows", a -> {
                for (Iterator<Object> it = Values.iterate(a.expect(1, 1).get(0)); it.hasNext(); ) writer.write(row(it.next()));
                return null;
            });
        }

        private PyList row(Object dict) {
            if (!(dict instanceof PyDict d)) throw PyError.attribute("'" + Values.typeName(dict) + "' object has no attribute 'keys'");
            if (raise) {
                List<String> wrong = new ArrayList<>();
                for (Object k : Values.items(d)) if (!fieldnames.contains(k)) wrong.add(Repr.repr(k));
                if (!wrong.isEmpty()) throw PyError.value("dict contains fields not in fieldnames: " + String.join(", ", wrong));
            }
            PyList out = new PyList();
            for (Object k : fieldnames) out.add(d.containsKey(k) ? d.get(k) : restval);
            return out;
        }

        @Override
        public String typeName() {
            return "DictWriter";
        }

        private static final AttributeTable<DictWriter> ATTRIBUTES = new AttributeTable<DictWriter>()
                .value("fieldnames", w -> w.fieldnames)
                .value("restval", w -> w.restval)
                .value("writeheader", w -> w.writeheader)
                .value("writer", w -> w.writer)
                .value("writerow", w -> w.writerow)
                .value("writerows", w -> w.writerows);

        @Override
        public AttributeTable<DictWriter> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String toString() {
            return "<csv.DictWriter object at " + Values.address(this) + ">";
        }
    }
}
