package id.go.tangerangkota.puspaga.permohonan;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How every public page answers: the strict headers, and for a page with a form a fresh
 * anti-forgery token in the form and in a cookie scoped to the form's path.
 */
@Component
class PublicResponses {

  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";
  static final String TOO_MANY = "Terlalu banyak permintaan dari alamat Anda dalam satu menit. Tunggu sebentar, lalu coba lagi.";
  static final String FORGED = "Formulir ini tidak sah atau sudah kedaluwarsa. Muat ulang halaman, lalu kirim lagi.";

  private final PublicPages pages;
  private final FormTokens tokens;
  private final PublicRequestProperties settings;

  PublicResponses(PublicPages pages, FormTokens tokens, PublicRequestProperties settings) {
    this.pages = pages;
    this.tokens = tokens;
    this.settings = settings;
  }

  /** A page; with {@code formPath}, it carries a form posted there, with its token. */
  ResponseEntity<String> page(HttpStatus status, String name, Map<String, Object> model, HttpServletRequest request,
      String formPath) {
    Map<String, Object> all = new HashMap<>(model);
    all.putIfAbsent("errors", Map.of());
    all.putIfAbsent("form", null);
    all.putIfAbsent("notice", null);
    var builder = ResponseEntity.status(status).headers(securityHeaders())
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    if (formPath != null) {
      var issued = tokens.issue();
      all.put("token", issued);
      builder.header(HttpHeaders.SET_COOKIE, ResponseCookie.from(FormTokens.COOKIE, issued.token()).httpOnly(true)
          .sameSite("Strict").secure(request.isSecure()).path(formPath).maxAge(settings.formValidity()).build().toString());
    }
    return builder.body(pages.render(name, all));
  }

  ResponseEntity<String> tooMany() {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
        .headers(securityHeaders()).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(pages.render("pesan", Map.of("message", TOO_MANY)));
  }

  /** The anti-forgery verdict of a posted form. */
  FormTokens.Verdict check(HttpServletRequest request, String csrf, String issued, String sig, java.time.Duration minFill) {
    return tokens.check(csrf, cookie(request), issued, sig, minFill, settings.formValidity());
  }

  private static HttpHeaders securityHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.setCacheControl("no-store");
    return headers;
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null ? null : Arrays.stream(cookies).filter(c -> FormTokens.COOKIE.equals(c.getName()))
        .map(Cookie::getValue).findFirst().orElse(null);
  }
}
