package ru.vmeste.identity;

/**
 * Where an official's scoped powers reach ({@link Role#VERIFIER}): the districts of the
 * organizations they work in. Implemented by the organizations module, which knows who works
 * where; without an implementation nobody but administrators has any reach.
 */
public interface Jurisdictions {

	DistrictScope of(UserId official);

}
