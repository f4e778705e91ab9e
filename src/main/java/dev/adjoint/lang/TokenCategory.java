package dev.adjoint.lang;

/** What a token is to a syntax highlighter: one colour per category. */
public enum TokenCategory {
    NUMBER, STRING, NAME, KEYWORD, OPERATOR, PUNCTUATION, COMMENT, ERROR, LAYOUT
}
