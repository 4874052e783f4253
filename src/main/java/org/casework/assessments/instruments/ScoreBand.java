package org.casework.assessments.instruments;

import java.math.BigDecimal;

import org.casework.assessments.DomainRating;

/** From this score up (to the next band's minimum), the domain has this rating. */
public record ScoreBand(BigDecimal min, DomainRating rating) {

}
