package ru.vmeste.objects.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.vmeste.shared.geo.BoundingBox;
import ru.vmeste.shared.geo.MapGrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A street-level screen's objects are estimated from the finest cluster cells it touches, in
 * proportion to how much of each cell it covers.
 */
class ObjectMapTests {

	@Test
	void estimatesTheObjectsOfAScreenFromTheShareOfEachCellItCovers() {
		double size = MapGrid.cellDegrees(ObjectMap.FINEST_CLUSTERS);
		int x = (int) Math.floor((56.25 + 180) / size);
		int y = (int) Math.floor((58.01 + 90) / size);
		double west = x * size - 180;
		double south = y * size - 90;
		ObjectMap.Cluster cell = new ObjectMap.Cluster(x, y, south + size / 2, west + size / 2, 1000);
		BoundingBox quarter = new BoundingBox(west, south, west + size / 2, south + size / 2);
		assertThat(ObjectMap.estimate(quarter, List.of(cell))).isCloseTo(250, within(0.01));
		BoundingBox around = new BoundingBox(west - size, south - size, west + 2 * size, south + 2 * size);
		ObjectMap.Cluster neighbour = new ObjectMap.Cluster(x + 1, y, south + size / 2, west + size * 1.5, 40);
		assertThat(ObjectMap.estimate(around, List.of(cell, neighbour))).isCloseTo(1040, within(0.01));
	}

}
