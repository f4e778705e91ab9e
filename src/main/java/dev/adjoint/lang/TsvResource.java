package dev.adjoint.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A table recorded from a reference library (signatures.tsv, cpython_docs.tsv): a name, a tab, two fields; '#' lines are comments. */
final class TsvResource {
    private TsvResource() {}

    /** The rows of the resource beside this class, by their first field. */
    static Map<String, String[]> read(String resource) {
        Map<String, String[]> rows = new HashMap<>();
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null;) {
                if (line.startsWith("#")) continue;
                String[] fields = line.split("\t", -1);
                if (fields.length == 3) rows.put(fields[0], new String[] {fields[1], fields[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
