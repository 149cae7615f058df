package ru.vmeste.reports;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Rules of the reports module's inside that Spring Modulith does not check: its web classes talk
 * to the module's services, never to its SQL ({@code *Store} classes and the types nested in
 * them); its settings come from {@link ReportsSettings}, never {@code @Value}.
 */
@AnalyzeClasses(packages = "ru.vmeste.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportsArchitectureTests {

	/** One of the module's {@code *Store} classes (its SQL) or a type declared inside one. */
	static final DescribedPredicate<JavaClass> STORES = DescribedPredicate.describe("the module's *Store classes",
			type -> type.getPackageName().startsWith("ru.vmeste.reports") && (type.getSimpleName().endsWith("Store")
					|| type.getEnclosingClass().map(outer -> outer.getSimpleName().endsWith("Store")).orElse(false)));

	@ArchTest
	static final ArchRule webClassesNeverUseStores = noClasses().that()
		.resideInAPackage("ru.vmeste.reports..web..")
		.should()
		.dependOnClassesThat(STORES)
		.because("controllers and views go through the module's services (STYLE.md: web classes talk to services)");

	@ArchTest
	static final ArchRule settingsComeFromReportsSettings = noClasses().that()
		.resideInAPackage("ru.vmeste.reports..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
		.because("the module's settings are one record, ReportsSettings (no @Value)");

}
