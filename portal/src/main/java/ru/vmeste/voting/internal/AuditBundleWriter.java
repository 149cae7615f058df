package ru.vmeste.voting.internal;

import java.io.OutputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.voting.internal.counting.Tally;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.SignedHead;
import ru.vmeste.voting.internal.ledger.TreeHead;

/**
 * Writes a closed vote's audit bundle, streaming: the vote and its counting rule, the public
 * key, every signed head with the consistency proof from the one before, the published
 * tally, the participation roll, and every leaf. The format is described in {@code docs/voting.md}; the verifier
 * module reads it.
 */
@Component
public class AuditBundleWriter {

	public static final String FORMAT = "vmeste-vote-audit-bundle/2";

	private static final int HEAD_PAGE = 500;

	private final Ledger ledger;

	private final Results results;

	private final Participation participation;

	private final JsonMapper json;

	AuditBundleWriter(Ledger ledger, Results results, Participation participation, JsonMapper json) {
		this.ledger = ledger;
		this.results = results;
		this.participation = participation;
		this.json = json;
	}

	/** Refuses early (before any byte is sent) when the vote has no bundle yet. */
	public void requireAvailable(Vote vote) {
		if (!vote.status().isFinished()) {
			throw DomainException.conflict("voting.bundle.not-yet");
		}
	}

	public void write(Vote vote, OutputStream out) {
		requireAvailable(vote);
		UUID id = vote.id().value();
		TreeHead head = ledger.head(id).orElseThrow();
		Tally.Result tally = results.outcome(vote, head.size()).orElseThrow().result();
		HexFormat hex = HexFormat.of();
		Base64.Encoder base64 = Base64.getEncoder();
		try (JsonGenerator bundle = json.createGenerator(out)) {
			bundle.writeStartObject();
			bundle.writeStringProperty("format", FORMAT);
			writeVote(bundle, vote);
			bundle.writeStringProperty("publicKey", base64.encodeToString(ledger.publicKeyOf(id)));
			bundle.writeName("signedHeads");
			bundle.writeStartArray();
			long previousSize = 0;
			long written = 0;
			List<SignedHead> page;
			while (!(page = ledger.signedHeads(id, HEAD_PAGE, written)).isEmpty()) {
				for (SignedHead signed : page) {
					bundle.writeStartObject();
					bundle.writeNumberProperty("treeSize", signed.treeSize());
					bundle.writeStringProperty("rootHash", hex.formatHex(signed.rootHash()));
					bundle.writeStringProperty("timestamp", signed.timestamp().toString());
					bundle.writeStringProperty("signature", base64.encodeToString(signed.signature()));
					bundle.writeBooleanProperty("final", signed.last());
					bundle.writeName("consistencyProof");
					bundle.writeStartArray();
					if (previousSize > 0 && previousSize <= signed.treeSize()) {
						for (byte[] node : ledger.consistencyProof(id, previousSize, signed.treeSize())) {
							bundle.writeString(hex.formatHex(node));
						}
					}
					bundle.writeEndArray();
					bundle.writeEndObject();
					previousSize = signed.treeSize();
				}
				written += page.size();
			}
			bundle.writeEndArray();
			writeTally(bundle, tally, vote.eligibleCount());
			writeParticipation(bundle, vote);
			bundle.writeName("leaves");
			bundle.writeStartArray();
			ledger.forEachLeaf(id, head.size(), leaf -> bundle.writeString(base64.encodeToString(leaf.data())));
			bundle.writeEndArray();
			bundle.writeEndObject();
		}
	}

	/** The published roll: the sorted pseudonyms of those who voted, as many as leaves. */
	private void writeParticipation(JsonGenerator bundle, Vote vote) {
		Participation.Figures figures = participation.figures(vote);
		HexFormat hex = HexFormat.of();
		bundle.writeName("participation");
		bundle.writeStartObject();
		bundle.writeNumberProperty("eligible", figures.eligibleCount());
		bundle.writeNumberProperty("voted", figures.votedCount());
		bundle.writeName("pseudonyms");
		bundle.writeStartArray();
		participation.forEachPublished(vote.id(), pseudonym -> bundle.writeString(hex.formatHex(pseudonym)));
		bundle.writeEndArray();
		bundle.writeEndObject();
	}

	private static void writeVote(JsonGenerator bundle, Vote vote) {
		bundle.writeName("vote");
		bundle.writeStartObject();
		bundle.writeStringProperty("id", vote.id().toString());
		writeText(bundle, "title", vote.title());
		bundle.writeStringProperty("kind", vote.kind().name());
		bundle.writeStringProperty("status", vote.status().name());
		bundle.writeStringProperty("opensAt", vote.opensAt().toString());
		bundle.writeStringProperty("closesAt", vote.closesAt().toString());
		bundle.writeStringProperty("ballotRule", vote.rule().name());
		bundle.writePOJOProperty("maxChoices", vote.maxChoices());
		bundle.writePOJOProperty("budget", vote.budget());
		bundle.writeStringProperty("counting", vote.counting().name());
		bundle.writeName("options");
		bundle.writeStartArray();
		for (VoteOption option : vote.options()) {
			bundle.writeStartObject();
			bundle.writeStringProperty("id", option.id().toString());
			bundle.writeNumberProperty("position", option.position());
			writeText(bundle, "title", option.title());
			bundle.writePOJOProperty("cost", option.cost());
			bundle.writeEndObject();
		}
		bundle.writeEndArray();
		bundle.writeEndObject();
	}

	private static void writeTally(JsonGenerator bundle, Tally.Result tally, @Nullable Long eligible) {
		bundle.writeName("tally");
		bundle.writeStartObject();
		bundle.writeNumberProperty("ballots", tally.ballots());
		bundle.writePOJOProperty("eligible", eligible);
		bundle.writeName("totals");
		bundle.writeStartArray();
		tally.totals().forEach((option, count) -> {
			bundle.writeStartObject();
			bundle.writeStringProperty("optionId", option.toString());
			bundle.writeNumberProperty("count", count);
			bundle.writeEndObject();
		});
		bundle.writeEndArray();
		bundle.writeName("selected");
		bundle.writeStartArray();
		tally.steps().stream().filter(Tally.Step::selected).forEach(step -> bundle.writeString(step.option().toString()));
		bundle.writeEndArray();
		bundle.writeEndObject();
	}

	private static void writeText(JsonGenerator bundle, String name, LocalizedText text) {
		bundle.writeName(name);
		bundle.writeStartObject();
		bundle.writeStringProperty("ru", text.ru());
		bundle.writeStringProperty("en", text.en());
		bundle.writeEndObject();
	}

}
