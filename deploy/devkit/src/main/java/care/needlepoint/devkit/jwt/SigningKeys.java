package care.needlepoint.devkit.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair for signing (private) and verifying (public) tokens, kept as PEM so that the services can read the
 * public half through {@code mp.jwt.verify.publickey.location}.
 */
public record SigningKeys(PrivateKey privateKey, PublicKey publicKey) {

    private static final String PRIVATE_FILE = "jwt-signing-key.pem";
    private static final String PUBLIC_FILE = "jwt-verification-key.pem";

    public static SigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Loads the pair from {@code directory}, creating it on first use; only the owner may read the private key. */
    public static SigningKeys loadOrCreate(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new SigningKeys(parsePrivate(Files.readString(privateFile)),
                        parsePublic(Files.readString(publicFile)));
            }
            Files.createDirectories(directory);
            SigningKeys keys = generate();
            Files.writeString(privateFile, keys.privateKeyPem());
            restrictToOwner(privateFile);
            Files.writeString(publicFile, keys.publicKeyPem());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write signing keys in " + directory, e);
        }
    }

    /** Where {@link #loadOrCreate(Path)} keeps the public key, for the services' verification setting. */
    public static Path publicKeyFile(Path directory) {
        return directory.resolve(PUBLIC_FILE);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    public static PrivateKey parsePrivate(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA private key in PKCS#8 PEM", e);
        }
    }

    public static PublicKey parsePublic(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA public key in X.509 PEM", e);
        }
    }

    private static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's ACL, which is the user's profile.
        }
    }
}
