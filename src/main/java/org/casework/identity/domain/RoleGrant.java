package org.casework.identity.domain;

import org.casework.identity.Role;

import org.springframework.data.relational.core.mapping.Table;

/** One role held by a user. */
@Table("app_user_role")
public record RoleGrant(Role role) {
}
