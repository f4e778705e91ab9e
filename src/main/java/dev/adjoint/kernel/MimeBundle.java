package dev.adjoint.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output in several forms, keyed by MIME type (text/plain always; text/html, text/latex,
 * image/svg+xml, application/json where a report has them): the front-end shows the richest it can.
 */
record MimeBundle(Map<String, Object> data) {
    MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    static MimeBundle text(String plain) {
        return new MimeBundle(Map.of("text/plain", plain));
    }
}
