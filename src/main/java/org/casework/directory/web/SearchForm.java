package org.casework.directory.web;

import java.util.UUID;

import org.casework.directory.DirectoryQuery;
import org.casework.shared.PageRequest;

/** The worker's directory search: what the filters of the screen hold. */
public class SearchForm {

	private String text;

	private String category;

	private String language;

	private boolean openNow;

	private String zip;

	private Double radiusMiles;

	private Integer page;

	/** The case a worker is choosing a service to refer from, if any. */
	private UUID caseId;

	/** The care plan step the referral will serve, if any. */
	private UUID stepId;

	public UUID getCaseId() {
		return this.caseId;
	}

	public void setCaseId(UUID caseId) {
		this.caseId = caseId;
	}

	public UUID getStepId() {
		return this.stepId;
	}

	public void setStepId(UUID stepId) {
		this.stepId = stepId;
	}

	public DirectoryQuery query() {
		return new DirectoryQuery(this.text, this.category, this.language, this.openNow, this.zip, null, null,
				this.radiusMiles, PageRequest.of(this.page, 20));
	}

	/**
	 * Whether anything was asked: an empty form lists nothing until the worker searches.
	 */
	public boolean asked() {
		return !blank(this.text) || !blank(this.category) || !blank(this.language) || this.openNow || !blank(this.zip)
				|| this.radiusMiles != null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isOpenNow() {
		return this.openNow;
	}

	public void setOpenNow(boolean openNow) {
		this.openNow = openNow;
	}

	public String getZip() {
		return this.zip;
	}

	public void setZip(String zip) {
		this.zip = zip;
	}

	public Double getRadiusMiles() {
		return this.radiusMiles;
	}

	public void setRadiusMiles(Double radiusMiles) {
		this.radiusMiles = radiusMiles;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
