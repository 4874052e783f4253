package org.casework.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.casework.clients.domain.Address;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.HouseholdMember;
import org.casework.clients.domain.Identifier;
import org.casework.clients.domain.IdentifierKind;
import org.casework.clients.domain.Phone;
import org.casework.clients.domain.Relationship;
import org.casework.shared.FieldProblem;

/** Checks every field of a client, naming each refused field and why. */
final class ClientValidation {

	static final int NAME_MAX = 100;

	static final int TEXT_MAX = 200;

	private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

	private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{M} .,'’-]+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern PHONE_CHARS = Pattern.compile("[+0-9 ().-]+");

	private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private static final Pattern SSN = Pattern.compile("(\\d{3})-?(\\d{2})-?(\\d{4})");

	private static final Pattern POSTAL = Pattern.compile("[A-Za-z0-9 -]{3,10}");

	private final Clock clock;

	ClientValidation(Clock clock) {
		this.clock = clock;
	}

	List<FieldProblem> check(ClientDetails d, List<IdentifierInput> identifiers, List<Identifier> existing) {
		List<FieldProblem> p = new ArrayList<>();
		name(p, "firstName", d.givenName(), true);
		name(p, "middleName", d.middleName(), false);
		name(p, "lastName", d.familyName(), true);
		name(p, "preferredName", d.preferredName(), false);
		LocalDate today = LocalDate.now(this.clock);
		BirthDatePrecision precision = d.birthDatePrecision();
		if (precision == BirthDatePrecision.EXACT) {
			if (d.dateOfBirth() == null) {
				p.add(new FieldProblem("dateOfBirth", "is required when the date of birth is known exactly"));
			}
			else if (d.dateOfBirth().isAfter(today)) {
				p.add(new FieldProblem("dateOfBirth", "must not be in the future"));
			}
			else if (d.dateOfBirth().getYear() < 1900) {
				p.add(new FieldProblem("dateOfBirth", "must be in 1900 or later"));
			}
		}
		else if (precision == BirthDatePrecision.YEAR) {
			if (d.birthYear() == null) {
				p.add(new FieldProblem("birthYear", "is required when only the year of birth is known"));
			}
			else if (d.birthYear() > today.getYear()) {
				p.add(new FieldProblem("birthYear", "must not be in the future"));
			}
			else if (d.birthYear() < 1900) {
				p.add(new FieldProblem("birthYear", "must be 1900 or later"));
			}
		}
		text(p, "genderIdentity", d.genderIdentity(), NAME_MAX);
		text(p, "pronouns", d.pronouns(), 40);
		if (d.preferredLanguage() != null && !d.preferredLanguage().isBlank()
				&& !LANGUAGE.matcher(d.preferredLanguage()).matches()) {
			p.add(new FieldProblem("preferredLanguage", "must be a language code such as en, es or zh-Hant"));
		}
		if (d.email() != null && !d.email().isBlank()
				&& (d.email().length() > 254 || !EMAIL.matcher(d.email().trim()).matches())) {
			p.add(new FieldProblem("email", "is not a valid email address"));
		}
		address(p, d.address());
		for (int i = 0; i < d.phones().size(); i++) {
			Phone phone = d.phones().get(i);
			String field = "phones[" + i + "]";
			if (phone.kind() == null) {
				p.add(new FieldProblem(field + ".kind", "must be one of MOBILE, HOME, WORK, OTHER"));
			}
			String number = phone.number() == null ? "" : phone.number().trim();
			long digits = number.chars().filter(Character::isDigit).count();
			if (number.isEmpty()) {
				p.add(new FieldProblem(field + ".number", "must not be empty"));
			}
			else if (!PHONE_CHARS.matcher(number).matches() || digits < 7 || digits > 15 || number.length() > 25) {
				p.add(new FieldProblem(field + ".number",
						"is not a valid phone number (7 to 15 digits; spaces, +, -, ( ) allowed)"));
			}
		}
		for (int i = 0; i < identifiers.size(); i++) {
			identifier(p, "identifiers[" + i + "]", identifiers.get(i), existing);
		}
		for (int i = 0; i < d.householdMembers().size(); i++) {
			HouseholdMember m = d.householdMembers().get(i);
			String field = "householdMembers[" + i + "]";
			if (m.name() == null || m.name().isBlank()) {
				p.add(new FieldProblem(field + ".name", "must not be empty"));
			}
			else {
				text(p, field + ".name", m.name(), TEXT_MAX);
			}
			if (m.relationship() == null) {
				p.add(new FieldProblem(field + ".relationship", "must say how they are related"));
			}
			if (m.dateOfBirth() != null && m.dateOfBirth().isAfter(today)) {
				p.add(new FieldProblem(field + ".dateOfBirth", "must not be in the future"));
			}
		}
		for (int i = 0; i < d.relationships().size(); i++) {
			Relationship r = d.relationships().get(i);
			String field = "relationships[" + i + "]";
			if (r.clientId() == null) {
				p.add(new FieldProblem(field + ".clientId", "must name the related client"));
			}
			if (r.kind() == null) {
				p.add(new FieldProblem(field + ".kind", "must say how they are related"));
			}
			text(p, field + ".note", r.note(), TEXT_MAX);
		}
		return p;
	}

