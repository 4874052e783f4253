/**
 * Runtime plumbing every module relies on: the embedded PostgreSQL used when no database
 * server is configured, and the request id carried through logs and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.casework.platform;
