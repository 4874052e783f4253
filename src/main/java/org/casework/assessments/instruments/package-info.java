/**
 * The instrument model and its evaluation, without Spring: an {@link Instrument} read
 * from a FHIR R4 Questionnaire in the supported subset ({@link QuestionnaireReader}), and
 * an {@link InstrumentEvaluator} that decides which items are asked (enableWhen), checks
 * answers, counts each section's progress, scores the domains and writes the
 * QuestionnaireResponse. Case assessments and other modules use it through this named
 * interface ({@code assessments :: instruments}).
 */
@org.springframework.modulith.NamedInterface("instruments")
package org.casework.assessments.instruments;
