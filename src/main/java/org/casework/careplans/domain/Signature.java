package org.casework.careplans.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.shared.SignatureImage;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's signature drawn on the screen, as a PNG image. Kept apart from the plan so
 * that reading and saving a plan does not carry the image; never changed or deleted.
 */
@Table("care_plan_signature")
public class Signature {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID carePlan;

	private final byte[] png;

	private final Instant recordedAt;

	@PersistenceCreator
	Signature(UUID id, Integer version, UUID carePlan, byte[] png, Instant recordedAt) {
		this.id = id;
		this.version = version;
		this.carePlan = carePlan;
		this.png = png;
		this.recordedAt = recordedAt;
	}

	/** A signature image checked by {@link SignatureImage}. */
	public static Signature of(UUID carePlan, SignatureImage image, Instant at) {
		return new Signature(UUID.randomUUID(), null, carePlan, image.png(), at);
	}

	public UUID id() {
		return this.id;
	}

	public UUID carePlan() {
		return this.carePlan;
	}

	public byte[] png() {
		return this.png.clone();
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}
