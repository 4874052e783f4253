package org.casework.audit;

/**
 * Why the actor could touch the record: ordinary scope, or emergency access with a
 * reason.
 */
public enum AuditPurpose {

	NORMAL, BREAK_GLASS

}
