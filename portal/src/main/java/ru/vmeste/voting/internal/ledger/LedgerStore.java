package ru.vmeste.voting.internal.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for ballots, tree nodes, tree heads and signed heads.
 */
@Repository
class LedgerStore {

	/** A complete subtree: leaves [index * 2^level, (index + 1) * 2^level). */
	record NodeRef(int level, long index) {
	}

	private final JdbcClient jdbc;

	LedgerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void createHead(UUID vote, byte[] emptyRoot) {
		jdbc.sql("""
				insert into voting_tree_heads (vote_id, tree_size, root_hash, frontier, accepting)
				values (?, 0, ?, ''::bytea, true)
				on conflict (vote_id) do nothing
				""").params(vote, emptyRoot).update();
	}

	/** The head, locked until the transaction ends: appends to one vote queue here. */
	Optional<TreeFrontier> lockHead(UUID vote) {
		return lock(vote, "");
	}

	/** The head locked as by {@link #lockHead}, or empty when the tree takes no more leaves. */
	Optional<TreeFrontier> lockHeadForAppend(UUID vote) {
		return lock(vote, " and accepting");
	}

	private Optional<TreeFrontier> lock(UUID vote, String condition) {
		return jdbc.sql("select tree_size, frontier from voting_tree_heads where vote_id = ?" + condition + " for update")
			.param(vote)
			.query((rs, row) -> TreeFrontier.decode(rs.getLong("tree_size"), rs.getBytes("frontier")))
			.optional();
	}

	void stopAccepting(UUID vote) {
		jdbc.sql("update voting_tree_heads set accepting = false where vote_id = ?").param(vote).update();
	}

	Optional<TreeHead> head(UUID vote) {
		return jdbc.sql("select tree_size, root_hash from voting_tree_heads where vote_id = ?")
			.param(vote)
			.query((rs, row) -> new TreeHead(rs.getLong("tree_size"), rs.getBytes("root_hash")))
			.optional();
	}

	/**
	 * Writes a batch of appends in one round trip, while the head is locked: the leaves (from
	 * {@code first} on), the complete nodes they closed, and the new head. {@code options} are
	 * the leaves' option ids as array literals, because a ragged array cannot be one parameter.
	 */
	void appendAll(UUID vote, long first, byte[][] data, byte[][] leafHashes, String[] options,
			List<TreeFrontier.Node> nodes, TreeFrontier frontier, byte[] root) {
		jdbc.sql("""
				with leaves as (
				    insert into voting_ballots (vote_id, leaf_index, data, leaf_hash, option_ids)
				    select :vote, :first + l.ordinality - 1, l.data, l.leaf_hash, cast(l.options as uuid[])
				    from unnest(cast(:data as bytea[]), cast(:hashes as bytea[]), cast(:options as text[]))
				         with ordinality as l (data, leaf_hash, options, ordinality)
				), nodes as (
				    insert into voting_tree_nodes (vote_id, level, node_index, hash)
				    select :vote, n.level, n.node_index, n.hash
				    from unnest(cast(:levels as smallint[]), cast(:indexes as bigint[]), cast(:nodeHashes as bytea[]))
				         as n (level, node_index, hash)
				)
				update voting_tree_heads set tree_size = :size, root_hash = :root, frontier = :frontier where vote_id = :vote
				""")
			.param("vote", vote)
			.param("first", first)
			.param("data", data)
			.param("hashes", leafHashes)
			.param("options", options)
			.param("levels", nodes.stream().mapToInt(TreeFrontier.Node::level).toArray())
			.param("indexes", nodes.stream().mapToLong(TreeFrontier.Node::index).toArray())
			.param("nodeHashes", nodes.stream().map(TreeFrontier.Node::hash).toArray(byte[][]::new))
			.param("size", frontier.size())
			.param("root", root)
			.param("frontier", frontier.encode())
			.update();
	}

