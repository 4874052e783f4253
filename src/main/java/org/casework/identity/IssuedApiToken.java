package org.casework.identity;

/** A freshly created token: the only time its secret is shown. */
public record IssuedApiToken(ApiTokenSummary summary, String token) {
}
