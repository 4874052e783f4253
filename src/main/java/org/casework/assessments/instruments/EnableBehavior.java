package org.casework.assessments.instruments;

/** Whether an item with several conditions needs all of them or any one. */
public enum EnableBehavior {

	ALL, ANY

}
