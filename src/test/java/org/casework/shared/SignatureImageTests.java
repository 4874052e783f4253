package org.casework.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureImageTests {

	@Test
	void aDrawnSignatureIsKeptAsThePngItIs() throws Exception {
		byte[] png = png(300, 100);
		SignatureImage image = SignatureImage.fromBase64(Base64.getEncoder().encodeToString(png));
		assertThat(image.png()).isEqualTo(png);
		assertThat(image.width()).isEqualTo(300);
		assertThat(image.height()).isEqualTo(100);
		assertThat(
				SignatureImage.fromBase64("data:image/png;base64," + Base64.getMimeEncoder().encodeToString(png)).png())
			.isEqualTo(png);
	}

	@Test
	void anythingButASaneSizedPngIsRefusedNamingTheField() throws Exception {
		refused(null, "is required for a signature");
		refused("not base64 at all!", "is not base64");
		refused(Base64.getEncoder().encodeToString("GIF89a this is no png".getBytes()), "is not a PNG image");
		refused(Base64.getEncoder().encodeToString(new byte[SignatureImage.MAX_BYTES + 1]), "must be at most 200 KB");
		refused(Base64.getEncoder().encodeToString(png(4001, 10)), "must be between 1 and 4000 pixels wide and high");
		byte[] truncated = Arrays.copyOf(png(300, 100), 60);
		refused(Base64.getEncoder().encodeToString(truncated), "is not a readable PNG image");
	}

	private static void refused(String base64, String message) {
		assertThatThrownBy(() -> SignatureImage.fromBase64(base64)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).containsExactly(new FieldProblem("signaturePng", message)));
	}

	/** A signature-like image: a line drawn on white. */
	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, y == height / 2 ? 0 : 0xffffff);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
