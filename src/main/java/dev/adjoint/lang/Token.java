package dev.adjoint.lang;

/** One token: its kind, its source text (empty for layout tokens) and where it stands. */
public record Token(TokenType type, String text, Span span) {
    /** How messages name this token: "number", "name 'y'", "'*'", "end of line". */
    public String describe() {
        return switch (type) {
            case NUMBER -> "number";
            case STRING -> "string";
            case NAME -> "name '" + text + "'";
            case NEWLINE -> "end of line";
            case INDENT -> "indent";
            case DEDENT -> "dedent";
            case EOF -> "end of input";
            case COMMENT -> "comment";
            case ERROR -> "character '" + text + "'";
            default -> type.category() == TokenCategory.KEYWORD ? "keyword '" + text + "'" : "'" + text + "'";
        };
    }
}
