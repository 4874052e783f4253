package org.casework.referrals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.casework.referrals.NewReferral;
import org.casework.referrals.SharedItem;
import org.casework.referrals.SharedItemRow;
import org.casework.shared.Priority;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The forms of the referral screens. */
final class ReferralForms {

	/** How many shared items the form offers. */
	static final int ITEM_ROWS = 3;

	private ReferralForms() {
	}

	/** What a refused action said, each field problem with the field's name. */
	static List<String> problems(BindingResult binding) {
		return binding.getAllErrors()
			.stream()
			.map(e -> e instanceof FieldError f ? f.getField() + ": " + e.getDefaultMessage() : e.getDefaultMessage())
			.toList();
	}

	/**
	 * A date and a time of day in the agency's zone, as one moment; null when no date.
	 */
	static Instant moment(LocalDate date, LocalTime time, ZoneId zone) {
		if (date == null) {
			return null;
		}
		return date.atTime(time == null ? LocalTime.of(9, 0) : time).atZone(zone).toInstant();
	}

	/** A new referral. */
	public static class NewReferralForm {

		private UUID serviceId;

		private UUID stepId;

		private String reason;

		private Priority urgency = Priority.ROUTINE;

		private List<SharedItemRow> items = SharedItemRow.blank(3);

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate appointmentDate;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime appointmentTime;

		private String appointmentNote;

		NewReferral referral(UUID caseId, boolean send, ZoneId zone) {
			List<SharedItem> shared = SharedItemRow.written(this.items);
			return new NewReferral(caseId, this.serviceId, this.stepId, this.reason, this.urgency, shared,
					moment(this.appointmentDate, this.appointmentTime, zone), this.appointmentNote,
					send ? "requested" : "draft");
		}

		public UUID getServiceId() {
			return this.serviceId;
		}

		public void setServiceId(UUID serviceId) {
			this.serviceId = serviceId;
		}

		public UUID getStepId() {
			return this.stepId;
		}

		public void setStepId(UUID stepId) {
			this.stepId = stepId;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public Priority getUrgency() {
			return this.urgency;
		}

		public void setUrgency(Priority urgency) {
			this.urgency = urgency;
		}

		public List<SharedItemRow> getItems() {
			return this.items;
		}

		public void setItems(List<SharedItemRow> items) {
			this.items = items;
		}

		public LocalDate getAppointmentDate() {
			return this.appointmentDate;
		}

		public void setAppointmentDate(LocalDate appointmentDate) {
			this.appointmentDate = appointmentDate;
		}

		public LocalTime getAppointmentTime() {
			return this.appointmentTime;
		}

		public void setAppointmentTime(LocalTime appointmentTime) {
			this.appointmentTime = appointmentTime;
		}

		public String getAppointmentNote() {
			return this.appointmentNote;
		}

		public void setAppointmentNote(String appointmentNote) {
			this.appointmentNote = appointmentNote;
		}

	}

	/**
	 * A status change, an appointment or an attendance, from the worker's or the
	 * provider's page.
	 */
	public static class ActionForm {

		private String status;

		private String reason;

		private Boolean serviceReceived;

		private Boolean clientAttended;

		private String outcomeNote;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate date;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime time;

		private String note;

		private Boolean attended;

		private long version;

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public Boolean getServiceReceived() {
			return this.serviceReceived;
		}

		public void setServiceReceived(Boolean serviceReceived) {
			this.serviceReceived = serviceReceived;
		}

		public Boolean getClientAttended() {
			return this.clientAttended;
		}

		public void setClientAttended(Boolean clientAttended) {
			this.clientAttended = clientAttended;
		}

		public String getOutcomeNote() {
			return this.outcomeNote;
		}

		public void setOutcomeNote(String outcomeNote) {
			this.outcomeNote = outcomeNote;
		}

		public LocalDate getDate() {
			return this.date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public LocalTime getTime() {
			return this.time;
		}

		public void setTime(LocalTime time) {
			this.time = time;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public Boolean getAttended() {
			return this.attended;
		}

		public void setAttended(Boolean attended) {
			this.attended = attended;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
