package id.go.tangerangkota.puspaga.permohonan;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The error page a browser gets (Spring's "Whitelabel Error Page" otherwise), in Indonesian under
 * PUSPAGA's letterhead: e.g. a counsellor who opens Cockpit, which the webapps refuse with 403
 * "No access rights for cockpit". API clients asking for JSON still get Spring's JSON error.
 */
@Component
class IndonesianErrorPages implements ErrorViewResolver {

  private final PublicPages pages;

  IndonesianErrorPages(PublicPages pages) {
    this.pages = pages;
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> error) {
    String path = String.valueOf(error.getOrDefault("path", ""));
    Map<String, Object> model = new HashMap<>();
    model.put("status", status.value());
    switch (status) {
      case UNAUTHORIZED, FORBIDDEN -> {
        model.put("title", "Akses ditolak");
        model.put("message", forbidden(path));
      }
      case NOT_FOUND -> {
        model.put("title", "Halaman tidak ditemukan");
        model.put("message", "Halaman yang Anda buka tidak ada. Periksa alamatnya, atau mulai dari halaman utama.");
      }
      default -> {
        model.put("title", "Terjadi kesalahan");
        model.put("message", "Permintaan Anda tidak dapat diproses saat ini. Coba lagi beberapa saat lagi; bila masih terjadi,"
            + " hubungi admin PUSPAGA.");
      }
    }
    String html = pages.render("galat", model);
    View view = new View() {
      @Override
      public String getContentType() {
        return "text/html;charset=UTF-8";
      }

      @Override
      public void render(Map<String, ?> ignored, HttpServletRequest req, jakarta.servlet.http.HttpServletResponse response)
          throws java.io.IOException {
        response.setContentType(getContentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
      }
    };
    ModelAndView page = new ModelAndView(view);
    page.setStatus(status);
    return page;
  }

  private static String forbidden(String path) {
    if (path.contains("/app/cockpit")) {
      return "Cockpit hanya dapat dibuka oleh Ketua PUSPAGA dan administrator. Tugas Anda ada di Tasklist.";
    }
    if (path.contains("/app/admin")) {
      return "Admin hanya dapat dibuka oleh administrator. Tugas Anda ada di Tasklist.";
    }
    return "Akun Anda tidak berhak membuka halaman ini. Tugas Anda ada di Tasklist.";
  }
}
