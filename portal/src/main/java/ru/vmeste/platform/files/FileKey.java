package ru.vmeste.platform.files;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a stored file lives in the file store: two fan-out directories and a random name,
 * e.g. {@code 3f/a2/3fa2…}. Only keys of this shape are accepted, so a key from a request
 * can never point outside the store.
 */
public record FileKey(String value) {

	private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}");

	public FileKey {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a file key: " + value);
		}
	}

	/** Whether the text has a file key's shape. */
	public static boolean isKey(String value) {
		return SHAPE.matcher(value).matches();
	}

	static FileKey random() {
		String name = UUID.randomUUID().toString().replace("-", "");
		return new FileKey(name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name);
	}

}
