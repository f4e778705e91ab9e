package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Tab offers on an import line: the module names after {@code import } and {@code from },
 * and a module's public names (and submodules) after {@code from MODULE import }. Modules are
 * made for the answer and not imported: completion changes nothing in the session.
 */
public final class ImportNames {
    private ImportNames() {}

    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(?:[\\w.]+(?:\\s+as\\s+\\w+)?\\s*,\\s*)*[\\w.]*");
    private static final Pattern FROM = Pattern.compile("\\s*from\\s+[\\w.]*");
    private static final Pattern FROM_IMPORT = Pattern.compile("\\s*from\\s+([\\w.]+)\\s+import\\s+\\(?\\s*(?:\\w+(?:\\s+as\\s+\\w+)?\\s*,\\s*)*\\w*");

    /** The candidates for the word at the end of {@code lineBeforeCursor}, or null when the line is not an import. */
    public static List<String> candidates(String lineBeforeCursor) {
        String line = lineBeforeCursor.substring(lineBeforeCursor.lastIndexOf('\n') + 1);
        if (IMPORT.matcher(line).matches() || FROM.matcher(line).matches()) return Modules.names();
        Matcher m = FROM_IMPORT.matcher(line);
        if (!m.matches()) return null;
        List<String> out = new ArrayList<>();
        PyModule module = Modules.made(m.group(1));
        if (module != null) for (String name : module.attributeNames()) if (!name.startsWith("_")) out.add(name);
        String prefix = m.group(1) + ".";
        for (String sub : Modules.names())
            if (sub.startsWith(prefix) && sub.indexOf('.', prefix.length()) < 0 && !out.contains(sub.substring(prefix.length())))
                out.add(sub.substring(prefix.length()));
        return out;
    }
}
