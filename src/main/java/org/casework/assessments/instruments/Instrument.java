package org.casework.assessments.instruments;

import java.util.List;
import java.util.Optional;

/**
 * An assessment instrument: one version of a FHIR R4 Questionnaire, read into Casework's
 * supported subset. Versions never change once stored; an assessment keeps the version it
 * was taken with.
 *
 * @param code the instrument's code (the Questionnaire's id), the same in every version
 * @param version the catalog's version number, from 1
 * @param url the Questionnaire's canonical URL
 * @param title the name people see
 * @param description what the instrument is for, or null
 * @param codes the instrument's codes (the LOINC panel of a standard screener)
 * @param items the top-level items; its groups are the instrument's sections
 */
public record Instrument(String code, int version, String url, String title, String description, List<ItemCode> codes,
		List<Item> items) {

	public Instrument {
		codes = List.copyOf(codes);
		items = List.copyOf(items);
	}

	/** The canonical reference to this version, as a QuestionnaireResponse names it. */
	public String canonical() {
		return this.url + "|" + this.version;
	}

	public Instrument withVersion(int newVersion) {
		return new Instrument(this.code, newVersion, this.url, this.title, this.description, this.codes, this.items);
	}

	/** Every item, depth first in the order of the instrument. */
	public List<Item> allItems() {
		return this.items.stream().flatMap(i -> i.flatten().stream()).toList();
	}

	public Optional<Item> item(String linkId) {
		return allItems().stream().filter(i -> i.linkId().equals(linkId)).findFirst();
	}

	/** The top-level groups, whose progress is counted one by one. */
	public List<Item> sections() {
		return this.items.stream().filter(i -> i.type() == ItemType.GROUP).toList();
	}

	/** The scored groups, in the order of the instrument. */
	public List<Item> domains() {
		return allItems().stream().filter(i -> i.scoring() != null).toList();
	}

}
