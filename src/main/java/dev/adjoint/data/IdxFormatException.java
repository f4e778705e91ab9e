package dev.adjoint.data;

import java.io.IOException;

/** A file that is not the IDX data it should be; the message names the file and what is wrong. */
public final class IdxFormatException extends IOException {
    public IdxFormatException(String message) {
        super(message);
    }
}
