package ru.vmeste.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every string read from a JSON body obeys {@link TextInput}: one with control characters makes
 * the body unreadable (400), wherever in the body it sits.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextConfiguration {

	@Bean
	JacksonModule cleanJsonStrings() {
		return new SimpleModule("vmeste-clean-strings").addDeserializer(String.class, new CleanStringDeserializer());
	}

	static final class CleanStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null && !TextInput.isClean(text)) {
				return (String) context.handleWeirdStringValue(String.class, TextInput.cleaned(text),
						"contains control characters");
			}
			return text;
		}

	}

}
