package dev.adjoint.kernel;

import java.util.regex.Pattern;

/**
 * A cell pasted with its prompts, as the Python tutorial prints every example ({@code >>> x = 1},
 * {@code ... }) or IPython's ({@code In [3]: }, {@code    ...: }): the prompts are taken off
 * before the cell runs, as IPython's classic_prompt and ipython_prompt transforms do
 * (IPython.core.inputtransformer2): only when the cell's first line (or its second) has one, and
 * lines without a prompt are kept and run, as IPython runs them (a printed result line is code).
 */
final class PromptStripper {
    private static final Pattern CLASSIC = Pattern.compile("^(>>>|\\.\\.\\.)( |$)");
    private static final Pattern CLASSIC_FIRST = Pattern.compile("^>>>( |$)");
    private static final Pattern IPYTHON = Pattern.compile("^(((\\[nav\\]|\\[ins\\])? )?In \\[\\d+\\]: |\\s*\\.{3,}: ?)");

    private PromptStripper() {}

    /** The cell without its prompts; the same text if it has none. Lines keep their numbers. */
    static String strip(String cell) {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length - 1 && lines[first].isBlank()) first++; // IPython drops leading empty lines first
        strip(lines, first, CLASSIC_FIRST, CLASSIC);
        strip(lines, first, IPYTHON, IPYTHON);
        return String.join("\n", lines);
    }

    private static void strip(String[] lines, int first, Pattern initial, Pattern prompt) {
        boolean prompted = initial.matcher(lines[first]).find() || (first + 1 < lines.length && prompt.matcher(lines[first + 1]).find());
        if (!prompted) return;
        for (int i = first; i < lines.length; i++) lines[i] = prompt.matcher(lines[i]).replaceFirst("");
    }
}
