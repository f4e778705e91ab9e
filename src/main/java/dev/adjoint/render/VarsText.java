package dev.adjoint.render;

import dev.adjoint.ndarray.Shapes;
import dev.adjoint.session.report.VarsReport;
import java.util.List;

/** :vars as a table: name, kind, shape, value and the size of the graph behind each tensor. */
final class VarsText {
    private VarsText() {}

    static String render(VarsReport r, Format f, Style s) {
        if (r.vars().isEmpty()) return "no variables yet (try x1 = 2)\n";
        ValueFormat values = new ValueFormat(s.precision());
        Table table = new Table(List.of("name", "kind", "shape", "value", "nodes"), List.of("value", "nodes")).bounded(s.allRows() ? Integer.MAX_VALUE : ReportText.MAX_ROWS);
        for (VarsReport.Var v : r.vars()) {
            if (v.isTensor())
                table.row(List.of(v.name(), v.kind(), Shapes.str(v.array().shape()), TensorFormat.oneLine(v.array(), s.precision(), 4), Integer.toString(v.nodes())));
            else table.row(List.of(v.name(), v.kind(), "", oneLine(values.format(v.value())), ""));
        }
        return f == Format.MARKDOWN ? table.markdown() : table.text(s.symbols());
    }

    static String oneLine(String s) {
        String line = s.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 37) + "..." : line;
    }
}
