package org.casework.notes.web;

import java.time.ZoneId;
import java.util.UUID;

import org.casework.cases.CaseFile;
import org.casework.cases.CasePanel;
import org.casework.cases.CaseStatus;
import org.casework.notes.NoteListItem;
import org.casework.notes.NoteProperties;
import org.casework.notes.Notes;
import org.casework.shared.Page;

import org.springframework.stereotype.Component;

/**
 * The case's notes on the case page, right after the assessments and before the care
 * plan: the latest contacts, drafts still to sign, search, and the ways to write one.
 */
@Component
class NotePanel implements CasePanel {

	static final int SHOWN = 5;

	private final Notes notes;

	private final NoteProperties properties;

	NotePanel(Notes notes, NoteProperties properties) {
		this.notes = notes;
		this.properties = properties;
	}

	/** What the panel shows. */
	record PanelData(UUID caseId, boolean open, Page<NoteListItem> notes, ZoneId zone) {
	}

	@Override
	public int order() {
		return 15;
	}

	@Override
	public String template() {
		return "notes/panel";
	}

	@Override
	public Object data(CaseFile file) {
		return new PanelData(file.summary().id(), file.summary().status() == CaseStatus.OPEN,
				this.notes.latest(file.summary().id(), SHOWN), this.properties.timeZone());
	}

}
