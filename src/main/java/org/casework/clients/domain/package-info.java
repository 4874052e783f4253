/**
 * The client aggregate and its value types, exposed so that seeders and later modules can
 * build client details for the registry's API.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.casework.clients.domain;
