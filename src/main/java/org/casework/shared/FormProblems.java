package org.casework.shared;

import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

/**
 * Puts the refusals of a service (an InvalidInputException's problems) on the form: each
 * next to the field it names, or at the top of the form when it names no field of this
 * form.
 */
public final class FormProblems {

	private FormProblems() {
	}

	public static void reject(BindingResult binding, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			if (names(binding, problem.field())) {
				binding.rejectValue(problem.field(), "problem", problem.message());
			}
			else {
				binding.reject("problem", problem.field() + ": " + problem.message());
			}
		}
	}

	private static boolean names(BindingResult binding, String field) {
		try {
			return binding.getFieldType(field) != null;
		}
		catch (BeansException | IllegalArgumentException ex) {
			return false;
		}
	}

}
