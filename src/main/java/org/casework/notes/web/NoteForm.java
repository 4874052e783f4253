package org.casework.notes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.notes.Attendee;
import org.casework.notes.ContactMethod;
import org.casework.notes.Decision;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteType;
import org.casework.notes.NoteView;
import org.casework.shared.RepeatingRows;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The note form of the screens: one field per element of the note; people and quotes one
 * a line; a staffing's attendees and decisions as rows added and removed without
 * JavaScript. It is saved while the worker types and also by a plain submit.
 */
public class NoteForm implements RepeatingRows {

	private UUID noteId;

	private long version;

	private NoteType type = NoteType.CONTACT;

	private ContactMethod method;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contactDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime contactTime;

	private String location;

	private String participants;

	private String topics;

	private List<UUID> goalIds = new ArrayList<>();

	private String clientStatements;

	private String observations;

	private String services;

	private String nextContactPlan;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextContactOn;

	private List<AttendeeRow> attendees = new ArrayList<>();

	private List<DecisionRow> decisions = new ArrayList<>();

	private boolean urgentSafetyConcern;

	private String safetyConcern;

	private String overrideReason;

	/** A form for a new note of a type, its contact now. */
	static NoteForm start(NoteType type, ContactMethod method, Instant now, ZoneId zone) {
		NoteForm form = new NoteForm();
		form.type = type;
		form.method = method;
		LocalDateTime at = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
		form.contactDate = at.toLocalDate();
		form.contactTime = at.toLocalTime();
		if (type == NoteType.STAFFING) {
			for (int i = 0; i < 3; i++) {
				form.attendees.add(new AttendeeRow());
			}
			form.decisions.add(new DecisionRow());
			form.decisions.add(new DecisionRow());
		}
		return form;
	}

	/** A form holding a saved draft. */
	static NoteForm of(NoteView note, ZoneId zone) {
		NoteForm form = new NoteForm();
		form.noteId = note.id();
		form.version = note.version();
		form.type = note.type();
		form.method = note.method();
		if (note.contactAt() != null) {
			LocalDateTime at = LocalDateTime.ofInstant(note.contactAt(), zone);
			form.contactDate = at.toLocalDate();
			form.contactTime = at.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
		}
		form.location = note.location();
		form.participants = String.join("\n", note.participants());
		form.topics = note.topics();
		form.goalIds = new ArrayList<>(note.goals().stream().map(NoteView.GoalRef::id).toList());
		form.clientStatements = String.join("\n", note.clientStatements());
		form.observations = note.observations();
		form.services = note.services();
		form.nextContactPlan = note.nextContactPlan();
		form.nextContactOn = note.nextContactOn();
		note.attendees().forEach(a -> form.attendees.add(new AttendeeRow(a.name(), a.agency(), a.role())));
		note.decisions().forEach(d -> form.decisions.add(new DecisionRow(d.decision(), d.owner(), d.dueOn())));
		if (note.type() == NoteType.STAFFING) {
			form.attendees.add(new AttendeeRow());
			form.decisions.add(new DecisionRow());
		}
		form.urgentSafetyConcern = note.urgentSafetyConcern();
		form.safetyConcern = note.safetyConcern();
		return form;
	}

