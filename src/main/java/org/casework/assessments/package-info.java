/**
 * Assessments: the versioned instruments (FHIR R4 Questionnaires in a documented subset,
 * with answer weights and per-domain scoring), which instruments each program uses and
 * its core assessment; the evaluation of answers (enableWhen, validation, section
 * completion, domain scores and ratings) that case assessments are built on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessments",
		allowedDependencies = { "identity", "audit", "shared", "programs", "cases", "intake" })
package org.casework.assessments;
