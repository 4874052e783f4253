package org.casework.closure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.assessments.AssessmentComparison.Change;
import org.casework.assessments.DomainRating;
import org.casework.careplans.GoalStatus;
import org.casework.referrals.ReferralStatus;

/**
 * What Casework already knows that bears on closing a case: the goals of the plan in
 * force with their outcomes, the latest assessment against the first, the referrals with
 * their outcomes, the outreach attempts logged, and for each readiness indicator whether
 * the record supports it.
 *
 * @param assessment null while the case has no completed assessment
 */
public record ClosureEvidence(List<GoalEvidence> goals, long goalsAchieved, AssessmentEvidence assessment,
		List<ReferralEvidence> referrals, long referralsCompleted, List<OutreachAttempt> outreachAttempts,
		int outreachAttemptsRequired, List<Indicator> indicators) {

	/** A goal of the plan in force and how far it came. */
	public record GoalEvidence(UUID goalId, String label, GoalStatus status, LocalDate targetDate, int progressEntries,
			String lastProgressNote) {

		public boolean achieved() {
			return this.status == GoalStatus.ACHIEVED;
		}

	}

	/** The latest completed assessment against the first, domain by domain. */
	public record AssessmentEvidence(String instrumentCode, String instrumentTitle, LocalDate firstOn,
			LocalDate latestOn, List<DomainEvidence> domains) {
	}

	/** A domain's first and latest rating. */
	public record DomainEvidence(String domainCode, String label, DomainRating first, DomainRating latest,
			Change change) {
	}

	/**
	 * A referral of the case.
	 *
	 * @param outcome whether it ended (completed, rejected, cancelled, failed…)
	 * @param handoff whether it is the warm handoff of the closure
	 */
	public record ReferralEvidence(UUID referralId, String serviceName, String organizationName, ReferralStatus status,
			Boolean serviceReceived, String outcomeNote, boolean outcome, boolean handoff) {
	}

	/** A readiness indicator and what the record says about it. */
	public record Indicator(ClosureReason reason, boolean supported, String evidence) {
	}

}
