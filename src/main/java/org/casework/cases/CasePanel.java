package org.casework.cases;

/**
 * A part of the case page that another module contributes (the assessments, later the
 * care plan, notes and closure), so that the case page shows every module's work without
 * the cases module depending on them. A panel is a Spring bean; the case page renders
 * each one's fragment in {@link #order()}.
 */
public interface CasePanel {

	/** Where the panel goes among the others (lower first). */
	int order();

	/**
	 * The template that holds the panel's fragment, which must be called
	 * {@code panel(data)} (for example {@code assessments/panel}).
	 */
	String template();

	/**
	 * What the fragment shows for the case, read in the caller's scope (the case is in
	 * it: the page has read it).
	 */
	Object data(CaseFile file);

}
