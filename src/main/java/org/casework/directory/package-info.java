/**
 * The resource directory (Open Referral HSDS 3.0): organizations, their services and
 * where and when they are delivered. Imported from and exported as HSDS 3.0 JSON checked
 * against the official schemas; searched by workers by text, category, language, opening
 * hours and distance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resource directory",
		allowedDependencies = { "identity", "audit", "shared" })
package org.casework.directory;
