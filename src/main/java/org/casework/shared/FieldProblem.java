package org.casework.shared;

/** One refused field: its path in the request ({@code phones[0].number}) and why. */
public record FieldProblem(String field, String message) {
}
