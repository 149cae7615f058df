package ru.vmeste.bench.micro;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.geo.GeoJson;
import ru.vmeste.territory.District;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.territory.RegionId;
import ru.vmeste.territory.internal.DistrictIndex;

/**
 * Point-in-district, asked for every report, vote eligibility and object: the demo city's
 * seven district boundaries in the territory module's index, random points over the city.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DistrictBenchmarks {

	private DistrictIndex index;

	@Setup
	public void loadDistricts() throws IOException {
		RegionId region = new RegionId(UUID.randomUUID());
		List<DistrictIndex.Boundary> boundaries = new ArrayList<>();
		try (InputStream in = DistrictBenchmarks.class.getClassLoader().getResourceAsStream("demo/territory/perm-districts.geojson")) {
			for (JsonNode feature : JsonMapper.builder().build().readTree(in).get("features")) {
				JsonNode properties = feature.get("properties");
				District district = new District(new DistrictId(UUID.randomUUID()), region, properties.get("code").asString(),
						new LocalizedText(properties.get("nameRu").asString(), properties.get("nameEn").asString()));
				boundaries.add(new DistrictIndex.Boundary(district, GeoJson.read(feature.get("geometry"))));
			}
		}
		index = new DistrictIndex(boundaries);
	}

	@Benchmark
	public Optional<District> locatePoint() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return index.locate(new GeoPoint(random.nextDouble(57.93, 58.12), random.nextDouble(55.95, 56.42)));
	}

}
