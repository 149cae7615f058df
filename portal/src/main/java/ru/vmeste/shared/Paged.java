package ru.vmeste.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list as the API returns it: {@code {items, page, size, total}}.
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

	public static <T> Paged<T> of(List<T> items, PageQuery query, long total) {
		return new Paged<>(List.copyOf(items), query.page(), query.size(), total);
	}

	/**
	 * A page whose total is counted only when the page cannot tell it: a page with room to spare
	 * (the first, or one with items) is the last one, so the total is known without a count.
	 */
	public static <T> Paged<T> of(List<T> items, PageQuery query, LongSupplier count) {
		boolean last = items.size() < query.size() && (!items.isEmpty() || query.page() == 0);
		return of(items, query, last ? query.offset() + items.size() : count.getAsLong());
	}

	public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
		return new Paged<>(items.stream().<R>map(mapper).toList(), page, size, total);
	}

	public long totalPages() {
		return (total + size - 1) / size;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
