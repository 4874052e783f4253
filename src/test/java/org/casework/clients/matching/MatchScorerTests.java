package org.casework.clients.matching;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchScorerTests {

	MatchScorer scorer = new MatchScorer();

	@Test
	void aNicknameWithTheSameBirthDateIsALikelyDuplicateWithReasons() {
		MatchScore score = this.scorer.score(MatchSubject.of("Bill", "Harris", LocalDate.of(1957, 6, 8)),
				MatchSubject.of("William", "Harris", LocalDate.of(1957, 6, 8)));
		assertThat(score.likely()).isTrue();
		assertThat(score.reasons()).contains("Bill is a nickname of William", "same family name", "same date of birth");
	}

	@Test
	void swappedNamesAndSwappedDayAndMonthAreRecognised() {
		MatchScore score = this.scorer.score(MatchSubject.of("Lopez", "Maria", LocalDate.of(1984, 2, 3)),
				MatchSubject.of("Maria", "Lopez", LocalDate.of(1984, 3, 2)));
		assertThat(score.reasons()).contains("first and last names swapped",
				"date of birth with day and month swapped");
		assertThat(score.likely()).isTrue();
	}

	@Test
	void soundsAlikeAndOneDigitOffStillMatch() {
		MatchScore score = this.scorer.score(MatchSubject.of("Jon", "Smyth", LocalDate.of(1972, 3, 15)),
				MatchSubject.of("John", "Smith", LocalDate.of(1972, 3, 16)));
		assertThat(score.reasons()).contains("date of birth differs by one digit");
		assertThat(score.probability()).isGreaterThan(MatchScore.LIKELY);
	}

	@Test
	void theSameNameWithADistantBirthDateIsNotADuplicate() {
		MatchScore score = this.scorer.score(MatchSubject.of("Maria", "Garcia", LocalDate.of(1950, 1, 1)),
				MatchSubject.of("Maria", "Garcia", LocalDate.of(1992, 8, 19)));
		assertThat(score.probability()).isLessThan(MatchScore.POSSIBLE);
		assertThat(score.reasons()).contains("different date of birth");
	}

	@Test
	void differentPeopleBornTheSameDayAreNotDuplicates() {
		MatchScore score = this.scorer.score(MatchSubject.of("Ahmed", "Khan", LocalDate.of(1990, 5, 5)),
				MatchSubject.of("Olivia", "Novak", LocalDate.of(1990, 5, 5)));
		assertThat(score.probability()).isLessThan(0.1);
	}

	@Test
	void dateVariantsCoverSwapsAndSingleDigitTypos() {
		assertThat(DateVariants.of(LocalDate.of(1984, 3, 2))).contains(LocalDate.of(1984, 2, 3),
				LocalDate.of(1984, 3, 7), LocalDate.of(1994, 3, 2));
	}

}
