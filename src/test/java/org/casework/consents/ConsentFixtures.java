package org.casework.consents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import javax.imageio.ImageIO;

/** Consents as clients give them, for tests. */
public final class ConsentFixtures {

	private ConsentFixtures() {
	}

	/** A signature as a client draws it: a PNG in base64. */
	public static String signature() {
		BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.BLACK);
			g.setStroke(new BasicStroke(3));
			g.drawPolyline(new int[] { 20, 60, 100, 140, 180 }, new int[] { 70, 30, 75, 35, 70 }, 5);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Base64.getEncoder().encodeToString(out.toByteArray());
	}

	/** A person the client names. */
	public static Recipient person(String name) {
		return new Recipient(RecipientKind.PERSON, null, name);
	}

	/** A consent for general and health information to a recipient for a year, signed. */
	public static NewConsent generalAndHealth(Recipient to, LocalDate today) {
		return new NewConsent(to, EnumSet.of(InformationCategory.GENERAL, InformationCategory.HEALTH),
				"Coordinating housing and health care", null, null, null, today, today.plusYears(1), null,
				new ConsentAgreement(AgreementMethod.SIGNATURE, signature(), null, today), true);
	}

	/** A 42 CFR Part 2 consent with every element of 42 CFR 2.31. */
	public static NewConsent substanceUse(Recipient to, LocalDate today) {
		return new NewConsent(to, EnumSet.of(InformationCategory.SUBSTANCE_USE),
				"Coordinating treatment with the recovery program",
				"Dates of treatment and attendance; no counseling notes", "Riverside Recovery Program", "Maria Lopez",
				today, today.plusMonths(6), null,
				new ConsentAgreement(AgreementMethod.SIGNATURE, signature(), null, today), true);
	}

	public static UUID anId() {
		return UUID.randomUUID();
	}

}
