package org.casework.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.casework.clients.domain.SearchKeys;
import org.casework.clients.matching.KeyBuilder;
import org.casework.clients.matching.MatchScore;
import org.casework.clients.matching.MatchSubject;
import org.casework.identity.UserContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures duplicate detection on the labelled synthetic set in
 * {@code linkage/fake_1000.csv} (a copy of the shared standards file) (1,000 records of
 * 181 people with typos, gaps and swapped fields): every record is matched against the
 * others through the same indexes and scorer as {@code POST /api/v1/clients/matches}, and
 * pairwise precision and recall of the candidates at or above the "likely duplicate"
 * threshold are printed. The floor asserted guards against regressions; the figures
 * themselves are in the README.
 */
@SpringBootTest
class MatchQualityEvaluationTests {

	@Autowired
	ClientRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserContext users;

	@Autowired
	TransactionTemplate tx;

	@Test
	void likelyDuplicatesAreFoundWithHighPrecisionAndRecall() throws IOException {
		UUID agency = UUID.randomUUID();
		Map<UUID, Integer> clusterOf = new HashMap<>();
		List<UUID> ids = new ArrayList<>();
		List<MatchSubject> subjects = new ArrayList<>();
		for (String line : new ClassPathResource("linkage/fake_1000.csv").getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.skip(1)
			.toList()) {
			String[] f = line.split(",", -1);
			LocalDate dob = f[3].isBlank() ? null : LocalDate.parse(f[3]);
			MatchSubject s = new MatchSubject(f[1].trim(), f[2].trim(), null, dob, dob == null ? null : dob.getYear(),
					f[5].trim(), f[4].trim(), null);
			UUID id = UUID.randomUUID();
			insert(id, agency, s);
			ids.add(id);
			subjects.add(s);
			clusterOf.put(id, Integer.parseInt(f[6].trim()));
		}
		this.jdbc.sql("ANALYZE client").update();
		// the best score of each pair found from either side
		Map<String, Double> scored = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			UUID self = ids.get(i);
			MatchSubject subject = subjects.get(i);
			List<ClientMatch> matches = this.users.runAs("worker1",
					() -> this.tx.execute(status -> this.registry.rank(subject, agency, 50)));
			for (ClientMatch m : matches) {
				if (!m.clientId().equals(self)) {
					scored.merge(pair(self, m.clientId()), m.score(), Math::max);
				}
			}
		}
		Set<String> truth = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				if (clusterOf.get(ids.get(i)).equals(clusterOf.get(ids.get(j)))) {
					truth.add(pair(ids.get(i), ids.get(j)));
				}
			}
		}
		this.jdbc.sql("DELETE FROM client WHERE agency_id = ?").param(agency).update();
		System.out.printf("Match quality on fake_1000 (%d true pairs):%n", truth.size());
		double[] atLikely = null;
		for (double threshold : new double[] { MatchScore.POSSIBLE, 0.5, 0.6, MatchScore.LIKELY, 0.8, 0.9 }) {
			double[] figures = precisionAndRecall(scored, truth, threshold);
			System.out.printf("  threshold %.2f%s: %d predicted, precision %.3f, recall %.3f%n", threshold,
					threshold == MatchScore.LIKELY ? " (likely)"
							: threshold == MatchScore.POSSIBLE ? " (possible)" : "",
					(int) figures[2], figures[0], figures[1]);
			if (threshold == MatchScore.LIKELY) {
				atLikely = figures;
			}
		}
		assertThat(atLikely[0]).as("precision of likely duplicates").isGreaterThanOrEqualTo(0.95);
		assertThat(atLikely[1]).as("recall of likely duplicates").isGreaterThanOrEqualTo(0.90);
	}

	/** Precision, recall and the number of pairs predicted at a score threshold. */
	private static double[] precisionAndRecall(Map<String, Double> scored, Set<String> truth, double threshold) {
		List<String> predicted = scored.entrySet()
			.stream()
			.filter(e -> e.getValue() >= threshold)
			.map(Map.Entry::getKey)
			.toList();
		long truePositives = predicted.stream().filter(truth::contains).count();
		double precision = predicted.isEmpty() ? 0 : (double) truePositives / predicted.size();
		return new double[] { precision, (double) truePositives / truth.size(), predicted.size() };
	}

	private void insert(UUID id, UUID agency, MatchSubject s) {
		SearchKeys keys = KeyBuilder.forPerson(s.givenName(), null, s.familyName());
		this.jdbc.sql("""
				INSERT INTO client (id, version, agency_id, registered_by, registered_at, given_name, family_name,
				    date_of_birth, birth_date_precision, birth_year, email, city, phonetic_keys, name_keys)
				VALUES (:id, 0, :agency, :agency, now(), :given, :family, :dob, :precision, :year, :email, :city,
				    CAST(:phonetic AS text[]), CAST(:names AS text[]))""")
			.param("id", id)
			.param("agency", agency)
			.param("given", s.givenName())
			.param("family", s.familyName())
			.param("dob", s.dateOfBirth())
			.param("precision", s.dateOfBirth() == null ? "UNKNOWN" : "EXACT")
			.param("year", s.birthYear())
			.param("email", s.email().isBlank() ? null : s.email())
			.param("city", s.city().isBlank() ? null : s.city())
			.param("phonetic", keys.phonetic().toArray(String[]::new))
			.param("names", keys.names().toArray(String[]::new))
			.update();
	}

	private static String pair(UUID a, UUID b) {
		return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
	}

}
