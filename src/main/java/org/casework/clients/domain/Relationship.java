package org.casework.clients.domain;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A link to another registered client: "they are my {kind}". */
@Table("client_relationship")
public record Relationship(@Column("related_client") UUID clientId, RelationshipKind kind, String note) {
}
