package org.casework.directory;

import java.util.UUID;

/**
 * A service of the directory as other modules name it.
 *
 * @param active whether it takes people now (HSDS status {@code active})
 * @param phone its first phone number
 * @param address the address of its first location, on one line
 */
public record DirectoryService(UUID id, String name, UUID organizationId, String organizationName, boolean active,
		String email, String phone, String url, String address) {
}
