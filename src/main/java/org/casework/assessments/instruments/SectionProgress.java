package org.casework.assessments.instruments;

/**
 * How far one section (a top-level group) of an assessment is: of the questions asked in
 * it (enableWhen decides), how many are answered, and whether every required one is.
 *
 * @param linkId the section's group
 * @param title the section's text
 * @param asked whether the section itself is asked
 * @param questions the questions asked in the section
 * @param answered how many of them have an answer
 * @param required how many of them are required
 * @param requiredAnswered how many of the required ones have an answer
 * @param complete whether nothing required is missing in the section
 */
public record SectionProgress(String linkId, String title, boolean asked, int questions, int answered, int required,
		int requiredAnswered, boolean complete) {

}
