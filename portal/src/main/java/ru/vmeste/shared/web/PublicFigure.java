package ru.vmeste.shared.web;

/**
 * A live figure on the home page that the public uses to hold the city to account, e.g. the
 * number of registered residents. Modules contribute {@link PublicFigures}.
 *
 * @param labelKey message key of the label
 * @param value the figure, already formatted (a count, a percentage)
 * @param order position on the page
 */
public record PublicFigure(String labelKey, String value, int order) {
}
