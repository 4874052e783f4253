package org.casework.clients;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for data kept encrypted.
 *
 * @param identifierKey base64 of a 256-bit AES key for identifiers such as SSNs (env
 * {@code CASEWORK_CRYPTO_IDENTIFIER_KEY}); required, and must not change once data exists
 */
@ConfigurationProperties("casework.crypto")
record CryptoProperties(String identifierKey) {
}
