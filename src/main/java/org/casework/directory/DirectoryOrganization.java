package org.casework.directory;

import java.util.UUID;

/** An organization of the directory: who delivers services. */
public record DirectoryOrganization(UUID id, String name, String email, String phone, boolean active) {
}
