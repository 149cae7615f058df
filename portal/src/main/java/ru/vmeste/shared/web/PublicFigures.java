package ru.vmeste.shared.web;

import java.util.List;

/**
 * Implemented by modules that contribute live figures to the home page.
 */
@FunctionalInterface
public interface PublicFigures {

	List<PublicFigure> figures();

}
