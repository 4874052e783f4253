package org.casework.referrals.domain;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.casework.referrals.ReferralSide;
import org.casework.referrals.ReferralStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pair of statuses, for each side, against the transition table published with the
 * Gravity SDOH Clinical Care IG 2.3.0 (bundled as a test resource, CC0): what the table
 * allows is allowed, everything else is refused with a reason.
 */
class ReferralLifecycleTests {

	static final String TABLE = "sdoh-clinicalcare/referral-task-transitions-2.3.0.json";

	@Test
	void everyTransitionAndWhoMayMakeItFollowsThePublishedTable() throws Exception {
		String json;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(TABLE)) {
			json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		Map<String, List<String>> transitions = JsonPath.read(json, "$.transitions");
		Map<String, String> setBy = JsonPath.read(json, "$.setBy");
		List<String> statuses = JsonPath.read(json, "$.allowedStatuses");
		assertThat(statuses).containsExactlyInAnyOrderElementsOf(
				java.util.Arrays.stream(ReferralStatus.values()).map(ReferralStatus::code).toList());

		List<String> checked = new ArrayList<>();
		for (String from : statuses) {
			for (String to : statuses) {
				boolean inTable = !from.equals(to) && (transitions.getOrDefault(from, List.of()).contains(to)
						|| transitions.get("ANY").contains(to));
				for (ReferralSide side : ReferralSide.values()) {
					boolean sideMay = setBy.get(to)
						.contains(side == ReferralSide.REQUESTER ? "Requester" : "Referral Target");
					var refusal = ReferralLifecycle.refusal(status(from), status(to), side);
					assertThat(refusal.isEmpty()).as("%s -> %s by %s", from, to, side).isEqualTo(inTable && sideMay);
					refusal.ifPresent(reason -> assertThat(reason).isNotBlank());
					checked.add(from + ">" + to + ":" + side);
				}
			}
		}
		assertThat(checked).hasSize(10 * 10 * 2);
	}

	@Test
	void aProviderAnswersARequestAndOnlyTheAgencyMarksItEnteredInError() {
		assertThat(ReferralLifecycle.next(ReferralStatus.REQUESTED, ReferralSide.TARGET))
			.containsExactlyInAnyOrder(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.CANCELLED);
		assertThat(ReferralLifecycle.next(ReferralStatus.REQUESTED, ReferralSide.REQUESTER))
			.containsExactlyInAnyOrder(ReferralStatus.CANCELLED, ReferralStatus.ENTERED_IN_ERROR);
		assertThat(ReferralLifecycle.next(ReferralStatus.COMPLETED, ReferralSide.TARGET)).isEmpty();
		assertThat(ReferralLifecycle.refusal(ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralSide.REQUESTER))
			.contains("Only the receiving provider marks a referral accepted");
		assertThat(ReferralLifecycle.refusal(ReferralStatus.COMPLETED, ReferralStatus.IN_PROGRESS, ReferralSide.TARGET))
			.contains("A referral that is completed cannot become in-progress; it can become entered-in-error");
	}

	@Test
	void rejectingCancellingPuttingOnHoldAndFailingNeedAReason() {
		assertThat(java.util.Arrays.stream(ReferralStatus.values()).filter(ReferralLifecycle::needsReason))
			.containsExactlyInAnyOrder(ReferralStatus.REJECTED, ReferralStatus.CANCELLED, ReferralStatus.ON_HOLD,
					ReferralStatus.FAILED);
	}

	private static ReferralStatus status(String code) {
		return ReferralStatus.of(code).orElseThrow();
	}

}
