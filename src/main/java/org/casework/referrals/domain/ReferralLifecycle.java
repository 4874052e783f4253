package org.casework.referrals.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casework.referrals.ReferralSide;
import org.casework.referrals.ReferralStatus;

import static org.casework.referrals.ReferralStatus.ACCEPTED;
import static org.casework.referrals.ReferralStatus.CANCELLED;
import static org.casework.referrals.ReferralStatus.COMPLETED;
import static org.casework.referrals.ReferralStatus.DRAFT;
import static org.casework.referrals.ReferralStatus.ENTERED_IN_ERROR;
import static org.casework.referrals.ReferralStatus.FAILED;
import static org.casework.referrals.ReferralStatus.IN_PROGRESS;
import static org.casework.referrals.ReferralStatus.ON_HOLD;
import static org.casework.referrals.ReferralStatus.REJECTED;
import static org.casework.referrals.ReferralStatus.REQUESTED;

/**
 * The referral task's state machine of the Gravity SDOH Clinical Care IG 2.3.0
 * (ReferralTaskStateDiagram): which status may follow which, which side sets each, and
 * which need a reason. draft → requested → accepted → in-progress ⇄ on-hold → completed,
 * or rejected / cancelled / failed; entered-in-error from any status. The requester sets
 * draft, requested and entered-in-error; cancelled either side; the receiving provider
 * the rest.
 */
public final class ReferralLifecycle {

	private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = new EnumMap<>(ReferralStatus.class);

	private static final Map<ReferralStatus, Set<ReferralSide>> SET_BY = new EnumMap<>(ReferralStatus.class);

	private static final Set<ReferralStatus> NEEDS_REASON = EnumSet.of(REJECTED, CANCELLED, ON_HOLD, FAILED);

	static {
		NEXT.put(DRAFT, EnumSet.of(REQUESTED));
		NEXT.put(REQUESTED, EnumSet.of(ACCEPTED, REJECTED, CANCELLED));
		NEXT.put(ACCEPTED, EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED, COMPLETED, FAILED));
		NEXT.put(IN_PROGRESS, EnumSet.of(ON_HOLD, CANCELLED, COMPLETED, FAILED));
		NEXT.put(ON_HOLD, EnumSet.of(IN_PROGRESS, CANCELLED, COMPLETED, FAILED));
		for (ReferralStatus status : ReferralStatus.values()) {
			Set<ReferralStatus> next = NEXT.computeIfAbsent(status, s -> EnumSet.noneOf(ReferralStatus.class));
			if (status != ENTERED_IN_ERROR) {
				next.add(ENTERED_IN_ERROR);
			}
		}
		SET_BY.put(DRAFT, EnumSet.of(ReferralSide.REQUESTER));
		SET_BY.put(REQUESTED, EnumSet.of(ReferralSide.REQUESTER));
		SET_BY.put(ENTERED_IN_ERROR, EnumSet.of(ReferralSide.REQUESTER));
		SET_BY.put(CANCELLED, EnumSet.of(ReferralSide.REQUESTER, ReferralSide.TARGET));
		for (ReferralStatus status : EnumSet.of(ACCEPTED, REJECTED, IN_PROGRESS, ON_HOLD, FAILED, COMPLETED)) {
			SET_BY.put(status, EnumSet.of(ReferralSide.TARGET));
		}
	}

	private ReferralLifecycle() {
	}

	/** The statuses that may follow, whoever sets them. */
	public static Set<ReferralStatus> next(ReferralStatus from) {
		Set<ReferralStatus> next = EnumSet.noneOf(ReferralStatus.class);
		next.addAll(NEXT.get(from));
		return next;
	}

	/** The statuses that may follow which this side may set. */
	public static Set<ReferralStatus> next(ReferralStatus from, ReferralSide side) {
		Set<ReferralStatus> next = EnumSet.noneOf(ReferralStatus.class);
		NEXT.get(from).stream().filter(to -> SET_BY.get(to).contains(side)).forEach(next::add);
		return next;
	}

	public static boolean needsReason(ReferralStatus to) {
		return NEEDS_REASON.contains(to);
	}

	/**
	 * Why a side may not move a referral from one status to another, or empty when it
	 * may.
	 */
	public static Optional<String> refusal(ReferralStatus from, ReferralStatus to, ReferralSide side) {
		if (!NEXT.get(from).contains(to)) {
			return Optional.of("A referral that is " + from.code() + " cannot become " + to.code()
					+ (NEXT.get(from).isEmpty() ? "" : "; it can become " + codes(NEXT.get(from))));
		}
		if (!SET_BY.get(to).contains(side)) {
			return Optional.of(to == ReferralStatus.ENTERED_IN_ERROR || to == REQUESTED
					? "Only the agency that made the referral marks it " + to.code()
					: "Only the receiving provider marks a referral " + to.code());
		}
		return Optional.empty();
	}

	private static String codes(Set<ReferralStatus> statuses) {
		return String.join(", ", statuses.stream().map(ReferralStatus::code).toList());
	}

}
