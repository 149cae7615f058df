package ru.vmeste.opendata;

/** The license a dataset is published under. */
public record DatasetLicense(String name, String url) {

	/** Creative Commons Attribution 4.0: anyone may reuse the data, naming the source. */
	public static final DatasetLicense CC_BY_4_0 = new DatasetLicense("CC BY 4.0",
			"https://creativecommons.org/licenses/by/4.0/");

}
