package ru.vmeste.objects.internal;

import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.objects.CityObject;
import ru.vmeste.objects.ObjectTypeId;

/**
 * Reads every object of a type through a database cursor: PostgreSQL sends {@value #FETCH_SIZE}
 * rows at a time (only inside a transaction, hence the read-only one), so an export of a
 * million objects holds a thousand in memory at most.
 */
@Repository
class ObjectExportStore {

	static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final ObjectRows rows;

	ObjectExportStore(JdbcClient jdbc, ObjectRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Transactional(readOnly = true)
	public void forEach(ObjectTypeId type, Consumer<CityObject> consumer) {
		jdbc.sql("""
				select *, geometry::text as geometry_json from objects_objects where type_id = ? order by name_ru, id
				""")
			.param(type.value())
			.withFetchSize(FETCH_SIZE)
			.query((RowCallbackHandler) rs -> consumer.accept(rows.object(rs, 0)));
	}

}
