package org.casework.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem detail: 400 names each refused field, 404 reads
 * the same for unknown and out-of-scope records, 409 lists the rules that refused,
 * 412/428 for versions.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	static final String TYPE_BASE = "https://casework.org/problems/";

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return validation(ex.problems());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No " + ex.kind().toLowerCase() + " with this id.");
		problem.setType(URI.create(TYPE_BASE + "not-found"));
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(DomainRuleException.class)
	ProblemDetail refused(DomainRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(URI.create(TYPE_BASE + "rule"));
		problem.setTitle("Refused by a rule");
		if (!ex.reasons().isEmpty()) {
			problem.setProperty("reasons", ex.reasons());
		}
		return problem;
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail stale(StaleVersionException ex) {
		HttpStatus status = ex.isMissing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(URI.create(TYPE_BASE + (ex.isMissing() ? "if-match-required" : "stale-version")));
		problem.setTitle(ex.isMissing() ? "If-Match required" : "Changed by someone else");
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail optimistic(OptimisticLockingFailureException ex) {
		return stale(StaleVersionException.stale("record"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return validation(List.of(new FieldProblem(ex.getName(), "is not a valid value")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> problems.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
		return ResponseEntity.badRequest().body(validation(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		FieldProblem problem;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			problem = new FieldProblem(path(unknown), "is not a known field");
		}
		else if (cause instanceof InvalidFormatException format) {
			String allowed = format.getTargetType() != null && format.getTargetType().isEnum()
					? ": one of " + List.of(format.getTargetType().getEnumConstants()) : "";
			problem = new FieldProblem(path(format), "has an invalid value '" + format.getValue() + "'" + allowed);
		}
		else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			problem = new FieldProblem(path(mismatch), "has the wrong type");
		}
		else if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
			problem = new FieldProblem(path(bind), "could not be read");
		}
		else {
			problem = new FieldProblem("body", "is not valid JSON");
		}
		return ResponseEntity.badRequest().body(validation(List.of(problem)));
	}

	static ProblemDetail validation(List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
						: problems.size() + " fields are not valid.");
		problem.setType(URI.create(TYPE_BASE + "validation"));
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
