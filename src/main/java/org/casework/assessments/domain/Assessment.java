package org.casework.assessments.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.casework.assessments.AssessmentKind;
import org.casework.assessments.AssessmentStatus;
import org.casework.assessments.DomainScore;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assessment of a case with one version of an instrument. It keeps its answers as a
 * FHIR R4 QuestionnaireResponse (in progress while a draft, completed once every required
 * question is answered, amended when a section left for later is filled in). It is never
 * deleted: answers given after completion are corrected by addenda, and an assessment
 * taken in error is voided with a reason and stays readable.
 */
@Table("assessment")
public class Assessment {

	static final int MAX_TEXT = 4000;

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID caseId;

	private final UUID clientId;

	private final String instrumentCode;

	private final int instrumentVersion;

	private final boolean core;

	private final AssessmentKind kind;

	private AssessmentStatus status;

	private String response;

	private final UUID startedBy;

	private final Instant startedAt;

	private UUID updatedBy;

	private Instant updatedAt;

	private UUID completedBy;

	private Instant completedAt;

	private UUID voidedBy;

	private Instant voidedAt;

	private String voidReason;

	@MappedCollection(idColumn = "assessment", keyColumn = "position")
	private List<ScoreRow> scores = new ArrayList<>();

	@MappedCollection(idColumn = "assessment", keyColumn = "position")
	private List<AddendumRow> addenda = new ArrayList<>();

	@PersistenceCreator
	Assessment(UUID id, Integer version, UUID caseId, UUID clientId, String instrumentCode, int instrumentVersion,
			boolean core, AssessmentKind kind, UUID startedBy, Instant startedAt) {
		this.id = id;
		this.version = version;
		this.caseId = caseId;
		this.clientId = clientId;
		this.instrumentCode = instrumentCode;
		this.instrumentVersion = instrumentVersion;
		this.core = core;
		this.kind = kind;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	/**
	 * Starts a draft with the answers so far (none, as a rule) written as an in-progress
	 * QuestionnaireResponse.
	 */
	public static Assessment start(UUID caseId, UUID clientId, String instrumentCode, int instrumentVersion,
			boolean core, AssessmentKind kind, String response, UUID by, Instant at) {
		Assessment a = new Assessment(UUID.randomUUID(), null, Objects.requireNonNull(caseId),
				Objects.requireNonNull(clientId), Objects.requireNonNull(instrumentCode), instrumentVersion, core,
				Objects.requireNonNull(kind), by, at);
		a.status = AssessmentStatus.DRAFT;
		a.response = Objects.requireNonNull(response);
		a.updatedBy = by;
		a.updatedAt = at;
		return a;
	}

	/**
	 * Keeps new answers: any answer while a draft; after completion only answers to
	 * questions that had none (the service checks that), which amend the response and may
	 * rate domains left for later.
	 */
	public void answer(String newResponse, List<DomainScore> newScores, UUID by, Instant at) {
		if (this.status == AssessmentStatus.VOIDED) {
			throw new DomainRuleException("A voided assessment takes no answers.");
		}
		this.response = Objects.requireNonNull(newResponse);
		if (this.status == AssessmentStatus.COMPLETED) {
			score(newScores);
		}
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * Completes the draft: the caller has checked that every required question is
	 * answered and scored the domains.
	 */
	public void complete(String completedResponse, List<DomainScore> domainScores, UUID by, Instant at) {
		if (this.status != AssessmentStatus.DRAFT) {
			throw new DomainRuleException("The assessment was "
					+ (this.status == AssessmentStatus.COMPLETED
							? "completed already on " + this.completedAt + "; correct it with an addendum" : "voided")
					+ ".");
		}
		this.status = AssessmentStatus.COMPLETED;
		this.response = Objects.requireNonNull(completedResponse);
		score(domainScores);
		this.completedBy = by;
		this.completedAt = at;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/**
	 * Adds a correction or addition to a completed assessment; the answers stay as given.
	 */
	public void addendum(String text, UUID by, Instant at) {
		if (this.status != AssessmentStatus.COMPLETED) {
			throw new DomainRuleException(this.status == AssessmentStatus.DRAFT
					? "A draft is corrected by changing its answers; addenda are for completed assessments."
					: "A voided assessment takes no addenda.");
		}
		String trimmed = text == null ? "" : text.trim();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("text", "must say what is corrected or added");
		}
		if (trimmed.length() > MAX_TEXT) {
			throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
		}
		this.addenda.add(new AddendumRow(trimmed, by, at));
	}

	/**
	 * Withdraws the assessment with the reason; it stays readable but no longer counts.
	 */
	public void voidWith(String reason, UUID by, Instant at) {
		if (this.status == AssessmentStatus.VOIDED) {
			throw new DomainRuleException("The assessment was voided already.");
		}
		String trimmed = reason == null ? "" : reason.trim();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("reason", "must say why the assessment is voided");
		}
		if (trimmed.length() > 1000) {
			throw new InvalidInputException("reason", "must be at most 1000 characters");
		}
		this.status = AssessmentStatus.VOIDED;
		this.voidReason = trimmed;
		this.voidedBy = by;
		this.voidedAt = at;
	}

	private void score(List<DomainScore> domainScores) {
		this.scores.clear();
		domainScores.stream().map(ScoreRow::of).forEach(this.scores::add);
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public UUID caseId() {
		return this.caseId;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public String instrumentCode() {
		return this.instrumentCode;
	}

	public int instrumentVersion() {
		return this.instrumentVersion;
	}

	public boolean core() {
		return this.core;
	}

	public AssessmentKind kind() {
		return this.kind;
	}

	public AssessmentStatus status() {
		return this.status;
	}

	/** The answers as a FHIR R4 QuestionnaireResponse (JSON). */
	public String response() {
		return this.response;
	}

	public UUID startedBy() {
		return this.startedBy;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public UUID updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public UUID completedBy() {
		return this.completedBy;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	public UUID voidedBy() {
		return this.voidedBy;
	}

	public Instant voidedAt() {
		return this.voidedAt;
	}

	public String voidReason() {
		return this.voidReason;
	}

	/**
	 * The domain scores kept at completion (and after amendments), in the instrument's
	 * order.
	 */
	public List<ScoreRow> scores() {
		return List.copyOf(this.scores);
	}

	public List<AddendumRow> addenda() {
		return List.copyOf(this.addenda);
	}

}
