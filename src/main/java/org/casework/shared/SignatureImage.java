package org.casework.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

/**
 * A signature drawn on the screen (a care plan agreement, a release of information), sent
 * as a PNG image in base64: checked to be a PNG of sane size (at most 200 KB, 1 to 4000
 * pixels each way) that decodes, before it is kept.
 */
public final class SignatureImage {

	public static final int MAX_BYTES = 200 * 1024;

	public static final int MAX_PIXELS = 4000;

	static final String FIELD = "signaturePng";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final String DATA_URL = "data:image/png;base64,";

	private final byte[] png;

	private final int width;

	private final int height;

	private SignatureImage(byte[] png, int width, int height) {
		this.png = png;
		this.width = width;
		this.height = height;
	}

	/**
	 * The image in the base64 text (a {@code data:image/png;base64,} prefix and line
	 * breaks are accepted).
	 * @throws InvalidInputException naming {@code signaturePng} when it is not base64,
	 * not a PNG, too large or not decodable
	 */
	public static SignatureImage fromBase64(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw invalid("is required for a signature");
		}
		String text = base64.strip();
		if (text.regionMatches(true, 0, DATA_URL, 0, DATA_URL.length())) {
			text = text.substring(DATA_URL.length());
		}
		text = text.replaceAll("\\s+", "");
		if (text.length() > (MAX_BYTES / 3 + 1) * 4) {
			throw invalid("must be at most 200 KB");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("is not base64");
		}
		return fromBytes(bytes);
	}

	static SignatureImage fromBytes(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw invalid("must be at most 200 KB");
		}
		if (bytes.length < 33 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)
				|| !"IHDR".equals(new String(bytes, 12, 4, StandardCharsets.US_ASCII))) {
			throw invalid("is not a PNG image");
		}
		ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
		int width = header.getInt();
		int height = header.getInt();
		if (width < 1 || height < 1 || width > MAX_PIXELS || height > MAX_PIXELS) {
			throw invalid("must be between 1 and " + MAX_PIXELS + " pixels wide and high");
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw invalid("is not a readable PNG image");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw invalid("is not a readable PNG image");
		}
		return new SignatureImage(bytes, width, height);
	}

	private static InvalidInputException invalid(String message) {
		return new InvalidInputException(FIELD, message);
	}

	public byte[] png() {
		return this.png.clone();
	}

	public int width() {
		return this.width;
	}

	public int height() {
		return this.height;
	}

}
