package org.pathgraph.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The host and port of an authority as the WHATWG URL standard's host parser reads them, for {@link
 * UrlView}: browsers connect to this host, whatever an RFC 3986 reader takes it for.
 */
final class UrlHosts {

  /** WHATWG forbidden host code points besides NUL, tab and newlines. */
  private static final String FORBIDDEN_IN_HOST = " #/:<>?@[\\]^|";

  /** WHATWG forbidden domain code points besides C0 controls: forbidden host ones, % and DEL. */
  private static final String FORBIDDEN_IN_DOMAIN = FORBIDDEN_IN_HOST + "%\u007f";

  private UrlHosts() {}

  /**
   * The host of an authority ({@code user@host:port}), lower case and percent-decoded, or null
   * where browsers fail: a bad port, a forbidden character, or "@" without host. {@code special}:
   * the URL's scheme is special, or the URL is relative to one of our pages.
   */
  static String hostOf(String authority, boolean special) {
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    if (at >= 0 && hostPort.isEmpty()) {
      return null;
    }
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
      port = hostPort.substring(close + 1);
      if (!port.isEmpty() && !port.startsWith(":")) {
        return null;
      }
      port = port.isEmpty() ? "" : port.substring(1);
    } else {
      int colon = hostPort.indexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
      // Special schemes: the domain host parser; others: the opaque host parser, which
      // neither decodes nor lower-cases (those schemes are refused anyway).
      host = special ? domain(host) : opaqueHost(host);
      if (host == null) {
        return null;
      }
    }
    if (!port.isEmpty() && (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535)) {
      return null;
    }
    return host;
  }

  static int portOf(String authority) {
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0 || hostPort.lastIndexOf(']') > colon || colon == hostPort.length() - 1) {
      return -1;
    }
    return Integer.parseInt(hostPort.substring(colon + 1));
  }

  /**
   * The "host parser" for a domain: percent-decoded as UTF-8, ASCII lower-cased, null when it holds
   * a forbidden domain code point (C0 controls, space, {@code # % / : < > ? @ [ \ ] ^ |}).
   * Non-ASCII names are left as decoded: browsers map them with IDNA, which no allowlist entry here
   * could equal, so they only ever fail a comparison, never pass a wrong one.
   */
  private static String domain(String host) {
    String decoded = percentDecodeUtf8(host);
    if (decoded == null) {
      return null;
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || FORBIDDEN_IN_DOMAIN.indexOf(c) >= 0) {
        return null;
      }
    }
    return decoded.toLowerCase(Locale.ROOT);
  }

  /** The opaque host parser: null when it holds a forbidden host code point. */
  private static String opaqueHost(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == 0 || c == '\t' || c == '\n' || c == '\r' || FORBIDDEN_IN_HOST.indexOf(c) >= 0) {
        return null;
      }
    }
    return host;
  }

  /** Percent-decodes bytes as UTF-8 (no "+" rule), or null for bytes that are not UTF-8. */
  private static String percentDecodeUtf8(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] raw = value.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      int hi = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
      int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
      if (raw[i] == '%' && hi >= 0 && lo >= 0) {
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
