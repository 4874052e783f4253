package org.casework.closure.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.closure.ClosureReason;
import org.casework.closure.OutreachMethod;
import org.casework.referrals.SharedItem;
import org.casework.referrals.SharedItemRow;
import org.casework.shared.Priority;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the closure screens, each with the version of the closure it was read at
 * (where the change needs one).
 */
final class ClosureForms {

	private ClosureForms() {
	}

	/** A form of a record read at a version: the change applies to that version only. */
	abstract static class Versioned {

		private long version;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/** A versioned form with a free-text note. */
	abstract static class Noted extends Versioned {

		private String note;

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/**
	 * Why and when the case closes; the notice when it was given already, with the
	 * check-in after closure.
	 */
	static class StartForm extends Versioned {

		private ClosureReason reason;

		private String reasonNote;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate closureDate;

		private Integer checkInDays;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate noticeGivenOn;

		private String noticeMethod;

		public ClosureReason getReason() {
			return this.reason;
		}

		public void setReason(ClosureReason reason) {
			this.reason = reason;
		}

		public String getReasonNote() {
			return this.reasonNote;
		}

		public void setReasonNote(String reasonNote) {
			this.reasonNote = reasonNote;
		}

		public LocalDate getClosureDate() {
			return this.closureDate;
		}

		public void setClosureDate(LocalDate closureDate) {
			this.closureDate = closureDate;
		}

		public Integer getCheckInDays() {
			return this.checkInDays;
		}

		public void setCheckInDays(Integer checkInDays) {
			this.checkInDays = checkInDays;
		}

		public LocalDate getNoticeGivenOn() {
			return this.noticeGivenOn;
		}

		public void setNoticeGivenOn(LocalDate noticeGivenOn) {
			this.noticeGivenOn = noticeGivenOn;
		}

		public String getNoticeMethod() {
			return this.noticeMethod;
		}

		public void setNoticeMethod(String noticeMethod) {
			this.noticeMethod = noticeMethod;
		}

	}

	/** When and how the client was told of the closure. */
	static class NoticeForm extends Noted {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate givenOn;

		private String method;

		public LocalDate getGivenOn() {
			return this.givenOn;
		}

		public void setGivenOn(LocalDate givenOn) {
			this.givenOn = givenOn;
		}

		public String getMethod() {
			return this.method;
		}

		public void setMethod(String method) {
			this.method = method;
		}

	}

	/** The progress reviewed with the client. */
	static class ReviewForm extends Noted {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate reviewedOn;

		public LocalDate getReviewedOn() {
			return this.reviewedOn;
		}

		public void setReviewedOn(LocalDate reviewedOn) {
			this.reviewedOn = reviewedOn;
		}

	}

	/**
	 * The relapse-prevention and crisis plan: one entry a line; a contact as name,
	 * relationship, phone.
	 */
	static class RelapseForm extends Versioned {

		private String warningSigns;

		private String copingStrategies;

		private String peopleToCall;

		private String emergencyContacts;

		private String howToSeekHelp;

		public String getWarningSigns() {
			return this.warningSigns;
		}

		public void setWarningSigns(String warningSigns) {
			this.warningSigns = warningSigns;
		}

		public String getCopingStrategies() {
			return this.copingStrategies;
		}

		public void setCopingStrategies(String copingStrategies) {
			this.copingStrategies = copingStrategies;
		}

		public String getPeopleToCall() {
			return this.peopleToCall;
		}

		public void setPeopleToCall(String peopleToCall) {
			this.peopleToCall = peopleToCall;
		}

		public String getEmergencyContacts() {
			return this.emergencyContacts;
		}

		public void setEmergencyContacts(String emergencyContacts) {
			this.emergencyContacts = emergencyContacts;
		}

		public String getHowToSeekHelp() {
			return this.howToSeekHelp;
		}

		public void setHowToSeekHelp(String howToSeekHelp) {
			this.howToSeekHelp = howToSeekHelp;
		}

	}

	/**
	 * A service of the directory added to the ongoing resources, or removed from them.
	 */
	static class ResourceForm extends Noted {

		private UUID serviceId;

		public UUID getServiceId() {
			return this.serviceId;
		}

		public void setServiceId(UUID serviceId) {
			this.serviceId = serviceId;
		}

	}

	/** An attempt to reach a client who disengaged. */
	static class OutreachForm extends Versioned {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate attemptedOn;

		private OutreachMethod method;

		private String outcome;

		public LocalDate getAttemptedOn() {
			return this.attemptedOn;
		}

		public void setAttemptedOn(LocalDate attemptedOn) {
			this.attemptedOn = attemptedOn;
		}

		public OutreachMethod getMethod() {
			return this.method;
		}

		public void setMethod(OutreachMethod method) {
			this.method = method;
		}

		public String getOutcome() {
			return this.outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

	}

	/** The sections of the unsigned summary. */
	static class SummaryForm extends Versioned {

		private String overview;

		private String services;

		private String goalsAchieved;

		private String goalsNotAchieved;

		private String assessment;

		private String unresolvedNeeds;

		private String recommendations;

		public String getOverview() {
			return this.overview;
		}

		public void setOverview(String overview) {
			this.overview = overview;
		}

		public String getServices() {
			return this.services;
		}

		public void setServices(String services) {
			this.services = services;
		}

		public String getGoalsAchieved() {
			return this.goalsAchieved;
		}

		public void setGoalsAchieved(String goalsAchieved) {
			this.goalsAchieved = goalsAchieved;
		}

		public String getGoalsNotAchieved() {
			return this.goalsNotAchieved;
		}

		public void setGoalsNotAchieved(String goalsNotAchieved) {
			this.goalsNotAchieved = goalsNotAchieved;
		}

		public String getAssessment() {
			return this.assessment;
		}

		public void setAssessment(String assessment) {
			this.assessment = assessment;
		}

		public String getUnresolvedNeeds() {
			return this.unresolvedNeeds;
		}

		public void setUnresolvedNeeds(String unresolvedNeeds) {
			this.unresolvedNeeds = unresolvedNeeds;
		}

		public String getRecommendations() {
			return this.recommendations;
		}

		public void setRecommendations(String recommendations) {
			this.recommendations = recommendations;
		}

	}

	/** A reason or a text: withdrawing, reopening, an addendum. */
	static class TextForm extends Versioned {

		private String text;

		private String reason;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/**
	 * A supervisor's decision: comments, and the justification where a domain is still
	 * rated in crisis.
	 */
	static class DecisionForm extends Versioned {

		private String comments;

		private String justification;

		public String getComments() {
			return this.comments;
		}

		public void setComments(String comments) {
			this.comments = comments;
		}

		public String getJustification() {
			return this.justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}

	}

	/** The warm handoff to the provider who takes the client on. */
	static class HandoffForm extends Versioned {

		private UUID serviceId;

		private String reason;

		private Priority urgency;

		private List<SharedItemRow> items = SharedItemRow.blank(2);

		/** The rows the worker wrote something in, each under its category. */
		List<SharedItem> shared() {
			return SharedItemRow.written(this.items);
		}

		public List<SharedItemRow> getItems() {
			return this.items;
		}

		public void setItems(List<SharedItemRow> items) {
			this.items = items;
		}

		public UUID getServiceId() {
			return this.serviceId;
		}

		public void setServiceId(UUID serviceId) {
			this.serviceId = serviceId;
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

	}

}
