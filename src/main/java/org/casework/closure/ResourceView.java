package org.casework.closure;

import java.util.UUID;

/** An ongoing resource as the closure shows and prints it, from the directory. */
public record ResourceView(UUID serviceId, String serviceName, String organizationName, String phone, String address,
		String url, boolean active, String note) {
}
