package org.casework.assessments.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casework.assessments.InstrumentChoice;
import org.casework.assessments.ProgramInstrument;
import org.casework.assessments.ProgramInstruments;

/**
 * A program's instruments as the form shows them: the instruments it uses (check boxes)
 * and its core assessment (radio buttons), with the version of the choice that was read.
 */
public class ProgramInstrumentsForm {

	private List<String> codes = new ArrayList<>();

	private String core;

	private long version;

	static ProgramInstrumentsForm of(ProgramInstruments chosen) {
		ProgramInstrumentsForm form = new ProgramInstrumentsForm();
		form.codes = new ArrayList<>(chosen.instruments().stream().map(ProgramInstrument::code).toList());
		form.core = chosen.core().map(ProgramInstrument::code).orElse(null);
		form.version = chosen.version();
		return form;
	}

	/**
	 * The choice to save: the core assessment is used by the program even when its box
	 * was left unticked.
	 */
	List<InstrumentChoice> choices() {
		Set<String> used = new LinkedHashSet<>(this.codes == null ? List.of() : this.codes);
		if (this.core != null && !this.core.isBlank()) {
			used.add(this.core);
		}
		return used.stream().map(code -> new InstrumentChoice(code, code.equals(this.core))).toList();
	}

	public List<String> getCodes() {
		return this.codes;
	}

	public void setCodes(List<String> codes) {
		this.codes = codes;
	}

	public String getCore() {
		return this.core;
	}

	public void setCore(String core) {
		this.core = core;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
