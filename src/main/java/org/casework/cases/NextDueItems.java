package org.casework.cases;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What is next due on each case of a caseload, contributed by the module that keeps the
 * work queue (monitoring), so that the caseload shows it without the cases module
 * depending on that module. Without such a bean the caseload shows no due items.
 */
public interface NextDueItems {

	/**
	 * The most urgent open item of each case that has one for its owner to do (a task of
	 * the case addressed to someone else, such as a supervisor's approval, is not the
	 * owner's next step).
	 * @param ownerId whose caseload it is
	 * @param caseIds the cases of one page of that caseload
	 */
	Map<UUID, NextDue> nextDue(UUID ownerId, Collection<UUID> caseIds);

}
