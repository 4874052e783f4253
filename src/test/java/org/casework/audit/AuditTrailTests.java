package org.casework.audit;

import com.jayway.jsonpath.JsonPath;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

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
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_event").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE audit_event").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isPositive();
	}

}
