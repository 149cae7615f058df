package ru.vmeste.voting.internal.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.voting.VotingSettings;

/**
 * The portal's Ed25519 key for signing tree heads (JDK provider). Configured from outside the
 * database ({@code vmeste.voting.signing-key} / {@code signing-key-file} with the public key), e.g.
 * from a secret store; only where {@code vmeste.voting.key-from-database} allows it (the demo,
 * development) is a key pair generated on first use and kept in the database. The prod profile
 * forbids that, so production refuses to start without an external key: whoever can write the
 * database must not also hold the key that vouches for it.
 */
@Component
public class SigningKeys {

	private static final String ALGORITHM = "Ed25519";

	private static final byte[] PSEUDONYM_PURPOSE = "vmeste-voter-pseudonym-key-v1".getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final @Nullable KeyPair configured;

	private volatile @Nullable KeyPair keys;

	SigningKeys(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, VotingSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String privateKey = text(settings.signingKey(), settings.signingKeyFile(), "vmeste.voting.signing-key");
		String publicKey = text(settings.publicKey(), settings.publicKeyFile(), "vmeste.voting.public-key");
		if (privateKey == null && !settings.keyFromDatabase()) {
			throw new IllegalStateException("No ledger signing key: set vmeste.voting.signing-key (or signing-key-file) "
					+ "and vmeste.voting.public-key (or public-key-file); vmeste.voting.key-from-database is off");
		}
		this.configured = privateKey == null ? null : configured(privateKey, publicKey);
	}

	/** Signs with the current key. */
	public byte[] sign(byte[] message) {
		try {
			Signature ed25519 = Signature.getInstance(ALGORITHM);
			ed25519.initSign(keys().getPrivate());
			ed25519.update(message);
			return ed25519.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a tree head", ex);
		}
	}

	/** The X.509 (SubjectPublicKeyInfo) encoding of the current public key. */
	public byte[] publicKey() {
		return keys().getPublic().getEncoded();
	}

	/**
	 * A secret derived from the signing key for keyed hashes (the voters' pseudonyms): as secret
	 * and as external as the signing key, without a second secret to manage.
	 */
	public byte[] pseudonymKey() {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(keys().getPrivate().getEncoded(), "HmacSHA256"));
			return hmac.doFinal(PSEUDONYM_PURPOSE);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK cannot compute HMAC-SHA256", ex);
		}
	}

	public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		try {
			Signature ed25519 = Signature.getInstance(ALGORITHM);
			ed25519.initVerify(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKey)));
			ed25519.update(message);
			return ed25519.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private KeyPair keys() {
		if (configured != null) {
			return configured;
		}
		KeyPair current = keys;
		if (current == null) {
			synchronized (this) {
				current = keys;
				if (current == null) {
					current = ownTransaction.execute(status -> stored());
					keys = current;
				}
			}
		}
		return current;
	}

	private static @Nullable String text(@Nullable String value, @Nullable Path file, String name) {
		if (value != null && file != null) {
			throw new IllegalStateException("Give " + name + " or " + name + "-file, not both");
		}
		if (file == null) {
			return value;
		}
		try {
			return Files.readString(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name + "-file " + file, ex);
		}
	}

	private static KeyPair configured(String privateText, @Nullable String publicText) {
		if (publicText == null) {
			throw new IllegalStateException("vmeste.voting.signing-key needs vmeste.voting.public-key as well");
		}
		KeyPair pair;
		try {
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der(privateText)));
			PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(der(publicText)));
			pair = new KeyPair(publicKey, privateKey);
			byte[] probe = "probe".getBytes(StandardCharsets.US_ASCII);
			Signature ed25519 = Signature.getInstance(ALGORITHM);
			ed25519.initSign(privateKey);
			ed25519.update(probe);
			if (!verify(publicKey.getEncoded(), probe, ed25519.sign())) {
				pair = null;
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("vmeste.voting.signing-key / public-key are not Ed25519 keys in PKCS#8 / X.509", ex);
		}
		if (pair == null) {
			throw new IllegalStateException("vmeste.voting.public-key does not belong to vmeste.voting.signing-key");
		}
		return pair;
	}

	/**
	 * The key in the database, generated by whichever instance gets there first; in a
	 * transaction of its own, so a key in use is never one whose insert was rolled back.
	 */
	private KeyPair stored() {
		try {
			KeyPair generated = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			jdbc.sql("""
					insert into voting_signing_keys (id, public_key, private_key, created_at) values (1, ?, ?, ?)
					on conflict (id) do nothing
					""")
				.params(generated.getPublic().getEncoded(), generated.getPrivate().getEncoded(),
						Timestamp.from(clock.instant()))
				.update();
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			return jdbc.sql("select public_key, private_key from voting_signing_keys where id = 1")
				.query((rs, row) -> {
					try {
						return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(rs.getBytes("public_key"))),
								factory.generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes("private_key"))));
					}
					catch (GeneralSecurityException ex) {
						throw new IllegalStateException("The stored signing key is unreadable", ex);
					}
				})
				.single();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK cannot make Ed25519 keys", ex);
		}
	}

	/** PEM or plain base64 to DER. */
	private static byte[] der(String text) {
		return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
	}

}
