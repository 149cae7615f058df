package ru.vmeste.platform;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * No code opens a stream over a query's rows: such a stream keeps its pooled connection until it
 * is closed, and one left open per reading of the topic catalog once emptied the pool within
 * minutes. Results are read as lists, or row by row with a callback (the open data exports).
 */
@AnalyzeClasses(packages = "ru.vmeste", importOptions = ImportOption.DoNotIncludeTests.class)
class DatabaseAccessArchitectureTests {

	static final DescribedPredicate<JavaMethodCall> ROW_STREAMS = DescribedPredicate.describe(
			"open a stream over a query's rows (JdbcClient's stream(), queryForStream)",
			call -> call.getName().equals("stream") && call.getTargetOwner().isAssignableTo(JdbcClient.MappedQuerySpec.class)
					|| call.getName().equals("queryForStream"));

	@ArchTest
	static final ArchRule noStreamOverRows = noClasses().should()
		.callMethodWhere(ROW_STREAMS)
		.because("a stream over rows holds its connection until closed; read a list, or rows with a callback");

}
