package org.casework.clients.domain;

/**
 * A record registered in error stays readable but leaves searches and duplicate checks.
 */
public enum RecordStatus {

	ACTIVE, ENTERED_IN_ERROR

}