	private static void identifier(List<FieldProblem> p, String field, IdentifierInput in, List<Identifier> existing) {
		if (in.kind() == null) {
			p.add(new FieldProblem(field + ".kind", "must say what kind of identifier it is"));
			return;
		}
		boolean keeping = in.keep() != null && (in.value() == null || in.value().isBlank());
		if (keeping) {
			if (in.keep() < 0 || in.keep() >= existing.size() || existing.get(in.keep()).kind() != in.kind()) {
				p.add(new FieldProblem(field + ".keep", "does not name an existing identifier of this kind"));
			}
			return;
		}
		String value = in.value() == null ? "" : in.value().trim();
		if (value.isEmpty()) {
			p.add(new FieldProblem(field + ".value", "must not be empty"));
		}
		else if (value.length() > 64) {
			p.add(new FieldProblem(field + ".value", "must be at most 64 characters"));
		}
		else if (in.kind() == IdentifierKind.SSN) {
			var m = SSN.matcher(value);
			if (!m.matches() || m.group(1).equals("000") || m.group(1).equals("666") || m.group(1).startsWith("9")
					|| m.group(2).equals("00") || m.group(3).equals("0000")) {
				p.add(new FieldProblem(field + ".value", "is not a valid social security number (###-##-####)"));
			}
		}
		text(p, field + ".issuer", in.issuer(), NAME_MAX);
	}

	private static void address(List<FieldProblem> p, Address a) {
		if (a == null) {
			return;
		}
		text(p, "address.line1", a.line1(), TEXT_MAX);
		text(p, "address.line2", a.line2(), TEXT_MAX);
		text(p, "address.city", a.city(), NAME_MAX);
		text(p, "address.region", a.region(), NAME_MAX);
		text(p, "address.county", a.county(), NAME_MAX);
		if (a.postalCode() != null && !a.postalCode().isBlank() && !POSTAL.matcher(a.postalCode().trim()).matches()) {
			p.add(new FieldProblem("address.postalCode", "is not a valid postal code"));
		}
	}

	private static void name(List<FieldProblem> p, String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				p.add(new FieldProblem(field, "must not be empty"));
			}
			return;
		}
		if (value.length() > NAME_MAX) {
			p.add(new FieldProblem(field, "must be at most " + NAME_MAX + " characters"));
		}
		else if (!HAS_LETTER.matcher(value).matches() || !NAME_CHARS.matcher(value.trim()).matches()) {
			p.add(new FieldProblem(field, "may hold only letters, spaces, hyphens, apostrophes and periods"));
		}
	}

	private static void text(List<FieldProblem> p, String field, String value, int max) {
		if (value != null && value.length() > max) {
			p.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

}
