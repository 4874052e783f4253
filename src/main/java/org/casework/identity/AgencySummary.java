package org.casework.identity;

import java.util.UUID;

public record AgencySummary(UUID id, String name) {
}
