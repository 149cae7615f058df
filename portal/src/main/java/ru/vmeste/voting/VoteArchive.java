package ru.vmeste.voting;

import java.io.InputStream;
import java.util.Set;

import ru.vmeste.identity.UserId;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;

/**
 * Carrying a finished vote over from elsewhere: a region that moves to a new installation of the
 * portal, or restores a vote from its archive, brings each past vote's audit bundle (the file
 * {@code GET /api/v1/votes/{id}/audit-bundle} serves, format {@code vmeste-vote-audit-bundle/2},
 * see docs/voting.md). The bundle is the vote's whole evidence — its definition, every ballot,
 * every signed head with the key that signed it, the participation roll and the tally — so the
 * import checks it as the independent verifier does and stores nothing unless every check passes.
 * The imported vote then is what it was: its ledger, proofs, heads (signed by the key of the
 * installation that ran it), roll and result are served as for a vote run here, and its bundle
 * re-exported is the one imported.
 */
public interface VoteArchive {

	/**
	 * Imports a closed or published vote from its audit bundle, as an administrator (the vote then
	 * belongs to their organization, if they have one). Refused, with nothing stored, when the bundle
	 * is not of a finished vote in the known format, its definition breaks the rules a vote created
	 * here must keep, a ballot is malformed or breaks the ballot rule, the bundle names another key
	 * than the trusted one, a signed head's root is not the tree's at its size or its signature does
	 * not verify with the trusted key, the final head does not cover every ballot, the roll does not
	 * hold one sorted pseudonym per ballot, the recount differs from the tally, or a vote with the
	 * bundle's id exists already.
	 *
	 * <p>The trusted key is a parameter, not read from the bundle nor from a setting: a bundle's own
	 * key proves only that the bundle agrees with itself (anyone can sign invented ballots with a
	 * fresh key), so the caller must name the key of the installation that ran the vote, as its
	 * operator published it or handed it over with the archive; a setting would make every key ever
	 * trusted good for every later import and need a restart per region moved.
	 *
	 * @param bundle the audit bundle (read whole: a past vote's bundle of a few hundred thousand
	 * ballots fits in memory; larger ones are not carried over this way)
	 * @param trustedKey the Ed25519 public key, X.509 (SubjectPublicKeyInfo) encoding, of the
	 * installation that ran the vote: the bundle must name it and every head must verify with it
	 * @param description the vote's description, which the bundle does not carry
	 * @param districts who could vote, which the bundle does not carry either (its eligible count it
	 * does); an administrator of an organization serving one district may import only that district's
	 * votes, as they may create only those
	 * @return the vote, under the id it had
	 */
	VoteId importBundle(InputStream bundle, byte[] trustedKey, LocalizedText description, Set<DistrictId> districts,
			UserId by);

}
