package ru.vmeste.voting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ru.vmeste.identity.Residents;
import ru.vmeste.support.PortalTest;
import ru.vmeste.support.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After residents cast ballots (and ask for their receipts by mail), nothing the portal keeps or
 * writes holds a voter together with a ballot: no event publication (every row written while
 * casting is copied aside by a trigger, since completed ones are deleted), no captured mail, and no
 * log line, with the portal's own logging and the event registry's at their most talkative.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class BallotTracesTests {

	private static final int VOTERS = 6;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Residents residents;

	@Autowired
	LoggingSystem logging;

	@BeforeEach
	void recordEveryEventPublicationAndLogEverything() {
		jdbc.sql("""
				create table if not exists test_published_events (serialized_event text not null);
				create or replace function test_copy_event() returns trigger language plpgsql as $$
				begin
				    insert into test_published_events values (new.serialized_event);
				    return new;
				end $$;
				drop trigger if exists test_copy_event on event_publication;
				create trigger test_copy_event after insert on event_publication
				    for each row execute function test_copy_event();
				""").update();
		logging.setLogLevel("ru.vmeste", LogLevel.TRACE);
		logging.setLogLevel("org.springframework.modulith", LogLevel.DEBUG);
		logging.setLogLevel("org.springframework.jdbc.core", LogLevel.DEBUG);
	}

	@AfterEach
	void restore() {
		jdbc.sql("drop trigger if exists test_copy_event on event_publication; drop table if exists test_published_events")
			.update();
		logging.setLogLevel("ru.vmeste", LogLevel.INFO);
		logging.setLogLevel("org.springframework.modulith", null);
		logging.setLogLevel("org.springframework.jdbc.core", null);
	}

	@Test
	void noEventMailOrLogLineHoldsAVoterTogetherWithABallot(CapturedOutput output) throws Exception {
		VotingFixtures fixtures = new VotingFixtures(context);
		VoteId vote = fixtures.vote().open();
		List<String> voters = new ArrayList<>();
		List<String> ballots = new ArrayList<>();
		for (int i = 0; i < VOTERS; i++) {
			VotingFixtures.Resident voter = fixtures.resident("dzerzhinsky");
			String receipt = mvc.post()
				.uri("/api/v1/votes/{id}/ballots", vote)
				.header("Authorization", voter.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"optionIds\":[\"" + fixtures.option(vote, i % 3) + "\"],\"emailReceipt\":true}")
				.exchange()
				.getResponse()
				.getContentAsString();
			String email = residents.contactOf(voter.id()).orElseThrow().email();
			voters.add(voter.id().toString());
			voters.add(email);
			String leafHash = JsonPath.read(receipt, "$.leafHash");
			ballots.add(leafHash);
			ballots.add(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(leafHash)));
			ballots.add(JsonPath.read(receipt, "$.leafData"));
			// the mail the voter asked for did go out (to the voter alone)
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !TestMailServer.messagesTo(email).isEmpty());
		}

		List<String> events = jdbc.sql("select serialized_event from test_published_events").query(String.class).list();
		List<String> mails = jdbc.sql("select recipient || ' ' || subject || ' ' || body_html from notifications_captured_mail")
			.query(String.class).list();
		List<String> lines = output.getAll().lines().toList();
		assertThat(lines).as("the log was written").isNotEmpty();
		assertThat(events).noneMatch(event -> holdsBoth(event, voters, ballots));
		assertThat(mails).noneMatch(mail -> holdsBoth(mail, voters, ballots));
		assertThat(mails).noneMatch(mail -> ballots.stream().anyMatch(mail::contains));
		assertThat(lines).noneMatch(line -> holdsBoth(line, voters, ballots));
	}

	private static boolean holdsBoth(String text, List<String> voters, List<String> ballots) {
		return voters.stream().anyMatch(text::contains) && ballots.stream().anyMatch(text::contains);
	}

}
