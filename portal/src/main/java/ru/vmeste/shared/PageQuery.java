package ru.vmeste.shared;

/**
 * A requested page of a list: zero-based page number and a size capped at {@value #MAX_SIZE}.
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw DomainException.invalidInput("page", "page.invalid-number");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw DomainException.invalidInput("size", "page.invalid-size", MAX_SIZE);
		}
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