	Optional<Long> indexOf(UUID vote, byte[] leafHash) {
		return jdbc.sql("select leaf_index from voting_ballots where vote_id = ? and leaf_hash = ?")
			.params(vote, leafHash)
			.query(Long.class)
			.optional();
	}

	/** The hashes of these complete subtrees, from the leaves (level 0) and the stored nodes. */
	Map<NodeRef, byte[]> nodes(UUID vote, Set<NodeRef> refs) {
		Map<NodeRef, byte[]> hashes = new HashMap<>();
		long[] leaves = refs.stream().filter(ref -> ref.level() == 0).mapToLong(NodeRef::index).toArray();
		List<NodeRef> inner = refs.stream().filter(ref -> ref.level() > 0).toList();
		if (leaves.length > 0) {
			jdbc.sql("select leaf_index, leaf_hash from voting_ballots where vote_id = ? and leaf_index = any(?)")
				.params(vote, leaves)
				.query((ResultSet rs) -> {
					hashes.put(new NodeRef(0, rs.getLong("leaf_index")), rs.getBytes("leaf_hash"));
				});
		}
		if (!inner.isEmpty()) {
			jdbc.sql("""
					select n.level, n.node_index, n.hash from voting_tree_nodes n
					join unnest(?::smallint[], ?::bigint[]) as wanted (level, node_index)
					  on n.level = wanted.level and n.node_index = wanted.node_index
					where n.vote_id = ?
					""")
				.params(inner.stream().mapToInt(NodeRef::level).toArray(),
						inner.stream().mapToLong(NodeRef::index).toArray(), vote)
				.query((ResultSet rs) -> {
					hashes.put(new NodeRef(rs.getInt("level"), rs.getLong("node_index")), rs.getBytes("hash"));
				});
		}
		return hashes;
	}

	/** Leaves [start, end) in order. */
	List<LedgerLeaf> leaves(UUID vote, long start, long end) {
		return jdbc.sql("""
				select leaf_index, data from voting_ballots
				where vote_id = ? and leaf_index >= ? and leaf_index < ? order by leaf_index
				""").params(vote, start, end).query((rs, row) -> new LedgerLeaf(rs.getLong("leaf_index"), rs.getBytes("data"))).list();
	}

	Optional<LedgerLeaf> leaf(UUID vote, long index) {
		return jdbc.sql("select leaf_index, data from voting_ballots where vote_id = ? and leaf_index = ?")
			.params(vote, index)
			.query((rs, row) -> new LedgerLeaf(rs.getLong("leaf_index"), rs.getBytes("data")))
			.optional();
	}

	void insertSignedHead(SignedHead head) {
		jdbc.sql("""
				insert into voting_signed_heads (vote_id, tree_size, root_hash, signed_at, signature, public_key, final)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(head.vote(), head.treeSize(), head.rootHash(), Timestamp.from(head.timestamp()), head.signature(),
					head.publicKey(), head.last())
			.update();
	}

	Optional<SignedHead> latestSignedHead(UUID vote) {
		return jdbc.sql("select * from voting_signed_heads where vote_id = ? order by id desc limit 1")
			.param(vote)
			.query(LedgerStore::signedHead)
			.optional();
	}

	/** Signed heads in the order they were signed, a page at a time. */
	List<SignedHead> signedHeads(UUID vote, int limit, long offset) {
		return jdbc.sql("select * from voting_signed_heads where vote_id = ? order by id limit ? offset ?")
			.params(vote, limit, offset)
			.query(LedgerStore::signedHead)
			.list();
	}

	long countSignedHeads(UUID vote) {
		return jdbc.sql("select count(*) from voting_signed_heads where vote_id = ?").param(vote).query(Long.class).single();
	}

	private static SignedHead signedHead(ResultSet rs, int row) throws SQLException {
		return new SignedHead(rs.getObject("vote_id", UUID.class), rs.getLong("tree_size"), rs.getBytes("root_hash"),
				rs.getTimestamp("signed_at").toInstant(), rs.getBytes("signature"), rs.getBytes("public_key"),
				rs.getBoolean("final"));
	}

}
