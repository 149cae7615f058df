package ru.vmeste.works;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of works.
 *
 * @param photoMaxSize the largest photo of works (or of a rating) accepted
 * @param documentMaxSize the largest document file accepted
 * @param lowRating when residents' ratings flag works for their customer
 */
@ConfigurationProperties("vmeste.works")
public record WorksSettings(@DefaultValue("10MB") DataSize photoMaxSize, @DefaultValue("10MB") DataSize documentMaxSize,
		@DefaultValue LowRating lowRating) {

	/**
	 * When works count as badly rated: the customer's heads hear of it once.
	 *
	 * @param below the average score under which works are flagged
	 * @param minRatings published ratings needed before the average counts
	 */
	public record LowRating(@DefaultValue("3.0") double below, @DefaultValue("3") int minRatings) {
	}

}
