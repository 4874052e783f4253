package org.casework.assessments.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.casework.assessments.InstrumentStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

public interface CatalogEntries extends ListCrudRepository<CatalogEntry, String> {

	List<CatalogEntry> findByStatusInOrderByTitle(Collection<InstrumentStatus> statuses, Pageable page);

	long countByStatusIn(Collection<InstrumentStatus> statuses);

	Optional<CatalogEntry> findByUrl(String url);

}
