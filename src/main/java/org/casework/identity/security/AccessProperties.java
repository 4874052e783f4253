package org.casework.identity.security;

import java.util.List;

import org.casework.identity.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Record-level access settings.
 *
 * @param agencyWideRoles roles that see every client of their agency (none by default)
 */
@ConfigurationProperties("casework.access")
public record AccessProperties(@DefaultValue List<Role> agencyWideRoles) {
}
