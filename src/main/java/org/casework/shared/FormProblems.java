package org.casework.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.BeansException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Puts the refusals of a service (an InvalidInputException's problems) on the form: each
 * next to the field it names, or at the top of the form when it names no field of this
 * form.
 */
public final class FormProblems {

	private FormProblems() {
	}

	/**
	 * Runs a form's action unless the form did not bind. A refusal goes on the form: the
	 * field problems next to their fields, a domain rule (with each of its reasons) at
	 * the top, a stale version as the model attribute {@code conflict}.
	 * @return what the action answered (usually a redirect), or {@code null} when the
	 * form is to be shown again
	 */
	public static String submit(BindingResult binding, Model model, Supplier<String> action) {
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return action.get();
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
		}
		catch (InvalidInputException ex) {
			reject(binding, ex.problems());
		}
		catch (DomainRuleException ex) {
			binding.reject("problem", ex.getMessage());
			ex.reasons().forEach(reason -> binding.reject("problem", reason));
		}
		return null;
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

	/**
	 * Whether the form has the field; an element of a list ({@code amounts[2]}) counts
	 * even while it is empty, when only its declared type tells it is there.
	 */
	private static boolean names(BindingResult binding, String field) {
		try {
			return binding.getFieldType(field) != null || (binding instanceof AbstractPropertyBindingResult result
					&& result.getPropertyAccessor().getPropertyTypeDescriptor(field) != null);
		}
		catch (BeansException | IllegalArgumentException ex) {
			return false;
		}
	}

}
