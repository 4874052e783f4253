package org.casework.assessments;

import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;

import org.springframework.context.ApplicationContext;

/**
 * Programs that assess with the shipped instruments (the holistic assessment as core, the
 * AHC HRSN screener beside it) and cases to assess, made the way the application makes
 * them.
 */
public final class AssessmentTestData {

	public static final String HOLISTIC = "casework-holistic";

	public static final String AHC = "ahc-hrsn";

	private final CaseTestData cases;

	private final InstrumentCatalog catalog;

	private final UserContext users;

	public AssessmentTestData(ApplicationContext context) {
		this.cases = new CaseTestData(context);
		this.catalog = context.getBean(InstrumentCatalog.class);
		this.users = context.getBean(UserContext.class);
	}

	/**
	 * A program whose core assessment is the holistic one, with the AHC screener beside
	 * it.
	 */
	public ProgramView assessingProgram(String name) {
		ProgramView program = this.cases.program(name);
		this.users.runAs("padmin", () -> this.catalog.choose(program.id(), 0,
				List.of(new InstrumentChoice(HOLISTIC, true), new InstrumentChoice(AHC, false))));
		return program;
	}

	/**
	 * An open case of a new client of the worker, at the HIGH intensity level (reassessed
	 * every 6 months).
	 */
	public CaseSummary openCase(String worker, ProgramView program, String first, String last, Priority priority) {
		UUID client = this.cases.client(worker, first, last);
		return this.cases.open(worker, client, program.id(), priority);
	}

	public CaseTestData cases() {
		return this.cases;
	}

}
