package dev.readiness.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts the PEM certificates of READINESS_CA_BUNDLE_FILE in addition to the JDK's own, for Git
 * servers behind an internal certificate authority.
 */
public final class TrustBundle {
  private TrustBundle() {}

  /** Makes HTTPS connections of this JVM trust the bundle too; no-op for null. */
  public static void install(String file) throws SourceException {
    if (file == null || file.isBlank()) {
      return;
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      Collection<? extends Certificate> certs =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certs.isEmpty()) {
        throw new SourceException(2, "READINESS_CA_BUNDLE_FILE holds no certificate: " + file);
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate c : certs) {
        store.setCertificateEntry("bundle-" + i++, c);
      }
      X509TrustManager bundle = trustManager(store);
      X509TrustManager jdk = trustManager(null);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {new EitherTrustManager(jdk, bundle)}, null);
      SSLContext.setDefault(ctx);
    } catch (IOException | GeneralSecurityException e) {
      throw new SourceException(2, "READINESS_CA_BUNDLE_FILE cannot be read as PEM: " + file);
    }
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory f =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(store);
    return Arrays.stream(f.getTrustManagers())
        .filter(X509TrustManager.class::isInstance)
        .map(X509TrustManager.class::cast)
        .findFirst()
        .orElseThrow(() -> new GeneralSecurityException("no X509 trust manager"));
  }

  /** Trusts a chain when either trust manager does. */
  private record EitherTrustManager(X509TrustManager first, X509TrustManager second)
      implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws java.security.cert.CertificateException {
      first.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws java.security.cert.CertificateException {
      try {
        first.checkServerTrusted(chain, authType);
      } catch (java.security.cert.CertificateException e) {
        second.checkServerTrusted(chain, authType);
      }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      List<X509Certificate> all = new ArrayList<>(Arrays.asList(first.getAcceptedIssuers()));
      all.addAll(Arrays.asList(second.getAcceptedIssuers()));
      return all.toArray(new X509Certificate[0]);
    }
  }
}
