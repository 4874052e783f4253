package org.casework.directory;

import java.util.List;

import org.casework.shared.FieldProblem;

/**
 * A record of an import that was refused, and why; nothing of it was imported.
 *
 * @param index its place in the dataset, from 0
 * @param id its id, when it has a readable one
 * @param name its name, when it has one
 */
public record RecordRefusal(int index, String id, String name, List<FieldProblem> problems) {
}
