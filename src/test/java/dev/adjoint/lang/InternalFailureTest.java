package dev.adjoint.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.random.NumpyRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bug of ours inside a call (here a deliberate NullPointerException) reaches the user as one fixed sentence, never a Java class name. */
class InternalFailureTest {
    /** A builtin with a bug: it reads a tensor that is not there. */
    private static final Callable BROKEN = new Callable() {
        public String name() {
            return "broken";
        }

        public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
            Tensor missing = args.isEmpty() ? null : Values.node(args.get(0));
            return missing.value();
        }
    };

    private final List<String> printed = new ArrayList<>();
    private final Printer printer = new Printer() {
        public void print(String line) {
            printed.add(line);
        }

        public void show(Object value) {}

        public void warn(String message) {}
    };

    private void run(String source) {
        Map<String, Object> globals = new HashMap<>();
        globals.put("broken", BROKEN);
        new Interpreter(globals, new NumpyRandom(0)).run(Source.parse(source), printer);
    }

    @Test
    void theJavaMessageWouldNameAClass() {
        Throwable npe = catchThrowable(() -> BROKEN.call(null, List.of(), Map.of(), null));
        assertThat(npe).isInstanceOf(NullPointerException.class);
        assertThat(npe.getMessage()).contains("dev.adjoint"); // what the user must not read
    }

    @Test
    void aFailedCallSaysItIsOurBugAndWhereToReportIt() {
        LangError e = catchThrowableOfType(LangError.class, () -> run("broken()"));
        assertThat(e.getMessage()).isEqualTo(InternalFailure.MESSAGE).contains("report").doesNotContain("dev.adjoint", "Exception", "Cannot invoke");
        assertThat(e.type()).isEqualTo("RuntimeError");
    }

    @Test
    void exceptCatchesItWithTheSameSentence() {
        run("try:\n    broken()\nexcept RuntimeError as e:\n    print(e)");
        assertThat(printed).containsExactly(InternalFailure.MESSAGE);
    }

    @Test
    void anExpectedKindWithoutAReadableMessageIsNotNamedByItsClass() {
        assertThat(Interpreter.wrap(new UnsupportedOperationException(), null).getMessage()).isEqualTo(InternalFailure.MESSAGE);
        assertThat(Interpreter.wrap(new IllegalStateException("class java.lang.Long cannot be cast to class java.lang.Double"), null).getMessage())
                .isEqualTo(InternalFailure.MESSAGE);
        assertThat(Interpreter.wrap(new IllegalArgumentException("negative dimension -1"), null).getMessage()).isEqualTo("ValueError: negative dimension -1");
    }
}
