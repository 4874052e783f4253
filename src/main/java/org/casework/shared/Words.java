package org.casework.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Wording} out: in English for the record, the API and e-mails, and in
 * the reader's language on the screens ({@code ${@words.text(t.wording, t.title)}}). A
 * value that is a day ({@code 2026-11-03}) is written the way the language writes days
 * ("Nov 3, 2026", "3 nov 2026"); a value {@code #key} is itself a message, such as an
 * enum's label.
 */
@Component("words")
public class Words {

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final MessageSource messages;

	Words(MessageSource messages) {
		this.messages = messages;
	}

	/** The wording in English. */
	public String english(Wording wording) {
		return write(wording, Locale.ENGLISH, null);
	}

	/**
	 * The wording in the language of the current request; the text as it was stored when
	 * there is no wording (a title written by hand) or no message for its key.
	 */
	public String text(Wording wording, String stored) {
		return wording == null ? stored : write(wording, LocaleContextHolder.getLocale(), stored);
	}

	private String write(Wording wording, Locale locale, String otherwise) {
		Object[] args = wording.args().stream().map(arg -> value(arg, locale)).toArray();
		return otherwise == null ? this.messages.getMessage(wording.key(), args, locale)
				: this.messages.getMessage(wording.key(), args, otherwise, locale);
	}

	private String value(String arg, Locale locale) {
		if (arg.startsWith("#")) {
			return this.messages.getMessage(arg.substring(1), null, arg.substring(1), locale);
		}
		if (DAY.matcher(arg).matches()) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.format(LocalDate.parse(arg));
		}
		return arg;
	}

}
