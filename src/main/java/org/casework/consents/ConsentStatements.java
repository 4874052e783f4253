package org.casework.consents;

/**
 * The texts a client is shown and that travel with what is disclosed. The consent keeps
 * the statement of the right to revoke it was given under, word for word.
 */
public final class ConsentStatements {

	/** The right to revoke, as every consent states it. */
	public static final String RIGHT_TO_REVOKE = "You may revoke this consent at any time, in writing or by telling "
			+ "your worker. Revoking it stops any further sharing from the day you revoke it; it cannot undo what was "
			+ "already shared while the consent was in effect.";

	/**
	 * The right to revoke and its exceptions, as a consent to disclose substance use
	 * disorder records states it (42 CFR 2.31(a)(6)).
	 */
	public static final String RIGHT_TO_REVOKE_PART2 = "You may revoke this consent at any time, in writing or by "
			+ "telling your worker, except to the extent that the program or other lawful holder of your "
			+ "information that is permitted to make the disclosure has already acted in reliance on it. Revoking "
			+ "it stops any further disclosure from the day you revoke it.";

	/**
	 * The notice that must accompany each disclosure made with the patient's written
	 * consent under 42 CFR Part 2 (42 CFR 2.32(a)(1), Statement 1), word for word.
	 */
	public static final String REDISCLOSURE_NOTICE = "This record which has been disclosed to you is protected by "
			+ "Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this "
			+ "record, or testimony that describes the information contained in this record, in any civil, criminal, "
			+ "administrative, or legislative proceedings by any Federal, State, or local authority, against the "
			+ "patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as "
			+ "authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit "
			+ "you from making any other use or disclosure of this record unless at least one of the following "
			+ "applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual "
			+ "whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) "
			+ "You are a covered entity or business associate and have received the record for treatment, payment, "
			+ "or health care operations, or (iii) You have received the record from a covered entity or business "
			+ "associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release "
			+ "of medical or other information is NOT sufficient to meet the required elements of written consent to "
			+ "further use or redisclose the record (see 42 CFR 2.31).";

	private ConsentStatements() {
	}

	/** The statement of the right to revoke for a consent. */
	public static String rightToRevoke(boolean part2) {
		return part2 ? RIGHT_TO_REVOKE_PART2 : RIGHT_TO_REVOKE;
	}

}
