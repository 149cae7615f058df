package ru.vmeste.open311.web;

/**
 * Where the GeoReport v2 endpoint lives.
 */
final class Open311Paths {

	static final String ROOT = "/open311/v2";

	private Open311Paths() {
	}

}
