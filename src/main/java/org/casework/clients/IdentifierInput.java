package org.casework.clients;

import org.casework.clients.domain.IdentifierKind;

/**
 * An identifier as a worker enters it. On update, an entry that names the position of an
 * existing identifier ({@code keep}) and gives no value keeps the stored value, since the
 * full value is never shown back.
 */
public record IdentifierInput(IdentifierKind kind, String value, String issuer, Integer keep) {
}
