package org.casework.assessments;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.casework.assessments.instruments.AnswerValue;
import org.casework.assessments.instruments.SectionProgress;

/**
 * One assessment in full: its answers (by linkId), how far each section is, what is still
 * required before it can complete, the domain scores, the discrepancies with earlier
 * records, the addenda, and the FHIR QuestionnaireResponse it is stored as.
 *
 * @param missing the required questions (as {@code item[linkId=…]}) still unanswered
 * @param voidReason why it was voided, when it was
 */
public record AssessmentView(@JsonUnwrapped AssessmentSummary summary, Map<String, List<AnswerValue>> answers,
		List<SectionProgress> sections, List<String> missing, List<DomainScore> scores, List<Discrepancy> discrepancies,
		List<AssessmentAddendum> addenda, String voidReason, @JsonRawValue String questionnaireResponse) {
}
