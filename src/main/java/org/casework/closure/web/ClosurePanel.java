package org.casework.closure.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.casework.cases.CaseFile;
import org.casework.cases.CasePanel;
import org.casework.cases.CaseStatus;
import org.casework.closure.ClosureView;
import org.casework.closure.Closures;
import org.casework.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The closure on the case page, last of the panels: whether a closure is under way and
 * where it stands, preparing one on an open case, and on a closed case the closing day,
 * the summary and reopening while the program's window lasts.
 */
@Component
class ClosurePanel implements CasePanel {

	private final Closures closures;

	ClosurePanel(Closures closures) {
		this.closures = closures;
	}

	/**
	 * What the panel shows.
	 *
	 * @param closure the closure under way, else the latest; null when the case never had
	 * one
	 */
	record PanelData(UUID caseId, boolean open, ClosureView closure, boolean active, boolean reopenable) {
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String template() {
		return "closure/panel";
	}

	@Override
	public Object data(CaseFile file) {
		UUID caseId = file.summary().id();
		ClosureView closure;
		try {
			closure = this.closures.get(caseId);
		}
		catch (NotFoundException ex) {
			closure = null;
		}
		boolean open = file.summary().status() == CaseStatus.OPEN;
		boolean reopenable = !open && closure != null && closure.reopenableUntil() != null
				&& !LocalDate.now(ZoneOffset.UTC).isAfter(closure.reopenableUntil());
		return new PanelData(caseId, open, closure, closure != null && closure.status().active(), reopenable);
	}

}
