package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * argparse's _ArgumentGroup, what add_argument_group(title, description) gives: its add_argument
 * adds to the parser (parsed as any other), and the help shows its arguments in a section of its
 * own, "title:" and the description, after "positional arguments" and "options" (a title of None:
 * no heading).
 */
final class ArgparseGroup implements TabledHostObject {
    final String title, description;
    final List<ArgparseAction> actions = new ArrayList<>();
    private final ArgparseParser parser;

    ArgparseGroup(ArgparseParser parser, String title, String description) {
        this.parser = parser;
        this.title = title;
        this.description = description;
    }

    private static final AttributeTable<ArgparseGroup> ATTRIBUTES = new AttributeTable<ArgparseGroup>()
            .method("add_argument", (g, a) -> {
                ArgparseAction action = g.parser.addArgument(a);
                g.actions.add(action);
                return action;
            })
            .value("description", g -> g.description)
            .value("title", g -> g.title);

    @Override
    public AttributeTable<ArgparseGroup> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String typeName() {
        return "_ArgumentGroup";
    }
}
