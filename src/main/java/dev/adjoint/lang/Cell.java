package dev.adjoint.lang;

import java.util.List;

/**
 * One item of a function's {@code __closure__}: a variable of an enclosing function that the
 * function reads, live (cell_contents is its value now; "Cell is empty" before it is bound).
 */
record Cell(Environment scope, String name) implements TabledHostObject, PyReprable {
    /** f.__closure__: a cell per free variable, in co_freevars' (alphabetical) order; None when it reads none. */
    static Object closureOf(UserFunction f) {
        List<Object> cells = new java.util.ArrayList<>();
        for (String name : new java.util.TreeSet<>(CellNames.freeReads(f.params(), f.body(), f.expression()))) {
            Environment owner = f.closure().cellOwner(name);
            if (owner != null) cells.add(new Cell(owner, name));
        }
        return cells.isEmpty() ? null : Values.tuple(cells);
    }

    private Object contents() {
        return scope.table().getOrDefault(name, Environment.UNBOUND);
    }

    /** As CPython's cell_richcompare: cells are equal by their contents, two empty ones too (and unhashable: see HashKey). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Cell c)) return false;
        Object a = contents(), b = c.contents();
        return a == Environment.UNBOUND || b == Environment.UNBOUND ? a == b : Operators.equal(a, b);
    }

    @Override
    public int hashCode() {
        return 0; // contents change; a cell is never a key
    }

    @Override
    public String typeName() {
        return "cell";
    }

    private static final AttributeTable<Cell> ATTRIBUTES = new AttributeTable<Cell>().value("cell_contents", c -> {
        Object v = c.contents();
        if (v == Environment.UNBOUND) throw PyError.value("Cell is empty");
        return v;
    });

    @Override
    public AttributeTable<Cell> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        Object v = contents();
        return "<cell at " + Values.address(this) + ": " + (v == Environment.UNBOUND ? "empty" : Values.typeName(v) + " object at " + Values.address(v)) + ">";
    }
}
