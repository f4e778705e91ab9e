package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * argparse's _ArgumentGroup, what add_argument_group(title, description) gives: its add_argument
 * adds to the parser (parsed as any other), and the help shows its arguments in a section of its
 * own, "title:" and the description, after "positional arguments" and "options" (a title of None:
 * no heading).
 */
final class ArgparseGroup implements HostObject {
    final String title, description;
    final List<ArgparseAction> actions = new ArrayList<>();
    private final ArgparseParser parser;

    ArgparseGroup(ArgparseParser parser, String title, String description) {
        this.parser = parser;
        this.title = title;
        this.description = description;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "add_argument" -> Builtin.of("add_argument", a -> {
                ArgparseAction action = parser.addArgument(a);
                actions.add(action);
                return action;
            });
            case "title" -> title;
            case "description" -> description;
            default -> null;
        };
    }

    @Override
    public boolean attributeIsNone(String name) {
        return name.equals("title") && title == null || name.equals("description") && description == null;
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of("add_argument", "description", "title");
    }

    @Override
    public String typeName() {
        return "_ArgumentGroup";
    }
}
