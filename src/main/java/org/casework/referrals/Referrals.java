package org.casework.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.casework.audit.AuditAction;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.GoalView;
import org.casework.careplans.StepStatus;
import org.casework.careplans.StepStatusChange;
import org.casework.careplans.StepView;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseStatus;
import org.casework.clients.ClientRegistry;
import org.casework.clients.domain.Phone;
import org.casework.consents.Consents;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.Sharing;
import org.casework.consents.SharingDecision;
import org.casework.directory.Directory;
import org.casework.directory.DirectoryService;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.UserContext;
import org.casework.identity.VisibleClients;
import org.casework.referrals.domain.ReferralLifecycle;
import org.casework.referrals.domain.ReferralRow;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Priority;
import org.casework.shared.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals made by the agency's workers: from a case (or a step of its care plan) to a
 * directory service, sent only under a consent that lets the provider receive them, moved
 * through the referral task's lifecycle from the agency's side, with the appointment, the
 * attendance and the outcome. The provider's side goes through {@link ProviderLinks}.
 */
@Service
public class Referrals {

	static final String SUBJECT = "Referral";

	/** The longest reason, shared item or note accepted. */
	static final int MAX_TEXT = 4000;

	static final int MAX_SHARED = 20;

	private final JdbcClient jdbc;

	private final CaseManagement cases;

	private final CarePlanManagement plans;

	private final Directory directory;

	private final ClientRegistry clients;

	private final Sharing sharing;

	private final Consents consents;

	private final ClientAccess access;

	private final UserContext users;

	private final IdentityManagement identity;

	private final ReferralFollowUps followUps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Referrals(JdbcClient jdbc, CaseManagement cases, CarePlanManagement plans, Directory directory,
			ClientRegistry clients, Sharing sharing, Consents consents, ClientAccess access, UserContext users,
			IdentityManagement identity, ReferralFollowUps followUps, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.plans = plans;
		this.directory = directory;
		this.clients = clients;
		this.sharing = sharing;
		this.consents = consents;
		this.access = access;
		this.users = users;
		this.identity = identity;
		this.followUps = followUps;
		this.events = events;
		this.clock = clock;
	}

	// making a referral

