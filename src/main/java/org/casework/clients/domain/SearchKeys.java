package org.casework.clients.domain;

import java.util.List;

/**
 * Index keys that let fuzzy search and matching run on indexes: phonetic codes and name
 * groups.
 */
public record SearchKeys(List<String> phonetic, List<String> names) {
}
