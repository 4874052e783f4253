package org.casework.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint answers it. */
public record Page<T>(List<T> items, int page, int size, long total) {

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
