/**
 * The append-only, hash-chained audit trail of every read and write of client data,
 * written in the same transaction as the work it records, and the accounting of
 * disclosures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "platform", "shared" })
package org.casework.audit;
