/**
 * Users, roles, teams and agencies; login, password policy and API tokens; and the one
 * scope service through which every module reads and writes client data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access",
		allowedDependencies = { "audit", "platform", "shared" })
package org.casework.identity;
