package ru.vmeste.demo;

import java.util.List;
import java.util.UUID;

import ru.vmeste.objects.AttributeDefinition;
import ru.vmeste.objects.AttributeType;
import ru.vmeste.objects.GeometryKind;
import ru.vmeste.objects.ObjectType;
import ru.vmeste.objects.ObjectTypeId;
import ru.vmeste.shared.LocalizedText;

/**
 * The ten object types of the demo city, with typed attributes of every kind.
 */
final class DemoTypes {

	static final String ROAD = "road-segment";

	static final String YARD = "yard";

	static final String PLAYGROUND = "playground";

	static final String SCHOOL = "school";

	static final String CLINIC = "clinic";

	static final String HOCKEY_RINK = "hockey-rink";

	static final String PARK = "park";

	static final String STREET_LIGHT = "street-light";

	static final String BUS_STOP = "bus-stop";

	static final String BUILDING = "apartment-building";

	private DemoTypes() {
	}

	static List<ObjectType> all() {
		return List.of(
				type(ROAD, "Участки дорог", "Road segments", "signpost-split", GeometryKind.LINE,
						options("surface", "Покрытие", "Surface", "асфальт", "брусчатка", "грунт"),
						attribute("lanes", "Полос движения", "Lanes", AttributeType.NUMBER),
						attribute("length_m", "Длина, м", "Length, m", AttributeType.NUMBER),
						attribute("repaired", "Последний ремонт", "Last repaired", AttributeType.DATE)),
				type(YARD, "Дворы", "Yards", "house-door", GeometryKind.POLYGON,
						attribute("area_m2", "Площадь, м²", "Area, m²", AttributeType.NUMBER),
						attribute("lit", "Освещён", "Lit", AttributeType.BOOLEAN)),
				type(PLAYGROUND, "Детские площадки", "Playgrounds", "balloon", GeometryKind.POINT,
						options("age_group", "Возраст", "Age group", "0–6", "7–12", "0–12"),
						options("surface", "Покрытие", "Surface", "резиновое", "песок", "газон"),
						attribute("installed", "Установлена", "Installed", AttributeType.DATE)),
				type(SCHOOL, "Школы", "Schools", "mortarboard", GeometryKind.POINT,
						attribute("number", "Номер", "Number", AttributeType.NUMBER),
						attribute("capacity", "Мест", "Capacity", AttributeType.NUMBER),
						attribute("website", "Сайт", "Website", AttributeType.URL)),
				type(CLINIC, "Поликлиники", "Clinics", "hospital", GeometryKind.POINT,
						options("kind", "Вид", "Kind", "взрослая", "детская", "стоматологическая"),
						attribute("website", "Сайт", "Website", AttributeType.URL)),
				type(HOCKEY_RINK, "Хоккейные корты", "Hockey rinks", "snow", GeometryKind.POINT,
						attribute("lit", "Освещён", "Lit", AttributeType.BOOLEAN),
						attribute("changing_room", "Раздевалка", "Changing room", AttributeType.BOOLEAN)),
				type(PARK, "Парки и скверы", "Parks and squares", "tree", GeometryKind.POLYGON,
						options("kind", "Вид", "Kind", "парк", "сквер", "сад", "лес"),
						attribute("area_ha", "Площадь, га", "Area, ha", AttributeType.NUMBER)),
				type(STREET_LIGHT, "Опоры освещения", "Street lights", "lightbulb", GeometryKind.POINT,
						options("lamp", "Светильник", "Lamp", "светодиодный", "натриевый"),
						attribute("power_w", "Мощность, Вт", "Power, W", AttributeType.NUMBER),
						attribute("installed", "Установлена", "Installed", AttributeType.DATE)),
				type(BUS_STOP, "Остановки транспорта", "Bus stops", "bus-front", GeometryKind.POINT,
						attribute("pavilion", "Павильон", "Shelter", AttributeType.BOOLEAN),
						attribute("routes", "Маршруты", "Routes", AttributeType.TEXT)),
				type(BUILDING, "Многоквартирные дома", "Apartment buildings", "building", GeometryKind.POLYGON,
						attribute("floors", "Этажей", "Floors", AttributeType.NUMBER),
						attribute("built", "Год постройки", "Year built", AttributeType.NUMBER),
						attribute("apartments", "Квартир", "Apartments", AttributeType.NUMBER)));
	}

	private static ObjectType type(String code, String ru, String en, String icon, GeometryKind kind,
			AttributeDefinition... attributes) {
		return new ObjectType(new ObjectTypeId(UUID.randomUUID()), code, new LocalizedText(ru, en), icon, kind,
				List.of(attributes));
	}

	private static AttributeDefinition attribute(String code, String ru, String en, AttributeType type) {
		return new AttributeDefinition(code, new LocalizedText(ru, en), type, false, List.of());
	}

	private static AttributeDefinition options(String code, String ru, String en, String... options) {
		return new AttributeDefinition(code, new LocalizedText(ru, en), AttributeType.ENUMERATION, false,
				List.of(options));
	}

}
