package org.casework.notes;

/** Someone at a staffing: their name, the agency they came from and their role. */
public record Attendee(String name, String agency, String role) {
}
