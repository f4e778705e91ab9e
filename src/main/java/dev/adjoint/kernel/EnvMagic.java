package dev.adjoint.kernel;

import dev.adjoint.lang.LangError;
import java.util.regex.Pattern;

/**
 * IPython 8's {@code %env} and {@code %set_env}: {@code %env} shows os.environ (as a dict, values of
 * names with key, token or secret in them {@code '<hidden>'}, as IPython hides them), {@code %env NAME}
 * one value, {@code %env NAME=VALUE} or {@code %env NAME VALUE} sets it and prints
 * {@code env: NAME=VALUE}. The environment set is the program's (os.environ, os.getenv): adjoint
 * starts no process that could see it.
 */
final class EnvMagic {
    private static final Pattern BLANK = Pattern.compile(".*\\s.*", Pattern.DOTALL);

    private EnvMagic() {}

    static void run(SessionAdapter session, String name, String args, SessionAdapter.Sink sink) {
        if (name.equals("set_env") || (!args.isBlank() && args.split(args.contains("=") ? "=" : " ", -1).length > 1)) {
            set(session, args, sink);
            return;
        }
        if (!args.isBlank()) {
            String key = args.strip(), value = session.environ(key);
            if (value == null) throw usage("Environment does not have key: " + key);
            session.showValue(value, sink);
            return;
        }
        session.showValue(session.environWithSecretsHidden(), sink);
    }

    /** IPython's set_env: split at the first '=' (else the first blank), both sides stripped. */
    private static void set(SessionAdapter session, String args, SessionAdapter.Sink sink) {
        String split = args.contains("=") ? "=" : " ";
        int at = args.indexOf(split);
        if (args.isBlank() || at < 0) throw usage("usage is 'set_env var=val'");
        String var = args.substring(0, at).strip(), val = args.substring(at + 1).strip();
        if (BLANK.matcher(var).matches()) throw usage("refusing to set env var with whitespace: '" + val + "'");
        session.setEnviron(var, val);
        sink.stdout().println("env: " + var + "=" + val);
    }

    private static LangError usage(String message) {
        return LangError.plain("UsageError", message, null);
    }
}
