package dev.adjoint.command;

import dev.adjoint.lang.LangError;
import java.util.function.BooleanSupplier;

/** How deep :load calls nest in a front-end (the Shell, the Jupyter kernel): a script that loads itself stops here. */
public final class LoadDepth {
    static final int MAX = 16;
    private int depth;

    /** Runs a script one level deeper; its result, or an error past {@link #MAX} levels. */
    public boolean run(BooleanSupplier script) {
        if (depth >= MAX) throw new LangError(":load is nested more than " + MAX + " deep (does a script load itself?)", null);
        depth++;
        try {
            return script.getAsBoolean();
        } finally {
            depth--;
        }
    }

    /** Whether a script run by :load is running now. */
    public boolean inScript() {
        return depth > 0;
    }
}
