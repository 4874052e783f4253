package org.casework.closure;

/**
 * A supervisor's decision on a submitted closure.
 *
 * @param comments for the worker; required to return it
 * @param justification why the case closes although the latest assessment rates a domain
 * in crisis; required to approve it then
 */
public record ClosureDecision(String comments, String justification) {
}
