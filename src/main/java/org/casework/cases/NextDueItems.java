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
	 * The most urgent open item of each case that has one.
	 * @param caseIds the cases of one page of a caseload
	 */
	Map<UUID, NextDue> nextDue(Collection<UUID> caseIds);

}
