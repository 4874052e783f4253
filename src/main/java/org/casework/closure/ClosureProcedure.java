package org.casework.closure;

/** The five structured closure procedures of guide 000, as a checklist. */
public enum ClosureProcedure {

	/** The client was told of the closure, long enough ahead. */
	ADVANCE_NOTICE,
	/** Achievements acknowledged with the client, from the goals and their outcomes. */
	PROGRESS_REVIEW,
	/** Warning signs, coping strategies, people to call, how to seek help again. */
	RELAPSE_PREVENTION,
	/** Community resources from the directory the client leaves with. */
	ONGOING_RESOURCES,
	/** The closure summary, signed by the worker. */
	FINAL_DOCUMENTATION

}
