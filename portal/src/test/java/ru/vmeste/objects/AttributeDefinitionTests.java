package ru.vmeste.objects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attribute values are read as their type, forgiving the usual ways people write them.
 */
class AttributeDefinitionTests {

	@Test
	void readsNumbersWithADecimalPointOrCommaAndSpaces() {
		assertThat(attribute(AttributeType.NUMBER).read("1 234,5")).contains(new BigDecimal("1234.5"));
		assertThat(attribute(AttributeType.NUMBER).read("12.75")).contains(new BigDecimal("12.75"));
		assertRefused(AttributeType.NUMBER, "двенадцать", "objects.attribute.not-a-number");
	}

	@Test
	void readsIsoAndRussianDates() {
		assertThat(attribute(AttributeType.DATE).read("2024-05-31")).contains(LocalDate.of(2024, 5, 31));
		assertThat(attribute(AttributeType.DATE).read("31.05.2024")).contains(LocalDate.of(2024, 5, 31));
		assertRefused(AttributeType.DATE, "31/05/2024", "objects.attribute.not-a-date");
		assertRefused(AttributeType.DATE, "2024-02-30", "objects.attribute.not-a-date");
	}

	@Test
	void readsYesAndNoInBothLanguages() {
		assertThat(attribute(AttributeType.BOOLEAN).read("да")).contains(true);
		assertThat(attribute(AttributeType.BOOLEAN).read("No")).contains(false);
		assertRefused(AttributeType.BOOLEAN, "может быть", "objects.attribute.not-a-boolean");
	}

	@Test
	void acceptsOnlyListedOptionsWhateverTheirCase() {
		AttributeDefinition surface = new AttributeDefinition("surface", new LocalizedText("Покрытие", "Surface"),
				AttributeType.ENUMERATION, false, List.of("асфальт", " грунт ", ""));
		assertThat(surface.options()).containsExactly("асфальт", "грунт");
		assertThat(surface.read("Асфальт")).contains("асфальт");
		assertThatThrownBy(() -> surface.read("лёд")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.arguments()).containsExactly("surface", "лёд", "асфальт, грунт"));
		assertThatThrownBy(() -> new AttributeDefinition("kind", new LocalizedText("Вид", "Kind"), AttributeType.ENUMERATION,
				false, List.of())).isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.messageCode()).isEqualTo("objects.attribute.options-missing"));
	}

	@Test
	void acceptsOnlyWebAddresses() {
		assertThat(attribute(AttributeType.URL).read("https://school1.perm.example/about")).isPresent();
		assertRefused(AttributeType.URL, "javascript:alert(1)", "objects.attribute.not-a-url");
		assertRefused(AttributeType.URL, "school1.perm.example", "objects.attribute.not-a-url");
	}

	@Test
	void treatsBlankAsNoValueUnlessRequired() {
		assertThat(attribute(AttributeType.TEXT).read("  ")).isEmpty();
		AttributeDefinition required = new AttributeDefinition("name", new LocalizedText("Имя", "Name"), AttributeType.TEXT,
				true, List.of());
		assertThatThrownBy(() -> required.read("")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("objects.attribute.required"));
		assertThat(attribute(AttributeType.TEXT).read("a".repeat(1000))).isPresent();
		assertRefused(AttributeType.TEXT, "a".repeat(1001), "objects.attribute.too-long");
	}

	@Test
	void refusesCodesThatCannotBeColumnNames() {
		assertThatThrownBy(() -> attribute("Capacity", AttributeType.NUMBER)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> attribute("seats count", AttributeType.NUMBER)).isInstanceOf(DomainException.class);
		assertThat(attribute("seats_2", AttributeType.NUMBER).code()).isEqualTo("seats_2");
	}

	private static void assertRefused(AttributeType type, String raw, String code) {
		assertThatThrownBy(() -> attribute(type).read(raw)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo(code));
	}

	private static AttributeDefinition attribute(AttributeType type) {
		return attribute("value", type);
	}

	private static AttributeDefinition attribute(String code, AttributeType type) {
		return new AttributeDefinition(code, new LocalizedText("Значение", "Value"), type, false, List.of());
	}

}
