package org.casework.directory;

import java.util.List;
import java.util.UUID;

/**
 * One search result.
 *
 * @param distanceMiles from the searched place to the nearest location, when a place was
 * given
 * @param openNow whether its weekly hours say it is open now
 */
public record ServiceCard(UUID id, String name, String organizationName, String description, List<String> categories,
		List<String> languages, String phone, String address, Double distanceMiles, boolean openNow, String status) {
}
