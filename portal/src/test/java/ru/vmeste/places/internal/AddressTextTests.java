package ru.vmeste.places.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressTextTests {

	@Test
	void leavesStreetTypesOutAndKeepsTheHouseApart() {
		assertThat(AddressText.query("ул. Ленина, д. 60")).isEqualTo(new AddressText.Query("ленина", "60"));
		assertThat(AddressText.query("Ленина ул 12 А")).isEqualTo(new AddressText.Query("ленина", "12а"));
		assertThat(AddressText.query("Lenina St 12a")).isEqualTo(new AddressText.Query("lenina", "12а"));
		assertThat(AddressText.query("ленина 12-а")).isEqualTo(new AddressText.Query("ленина", "12а"));
		assertThat(AddressText.query("пушкина 5 / 2")).isEqualTo(new AddressText.Query("пушкина", "5/2"));
		assertThat(AddressText.query("Газеты «Звезда» 31")).isEqualTo(new AddressText.Query("газеты звезда", "31"));
	}

	@Test
	void aNameWithoutHouseIsAllStreet() {
		assertThat(AddressText.query("Соловьёва")).isEqualTo(new AddressText.Query("соловьева", null));
		assertThat(AddressText.query("шоссе Космонавтов")).isEqualTo(new AddressText.Query("космонавтов", null));
	}

	@Test
	void oneSpellingOfHouseNumbers() {
		assertThat(AddressText.houseKey("12 А")).isEqualTo("12а");
		assertThat(AddressText.houseKey("12a")).isEqualTo("12а");
		assertThat(AddressText.houseKey("5/2")).isEqualTo("5/2");
		assertThat(AddressText.streetWords("ул. Героев Хасана")).isEqualTo("героев хасана");
		assertThat(AddressText.streetWords("Kosmonavtov Hwy")).isEqualTo("kosmonavtov");
	}

}
