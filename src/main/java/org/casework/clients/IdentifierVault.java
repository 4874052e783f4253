package org.casework.clients;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts identifier values with AES-256-GCM; the value is never shown again in full.
 */
@Component
class IdentifierVault {

	private static final int IV_BYTES = 12;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	IdentifierVault(CryptoProperties properties) {
		if (properties.identifierKey() == null || properties.identifierKey().isBlank()) {
			throw new IllegalStateException(
					"casework.crypto.identifier-key (env CASEWORK_CRYPTO_IDENTIFIER_KEY) must be set to the base64 of a 32-byte key");
		}
		byte[] bytes = Base64.getDecoder().decode(properties.identifierKey().trim());
		if (bytes.length != 32) {
			throw new IllegalStateException("casework.crypto.identifier-key must decode to exactly 32 bytes");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	String protect(String value) {
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return "v1:" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt an identifier", ex);
		}
	}

	String reveal(String protectedValue) {
		try {
			byte[] all = Base64.getDecoder().decode(protectedValue.substring(3));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, IV_BYTES));
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt an identifier", ex);
		}
	}

}
