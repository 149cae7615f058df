package ru.vmeste.objects.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.vmeste.shared.geo.MapGrid;
import ru.vmeste.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The viewport queries read indexes, never whole tables: the cluster cells of one zoom through
 * the primary key, street-level objects through the GiST index on their bounding box.
 */
@PortalTest
class ObjectMapQueryPlanIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void clustersAreReadThroughTheCellIndex() {
		for (int zoom : new int[] { 5, 11, 15 }) {
			double cell = MapGrid.cellDegrees(zoom);
			String plan = plan(ObjectMap.CLUSTERS, zoom, ObjectMap.ALL, ObjectMap.ALL, (int) Math.floor((56.1 + 180) / cell),
					(int) Math.floor((56.3 + 180) / cell), (int) Math.floor((57.95 + 90) / cell),
					(int) Math.floor((58.05 + 90) / cell));
			assertThat(plan).as("zoom %d", zoom).contains("objects_clusters_pkey").doesNotContain("Seq Scan");
		}
	}

	@Test
	void streetLevelObjectsAreReadThroughTheGistIndex() {
		String plan = plan(ObjectMap.FEATURES, 56.24, 58.005, 56.25, 58.01, null, null, null, null,
				ObjectMap.MAX_FEATURES + 1);
		assertThat(plan).contains("objects_objects_extent_idx").doesNotContain("Seq Scan");
	}

	@Test
	void theNearestObjectIsFoundThroughTheGistIndex() {
		String plan = plan(CityObjectsService.NEAREST, 56.24, 58.005, 56.25, 58.01, null, null, 56.245, 58.0075,
				CityObjectsService.NEAREST_CANDIDATES);
		assertThat(plan).contains("objects_objects_extent_idx").doesNotContain("Seq Scan on objects_objects");
	}

	private String plan(String sql, Object... params) {
		List<String> lines = jdbc.sql("explain " + sql).params(params).query(String.class).list();
		return String.join("\n", lines);
	}

}
