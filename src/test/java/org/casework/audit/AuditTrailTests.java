package org.casework.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class AuditTrailTests {

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog log;

	@Autowired
	PlatformTransactionManager transactionManager;

	/**
	 * Entries of many transactions at once commit with them, without waiting for one
	 * another, and are sealed into one intact chain; a transaction that rolls back leaves
	 * none.
	 */
	@Test
	void entriesOfConcurrentTransactionsAreSealedIntoOneIntactChainAndARollbackLeavesNone() throws Exception {
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		this.auditTrail.seal();
		long before = this.jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
		int threads = 8;
		int each = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						String detail = "concurrent " + thread + "/" + i;
						transactions.executeWithoutResult(status -> {
							this.log.record(AuditEntry.of(AuditAction.READ, "ConcurrencyCheck", detail));
							this.log.record(AuditEntry.of(AuditAction.UPDATE, "ConcurrencyCheck", detail));
						});
					}
				}));
			}
			for (Future<?> f : done) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			this.log.record(AuditEntry.of(AuditAction.READ, "ConcurrencyCheck", "rolled back"));
			throw new IllegalStateException("the change failed");
		})).hasMessage("the change failed");

		this.auditTrail.seal();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_entry_pending").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'ConcurrencyCheck'")
			.query(Long.class)
			.single()).isEqualTo(2L * threads * each);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_id = 'rolled back'")
			.query(Long.class)
			.single()).isZero();
		// the entries of a transaction keep their order in the chain
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event r JOIN audit_event u ON u.subject_id = r.subject_id
				WHERE r.subject_type = 'ConcurrencyCheck' AND r.action = 'READ' AND u.action = 'UPDATE'
				    AND u.seq > r.seq""").query(Long.class).single()).isEqualTo((long) threads * each);
		ChainVerification verified = this.auditTrail.verify();
		assertThat(verified.valid()).isTrue();
		assertThat(verified.entries()).isGreaterThanOrEqualTo(before + 2L * threads * each);
	}

	@Test
	void aReadOfAClientWritesAnEntryTheAuditorCanFind() throws Exception {
		String body = Api.as(this.mvc, "worker1")
			.post("/api/v1/clients", """
					{"firstName":"Audrey","lastName":"Pemberton","dateOfBirth":"1981-01-21"}""")
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		Api.as(this.mvc, "worker1").get("/api/v1/clients/{id}", id).andExpect(status().isOk());
		Api.as(this.mvc, "auditor")
			.get("/api/v1/audit/events?subjectId={id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].action", hasItem("READ")))
			.andExpect(jsonPath("$.items[*].action", hasItem("CREATE")))
			.andExpect(jsonPath("$.items[0].actor").value("worker1"))
			.andExpect(jsonPath("$.items[0].requestId").isNotEmpty());
		Api.as(this.mvc, "auditor").get("/api/v1/audit/events?actor=worker1&action=READ").andExpect(status().isOk());
		Api.as(this.mvc, "worker1").get("/api/v1/audit/events").andExpect(status().isForbidden());
	}

	@Test
	void theChainVerifiesAndATamperedRowBreaksIt() throws Exception {
		Api.as(this.mvc, "worker1").get("/api/v1/clients").andExpect(status().isOk());
		Api.as(this.mvc, "auditor")
			.get("/api/v1/audit/verify")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));
		this.auditTrail.seal();
		long seq = this.jdbc.sql("SELECT max(seq) FROM audit_event WHERE action = 'LIST'").query(Long.class).single();
		// an attacker with the database owner's rights switches the guard off and edits a
		// row
		this.jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete").update();
		try {
			this.jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = ?").param(seq).update();
			Api.as(this.mvc, "auditor")
				.get("/api/v1/audit/verify")
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(seq));
		}
		finally {
			this.jdbc.sql("UPDATE audit_event SET actor = 'worker1' WHERE seq = ?").param(seq).update();
			this.jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete").update();
		}
		Api.as(this.mvc, "auditor").get("/api/v1/audit/verify").andExpect(jsonPath("$.valid").value(true));
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveEntries() {
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_event SET actor = 'x'").update()).rootCause()
			.hasMessageContaining("append-only");
		this.auditTrail.seal();
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_event").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE audit_event").update()).rootCause()
			.hasMessageContaining("append-only");
		this.auditTrail.seal();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isPositive();
	}

}
