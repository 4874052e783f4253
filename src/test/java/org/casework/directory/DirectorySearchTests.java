package org.casework.directory;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.casework.audit.AuditLog;
import org.casework.identity.UserContext;
import org.casework.shared.InvalidInputException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker searches the directory by distance from a ZIP code or a point and for what is
 * open now; opening hours are read in the agency's time zone at a fixed clock.
 */
@ApiTest
class DirectorySearchTests {

	private static final ZoneId ATLANTA = ZoneId.of("America/New_York");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	UserContext users;

	@Autowired
	AuditLog audit;

	@Autowired
	DirectorySettings settings;

	UUID decatur = UUID.randomUUID();

	UUID marietta = UUID.randomUUID();

	UUID shelter = UUID.randomUUID();

	@BeforeEach
	void importTheNeighbourhood() throws Exception {
		Api.as(this.mvc, "padmin")
			.post("/api/v1/directory/import",
					HsdsDatasets.dataset(HsdsDatasets.decaturPantry(this.decatur),
							HsdsDatasets.mariettaPantry(this.marietta), HsdsDatasets.nightShelter(this.shelter)))
			.andExpect(jsonPath("$.imported").value(3));
	}

	@Test
	void pantriesWithinFiveMilesOfAZipCodeComeNearestFirstWithTheirDistance() throws Exception {
		Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/services?category=food pantry&zip=30030&radiusMiles=5")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.decatur.toString()))
			.andExpect(jsonPath("$.items[0].distanceMiles").value(0.3));

		Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/services?category=Food pantry&zip=30030")
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].id").value(this.decatur.toString()))
			.andExpect(jsonPath("$.items[1].id").value(this.marietta.toString()))
			.andExpect(jsonPath("$.items[1].distanceMiles").value(org.hamcrest.Matchers
				.allOf(org.hamcrest.Matchers.greaterThan(15.0), org.hamcrest.Matchers.lessThan(25.0))));

		Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/services?latitude=33.94&longitude=-84.57&radiusMiles=2")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.marietta.toString()));
	}

	@Test
	void textAndLanguageNarrowTheSearch() throws Exception {
		Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/services?text=pantry&language=es")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Decatur Test Pantry"))
			.andExpect(jsonPath("$.items[0].languages[0]").value("Spanish"));
		Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/services?text=test shelter")
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aZipCodeOutsideTheRegionOrARadiusWithoutAPlaceIsRefused() throws Exception {
		Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/services?zip=99999&radiusMiles=5")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("zip"));
		Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/services?radiusMiles=5")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("radiusMiles"));
	}

	@Test
	void openNowFollowsTheWeeklyHoursInTheAgencysTimeZone() {
		// Tuesday 24 November 2026, 11:00 in Atlanta: the pantries are open, the shelter
		// not
		assertThat(openNow(ZonedDateTime.of(2026, 11, 24, 11, 0, 0, 0, ATLANTA))).contains(this.decatur, this.marietta)
			.doesNotContain(this.shelter);
		// 14:00 is closing time
		assertThat(openNow(ZonedDateTime.of(2026, 11, 24, 14, 0, 0, 0, ATLANTA))).doesNotContain(this.decatur,
				this.marietta, this.shelter);
		// Wednesday 06:30: the shelter's night from Tuesday is still on; the pantries are
		// closed
		assertThat(openNow(ZonedDateTime.of(2026, 11, 25, 6, 30, 0, 0, ATLANTA))).contains(this.shelter)
			.doesNotContain(this.decatur, this.marietta);
		// Thursday 10:00 in Atlanta is 15:00 UTC: the Decatur pantry is open, Marietta's
		// (Tuesdays only) not
		assertThat(openNow(ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ATLANTA))).contains(this.decatur)
			.doesNotContain(this.marietta, this.shelter);
	}

	@Test
	void theDetailsSayWhetherTheServiceIsOpenNow() {
		DirectoryCatalog tuesdayMorning = catalogAt(ZonedDateTime.of(2026, 11, 24, 11, 0, 0, 0, ATLANTA));
		ServiceDetails pantry = tuesdayMorning.details(this.decatur);
		assertThat(pantry.openNow()).isTrue();
		assertThat(pantry.hours()).singleElement().satisfies(h -> assertThat(h.days()).containsExactly("TU", "TH"));
		assertThat(pantry.languages()).extracting(ServiceDetails.Language::name).containsExactly("Spanish");
		assertThat(catalogAt(ZonedDateTime.of(2026, 11, 24, 20, 0, 0, 0, ATLANTA)).details(this.decatur).openNow())
			.isFalse();
		assertThatThrownBy(() -> tuesdayMorning
			.search(new DirectoryQuery(null, null, null, false, "123", null, null, null, PageRequest.of(0, 10))))
			.isInstanceOf(InvalidInputException.class);
	}

	private java.util.List<UUID> openNow(ZonedDateTime at) {
		Page<ServiceCard> page = catalogAt(at)
			.search(new DirectoryQuery(null, null, null, true, null, null, null, null, PageRequest.of(0, 200)));
		assertThat(page.items()).allSatisfy(card -> assertThat(card.openNow()).isTrue());
		return page.items().stream().map(ServiceCard::id).toList();
	}

	private DirectoryCatalog catalogAt(ZonedDateTime at) {
		return new DirectoryCatalog(this.jdbc, Clock.fixed(at.toInstant(), ZoneId.of("UTC")), this.settings, this.json,
				this.users, this.audit);
	}

}
