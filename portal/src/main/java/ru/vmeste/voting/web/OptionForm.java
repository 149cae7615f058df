package ru.vmeste.voting.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ru.vmeste.shared.LocalizedText;

/**
 * An option or project staff add to a draft vote.
 */
record OptionForm(@NotBlank(message = "{voting.form.title.required}") @Size(max = 200) String titleRu,
		@Nullable @Size(max = 200) String titleEn, @Nullable @Size(max = 2000) String descriptionRu,
		@Nullable @Size(max = 2000) String descriptionEn, @Nullable @Min(value = 1, message = "{voting.option.cost-required}") Long cost) {

	static OptionForm blank() {
		return new OptionForm("", "", "", "", null);
	}

	LocalizedText title() {
		return new LocalizedText(titleRu.strip(), titleEn);
	}

	@Nullable LocalizedText description() {
		return descriptionRu == null || descriptionRu.isBlank() ? null : new LocalizedText(descriptionRu.strip(), descriptionEn);
	}

}