	/**
	 * Makes a referral from a case, as a draft or sent at once ({@code status}
	 * {@code requested}).
	 * @throws NotFoundException when the case is outside the caller's scope
	 * @throws InvalidInputException naming each field that is missing or wrong
	 * @throws DomainRuleException when the case is closed, the service inactive, or (to
	 * send it) no consent lets the provider receive the referral
	 */
	@Transactional
	public ReferralView create(NewReferral input) {
		if (input == null || input.caseId() == null) {
			throw new InvalidInputException("caseId", "is required");
		}
		CaseFile file = this.cases.file(input.caseId()).orElseThrow(() -> new NotFoundException("Case"));
		List<FieldProblem> problems = new ArrayList<>();
		DirectoryService service = null;
		if (input.serviceId() == null) {
			problems.add(new FieldProblem("serviceId", "is required: choose a service of the directory"));
		}
		else {
			service = this.directory.service(input.serviceId()).orElse(null);
			if (service == null) {
				problems.add(new FieldProblem("serviceId", "is not a service of the directory"));
			}
		}
		text(input.reason(), "reason", true, problems);
		ReferralStatus status = ReferralStatus.DRAFT;
		if (input.status() != null && !input.status().isBlank()) {
			status = ReferralStatus.of(input.status())
				.filter(s -> s == ReferralStatus.DRAFT || s == ReferralStatus.REQUESTED)
				.orElse(null);
			if (status == null) {
				problems.add(new FieldProblem("status", "must be draft or requested for a new referral"));
			}
		}
		sharedItems(input.shared(), problems);
		if (input.stepId() != null && step(input.caseId(), input.stepId()).isEmpty()) {
			problems.add(new FieldProblem("stepId", "is not a step of this case's care plan"));
		}
		if (input.appointmentAt() != null && file.summary().openedOn() != null && input.appointmentAt()
			.isBefore(file.summary().openedOn().atStartOfDay(this.clock.getZone()).toInstant())) {
			problems.add(new FieldProblem("appointmentAt", "must not be before the case opened"));
		}
		text(input.appointmentNote(), "appointmentNote", false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (file.summary().status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is " + file.summary().status().name().toLowerCase()
					+ ": referrals are made from open cases");
		}
		if (!service.active()) {
			throw new DomainRuleException(
					"\"" + service.name() + "\" is inactive in the directory: choose another " + "service");
		}
		CurrentUser me = this.users.current();
		Instant now = now();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO referral (id, case_id, client_id, program_id, agency_id, case_number, client_name,
				    client_birth_date, client_language, client_phone, plan_step_id, service_id,
				    service_name, organization_id, organization_name, reason, urgency, status, appointment_at,
				    appointment_note, created_by, created_at, updated_at)
				VALUES (:id, :case, :client, :program, :agency, :caseNumber, :clientName, :birthDate, :language, :phone,
				    :step, :service, :serviceName, :organization,
				    :organizationName, :reason, :urgency, :status, :appointment, :appointmentNote, :by, :now, :now)""")
			.paramSource(new MapSqlParameterSource().addValue("id", id)
				.addValue("case", input.caseId())
				.addValue("client", file.summary().clientId())
				.addValue("program", file.summary().programId())
				.addValue("agency", me.agencyId())
				.addValue("caseNumber", file.summary().number())
				.addValue("clientName", file.client().displayName())
				.addValue("birthDate", file.client().dateOfBirth())
				.addValue("language", language(file.client().preferredLanguage()))
				.addValue("phone", phone(file.summary().clientId()))
				.addValue("step", input.stepId())
				.addValue("service", service.id())
				.addValue("serviceName", service.name())
				.addValue("organization", service.organizationId())
				.addValue("organizationName", service.organizationName())
				.addValue("reason", input.reason().strip())
				.addValue("urgency", (input.urgency() == null ? Priority.ROUTINE : input.urgency()).name())
				.addValue("status", ReferralStatus.DRAFT.code())
				.addValue("appointment", timestamp(input.appointmentAt()))
				.addValue("appointmentNote", blankToNull(input.appointmentNote()))
				.addValue("by", me.id())
				.addValue("now", Timestamp.from(now)))
			.update();
		int position = 0;
		for (SharedItem item : input.shared()) {
			this.jdbc
				.sql("INSERT INTO referral_shared_item (referral_id, position, category, text) VALUES (?, ?, ?, ?)")
				.params(id, ++position, item.category().name(), item.text().strip())
				.update();
		}
		history(id, null, ReferralStatus.DRAFT, null, ReferralSide.REQUESTER, me.id(), null, now);
		this.access.write(file.summary().clientId(), AuditAction.CREATE, SUBJECT, id,
				"referral to " + service.name() + " (" + service.organizationName() + ")");
		this.followUps.anotherServiceFound(input.caseId(), input.stepId(), now);
		ReferralRow row = row(id);
		if (status == ReferralStatus.REQUESTED) {
			row = transition(row, ReferralStatus.REQUESTED, StatusChange.to("requested", null), ReferralSide.REQUESTER,
					me.id(), null);
		}
		return view(row);
	}

	// reading

	/**
	 * A referral with what it shares, its history, follow-ups and links.
	 * @throws NotFoundException when it does not exist or its case is outside the scope
	 */
	@Transactional
	public ReferralView get(UUID id) {
		ReferralRow row = inScope(id);
		this.access.read(row.clientId(), SUBJECT, id);
		return view(row);
	}

	/** The referrals of a case in scope, newest first. */
	@Transactional
	public List<ReferralView> ofCase(UUID caseId) {
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		List<ReferralRow> rows = this.jdbc.sql("SELECT * FROM referral WHERE case_id = ? ORDER BY created_at DESC")
			.param(caseId)
			.query(ReferralRow::map)
			.list();
		this.access.read(file.summary().clientId(), SUBJECT + " list", caseId);
		return rows.stream().map(this::view).toList();
	}

	/**
	 * The referrals the caller may see that stalled (an open follow-up), the longest
	 * stalled first: a worker's own clients, a supervisor's team's.
	 */
	@Transactional
	public List<ReferralView> stalled() {
		VisibleClients scope = this.access.visibleClients();
		if (scope.none()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource(scope.parameters());
		List<ReferralRow> rows = this.jdbc.sql("""
				SELECT r.* FROM referral r
				JOIN (SELECT referral_id, min(due_on) AS due FROM referral_follow_up WHERE status = 'OPEN'
				      GROUP BY referral_id) f ON f.referral_id = r.id
				WHERE %s
				ORDER BY f.due, r.created_at
				LIMIT 200""".formatted(scope.condition("r.client_id", "r.agency_id")))
			.paramSource(params)
			.query(ReferralRow::map)
			.list();
		this.access.listed(AuditAction.LIST, SUBJECT, rows.stream().map(ReferralRow::clientId).distinct().toList(),
				"stalled referrals");
		return rows.stream().map(this::view).toList();
	}

	/** The referrals made for steps of a case's plan, by step. */
	@Transactional(readOnly = true)
	public Map<UUID, List<ReferralView>> forSteps(UUID caseId) {
		Map<UUID, List<ReferralView>> byStep = new java.util.HashMap<>();
		this.jdbc.sql("SELECT * FROM referral WHERE case_id = ? AND plan_step_id IS NOT NULL ORDER BY created_at")
			.param(caseId)
			.query(ReferralRow::map)
			.list()
			.forEach(r -> byStep.computeIfAbsent(r.stepId(), k -> new ArrayList<>()).add(view(r)));
		return byStep;
	}

	// the agency's side of the lifecycle

	/**
	 * Moves the referral on from the agency's side: sends a draft ({@code requested}),
	 * cancels it, or marks it entered in error.
	 * @param expectedVersion the version the caller read, or null to skip the check
	 * @throws DomainRuleException when the transition is impossible or the provider's to
	 * make
	 */
	@Transactional
	public ReferralView changeStatus(UUID id, Long expectedVersion, StatusChange change) {
		ReferralRow row = forUpdate(id, expectedVersion);
		ReferralStatus to = status(change);
		return view(transition(row, to, change, ReferralSide.REQUESTER, this.users.current().id(), null));
	}

	/** Sets or changes the appointment. */
	@Transactional
	public ReferralView setAppointment(UUID id, Long expectedVersion, Appointment appointment) {
		ReferralRow row = forUpdate(id, expectedVersion);
		return view(appointment(row, appointment, ReferralSide.REQUESTER));
	}

	/** Records whether the client attended the appointment. */
	@Transactional
	public ReferralView recordAttendance(UUID id, Long expectedVersion, Attendance attendance) {
		ReferralRow row = forUpdate(id, expectedVersion);
		return view(attendance(row, attendance, ReferralSide.REQUESTER));
	}

	/**
	 * Marks the plan step the referral serves as done, once the referral is completed
	 * with the service received.
	 */
	@Transactional
	public ReferralView completeStep(UUID id) {
		ReferralRow row = forUpdate(id, null);
		if (row.stepId() == null) {
			throw new DomainRuleException("The referral serves no step of the care plan");
		}
		if (row.status() != ReferralStatus.COMPLETED || !Boolean.TRUE.equals(row.serviceReceived())) {
			throw new DomainRuleException("Only a completed referral with the service received completes its step");
		}
		CarePlanView plan = this.plans.current(row.caseId()).orElseThrow(() -> new NotFoundException("Care plan"));
		GoalView goal = plan.goals()
			.stream()
			.filter(g -> g.steps().stream().anyMatch(s -> s.id().equals(row.stepId())))
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("The step is no longer in the care plan"));
		long planVersion = plan.inForce() != null ? plan.inForce().version() : plan.summary().version();
		this.plans.changeStepStatus(row.caseId(), goal.id(), row.stepId(), planVersion,
				new StepStatusChange(StepStatus.DONE, null, null));
		return view(row(id));
	}

	// shared by both sides

	ReferralRow transition(ReferralRow row, ReferralStatus to, StatusChange change, ReferralSide side, UUID userId,
			UUID linkId) {
		Optional<String> refusal = ReferralLifecycle.refusal(row.status(), to, side);
		if (refusal.isPresent()) {
			throw new DomainRuleException(refusal.get());
		}
		List<FieldProblem> problems = new ArrayList<>();
		String reason = change == null ? null : blankToNull(change.reason());
		if (ReferralLifecycle.needsReason(to) && reason == null) {
			problems.add(new FieldProblem("reason", "is required to mark a referral " + to.code()));
		}
		text(reason, "reason", false, problems);
		if (to == ReferralStatus.COMPLETED) {
			if (change.serviceReceived() == null) {
				problems.add(new FieldProblem("serviceReceived", "is required to complete a referral"));
			}
			if (change.clientAttended() == null && row.attended() == null) {
				problems.add(new FieldProblem("clientAttended", "is required to complete a referral"));
			}
		}
		if (change != null) {
			text(change.outcomeNote(), "outcomeNote", false, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (to == ReferralStatus.REQUESTED) {
			SharingDecision decision = this.sharing.decide(row.clientId(), recipient(row),
					EnumSet.of(InformationCategory.GENERAL));
			if (!decision.allowed().contains(InformationCategory.GENERAL)) {
				throw new DomainRuleException(
						"No active consent lets " + row.organizationName()
								+ " receive this referral: record the client's release of information first",
						List.of(decision.withheld().getOrDefault(InformationCategory.GENERAL, "no consent")));
			}
		}
		Instant now = now();
		boolean answer = row.status() == ReferralStatus.REQUESTED
				&& (to == ReferralStatus.ACCEPTED || to == ReferralStatus.REJECTED);
		Boolean attended = row.attended() == null && change != null ? change.clientAttended() : row.attended();
		this.jdbc.sql("""
				UPDATE referral SET status = :status, status_reason = :reason, version = version + 1, updated_at = :now,
				    requested_at = CASE WHEN :status = 'requested' THEN :now ELSE requested_at END,
				    answered_at = CASE WHEN :answer THEN :now ELSE answered_at END,
				    ended_at = CASE WHEN :ended THEN :now ELSE ended_at END,
				    appointment_at = COALESCE(:appointment, appointment_at),
				    attended = :attended,
				    attendance_at = CASE WHEN attended IS NULL AND CAST(:attended AS boolean) IS NOT NULL
				                         THEN :now ELSE attendance_at END,
				    service_received = COALESCE(:received, service_received),
				    outcome_note = COALESCE(:outcome, outcome_note)
				WHERE id = :id""")
			.paramSource(new MapSqlParameterSource().addValue("status", to.code())
				.addValue("reason", reason)
				.addValue("now", Timestamp.from(now))
				.addValue("answer", answer)
				.addValue("ended", to.isFinal())
				.addValue("appointment", change == null ? null : timestamp(change.appointmentAt()))
				.addValue("attended", attended)
				.addValue("received", change == null ? null : change.serviceReceived())
				.addValue("outcome", change == null ? null : blankToNull(change.outcomeNote()))
				.addValue("id", row.id()))
			.update();
		history(row.id(), row.status(), to, reason, side, userId, linkId, now);
		this.followUps.statusChanged(row, to, reason, now);
		if (to.isFinal()) {
			this.consents.expiryEventOccurred(row.clientId(), ExpiryEventKind.END_OF_REFERRAL, row.id(),
					LocalDate.ofInstant(now, this.clock.getZone()),
					"the referral to " + row.serviceName() + " is " + to.code());
		}
		if (to == ReferralStatus.ENTERED_IN_ERROR) {
			this.jdbc.sql("UPDATE referral_link SET revoked_at = ? WHERE referral_id = ? AND revoked_at IS NULL")
				.params(Timestamp.from(now), row.id())
				.update();
		}
		this.events.publishEvent(new ReferralChanged(row.id(), row.caseId(), row.status(), to, side));
		return row(row.id());
	}

	ReferralRow appointment(ReferralRow row, Appointment appointment, ReferralSide side) {
		if (appointment == null || appointment.at() == null) {
			throw new InvalidInputException("at", "is required: the date and time of the appointment");
		}
		List<FieldProblem> problems = new ArrayList<>();
		text(appointment.note(), "note", false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (row.status().isFinal()) {
			throw new DomainRuleException("The referral is " + row.status().code() + ": no appointment can be set");
		}
		this.jdbc.sql("""
				UPDATE referral SET appointment_at = ?, appointment_note = ?, attended = NULL, attendance_note = NULL,
				    attendance_at = NULL, version = version + 1, updated_at = ?
				WHERE id = ?""")
			.params(timestamp(appointment.at()), blankToNull(appointment.note()), Timestamp.from(now()), row.id())
			.update();
		return row(row.id());
	}

	ReferralRow attendance(ReferralRow row, Attendance attendance, ReferralSide side) {
		if (attendance == null || attendance.attended() == null) {
			throw new InvalidInputException("attended", "is required: whether the client attended");
		}
		List<FieldProblem> problems = new ArrayList<>();
		text(attendance.note(), "note", false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (row.appointmentAt() == null) {
			throw new DomainRuleException("The referral has no appointment to record attendance for");
		}
		Instant now = now();
		this.jdbc.sql("""
				UPDATE referral SET attended = ?, attendance_note = ?, attendance_at = ?, version = version + 1,
				    updated_at = ?
				WHERE id = ?""")
			.params(attendance.attended(), blankToNull(attendance.note()), Timestamp.from(now), Timestamp.from(now),
					row.id())
			.update();
		this.followUps.attendanceRecorded(row.id(), now);
		return row(row.id());
	}

	/** Who the referral goes to, as consents name recipients. */
	static Recipient recipient(ReferralRow row) {
		return new Recipient(RecipientKind.ORGANIZATION, row.organizationId(), row.organizationName());
	}

	/**
	 * The categories the referral shares: GENERAL (who the client is, why) and its
	 * items'.
	 */
	static Set<InformationCategory> categories(List<SharedItem> items) {
		Set<InformationCategory> categories = new LinkedHashSet<>(List.of(InformationCategory.GENERAL));
		items.forEach(i -> categories.add(i.category()));
		return categories;
	}

	List<SharedItem> items(UUID referralId) {
		return this.jdbc.sql("SELECT category, text FROM referral_shared_item WHERE referral_id = ? ORDER BY position")
			.param(referralId)
			.query((rs, n) -> new SharedItem(InformationCategory.valueOf(rs.getString("category")),
					rs.getString("text")))
			.list();
	}

	ReferralRow row(UUID id) {
		return this.jdbc.sql("SELECT * FROM referral WHERE id = ?")
			.param(id)
			.query(ReferralRow::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("Referral"));
	}

	// helpers

	private ReferralRow inScope(UUID id) {
		ReferralRow row = this.jdbc.sql("SELECT * FROM referral WHERE id = ?")
			.param(id)
			.query(ReferralRow::map)
			.optional()
			.filter(r -> this.access.canSee(r.clientId()))
			.orElseThrow(() -> new NotFoundException("Referral"));
		return row;
	}

	private ReferralRow forUpdate(UUID id, Long expectedVersion) {
		ReferralRow row = inScope(id);
		if (this.cases.ref(row.caseId()).map(c -> !c.open()).orElse(false)) {
			throw new DomainRuleException("The case is closed: its referrals are kept as they were; the receiving "
					+ "provider still answers a referral sent at closure");
		}
		this.jdbc.sql("SELECT id FROM referral WHERE id = ? FOR UPDATE").param(id).query(UUID.class).single();
		row = row(id);
		if (expectedVersion != null && expectedVersion != row.version()) {
			throw StaleVersionException.stale("Referral");
		}
		return row;
	}

	private static ReferralStatus status(StatusChange change) {
		if (change == null || change.status() == null || change.status().isBlank()) {
			throw new InvalidInputException("status", "is required: the next status, e.g. requested or cancelled");
		}
		return ReferralStatus.of(change.status())
			.orElseThrow(() -> new InvalidInputException("status", "is not a referral status: "
					+ String.join(", ", Stream.of(ReferralStatus.values()).map(ReferralStatus::code).toList())));
	}

	private Optional<StepView> step(UUID caseId, UUID stepId) {
		return this.plans.current(caseId)
			.stream()
			.flatMap(p -> p.goals().stream())
			.flatMap(g -> g.steps().stream())
			.filter(s -> s.id().equals(stepId))
			.findFirst();
	}

	private static void sharedItems(List<SharedItem> items, List<FieldProblem> problems) {
		if (items.size() > MAX_SHARED) {
			problems.add(new FieldProblem("shared", "must have at most " + MAX_SHARED + " items"));
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			SharedItem item = items.get(i);
			if (item == null || item.category() == null) {
				problems.add(new FieldProblem("shared[" + i + "].category", "is required"));
			}
			if (item == null || item.text() == null || item.text().isBlank()) {
				problems.add(new FieldProblem("shared[" + i + "].text", "is required"));
			}
			else if (item.text().length() > MAX_TEXT) {
				problems.add(new FieldProblem("shared[" + i + "].text", "must be at most " + MAX_TEXT + " characters"));
			}
		}
	}

	private static void text(String value, String field, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required"));
			}
		}
		else if (value.length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
		}
	}

	private void history(UUID referralId, ReferralStatus from, ReferralStatus to, String reason, ReferralSide side,
			UUID userId, UUID linkId, Instant at) {
		this.jdbc.sql("""
				INSERT INTO referral_status_change (id, referral_id, from_status, to_status, reason, side, changed_by,
				    link_id, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), referralId, from == null ? null : from.code(), to.code(), reason, side.name(),
					userId, linkId, Timestamp.from(at))
			.update();
	}

	ReferralView view(ReferralRow row) {
		List<SharedItem> items = items(row.id());
		SharingDecision decision = this.sharing.decide(row.clientId(), recipient(row), categories(items));
		List<SharedItemView> shared = items.stream()
			.map(i -> new SharedItemView(i.category(), i.text(), decision.allowed().contains(i.category()),
					decision.allowed().contains(i.category()) ? null
							: decision.withheld().getOrDefault(i.category(), "no consent")))
			.toList();
		List<Object[]> changes = this.jdbc.sql("""
				SELECT from_status, to_status, reason, side, changed_by, changed_at FROM referral_status_change
				WHERE referral_id = ? ORDER BY changed_at, to_status""")
			.param(row.id())
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant() })
			.list();
		List<LinkRow> links = this.jdbc.sql("SELECT * FROM referral_link WHERE referral_id = ? ORDER BY created_at")
			.param(row.id())
			.query((rs, n) -> new LinkRow(rs.getObject("id", UUID.class), rs.getObject("created_by", UUID.class),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
					rs.getInt("views"),
					rs.getTimestamp("last_viewed_at") == null ? null : rs.getTimestamp("last_viewed_at").toInstant()))
			.list();
		Set<UUID> people = new java.util.HashSet<>(List.of(row.createdBy()));
		changes.stream().map(c -> (UUID) c[4]).filter(Objects::nonNull).forEach(people::add);
		links.forEach(l -> people.add(l.createdBy()));
		List<FollowUpView> followUpViews = this.followUps.ofReferral(row.id());
		Map<UUID, String> names = this.identity.displayNames(people);
		List<StatusEntry> history = changes.stream()
			.map(c -> new StatusEntry(c[0] == null ? null : ReferralStatus.of((String) c[0]).orElseThrow(),
					ReferralStatus.of((String) c[1]).orElseThrow(), (String) c[2], ReferralSide.valueOf((String) c[3]),
					c[4] == null ? row.organizationName() : names.get((UUID) c[4]), (Instant) c[5]))
			.toList();
		Instant now = now();
		List<LinkView> linkViews = links.stream()
			.map(l -> new LinkView(l.id(), names.get(l.createdBy()), l.createdAt(), l.expiresAt(), l.revokedAt(),
					l.views(), l.lastViewedAt(), l.revokedAt() == null && l.expiresAt().isAfter(now)))
			.toList();
		return new ReferralView(row.id(), row.version(), row.caseId(), row.caseNumber(), row.clientId(),
				row.clientName(), row.serviceId(), row.serviceName(), row.organizationId(), row.organizationName(),
				row.stepId(), row.reason(), row.urgency(), row.status(), row.statusReason(), row.appointmentAt(),
				row.appointmentNote(), row.attended(), row.attendanceNote(), row.serviceReceived(), row.outcomeNote(),
				shared, decision.part2(), history, followUpViews, linkViews, names.get(row.createdBy()),
				row.createdAt(), row.requestedAt(), row.answeredAt(),
				ReferralLifecycle.next(row.status(), ReferralSide.REQUESTER));
	}

	/** A language as the provider reads it ("Spanish"), from its code ("es"). */
	private static String language(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (code.length() > 3) {
			return code;
		}
		String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
		return name.isBlank() ? code : name;
	}

	/** The client's preferred phone number, else the first, for the provider to call. */
	private String phone(UUID clientId) {
		List<Phone> phones = this.clients.read(clientId).details().phones();
		return phones.stream()
			.filter(p -> Boolean.TRUE.equals(p.preferred()))
			.findFirst()
			.or(() -> phones.stream().findFirst())
			.map(Phone::number)
			.orElse(null);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private record LinkRow(UUID id, UUID createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, int views,
			Instant lastViewedAt) {
	}

}