	/** What the form says, as a note. */
	NoteInput input(ZoneId zone) {
		Instant at = this.contactDate == null ? null
				: this.contactDate.atTime(this.contactTime == null ? LocalTime.NOON : this.contactTime)
					.atZone(zone)
					.toInstant();
		return new NoteInput(this.type, this.method, at, this.location, lines(this.participants), this.topics,
				this.goalIds, lines(this.clientStatements), this.observations, this.services, this.nextContactPlan,
				this.nextContactOn,
				this.attendees.stream().map(a -> new Attendee(a.getName(), a.getAgency(), a.getRole())).toList(),
				this.decisions.stream().map(d -> new Decision(d.getDecision(), d.getOwner(), d.getDueOn())).toList(),
				this.urgentSafetyConcern, this.safetyConcern);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	@Override
	public void addRow(String section, String variant) {
		if ("attendees".equals(section)) {
			this.attendees.add(new AttendeeRow());
		}
		else if ("decisions".equals(section)) {
			this.decisions.add(new DecisionRow());
		}
	}

	@Override
	public List<?> rows(String section) {
		return switch (section) {
			case "attendees" -> this.attendees;
			case "decisions" -> this.decisions;
			default -> new ArrayList<>();
		};
	}

	/** An attendee row of a staffing. */
	public static class AttendeeRow {

		private String name;

		private String agency;

		private String role;

		public AttendeeRow() {
		}

		AttendeeRow(String name, String agency, String role) {
			this.name = name;
			this.agency = agency;
			this.role = role;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAgency() {
			return this.agency;
		}

		public void setAgency(String agency) {
			this.agency = agency;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

	/** A decision row of a staffing. */
	public static class DecisionRow {

		private String decision;

		private String owner;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueOn;

		public DecisionRow() {
		}

		DecisionRow(String decision, String owner, LocalDate dueOn) {
			this.decision = decision;
			this.owner = owner;
			this.dueOn = dueOn;
		}

		public String getDecision() {
			return this.decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getOwner() {
			return this.owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public LocalDate getDueOn() {
			return this.dueOn;
		}

		public void setDueOn(LocalDate dueOn) {
			this.dueOn = dueOn;
		}

	}

	public UUID getNoteId() {
		return this.noteId;
	}

	public void setNoteId(UUID noteId) {
		this.noteId = noteId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public NoteType getType() {
		return this.type;
	}

	public void setType(NoteType type) {
		this.type = type;
	}

	public ContactMethod getMethod() {
		return this.method;
	}

	public void setMethod(ContactMethod method) {
		this.method = method;
	}

	public LocalDate getContactDate() {
		return this.contactDate;
	}

	public void setContactDate(LocalDate contactDate) {
		this.contactDate = contactDate;
	}

	public LocalTime getContactTime() {
		return this.contactTime;
	}

	public void setContactTime(LocalTime contactTime) {
		this.contactTime = contactTime;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getParticipants() {
		return this.participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public List<UUID> getGoalIds() {
		return this.goalIds;
	}

	public void setGoalIds(List<UUID> goalIds) {
		this.goalIds = goalIds == null ? new ArrayList<>() : goalIds;
	}

	public String getClientStatements() {
		return this.clientStatements;
	}

	public void setClientStatements(String clientStatements) {
		this.clientStatements = clientStatements;
	}

	public String getObservations() {
		return this.observations;
	}

	public void setObservations(String observations) {
		this.observations = observations;
	}

	public String getServices() {
		return this.services;
	}

	public void setServices(String services) {
		this.services = services;
	}

	public String getNextContactPlan() {
		return this.nextContactPlan;
	}

	public void setNextContactPlan(String nextContactPlan) {
		this.nextContactPlan = nextContactPlan;
	}

	public LocalDate getNextContactOn() {
		return this.nextContactOn;
	}

	public void setNextContactOn(LocalDate nextContactOn) {
		this.nextContactOn = nextContactOn;
	}

	public List<AttendeeRow> getAttendees() {
		return this.attendees;
	}

	public void setAttendees(List<AttendeeRow> attendees) {
		this.attendees = attendees;
	}

	public List<DecisionRow> getDecisions() {
		return this.decisions;
	}

	public void setDecisions(List<DecisionRow> decisions) {
		this.decisions = decisions;
	}

	public boolean isUrgentSafetyConcern() {
		return this.urgentSafetyConcern;
	}

	public void setUrgentSafetyConcern(boolean urgentSafetyConcern) {
		this.urgentSafetyConcern = urgentSafetyConcern;
	}

	public String getSafetyConcern() {
		return this.safetyConcern;
	}

	public void setSafetyConcern(String safetyConcern) {
		this.safetyConcern = safetyConcern;
	}

	public String getOverrideReason() {
		return this.overrideReason;
	}

	public void setOverrideReason(String overrideReason) {
		this.overrideReason = overrideReason;
	}

}
