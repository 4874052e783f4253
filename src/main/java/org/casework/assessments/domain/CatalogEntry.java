package org.casework.assessments.domain;

import java.time.Instant;

import org.casework.assessments.InstrumentStatus;
import org.casework.assessments.InstrumentSummary;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An instrument in the catalog: its code and canonical URL, which never change, the
 * latest of its versions and whether it is offered for new assessments. The versions
 * themselves are append-only documents ({@link InstrumentVersions}); this entry only
 * counts them.
 */
@Table("instrument")
public class CatalogEntry {

	@Id
	private final String code;

	/**
	 * Bumps with each new version and each status change: the instrument's entity tag.
	 */
	@Version
	private int revision;

	private final String url;

	private String title;

	private int latestVersion;

	private InstrumentStatus status;

	private String retiredReason;

	private final Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	CatalogEntry(String code, int revision, String url, String title, int latestVersion, InstrumentStatus status,
			String retiredReason, Instant createdAt, Instant updatedAt) {
		this.code = code;
		this.revision = revision;
		this.url = url;
		this.title = title;
		this.latestVersion = latestVersion;
		this.status = status;
		this.retiredReason = retiredReason;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/** A new active instrument whose first stored version is {@code version}. */
	public static CatalogEntry first(String code, String url, String title, int version, Instant at) {
		return new CatalogEntry(code, 0, url, title, version, InstrumentStatus.ACTIVE, null, at, at);
	}

	/**
	 * Counts a new version; the latest version is the highest one stored.
	 * @throws DomainRuleException for a program admin's upload to a retired instrument
	 */
	public void addVersion(int version, String versionTitle, boolean uploaded, Instant at) {
		if (uploaded && this.status == InstrumentStatus.RETIRED) {
			throw new DomainRuleException(
					"Instrument " + this.code + " is retired: reactivate it before adding a version.");
		}
		if (version >= this.latestVersion) {
			this.latestVersion = version;
			this.title = versionTitle;
		}
		this.updatedAt = at;
	}

	/** New assessments stop using the instrument; its versions stay readable. */
	public void retire(String reason, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "must say why the instrument is retired");
		}
		if (this.status == InstrumentStatus.RETIRED) {
			throw new DomainRuleException("Instrument " + this.code + " is already retired.");
		}
		this.status = InstrumentStatus.RETIRED;
		this.retiredReason = reason.trim();
		this.updatedAt = at;
	}

	public void reactivate(Instant at) {
		if (this.status == InstrumentStatus.ACTIVE) {
			throw new DomainRuleException("Instrument " + this.code + " is active.");
		}
		this.status = InstrumentStatus.ACTIVE;
		this.retiredReason = null;
		this.updatedAt = at;
	}

	public String code() {
		return this.code;
	}

	public String url() {
		return this.url;
	}

	public int revision() {
		return this.revision;
	}

	public int latestVersion() {
		return this.latestVersion;
	}

	public boolean active() {
		return this.status == InstrumentStatus.ACTIVE;
	}

	public InstrumentSummary summary() {
		return new InstrumentSummary(this.code, this.url, this.title, this.status, this.retiredReason,
				this.latestVersion, this.revision, this.updatedAt);
	}

}
