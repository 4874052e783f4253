package org.casework.clients.domain;

/** How one person is related to another, read "the other person is my …". */
public enum RelationshipKind {

	SPOUSE, PARTNER, PARENT, CHILD, SIBLING, GRANDPARENT, GRANDCHILD, GUARDIAN, WARD, CAREGIVER, CARED_FOR,
	OTHER_RELATIVE, FRIEND, ROOMMATE, OTHER;

	/** The same relationship seen from the other side. */
	public RelationshipKind inverse() {
		return switch (this) {
			case PARENT -> CHILD;
			case CHILD -> PARENT;
			case GRANDPARENT -> GRANDCHILD;
			case GRANDCHILD -> GRANDPARENT;
			case GUARDIAN -> WARD;
			case WARD -> GUARDIAN;
			case CAREGIVER -> CARED_FOR;
			case CARED_FOR -> CAREGIVER;
			default -> this;
		};
	}

}
