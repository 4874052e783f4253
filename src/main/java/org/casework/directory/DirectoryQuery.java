package org.casework.directory;

import org.casework.shared.InvalidInputException;
import org.casework.shared.PageRequest;

/**
 * A search of the directory. Every part is optional; a distance needs a place: a ZIP code
 * of the region or a point.
 *
 * @param text words that must all appear in the name, description, organization or
 * categories
 * @param category a taxonomy term (name or code)
 * @param language a language code (ISO 639, "es") or name
 * @param openNow only services open now in the agency's time zone
 * @param zip a ZIP code whose centroid is the place
 * @param latitude the place's latitude (with longitude, instead of a ZIP code)
 * @param radiusMiles only services within so many miles of the place
 */
public record DirectoryQuery(String text, String category, String language, boolean openNow, String zip,
		Double latitude, Double longitude, Double radiusMiles, PageRequest page) {

	public static final double MAX_RADIUS = 200;

	public DirectoryQuery {
		text = blankToNull(text);
		category = blankToNull(category);
		language = blankToNull(language);
		zip = blankToNull(zip);
		page = page == null ? PageRequest.of(null, null) : page;
		if (zip != null && !zip.matches("\\d{5}")) {
			throw new InvalidInputException("zip", "must be a 5-digit ZIP code");
		}
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidInputException(latitude == null ? "latitude" : "longitude",
					"is needed with the other coordinate");
		}
		if (latitude != null && (latitude < -90 || latitude > 90)) {
			throw new InvalidInputException("latitude", "must be between -90 and 90");
		}
		if (longitude != null && (longitude < -180 || longitude > 180)) {
			throw new InvalidInputException("longitude", "must be between -180 and 180");
		}
		if (radiusMiles != null && (radiusMiles <= 0 || radiusMiles > MAX_RADIUS)) {
			throw new InvalidInputException("radiusMiles", "must be more than 0 and at most " + (int) MAX_RADIUS);
		}
		if (radiusMiles != null && zip == null && latitude == null) {
			throw new InvalidInputException("radiusMiles", "needs a ZIP code or a point to measure from");
		}
	}

	public static DirectoryQuery text(String text) {
		return new DirectoryQuery(text, null, null, false, null, null, null, null, null);
	}

	public boolean hasPlace() {
		return this.zip != null || this.latitude != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
