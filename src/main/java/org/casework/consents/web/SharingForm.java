package org.casework.consents.web;

import java.util.EnumSet;
import java.util.Set;

import org.casework.consents.InformationCategory;

/**
 * What a worker asks before sharing: which kinds of information may go to a recipient
 * today. A consent's form names the same recipient and categories, and more.
 */
class SharingForm {

	private String recipientChoice;

	private String recipientName;

	private Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);

	boolean asked() {
		return this.recipientChoice != null || !this.categories.isEmpty();
	}

	public String getRecipientChoice() {
		return this.recipientChoice;
	}

	public void setRecipientChoice(String recipientChoice) {
		this.recipientChoice = recipientChoice;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public void setRecipientName(String recipientName) {
		this.recipientName = recipientName;
	}

	public Set<InformationCategory> getCategories() {
		return this.categories;
	}

	public void setCategories(Set<InformationCategory> categories) {
		this.categories = categories == null || categories.isEmpty() ? EnumSet.noneOf(InformationCategory.class)
				: EnumSet.copyOf(categories);
	}

}
